"""Eligibility of candidate parcels under a programme's rule set, from plain numbers.

The QGIS side measures (overlap of each parcel with each constraint role, official areas,
slope statistics, contiguous forest blocks, adjacency); this module decides. Rules come
from the rule packs (DOMAIN.md sections 2, 4, 5):

* Anhui 转进 (seeds/001_c8e0ce7e1182633b.txt): forbidden in the blocking roles, on slopes
  over 25°, in contiguous forest of 1 mu or more; preferred sources ranked by a score;
  forest or grass made cropland needs a forest-land offset in the same county.
* Anhui 转出: forbidden in the urban development boundary, key projects and expropriation
  zones (except rural roads and farm infrastructure), and on new cultivated land of
  projects completed less than 5 years before the plan year.
* Lianshui (003_33b11e000febcf0b.txt) / Shaanxi (004_7872a60e71286313.txt) supplementary
  land: allowed source classes, slope ≤ 25°, outside the blocking roles; Shaanxi forbids
  forest, grass and wetland.

Every number (thresholds, weights, sliver tolerance) is read from the pack.
"""

from __future__ import annotations

import math
from functools import cache
from dataclasses import dataclass, field

import numpy as np

from . import landclass
from .area import round_half_away
from .survey import decimals, m2_per_mu, m2_to_mu, official_m2, survey_constants

YES, NO, PARTLY = "是", "否", "部分"
KINDS = ("in", "out", "supplement")
SLOPE_MEASURES = ("mean", "steep_share")
SOURCE_DEM, SOURCE_GRADE, SOURCE_NONE = "DEM", "GDPDJB", "无"

# Reason texts are output data (Chinese, as county tables are), not UI strings.
TEXT = {
    "CLASS": "地类 {} 不在选址范围",
    "FORBIDDEN_CLASS": "地类 {} 禁止（{}）",
    "TARGET": "转出去向地类 {} 不在允许范围",
    "SLOPE_MEAN": "平均坡度 {:.1f}° > {:g}°",
    "SLOPE_SHARE": "坡度 > {:g}° 的面积占 {:.1%} > {:.0%}",
    "SLOPE_GRADE": "耕地坡度级别 {}（> {:g}°）",
    "FOREST_BLOCK": "连片林地 {:.2f}亩 ≥ {:g}亩",
    "ROLE": "{} {:.2f}亩",
    "ROLE_M2": "{} {:.2f}㎡",
    "SLIVER": "碎片 {} {:.2f}㎡ ≤ {:g}㎡（不阻止）",
    "OFFSET": "林地、草地转为耕地：需在本县补充林地（林地面积不减少）",
    "CONSENT": "需征得{}同意",
    "NO_SLOPE": "无坡度数据（无DEM且无GDPDJB）",
    "GEOMETRY": "图斑无几何（面积为0）",
}

#: The short name of each reason code (REASONS reads "CODE: text"; reports count by name).
REASON_NAMES = {"CLASS": "地类不在选址范围", "FORBIDDEN_CLASS": "禁止的地类", "TARGET": "转出去向不允许",
                "SLOPE": "坡度超限", "FOREST_BLOCK": "连片林地", "GEOMETRY": "图斑无几何"}


def reason_name(code: str, rule_set) -> str:
    """A reason code's name for people: the table above, or the constraint role's name."""
    if code in REASON_NAMES:
        return REASON_NAMES[code]
    for role in rule_set.roles:
        if role.field_name == code:
            return role.name_zh
    return code


@dataclass(frozen=True)
class Role:
    """A constraint role of a rule set: a layer of zones that block eligibility."""

    id: str
    name_zh: str
    name_en: str
    blocking: bool = True
    filter_field: str = ""
    filter_values: frozenset = frozenset()
    exempt_target_codes: frozenset = frozenset()
    completion_year_field: str = ""
    protection_years: float | None = None

    @property
    def field_name(self) -> str:
        """Output field: the overlap of each parcel with this role, in mu."""
        return self.id.upper()

    @property
    def needed_fields(self) -> list:
        return [f for f in (self.filter_field, self.completion_year_field) if f]

    def applies(self, attributes: dict, plan_year: int) -> bool:
        """Whether one zone of the role's layer counts (attribute filter, protection years).

        A project completed in year W protects its new cultivated land while
        plan_year − W < protection years (seed 001: 5 年内); no year given → it counts.
        """
        if self.filter_field:
            value = attributes.get(self.filter_field)
            if value is None or str(value).strip() not in self.filter_values:
                return False
        if self.completion_year_field and self.protection_years is not None:
            year = attributes.get(self.completion_year_field)
            try:
                year = int(year)
            except (TypeError, ValueError):
                return True
            return plan_year - year < self.protection_years
        return True


