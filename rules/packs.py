"""Rule packs: one TOML file per programme holding its numbers, roles, steps and rules.

A county copies a built-in pack into its user-pack folder and edits it; a user pack with
the same id replaces the built-in one, a new id adds a programme. A broken pack is reported
with its file, key and reason and skipped; it never stops the others from loading.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from . import landclass
from .schema import Any, Bool, Date, ListOf, MapOf, Num, SchemaError, Str, Table
from .tomlfile import TOMLDecodeError, read_toml

BUILTIN_DIR = Path(__file__).with_name("packs")

ID = r"[a-z][a-z0-9_]*"
VERSION = r"\d+\.\d+(\.\d+)?"
COLOUR = r"#[0-9a-fA-F]{6}"
LEVELS = ("township", "county", "city", "province")
PROGRAMMES = ("forest_offset", "cropland_in_out", "forest_plan", "requisition_projects",
              "requisition_measures", "land_survey")
UNITS = ("deg", "mu", "ha", "m2", "m", "years", "days", "decimals", "share", "yuan_per_mu")
#: Site preferences the eligibility rules know how to score (rules/eligibility.score).
PREFERENCES = ("restoration_flag", "adjacent_cropland", "large_parcel", "flat")
#: Role ids that would collide with an eligibility algorithm's fixed parameters (a role
#: becomes a parameter named after its id in upper case).
RESERVED_ROLE_IDS = ("input", "output", "usable", "dem", "plan_year", "rule_set", "class_field",
                     "target_class_field", "sliver_tolerance")
NAMES = {"name_zh": Str(), "name_en": Str()}
# The requisition–compensation indicators a bank keeps (DOMAIN.md "Indicators … used by the ledgers").
BANK_INDICATORS = ("new_cultivated_area", "new_paddy_area", "grain_capacity")
NOTE = {"note_zh": Str(), "note_en": Str()}
CLASS_LIST = ListOf(Str(), min_length=1)
ATTRIBUTE_FILTER = Table({"field": Str(), "values": ListOf(Str(), min_length=1)})
#: What may fill a column of a reserve-bank form (rules/reserve_form.py).
FORM_VALUES = ("number", "parcel_area", "x", "y", "land_class", "restored", "bank_area", "reporter", "township",
               "parcel_id")
#: Kinds of entry of a reserve-bank book (rules/reserve_bank.py).
BANK_ENTRY_KINDS = ("deposit", "deposit_province", "grant", "draw", "deduct", "lapse")
YEAR = Num(1949, 2200, integer=True)
COST_PER_MU = Num(0, 10_000_000)  # yuan per mu: above 1000万元 a mu no county pays
# A cultivated-land grade scale: 国家利用等别 1–15 or 耕地质量等级 1–10 (1 best), which end is
# better, the field that usually holds it, and (for grain capacity) kg per mu at each grade.
GRADE_SCALE = Table(
    {"id": Str(ID), "name_zh": Str(), "min": Num(0, 100, integer=True), "max": Num(1, 100, integer=True),
     "better": Str(choices=("lower", "higher"))},
    {"name_en": Str(), "field": Str(), "yield_kg_per_mu": ListOf(Num(0, 5000), min_length=1), **NOTE},
)
PLAN_UNITS = ("ha", "mu", "share", "m3_per_ha")  # share: a percentage
MEASURES = ("area", "share", "stock_per_area", "none")
# Coded attributes of the forest one map, each a list under [lists] and a field of the layer.
FOREST_DIMENSIONS = ("protection_grades", "forest_categories", "forest_origins", "forest_changes")

SCHEMA = Table(
    required={
        "pack": Table(
            {"id": Str(ID), "version": Str(VERSION), "programme": Str(choices=PROGRAMMES),
             "document_zh": Str(), **NAMES},
            {"seed": Str(), "region_zh": Str(), "issued": Date(), "valid_years": ListOf(YEAR, length=2),
             "description_zh": Str(), "description_en": Str(), "document_en": Str()},
        ),
    },
    optional={
        "thresholds": MapOf(Table({"value": Num(), "unit": Str(choices=UNITS), **NAMES}, NOTE)),
        "roles": ListOf(Table(
            {"id": Str(ID, exclude=RESERVED_ROLE_IDS), "blocking": Bool(), "rule_sets": ListOf(Str(ID), min_length=1),
             **NAMES},
            {"filter": ATTRIBUTE_FILTER, "exempt_target_classes": CLASS_LIST,
             "completion_year_field": Str(), "protection_threshold": Str(ID), **NOTE},
        )),
        "rule_sets": ListOf(Table(
            {"id": Str(ID), "kind": Str(choices=("in", "out", "supplement", "offset")), **NAMES},
            {"candidate_classes": CLASS_LIST, "target_classes": CLASS_LIST,
             "forbidden_classes": CLASS_LIST, "before_classes": CLASS_LIST,
             "after_classes": CLASS_LIST, "forest_offset_classes": CLASS_LIST,
             "thresholds": ListOf(Str(ID)), "consent_classes": MapOf(Str()),
             "restoration_flags": ATTRIBUTE_FILTER, "restored_marker": ATTRIBUTE_FILTER,
             "prefer_paddy": Bool(), "same_quantity_and_quality": Bool(),
             "slope_measure": Str(choices=("mean", "steep_share")),
             "preferences": ListOf(Table({"id": Str(choices=PREFERENCES), "name_zh": Str(), "weight": Num(0, 100)},
                                         {"name_en": Str(), "threshold": Str(ID)})),
             **NOTE},
        )),
        "workflow": Table(
            {"id": Str(ID), "unit": Str(choices=("parcel", "project", "plan")), **NAMES,
             "steps": ListOf(Table(
                 {"id": Str(ID), "level": Str(choices=LEVELS), "colour": Str(COLOUR), **NAMES},
                 {"duration_working_days": Num(0, integer=True), "duration_days": Num(0, integer=True),
                  "duration_years": Num(0, integer=True), "deadline": Str(ID),
                  "back_to": ListOf(Str(ID)), "evidence": ListOf(Str()), **NOTE},
             ), min_length=1)},
        ),
        "deadlines": ListOf(Table(
            {"id": Str(ID), **NAMES},
            {"month": Num(1, 12, integer=True), "day": Num(1, 31, integer=True),
             "year_offset": Num(-5, 5, integer=True), "relative_to": Str(ID), "date": Date(), **NOTE},
        )),
        # A year's official holidays and make-up working days the calendar library does not know yet.
        "calendar": Table(optional={"holidays": ListOf(Date()), "workdays": ListOf(Date()), **NOTE}),
        "sampling": ListOf(Table(
            {"id": Str(ID), "level": Str(choices=LEVELS), "share": Num(0, 1),
             "basis": Str(choices=("area", "parcels", "projects")), "at_least": Bool(), **NAMES},
        )),
        "quota": Table(
            {"county_cap_mu": Num(0), "at_cap": Str(choices=("county", "province_pool"))},
            {"remainder_to": Str(), "remainder_priority": Str(), "lapse_after_valid_years": Bool(),
             "deduct_degraded": Bool()},
        ),
        "pool": Table({"share_to_province": Num(0, 1)}, {"priority": ListOf(Str())}),
        "trading": Table(
            {"price_float_max": Num(0, 1), "price_revision_years": Num(1, integer=True)},
            {"social_capital_in_trades": Bool()},
        ),
        "bank": Table({"use_order": ListOf(Str(choices=LEVELS), min_length=1)},
                      {"province_for": Str(), "indicators": ListOf(Str(choices=BANK_INDICATORS), min_length=1),
                       "consistency": ListOf(Str()),
                       "grade_scales": ListOf(GRADE_SCALE, min_length=1), "cropland_classes": CLASS_LIST,
                       "paddy_classes": CLASS_LIST}),
        "money": Table(
            {"unit": Str(choices=("yuan_per_mu",)), "dry_classes": CLASS_LIST, "paddy_classes": CLASS_LIST,
             "subsidy": Table({"dry": Num(0), "paddy": Num(0)}),
             "stages": ListOf(Table({"step": Str(ID)},
                                    {"dry": Num(0), "paddy": Num(0), "remainder": Bool()}), min_length=1)},
            {"clawback": Table({"dry": Num(0), "paddy": Num(0)}),
             "reward": Table({"top": Num(1, integer=True), "min_yuan": Num(0), "max_yuan": Num(0)})},
        ),
        "targets": Table(
            {"unit": Str(choices=("mu", "ha")), "years": ListOf(YEAR, min_length=1), "total": Num(0),
             "totals": ListOf(Num(0)), "townships": MapOf(ListOf(Num(0)))},
            {"basis": Str(), "counted_step": Str(ID)},
        ),
        "balance": Table(
            {"compare": ListOf(Str(choices=("area", "paddy_area", "quality")), min_length=1)},
            {"cropland_classes": CLASS_LIST, "paddy_classes": CLASS_LIST, "quality_measure": Str(),
             "quality_by_adjacent": Bool(), "adjacent_tolerance": Str(ID), "on_failure": Str(),
             "deduct_deadline": Str(ID), "grade_scales": ListOf(GRADE_SCALE, min_length=1),
             "out_exclusions": ListOf(Table({"id": Str(ID), "name_zh": Str()},
                                            {"name_en": Str(), "values": ListOf(Str())}))},
        ),
        # A plan's years, and for the forest-land protection plan (rules/forest_plan.py) its
        # indicators, the annex tables (which, titles, units) and the decimals each unit shows.
        "plan": Table(open=True, optional={
            "baseline_year": YEAR, "period": ListOf(YEAR, length=2), "near_term_year": YEAR,
            "revisions_per_year": Num(0, integer=True),
            "area_name_zh": Str(), "base_data": ListOf(Str()), "outputs": ListOf(Str()),
            "statistics_by": ListOf(Str()), "forest_land_classes": CLASS_LIST,
            "decimals": Table(optional={unit: Num(0, 6, integer=True) for unit in PLAN_UNITS + ("m2",)}),
            "indicators": ListOf(Table(
                {"id": Str(ID), "unit": Str(choices=PLAN_UNITS), **NAMES},
                {"measure": Str(choices=MEASURES), "nature": Str(choices=("binding", "expected")),
                 "land_classes": CLASS_LIST, "targets": ListOf(Num(0, 1e9), length=2),
                 **{dimension: ListOf(Str(), min_length=1) for dimension in FOREST_DIMENSIONS}, **NOTE})),
            "tables": ListOf(Table(
                {"id": Str(ID), "kind": Str(choices=("indicators", "cross", "change")), "title_zh": Str(),
                 "sheet_zh": Str()},
                {"by": Str(choices=("land_class",) + FOREST_DIMENSIONS),
                 "units": ListOf(Str(choices=("ha", "mu", "m2")), min_length=1), "land_classes": CLASS_LIST,
                 "gain": ListOf(Str(), min_length=1), "loss": ListOf(Str(), min_length=1), **NOTE}),
                min_length=1),
        }),
        # Coded lists (protection grades, forest categories …): ``codes`` are the values a data
        # field may hold for the entry (default: its id); ``forest_land`` says whether parcels of
        # a forest-change type are forest land now.
        "lists": MapOf(ListOf(Table({"id": Str(), "name_zh": Str()},
                                    {"codes": ListOf(Str(), min_length=1), "forest_land": Bool(), "name_en": Str(),
                                     **NOTE}, open=True), min_length=1)),
        "form": Table(
            {"id": Str(ID), "title_zh": Str(), "unit_label_zh": Str(), "unit_template_zh": Str(r".*\{unit\}.*"),
             "year_template_zh": Str(r".*\{year\}.*"), "area_decimals": Num(0, 4, integer=True),
             "columns": ListOf(Table({"title_zh": Str(), "value": Str(choices=FORM_VALUES), "width": Num(2, 60)}),
                               min_length=1)},
            {"annex_zh": Str(), "unit_suffixes_zh": ListOf(Str(), min_length=1),
             "area_unit": Str(choices=("mu", "ha", "m2")), "coordinate_decimals": Num(0, 4, integer=True),
             "coordinate_system": Str(choices=("CGCS2000",)), "numbering": Str(choices=("per_county_from_1",)),
             "total_label_zh": Str(), "paper": Str(choices=("A4", "A3")),
             "landscape": Bool(), "notes_title_zh": Str(), "notes_zh": ListOf(Str())},
        ),
        "bank_ledger": Table(
            {"book": Str(ID), "entry_step": Str(ID), "quota_decimals": Num(0, 4, integer=True),
             "draw_accounts": ListOf(Str(choices=("county", "province_pool")), min_length=1)},
            {"report_title_zh": Str(),
             "levels": Table(optional={kind: Str(choices=LEVELS[1:]) for kind in BANK_ENTRY_KINDS})},
        ),
        "ridge": Table({"coefficients": ListOf(Table({
            "gdpdjb": Str(choices=("2", "3", "4", "5")), "gdlx": Str(choices=("TT", "PD")),
            "kcxs": Num(0, 0.9999)}), min_length=1)}),
        # 补充耕地选址优化: what a mu of new cultivated land costs by source class and result,
        # and the defaults of landbalance:siteselection.
        "site_selection": Table(
            {"unit": Str(choices=("yuan_per_mu",)),
             "costs": ListOf(Table({"id": Str(ID), "source_classes": CLASS_LIST, **NAMES},
                                   {"dry": COST_PER_MU, "paddy": COST_PER_MU, **NOTE}), min_length=1)},
            {"illustrative": Bool(), "paddy_share_min": Num(0, 1), "grade_max": Num(1, 15),
             "contiguity_bonus": COST_PER_MU, "cultivated_classes": CLASS_LIST,
             "time_limit_s": Num(1, 86400), "optimality_gap": Num(0, 0.1), **NOTE},
        ),
        "control": Table({"tolerance_m2_per_parcel": Num(0, 1)}),
        "change_package": Table({"sliver_minimum_m2": Num(0, 100), "piece_tolerance_m2": Num(0.01, 10),
                                 "list_ha_decimals": Num(0, 6, integer=True)}),
        "meta": Any(),
    },
)


class PackError(ValueError):
    """A pack that cannot be used: names the file, the key and the reason (``code``/``params``
    for the user's language, as SchemaError); ``pack_id`` is the id the file meant to have."""

    def __init__(self, path: Path, key: str, reason: str, code: str = "", pack_id: str = "", **params):
        super().__init__(f"{Path(path).name}: {key}: {reason}" if key else f"{Path(path).name}: {reason}")
        self.path = Path(path)
        self.key = key
        self.reason = reason
        self.code = code
        self.params = params
        self.pack_id = pack_id


@dataclass(frozen=True)
class Pack:
    """One validated rule pack. ``data`` is the TOML as read; accessors name the parts."""

    path: Path
    data: dict
    builtin: bool
    refused_copy: PackError | None = None  # a user copy of this pack that was refused

    @property
    def id(self) -> str:
        return self.data["pack"]["id"]

    @property
    def version(self) -> str:
        return self.data["pack"]["version"]

    @property
    def label(self) -> str:
        """'id@version', recorded in every output a pack produces."""
        return f"{self.id}@{self.version}"

    @property
    def name_zh(self) -> str:
        return self.data["pack"]["name_zh"]

    @property
    def name_en(self) -> str:
        return self.data["pack"]["name_en"]

    @property
    def programme(self) -> str:
        return self.data["pack"]["programme"]

    @property
    def document_zh(self) -> str:
        """The policy document the pack executes, by title and number (cited in help texts)."""
        return self.data["pack"]["document_zh"]

    @property
    def document_en(self) -> str:
        return self.data["pack"].get("document_en", "")

    def threshold(self, key: str) -> float:
        try:
            return self.data["thresholds"][key]["value"]
        except KeyError:
            raise PackError(self.path, f"thresholds.{key}", "is required by this algorithm but missing") from None

    @property
    def roles(self) -> list:
        return self.data.get("roles", [])

    @property
    def rule_sets(self) -> list:
        return self.data.get("rule_sets", [])

    @property
    def steps(self) -> list:
        return self.data.get("workflow", {}).get("steps", [])

    def section(self, name: str, default=None):
        return self.data.get(name, default)


def _ids_unique(items, key: str):
    seen = set()
    for i, item in enumerate(items):
        if item["id"] in seen:
            raise SchemaError(f"{key}[{i}].id", f"{item['id']!r} is used twice")
        seen.add(item["id"])


def _check_classes(data: dict):
    """Every land-class reference must be a code, level-1 code or group of landclass.csv."""
    def walk(node, key):
        if isinstance(node, dict):
            for name, value in node.items():
                sub = f"{key}.{name}" if key else name
                if name.endswith("_classes") and isinstance(value, list):
                    for i, ref in enumerate(value):
                        try:
                            landclass.expand([ref])
                        except KeyError:
                            raise SchemaError(f"{sub}[{i}]", f"{ref!r} is not a land class in landclass.csv") from None
                elif name.endswith("_classes") and isinstance(value, dict):
                    for ref in value:
                        try:
                            landclass.expand([ref])
                        except KeyError:
                            raise SchemaError(f"{sub}.{ref}", f"{ref!r} is not a land class in landclass.csv") from None
                else:
                    walk(value, sub)
        elif isinstance(node, list):
            for i, value in enumerate(node):
                walk(value, f"{key}[{i}]")
    walk(data, "")


def _check_references(data: dict):
    rule_set_ids = {r["id"] for r in data.get("rule_sets", [])}
    thresholds = set(data.get("thresholds", {}))
    for i, role in enumerate(data.get("roles", [])):
        for j, rs in enumerate(role["rule_sets"]):
            if rs not in rule_set_ids:
                raise SchemaError(f"roles[{i}].rule_sets[{j}]", f"no rule set {rs!r} in this pack")
        ref = role.get("protection_threshold")
        if ref and ref not in thresholds:
            raise SchemaError(f"roles[{i}].protection_threshold", f"no threshold {ref!r} in this pack")
    for i, rs in enumerate(data.get("rule_sets", [])):
        for j, ref in enumerate(rs.get("thresholds", [])):
            if ref not in thresholds:
                raise SchemaError(f"rule_sets[{i}].thresholds[{j}]", f"no threshold {ref!r} in this pack")
    steps = data.get("workflow", {}).get("steps", [])
    step_ids = [s["id"] for s in steps]
    deadline_ids = {d["id"] for d in data.get("deadlines", [])}
    for i, step in enumerate(steps):
        for j, back in enumerate(step.get("back_to", [])):
            if back not in step_ids[:i]:
                raise SchemaError(f"workflow.steps[{i}].back_to[{j}]", f"{back!r} is not an earlier step")
        if "deadline" in step and step["deadline"] not in deadline_ids:
            raise SchemaError(f"workflow.steps[{i}].deadline", f"no deadline {step['deadline']!r} in this pack")
    entry_step = data.get("bank_ledger", {}).get("entry_step")
    if entry_step and entry_step not in step_ids:
        raise SchemaError("bank_ledger.entry_step", f"no workflow step {entry_step!r} in this pack")
    stage_steps = [s["step"] for s in data.get("money", {}).get("stages", [])]
    for i, ref in enumerate(stage_steps):
        if step_ids and ref not in step_ids:
            raise SchemaError(f"money.stages[{i}].step", f"no workflow step {ref!r} in this pack")
    counted = data.get("targets", {}).get("counted_step")
    if counted and counted not in step_ids:
        raise SchemaError("targets.counted_step", f"no workflow step {counted!r} in this pack")
    balance = data.get("balance", {})
    for key in ("deduct_deadline",):
        if key in balance and balance[key] not in deadline_ids:
            raise SchemaError(f"balance.{key}", f"no deadline {balance[key]!r} in this pack")
    if "adjacent_tolerance" in balance and balance["adjacent_tolerance"] not in thresholds:
        raise SchemaError("balance.adjacent_tolerance", f"no threshold {balance['adjacent_tolerance']!r} in this pack")


def _check_deadlines(data: dict):
    for i, d in enumerate(data.get("deadlines", [])):
        key = f"deadlines[{i}]"
        if "date" in d:
            continue
        if "month" not in d or "day" not in d:
            raise SchemaError(key, "needs either date = YYYY-MM-DD or month and day")
        try:
            _dt.date(2024, d["month"], d["day"])  # a leap year accepts every real month/day
        except ValueError:
            raise SchemaError(f"{key}.day", f"{d['month']}-{d['day']} is not a date") from None


def _check_targets(data: dict):
    targets = data.get("targets")
    if not targets:
        return
    years, totals = targets["years"], targets["totals"]
    if len(totals) != len(years):
        raise SchemaError("targets.totals", f"has {len(totals)} values for {len(years)} years")
    for name, row in targets["townships"].items():
        if len(row) != len(years):
            raise SchemaError(f"targets.townships.{name}", f"has {len(row)} values for {len(years)} years")
    for j, year in enumerate(years):
        column = sum(row[j] for row in targets["townships"].values())
        if abs(column - totals[j]) > 1e-9:
            raise SchemaError(f"targets.totals[{j}]", f"{year}: townships add up to {column}, not {totals[j]}")
    if abs(sum(totals) - targets["total"]) > 1e-9:
        raise SchemaError("targets.total", f"yearly totals add up to {sum(totals)}, not {targets['total']}")


def _check_money(data: dict):
    money = data.get("money")
    if not money:
        return
    for kind in ("dry", "paddy"):
        staged = sum(s.get(kind, 0) for s in money["stages"] if not s.get("remainder"))
        if staged > money["subsidy"][kind]:
            subsidy = money["subsidy"][kind]
            raise SchemaError("money.stages", f"{kind} stages pay {staged}, more than the subsidy {subsidy}")


def _check_grade_scales(data: dict):
    """A scale spans min < max; its yields, if any, give one kg/mu per grade, never more for
    a worse grade than for a better one."""
    for section in ("balance", "bank"):
        scales = data.get(section, {}).get("grade_scales", [])
        _ids_unique(scales, f"{section}.grade_scales")
        for i, scale in enumerate(scales):
            key = f"{section}.grade_scales[{i}]"
            if scale["max"] <= scale["min"]:
                raise SchemaError(f"{key}.max", f"{scale['max']} is not above min {scale['min']}")
            yields = scale.get("yield_kg_per_mu")
            if yields is None:
                continue
            grades = scale["max"] - scale["min"] + 1
            if len(yields) != grades:
                raise SchemaError(f"{key}.yield_kg_per_mu", f"has {len(yields)} values for {grades} grades "
                                                            f"({scale['min']}–{scale['max']})")
            best_first = yields if scale["better"] == "lower" else yields[::-1]
            for j in range(1, len(best_first)):
                if best_first[j] > best_first[j - 1]:
                    raise SchemaError(f"{key}.yield_kg_per_mu", "a worse grade may not yield more than a better one")
    exclusions = data.get("balance", {}).get("out_exclusions", [])
    _ids_unique(exclusions, "balance.out_exclusions")
    spelled = {}
    for i, item in enumerate(exclusions):
        for text in [item["id"], item["name_zh"], *item.get("values", [])]:
            if spelled.setdefault(text, item["id"]) != item["id"]:
                raise SchemaError(f"balance.out_exclusions[{i}]", f"{text!r} already names {spelled[text]!r}")
def _check_plan(data: dict):
    """The forest plan's years, indicators and annex tables agree with each other and the lists."""
    plan = data.get("plan")
    if not plan:
        return
    if "period" in plan and plan["period"][0] > plan["period"][1]:
        raise SchemaError("plan.period", f"starts after it ends: {plan['period']}")
    if "near_term_year" in plan and "period" in plan and not plan["period"][0] <= plan["near_term_year"] <= \
            plan["period"][1]:
        raise SchemaError("plan.near_term_year", f"{plan['near_term_year']} is outside the period {plan['period']}")
    if "baseline_year" in plan and "period" in plan and plan["baseline_year"] >= plan["period"][0]:
        raise SchemaError("plan.baseline_year", f"{plan['baseline_year']} is not before the period {plan['period']}")
    indicators, tables = plan.get("indicators", []), plan.get("tables", [])
    _ids_unique(indicators, "plan.indicators")
    _ids_unique(tables, "plan.tables")
    lists = data.get("lists", {})
    for name in FOREST_DIMENSIONS:
        if name in lists:
            _check_list_codes(name, lists[name])
    for i, indicator in enumerate(indicators):
        _check_indicator(plan, lists, indicator, f"plan.indicators[{i}]")
    sheets = set()
    for i, table in enumerate(tables):
        key = f"plan.tables[{i}]"
        if len(table["sheet_zh"]) > 31 or table["sheet_zh"] in sheets:
            raise SchemaError(f"{key}.sheet_zh", f"{table['sheet_zh']!r} is longer than 31 characters or used twice "
                                                 "(an .xlsx sheet name must be short and unique)")
        sheets.add(table["sheet_zh"])
        _check_table(plan, lists, table, key)


def _check_list_codes(name: str, entries: list):
    _ids_unique(entries, f"lists.{name}")
    owner = {}
    for i, entry in enumerate(entries):
        for code in entry.get("codes", [entry["id"]]):
            if code in owner and owner[code] != entry["id"]:
                raise SchemaError(f"lists.{name}[{i}].codes", f"{code!r} already means {owner[code]!r}")
            owner[code] = entry["id"]


def _check_ids(lists: dict, dimension: str, ids, key: str):
    if dimension not in lists:
        raise SchemaError(key, f"needs a list lists.{dimension} in this pack")
    known = {e["id"] for e in lists[dimension]}
    for j, ref in enumerate(ids):
        if ref not in known:
            raise SchemaError(f"{key}[{j}]", f"no entry {ref!r} in lists.{dimension}")


def _check_indicator(plan: dict, lists: dict, indicator: dict, key: str):
    measure, unit = indicator.get("measure", "none"), indicator["unit"]
    wanted = {"area": ("ha", "mu"), "share": ("share",), "stock_per_area": ("m3_per_ha",)}.get(measure)
    if wanted and unit not in wanted:
        raise SchemaError(f"{key}.unit",
                          f"an indicator measured by {measure} is in {' or '.join(wanted)}, not {unit!r}")
    filters = [d for d in FOREST_DIMENSIONS if d in indicator]
    if measure == "share" and not filters:
        raise SchemaError(key, "a share needs a filter (e.g. forest_categories = [\"11\"]) for its numerator")
    for dimension in filters:
        _check_ids(lists, dimension, indicator[dimension], f"{key}.{dimension}")
    if unit not in plan.get("decimals", {}):
        raise SchemaError(f"{key}.unit", f"no plan.decimals.{unit} for this unit")
    if unit == "share" and any(t > 100 for t in indicator.get("targets", [])):
        raise SchemaError(f"{key}.targets", "a share is a percentage: at most 100")


def _check_table(plan: dict, lists: dict, table: dict, key: str):
    kind = table["kind"]
    if kind == "indicators":
        return
    if "by" not in table:
        raise SchemaError(f"{key}.by", f"a {kind} table needs the attribute its columns are by")
    if table["by"] != "land_class":
        _check_ids(lists, table["by"], [], f"{key}.by")
    for unit in table.get("units", ["ha"]):
        if unit not in plan.get("decimals", {}):
            raise SchemaError(f"{key}.units", f"no plan.decimals.{unit} for this unit")
    if kind == "change":
        if table["by"] == "land_class" or "gain" not in table or "loss" not in table:
            raise SchemaError(key, "a change table needs by = a coded list, gain = […] and loss = […]")
        _check_ids(lists, table["by"], table["gain"], f"{key}.gain")
        _check_ids(lists, table["by"], table["loss"], f"{key}.loss")
        if set(table["gain"]) & set(table["loss"]):
            raise SchemaError(f"{key}.loss", "an entry cannot be both gain and loss")


#: The plausible range of a threshold by its unit: a slope above 90°, a share above 1 or a
#: negative area is a typing mistake, refused rather than used.
UNIT_RANGES = {"deg": (0, 90), "share": (0, 1), "mu": (0, 1e8), "ha": (0, 1e7), "m2": (0, 1e11), "m": (0, 1e5),
               "years": (0, 100), "days": (0, 3660), "decimals": (0, 6), "yuan_per_mu": (0, 1e7)}


def _check_thresholds(data: dict):
    for name, spec in data.get("thresholds", {}).items():
        low, high = UNIT_RANGES[spec["unit"]]
        Num(low, high, integer=spec["unit"] == "decimals").check(spec["value"], f"thresholds.{name}.value")


def _check_site_selection(data: dict):
    """Each cost row names a result it prices, and a class is priced by one row only."""
    site = data.get("site_selection")
    if not site:
        return
    _ids_unique(site["costs"], "site_selection.costs")
    priced = {}
    for i, row in enumerate(site["costs"]):
        if "dry" not in row and "paddy" not in row:
            raise SchemaError(f"site_selection.costs[{i}]", "prices neither dry nor paddy: give dry, paddy or both")
        for code in sorted(landclass.expand(row["source_classes"])):
            if code in priced:
                raise SchemaError(f"site_selection.costs[{i}].source_classes",
                                  f"class {code} is already priced by {priced[code]!r}")
            priced[code] = row["id"]


def validate(data: dict) -> None:
    """Raise SchemaError for the first thing wrong with a pack's data."""
    SCHEMA.check(data, "")
    for key in ("roles", "rule_sets", "deadlines", "sampling"):
        _ids_unique(data.get(key, []), key)
    _ids_unique(data.get("workflow", {}).get("steps", []), "workflow.steps")
    _check_thresholds(data)
    _check_classes(data)
    _check_references(data)
    _check_deadlines(data)
    _check_targets(data)
    _check_money(data)
    _check_site_selection(data)
    _check_grade_scales(data)
    _check_plan(data)


def _meant_id(path: Path, data=None) -> str:
    """The pack id a file meant to have: its [pack] id if it parsed, else an `id = "…"` line,
    else the file name (a county's copy keeps the built-in file name)."""
    if isinstance(data, dict) and isinstance(data.get("pack"), dict) and isinstance(data["pack"].get("id"), str):
        return data["pack"]["id"]
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        text = ""
    match = re.search(r'^\s*id\s*=\s*["\']([a-z][a-z0-9_]*)["\']', text, re.M)
    return match.group(1) if match else path.stem


def load_pack(path: Path, builtin: bool = False) -> Pack:
    path = Path(path)
    try:
        data = read_toml(path)
    except TOMLDecodeError as err:
        raise PackError(path, "", f"not valid TOML: {err}", "toml", _meant_id(path), detail=str(err)) from None
    except (OSError, UnicodeDecodeError) as err:
        raise PackError(path, "", f"cannot be read: {err}", "unreadable", _meant_id(path), detail=str(err)) from None
    try:
        validate(data)
    except SchemaError as err:
        raise PackError(path, err.key, err.reason, err.code, _meant_id(path, data), **err.params) from None
    return Pack(path, data, builtin)


@dataclass
class PackSet:
    """The packs in effect, the errors of those that were skipped, and what replaced what."""

    packs: dict = field(default_factory=dict)
    errors: list = field(default_factory=list)
    overridden: list = field(default_factory=list)

    def get(self, pack_id: str) -> Pack:
        return self.packs[pack_id]

    def __iter__(self):
        return iter(sorted(self.packs.values(), key=lambda p: p.id))

    @property
    def user_count(self) -> int:
        """How many of the packs in effect are the county's own."""
        return sum(not p.builtin for p in self.packs.values())


def load_packs(user_dirs=()) -> PackSet:
    """Built-in packs, then each user folder's; a later pack with the same id wins."""
    found = PackSet()
    folders = [(BUILTIN_DIR, True)] + [(Path(d), False) for d in user_dirs if d]
    for folder, builtin in folders:
        if not folder.is_dir():
            if not builtin:
                found.errors.append(PackError(folder, "", "user-pack folder does not exist", "no_folder"))
            continue
        for path in sorted(folder.glob("*.toml")):
            try:
                pack = load_pack(path, builtin)
            except PackError as err:
                # Kept without traceback or context: their frames would keep the caller's
                # locals (an algorithm's output sink, say) alive until the garbage collector.
                err.__traceback__ = err.__context__ = err.__cause__ = None
                found.errors.append(err)
                continue
            if pack.id in found.packs:
                found.overridden.append((found.packs[pack.id], pack))
            found.packs[pack.id] = pack
    for err in found.errors:  # say on the pack in effect that the county's copy was refused
        if err.pack_id in found.packs and found.packs[err.pack_id].builtin:
            found.packs[err.pack_id] = dataclasses.replace(found.packs[err.pack_id], refused_copy=err)
    return found


def flatten(data, prefix: str = ""):
    """(key path, value) for every scalar in a pack, for listing the parameters in effect."""
    if isinstance(data, dict):
        for name, value in data.items():
            yield from flatten(value, f"{prefix}.{name}" if prefix else name)
    elif isinstance(data, list) and data and all(isinstance(v, dict) for v in data):
        for i, value in enumerate(data):
            yield from flatten(value, f"{prefix}[{i}]")
    else:
        yield prefix, data
