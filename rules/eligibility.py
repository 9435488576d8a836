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
from .survey import m2_per_mu, survey_constants

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
    "SLIVER": "碎片 {} {:.2f}㎡ ≤ {:g}㎡（不阻止）",
    "OFFSET": "林地、草地转为耕地：需在本县补充林地（林地面积不减少）",
    "CONSENT": "需征得{}同意",
    "NO_SLOPE": "无坡度数据（无DEM且无GDPDJB）",
    "GEOMETRY": "图斑无几何（面积为0）",
}


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


def blocking(rules: RuleSet, facts: ParcelFacts, sliver_m2: float) -> dict:
    """role id → bool per parcel: the role blocks (overlap beyond the sliver tolerance and
    no exemption for the parcel's target class)."""
    out = {}
    for role in rules.roles:
        hit = np.asarray(facts.overlap_m2.get(role.id, np.zeros(len(facts.codes)))) > sliver_m2
        if role.exempt_target_codes and facts.targets is not None:
            exempt = np.array([landclass.normalise_code(t) in role.exempt_target_codes for t in facts.targets])
            hit &= ~exempt
        out[role.id] = hit
    return out


def _slope_reason(rules: RuleSet, facts: ParcelFacts, i: int) -> str:
    limit = rules.max_slope_deg
    if limit is None:
        return ""
    if facts.slope_source == SOURCE_DEM:
        if rules.slope_measure == "steep_share":
            share = facts.steep_share[i]
            if np.isfinite(share) and share > rules.max_steep_share:
                return "SLOPE: " + TEXT["SLOPE_SHARE"].format(limit, share, rules.max_steep_share)
            return ""
        mean = facts.slope_mean[i]
        if np.isfinite(mean) and mean > limit:
            return "SLOPE: " + TEXT["SLOPE_MEAN"].format(mean, limit)
        return ""
    if facts.grades is not None and grade_steeper_than(facts.grades[i], limit):
        return "SLOPE: " + TEXT["SLOPE_GRADE"].format(str(facts.grades[i]).strip(), limit)
    return ""


def _parcel_reasons(rules: RuleSet, facts: ParcelFacts, i: int) -> list:
    """Reasons that block the whole parcel, in the order the rules are listed."""
    code = landclass.normalise_code(facts.codes[i])
    found = []
    if not facts.area_m2[i] > 0:
        found.append("GEOMETRY: " + TEXT["GEOMETRY"])
    if rules.candidate_codes is not None and code not in rules.candidate_codes:
        found.append("CLASS: " + TEXT["CLASS"].format(code or "(空)"))
    if code in rules.forbidden_codes:
        found.append("FORBIDDEN_CLASS: " + TEXT["FORBIDDEN_CLASS"].format(code, "、".join(rules.forbidden_names)))
    if rules.target_codes is not None and facts.targets is not None:
        target = landclass.normalise_code(facts.targets[i])
        if target and target not in rules.target_codes:
            found.append("TARGET: " + TEXT["TARGET"].format(target))
    slope = _slope_reason(rules, facts, i)
    if slope:
        found.append(slope)
    if rules.contiguous_forest_mu is not None and facts.forest_block_mu is not None:
        block = facts.forest_block_mu[i]
        if np.isfinite(block) and block >= rules.contiguous_forest_mu:
            found.append("FOREST_BLOCK: " + TEXT["FOREST_BLOCK"].format(block, rules.contiguous_forest_mu))
    return found


def _notes(rules: RuleSet, facts: ParcelFacts, i: int, sliver_m2: float) -> list:
    code = landclass.normalise_code(facts.codes[i])
    notes = []
    for role in rules.roles:
        if role.id not in facts.overlap_m2:
            continue
        m2 = float(facts.overlap_m2[role.id][i])
        if 0 < m2 <= sliver_m2:
            notes.append(TEXT["SLIVER"].format(role.field_name, m2, sliver_m2))
    if code in rules.offset_codes:
        notes.append(TEXT["OFFSET"])
    for ref, authority in rules.consent.items():
        if code in _expanded(ref):
            notes.append(TEXT["CONSENT"].format(authority))
    if rules.max_slope_deg is not None and facts.slope_source != SOURCE_DEM and not (
            facts.grades is not None and str(facts.grades[i] or "").strip()):
        notes.append(TEXT["NO_SLOPE"])
    return notes


@cache
def _expanded(ref: str) -> frozenset:
    return landclass.expand([ref])


def _score(rules: RuleSet, facts: ParcelFacts, i: int, net_m2: float) -> float:
    """Site-selection score: the summed weights of the preferences the parcel meets."""
    total = 0.0
    code = landclass.normalise_code(facts.codes[i])
    for p in rules.preferences:
        met = False
        if p.id == "restoration_flag":
            met = facts.restoration is not None and bool(facts.restoration[i])
        elif p.id == "adjacent_cropland":
            met = facts.adjacent_cropland is not None and bool(facts.adjacent_cropland[i]) \
                and code not in rules.cropland_codes
        elif p.id == "large_parcel" and p.threshold is not None:
            met = net_m2 / m2_per_mu() >= p.threshold
        elif p.id == "flat" and p.threshold is not None:
            if facts.slope_source == SOURCE_DEM:
                met = bool(np.isfinite(facts.slope_mean[i]) and facts.slope_mean[i] <= p.threshold)
            elif facts.grades is not None:
                met = grade_flatter_than(facts.grades[i], p.threshold)
        total += p.weight if met else 0.0
    return total


def decide(rules: RuleSet, facts: ParcelFacts, sliver_m2: float | None = None) -> Verdicts:
    """ELIGIBLE (是/否/部分), REASONS, NOTES, NET area and SCORE of every parcel."""
    sliver = rules.sliver_tolerance_m2 if sliver_m2 is None else float(sliver_m2)
    n = len(facts.codes)
    area = np.asarray(facts.area_m2, dtype=float)
    net_in = area if facts.net_m2 is None else np.asarray(facts.net_m2, dtype=float)
    blocks_by_role = blocking(rules, facts, sliver)
    eligible, reasons, notes, scores = [], [], [], []
    net = np.zeros(n)
    for i in range(n):
        found = _parcel_reasons(rules, facts, i)
        whole = bool(found)
        role_hit = False
        for role in rules.roles:
            if blocks_by_role[role.id][i]:
                role_hit = True
                mu = float(facts.overlap_m2[role.id][i]) / m2_per_mu()
                found.append(f"{role.field_name}: " + TEXT["ROLE"].format(role.name_zh, mu))
        if whole or (role_hit and net_in[i] <= sliver):
            verdict, net[i] = NO, 0.0
        elif role_hit:
            verdict, net[i] = PARTLY, net_in[i]
        else:
            verdict, net[i] = YES, area[i]
        eligible.append(verdict)
        reasons.append("; ".join(found))
        notes.append("; ".join(_notes(rules, facts, i, sliver)))
        scores.append(_score(rules, facts, i, net[i]) if rules.ranks and verdict != NO else None)
    source = facts.slope_source if rules.max_slope_deg is not None else ""
    sources = [source if source != SOURCE_GRADE or (facts.grades and str(facts.grades[i] or "").strip())
               else SOURCE_NONE for i in range(n)]
    return Verdicts(eligible, reasons, notes, net, scores, sources)