@dataclass(frozen=True)
class Preference:
    id: str
    name_zh: str
    weight: float
    threshold: float | None = None


@dataclass(frozen=True)
class RuleSet:
    """One eligibility rule set of a pack, resolved to codes and numbers."""

    pack_id: str
    pack_label: str
    id: str
    kind: str
    name_zh: str
    name_en: str
    roles: tuple
    candidate_codes: frozenset | None = None
    forbidden_codes: frozenset = frozenset()
    forbidden_names: tuple = ()
    target_codes: frozenset | None = None
    max_slope_deg: float | None = None
    slope_measure: str = "mean"
    max_steep_share: float | None = None
    contiguous_forest_mu: float | None = None
    forest_codes: frozenset = frozenset()
    cropland_codes: frozenset = frozenset()
    offset_codes: frozenset = frozenset()
    consent: dict = field(default_factory=dict)
    restoration_field: str = ""
    restoration_values: frozenset = frozenset()
    preferences: tuple = ()
    sliver_tolerance_m2: float = 0.0

    @property
    def ranks(self) -> bool:
        return bool(self.preferences)


def eligibility_rule_sets(pack) -> list:
    """The pack's rule sets that decide eligibility (in, out, supplement)."""
    return [rs for rs in pack.rule_sets if rs["kind"] in KINDS]


def _threshold(pack, key):
    """A threshold the pack may leave out."""
    return float(pack.threshold(key)) if key in pack.section("thresholds", {}) else None


def rule_set(pack, rule_set_id: str) -> RuleSet:
    """Resolve a pack's rule set: land-class references to codes, threshold names to values."""
    spec = next(rs for rs in pack.rule_sets if rs["id"] == rule_set_id)
    listed = set(spec.get("thresholds", []))

    def wanted(key):
        return float(pack.threshold(key)) if key in listed else None

    roles = []
    for r in pack.roles:
        if rule_set_id not in r["rule_sets"] or not r["blocking"]:
            continue
        flt = r.get("filter", {})
        protection = r.get("protection_threshold")
        roles.append(Role(
            r["id"], r["name_zh"], r["name_en"], True, flt.get("field", ""), frozenset(flt.get("values", ())),
            landclass.expand(r.get("exempt_target_classes", [])) if spec["kind"] == "out" else frozenset(),
            r.get("completion_year_field", ""), float(pack.threshold(protection)) if protection else None,
        ))
    flags = spec.get("restoration_flags", {})
    preferences = tuple(
        Preference(p["id"], p["name_zh"], float(p["weight"]),
                   float(pack.threshold(p["threshold"])) if p.get("threshold") else None)
        for p in spec.get("preferences", [])
    )
    sliver = _threshold(pack, "sliver_tolerance_m2")
    return RuleSet(
        pack_id=pack.id, pack_label=pack.label, id=spec["id"], kind=spec["kind"],
        name_zh=spec["name_zh"], name_en=spec["name_en"], roles=tuple(roles),
        candidate_codes=landclass.expand(spec["candidate_classes"]) if "candidate_classes" in spec else None,
        forbidden_codes=landclass.expand(spec.get("forbidden_classes", [])),
        forbidden_names=tuple(spec.get("forbidden_classes", [])),
        target_codes=landclass.expand(spec["target_classes"]) if "target_classes" in spec else None,
        max_slope_deg=wanted("max_slope_deg"),
        slope_measure=spec.get("slope_measure", "mean"),
        max_steep_share=float(pack.threshold("max_steep_share")) if spec.get("slope_measure") == "steep_share"
        else None,
        contiguous_forest_mu=wanted("contiguous_forest_mu"),
        forest_codes=landclass.expand(["林地"]),
        cropland_codes=landclass.expand(["耕地"]),
        offset_codes=landclass.expand(spec.get("forest_offset_classes", [])),
        consent=dict(spec.get("consent_classes", {})),
        restoration_field=flags.get("field", ""), restoration_values=frozenset(flags.get("values", ())),
        preferences=preferences, sliver_tolerance_m2=sliver if sliver is not None else 0.0,
    )


# ── contiguous forest ────────────────────────────────────────────────────────────────

