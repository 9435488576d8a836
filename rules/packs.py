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
UNITS = ("deg", "mu", "ha", "m2", "years", "days", "decimals", "share", "yuan_per_mu")
#: Site preferences the eligibility rules know how to score (rules/eligibility.score).
PREFERENCES = ("restoration_flag", "adjacent_cropland", "large_parcel", "flat")
#: Role ids that would collide with an eligibility algorithm's fixed parameters (a role
#: becomes a parameter named after its id in upper case).
RESERVED_ROLE_IDS = ("input", "output", "usable", "dem", "plan_year", "rule_set", "class_field",
                     "target_class_field", "sliver_tolerance")
NAMES = {"name_zh": Str(), "name_en": Str()}
NOTE = {"note_zh": Str(), "note_en": Str()}
CLASS_LIST = ListOf(Str(), min_length=1)
ATTRIBUTE_FILTER = Table({"field": Str(), "values": ListOf(Str(), min_length=1)})
YEAR = Num(1949, 2200, integer=True)

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
                      {"province_for": Str(), "indicators": ListOf(Str(ID)), "consistency": ListOf(Str())}),
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
            {"basis": Str()},
        ),
        "balance": Table(
            {"compare": ListOf(Str(choices=("area", "paddy_area", "quality")), min_length=1)},
            {"paddy_classes": CLASS_LIST, "quality_measure": Str(), "quality_better": Str(choices=("lower", "higher")),
             "quality_by_adjacent": Bool(), "on_failure": Str(), "deduct_deadline": Str(ID),
             "out_exclusions": ListOf(Table({"id": Str(ID), "name_zh": Str()}, {"name_en": Str()}))},
        ),
        "plan": Table(open=True, optional={
            "baseline_year": YEAR, "period": ListOf(YEAR, length=2), "near_term_year": YEAR,
            "revisions_per_year": Num(0, integer=True),
            "indicators": ListOf(Table({"id": Str(ID), "unit": Str(), **NAMES})),
        }),
        "lists": MapOf(ListOf(Table({"id": Str(), "name_zh": Str()}, open=True), min_length=1)),
        "form": Table({"id": Str(ID), "title_zh": Str(), "columns": ListOf(Str(), min_length=1)}, open=True),
        "ridge": Table({"coefficients": ListOf(Table({
            "gdpdjb": Str(choices=("2", "3", "4", "5")), "gdlx": Str(choices=("TT", "PD")),
            "kcxs": Num(0, 0.9999)}), min_length=1)}),
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
    stage_steps = [s["step"] for s in data.get("money", {}).get("stages", [])]
    for i, ref in enumerate(stage_steps):
        if step_ids and ref not in step_ids:
            raise SchemaError(f"money.stages[{i}].step", f"no workflow step {ref!r} in this pack")


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


#: The plausible range of a threshold by its unit: a slope above 90°, a share above 1 or a
#: negative area is a typing mistake, refused rather than used.
UNIT_RANGES = {"deg": (0, 90), "share": (0, 1), "mu": (0, 1e8), "ha": (0, 1e7), "m2": (0, 1e11),
               "years": (0, 100), "days": (0, 3660), "decimals": (0, 6), "yuan_per_mu": (0, 1e7)}


def _check_thresholds(data: dict):
    for name, spec in data.get("thresholds", {}).items():
        low, high = UNIT_RANGES[spec["unit"]]
        Num(low, high, integer=spec["unit"] == "decimals").check(spec["value"], f"thresholds.{name}.value")


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