def blocks(count: int, first, second) -> np.ndarray:
    """Block label of each of ``count`` items joined by the pairs (first[i], second[i]).

    Union–find with path halving; touching forest parcels end in one block (seed 001:
    连片1亩以上的林地 — the block, not the single parcel, is measured).
    """
    parent = np.arange(count)

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for a, b in zip(np.asarray(first).tolist(), np.asarray(second).tolist()):
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    return np.array([root(i) for i in range(count)], dtype=np.int64)


def block_areas(labels: np.ndarray, areas) -> np.ndarray:
    """The area of each item's block (sum over the items with the same label)."""
    sums = np.bincount(labels, weights=np.asarray(areas, dtype=float), minlength=len(labels))
    return sums[labels]


# ── slope without a DEM ──────────────────────────────────────────────────────────────

def _grade_bounds() -> dict:
    """GDPDJB code → (lower, upper) degrees, from survey.toml."""
    out, lower = {}, 0.0
    for grade in survey_constants()["slope_grades"]:
        upper = float(grade.get("max_deg", math.inf))
        out[str(grade["code"])] = (lower, upper)
        lower = upper
    return out


def grade_steeper_than(grade, limit_deg: float) -> bool:
    """A parcel of this slope grade is all steeper than ``limit_deg`` (GDPDJB 5 > 25°)."""
    bounds = _grade_bounds().get(str(grade or "").strip())
    return bounds is not None and bounds[0] >= limit_deg


def grade_flatter_than(grade, limit_deg: float) -> bool:
    bounds = _grade_bounds().get(str(grade or "").strip())
    return bounds is not None and bounds[1] <= limit_deg


# ── the decision ─────────────────────────────────────────────────────────────────────

@dataclass
class ParcelFacts:
    """What was measured, one entry per parcel in read order (areas: official m²)."""

    codes: list
    area_m2: np.ndarray
    overlap_m2: dict                       # role id → m² of the parcel inside the role
    net_m2: np.ndarray | None = None      # m² outside every blocking role (None: whole)
    slope_mean: np.ndarray | None = None
    steep_share: np.ndarray | None = None
    slope_source: str = SOURCE_NONE
    grades: list | None = None            # GDPDJB when there is no DEM
    forest_block_mu: np.ndarray | None = None
    restoration: np.ndarray | None = None
    adjacent_cropland: np.ndarray | None = None
    targets: list | None = None           # target land class of an out parcel


@dataclass
class Verdicts:
    eligible: list
    reasons: list
    notes: list
    net_m2: np.ndarray
    score: list
    slope_source: list


def official_overlap(m2) -> np.ndarray:
    """An overlap as the survey states areas: m² to 0.01, half away from zero. The rules
    compare this figure with the sliver tolerance and the texts print it, so a blocking
    overlap is never shown as 0."""
    return official_m2(np.asarray(m2, dtype=float))


def overlap_mu(m2) -> np.ndarray:
    """The role columns: the official overlap in mu, exact (0.01 m² = 0.000015 mu, so six
    decimals hold it without rounding); not 0 whenever the overlap blocks."""
    return round_half_away(m2_to_mu(official_overlap(m2)), 6)


def blocking(rules: RuleSet, facts: ParcelFacts, sliver_m2: float) -> dict:
    """role id → bool per parcel: the role blocks (official overlap beyond the sliver
    tolerance and no exemption for the parcel's target class)."""
    out = {}
    for role in rules.roles:
        hit = official_overlap(facts.overlap_m2.get(role.id, np.zeros(len(facts.codes)))) > sliver_m2
        if role.exempt_target_codes and facts.targets is not None:
            exempt = np.array([landclass.normalise_code(t) in role.exempt_target_codes for t in facts.targets])
            hit &= ~exempt
        out[role.id] = hit
    return out


def normalised_codes(values) -> list:
    """landclass.normalise_code of each value, computed once per distinct value."""
    seen = {}
    return [seen[v] if v in seen else seen.setdefault(v, landclass.normalise_code(v)) for v in values]


def _by_value(values, test) -> np.ndarray:
    """test(value) for each value, evaluated once per distinct value (codes and grades repeat)."""
    seen = {}
    return np.array([seen[v] if v in seen else seen.setdefault(v, test(v)) for v in values], dtype=bool)


def _finite_above(values, limit, inclusive=False) -> np.ndarray:
    values = np.asarray(values, dtype=float)
    with np.errstate(invalid="ignore"):
        return np.isfinite(values) & ((values >= limit) if inclusive else (values > limit))


def _slope_reasons(rules: RuleSet, facts: ParcelFacts) -> list:
    """(mask, text of row) of the slope rule."""
    limit = rules.max_slope_deg
    if limit is None:
        return []
    if facts.slope_source == SOURCE_DEM:
        if rules.slope_measure == "steep_share":
            share = facts.steep_share
            return [(_finite_above(share, rules.max_steep_share), lambda i: "SLOPE: " + TEXT["SLOPE_SHARE"].format(
                limit, share[i], rules.max_steep_share))]
        mean = facts.slope_mean
        return [(_finite_above(mean, limit), lambda i: "SLOPE: " + TEXT["SLOPE_MEAN"].format(mean[i], limit))]
    if facts.grades is not None:
        grades = facts.grades
        return [(_by_value(grades, lambda g: grade_steeper_than(g, limit)),
                 lambda i: "SLOPE: " + TEXT["SLOPE_GRADE"].format(str(grades[i]).strip(), limit))]
    return []


def shown_mu(m2) -> float:
    """An area in mu exactly as the output's mu columns show it: m² rounded to cents, then mu
    to 2 decimals, both half away from zero (a reason never reads 0.43 where the column says 0.44)."""
    return float(round_half_away(float(round_half_away(m2, 2)) / m2_per_mu(), 2))


def _parcel_reasons(rules: RuleSet, facts: ParcelFacts, codes: list) -> list:
    """(mask, text of row) of the reasons that block the whole parcel, in the order the rules
    are listed; texts are built only for the rows that have them."""
    found = [(~(np.asarray(facts.area_m2, dtype=float) > 0), lambda i: "GEOMETRY: " + TEXT["GEOMETRY"])]
    if rules.candidate_codes is not None:
        found.append((_by_value(codes, lambda c: c not in rules.candidate_codes),
                      lambda i: "CLASS: " + TEXT["CLASS"].format(codes[i] or "(空)")))
    forbidden = "、".join(rules.forbidden_names)
    found.append((_by_value(codes, lambda c: c in rules.forbidden_codes),
                  lambda i: "FORBIDDEN_CLASS: " + TEXT["FORBIDDEN_CLASS"].format(codes[i], forbidden)))
    if rules.target_codes is not None and facts.targets is not None:
        targets = normalised_codes(facts.targets)
        found.append((_by_value(targets, lambda t: bool(t) and t not in rules.target_codes),
                      lambda i: "TARGET: " + TEXT["TARGET"].format(targets[i])))
    found += _slope_reasons(rules, facts)
    if rules.contiguous_forest_mu is not None and facts.forest_block_mu is not None:
        block, limit = facts.forest_block_mu, rules.contiguous_forest_mu
        found.append((_finite_above(block, limit, inclusive=True),
                      lambda i: "FOREST_BLOCK: " + TEXT["FOREST_BLOCK"].format(block[i], limit)))
    return found


def _notes(rules: RuleSet, facts: ParcelFacts, codes: list, sliver_m2: float) -> list:
    """(mask, text of row) of the notes, in order."""
    notes = []
    for role in rules.roles:
        if role.id not in facts.overlap_m2:
            continue
        m2 = official_overlap(facts.overlap_m2[role.id])
        notes.append(((m2 > 0) & (m2 <= sliver_m2), lambda i, m2=m2, name=role.field_name: TEXT["SLIVER"].format(
            name, float(m2[i]), sliver_m2)))
    notes.append((_by_value(codes, lambda c: c in rules.offset_codes), lambda i: TEXT["OFFSET"]))
    for ref, authority in rules.consent.items():
        notes.append((_by_value(codes, lambda c, ref=ref: c in _expanded(ref)),
                      lambda i, authority=authority: TEXT["CONSENT"].format(authority)))
    if rules.max_slope_deg is not None and facts.slope_source != SOURCE_DEM:
        graded = _has_grade(facts, len(codes))
        notes.append((~graded, lambda i: TEXT["NO_SLOPE"]))
    return notes


def _has_grade(facts: ParcelFacts, n: int) -> np.ndarray:
    if facts.grades is None:
        return np.zeros(n, dtype=bool)
    return _by_value(facts.grades, lambda g: bool(str(g or "").strip()))


def _joined(n: int, parts: list) -> list:
    """"; "-joined texts per row, in the order of ``parts``; "" where a row has none (one
    string per row, no list per row: 400 000 parcels)."""
    out = [""] * n
    for mask, text in parts:
        for i in np.flatnonzero(mask).tolist():
            out[i] = f"{out[i]}; {text(i)}" if out[i] else text(i)
    return out


@cache
def _expanded(ref: str) -> frozenset:
    return landclass.expand([ref])


def _scores(rules: RuleSet, facts: ParcelFacts, codes: list, net_m2: np.ndarray) -> np.ndarray:
    """Site-selection score: the summed weights of the preferences each parcel meets."""
    n = len(codes)
    total = np.zeros(n)
    for p in rules.preferences:
        met = np.zeros(n, dtype=bool)
        if p.id == "restoration_flag":
            if facts.restoration is not None:
                met = np.asarray(facts.restoration).astype(bool)
        elif p.id == "adjacent_cropland":
            if facts.adjacent_cropland is not None:
                met = np.asarray(facts.adjacent_cropland).astype(bool) & ~_by_value(
                    codes, lambda c: c in rules.cropland_codes)
        elif p.id == "large_parcel" and p.threshold is not None:
            met = net_m2 / m2_per_mu() >= p.threshold
        elif p.id == "flat" and p.threshold is not None:
            if facts.slope_source == SOURCE_DEM:
                mean = np.asarray(facts.slope_mean, dtype=float)
                with np.errstate(invalid="ignore"):
                    met = np.isfinite(mean) & (mean <= p.threshold)
            elif facts.grades is not None:
                met = _by_value(facts.grades, lambda g, t=p.threshold: grade_flatter_than(g, t))
        total += np.where(met, p.weight, 0.0)
    return total


def _overlap_texts(role: Role, m2) -> list:
    """The role's reason text per parcel, in mu as the tables show it (``shown_mu``, all at
    once); an overlap under the smallest mu shown (0.01 mu at two decimals) in m², so that
    what blocked never reads "0.00亩". ``m2``: official overlaps."""
    values = np.asarray(m2, dtype=float)
    mu = values / m2_per_mu()
    shown = round_half_away(mu, decimals("area_mu"))
    small = mu < 10.0 ** -decimals("area_mu")
    return lambda i: f"{role.field_name}: " + (TEXT["ROLE_M2"].format(role.name_zh, float(values[i])) if small[i]
                                               else TEXT["ROLE"].format(role.name_zh, float(shown[i])))


def decide(rules: RuleSet, facts: ParcelFacts, sliver_m2: float | None = None) -> Verdicts:
    """ELIGIBLE (是/否/部分), REASONS, NOTES, NET area and SCORE of every parcel.

    Rule by rule over all parcels (numpy masks); reason and note texts are built only for
    the parcels that have them."""
    sliver = rules.sliver_tolerance_m2 if sliver_m2 is None else float(sliver_m2)
    n = len(facts.codes)
    codes = normalised_codes(facts.codes)
    area = np.asarray(facts.area_m2, dtype=float)
    net_in = area if facts.net_m2 is None else np.asarray(facts.net_m2, dtype=float)
    blocks_by_role = blocking(rules, facts, sliver)
    whole_parts = _parcel_reasons(rules, facts, codes)
    whole = np.zeros(n, dtype=bool)
    for mask, _ in whole_parts:
        whole |= mask
    role_parts = []
    role_hit = np.zeros(n, dtype=bool)
    for role in rules.roles:
        hit = blocks_by_role[role.id]
        role_hit |= hit
        m2 = facts.overlap_m2.get(role.id)
        role_parts.append((hit, _overlap_texts(role, official_overlap(m2)) if m2 is not None else None))
    no = whole | (role_hit & (net_in <= sliver))
    partly = role_hit & ~no
    net = np.where(no, 0.0, np.where(partly, net_in, area))
    kind = np.where(no, 1, np.where(partly, 2, 0))
    eligible = np.array([YES, NO, PARTLY], dtype=object)[kind].tolist()
    reasons = _joined(n, whole_parts + role_parts)
    notes = _joined(n, _notes(rules, facts, codes, sliver))
    if rules.ranks:
        total = _scores(rules, facts, codes, net).tolist()
        scores = [None if v else s for v, s in zip(no.tolist(), total)]
    else:
        scores = [None] * n
    source = facts.slope_source if rules.max_slope_deg is not None else ""
    if source == SOURCE_GRADE:
        graded = _has_grade(facts, n) if facts.grades else np.zeros(n, dtype=bool)
        sources = np.where(graded, source, SOURCE_NONE).astype(object).tolist()
    else:
        sources = [source] * n
    return Verdicts(eligible, reasons, notes, net, scores, sources)
