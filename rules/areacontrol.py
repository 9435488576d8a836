"""控制面积调平: make parcel areas add up exactly to their village's control area.

DOMAIN.md "Official area, rounding and control (调平)": land (MSSM 00) and islands (MSSM 01)
separately. At county level d = control − Σ village DCMJ is spread over the villages (an equal
share of whole cents each, one more to the largest villages by DCMJ); then inside each village
the difference between its (new) DCMJ and the sum of its parcels' TBMJ is spread over its parcels
the same way, largest TBMJ first (``tables.spread``). Everything in whole cents, each value
rounded once.

A difference larger than the county's tolerance (rule pack ``county_survey``, [control]: an
allowance per parcel, per village at county level) is a survey error, not rounding: those units
are refused with their figures and nothing is adjusted.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .errors import CodedError
from .survey import survey_constants
from .tables import spread


@dataclass(frozen=True)
class Gap:
    """A control unit whose parcels (or villages) miss its control area beyond the tolerance."""

    zldwdm: str  # '' for the county level
    mssm: str
    members: int  # parcels (villages at county level)
    total: int  # Σ cents of the members
    control: int  # the control area, cents
    allowed: float  # tolerance, cents

    @property
    def difference(self) -> int:
        return self.control - self.total


class ControlRefusedError(CodedError):
    """Differences too large to spread; ``gaps`` names each unit with its figures."""

    def __init__(self, gaps):
        gaps = list(gaps)
        super().__init__("areacontrol.beyond_tolerance",
                         "; ".join(f"{g.zldwdm or 'county'}/{g.mssm}: {g.difference} cents" for g in gaps), gaps=gaps)
        self.gaps = gaps


class MissingControlError(CodedError):
    """Parcels of villages (ZLDWDM, MSSM) that the control layer does not list."""

    def __init__(self, keys):
        keys = list(keys)
        super().__init__("areacontrol.missing_village", ", ".join(f"{z}/{m}" for z, m in keys), keys=keys)
        self.keys = keys


@dataclass(frozen=True)
class VillageResult:
    """One row of the report: a village's parcels before and after, against its control."""

    zldwdm: str
    mssm: str
    parcels: int
    before: int  # Σ TBMJ cents as read
    dcmj: int  # the control as given, cents
    control: int  # after county-level adjustment, cents
    touched: int  # parcels whose TBMJ changed

    @property
    def difference(self) -> int:
        return self.control - self.before


def land_and_island() -> tuple[str, str]:
    codes = survey_constants()["mssm"]
    return codes["land"], codes["island"]


def mssm_of(value) -> str:
    """MSSM as its two-character code; empty means land (the usual case)."""
    text = "" if value is None else str(value).strip()
    if text.isdigit() and len(text) == 1:
        text = "0" + text
    return text or land_and_island()[0]


def _allowed(tolerance_m2: float, members: int) -> float:
    return tolerance_m2 * 100.0 * members


def county_targets(dcmj: dict, county_control: dict, tolerance_m2: float) -> dict:
    """Village controls after the county level: ``dcmj`` (ZLDWDM, MSSM) → cents,
    ``county_control`` MSSM → cents (or None: no county control for that kind)."""
    out = dict(dcmj)
    gaps = []
    for mssm, control in county_control.items():
        if control is None:
            continue
        keys = [k for k in dcmj if k[1] == mssm]
        total = sum(dcmj[k] for k in keys)
        allowed = _allowed(tolerance_m2, len(keys))
        if abs(int(control) - total) > allowed:
            gaps.append(Gap("", mssm, len(keys), total, int(control), allowed))
            continue
        for key, cents in zip(keys, spread([dcmj[k] for k in keys], int(control)).tolist()):
            out[key] = cents
    if gaps:
        raise ControlRefusedError(gaps)
    return out


def adjust(tbmj_cents, keys, targets: dict, dcmj: dict, tolerance_m2: float):
    """(new TBMJ cents, report rows) for parcels with TBMJ ``tbmj_cents`` in villages ``keys``
    ((ZLDWDM, MSSM) per parcel), each village made to add up to ``targets[key]`` cents.

    Raises MissingControlError for parcels of unlisted villages and ControlRefusedError (every unit out
    of tolerance, with its figures) before anything is adjusted."""
    cents = np.asarray(tbmj_cents, dtype=np.int64)
    index: dict = {}
    codes = np.fromiter((index.setdefault(k, len(index)) for k in keys), dtype=np.int64, count=len(cents))
    unit_keys = list(index)
    missing = [k for k in unit_keys if k not in targets]
    if missing:
        raise MissingControlError(sorted(missing))
    order = np.argsort(codes, kind="stable")
    bounds = np.searchsorted(codes[order], np.arange(len(unit_keys) + 1))
    members = {k: order[bounds[i]:bounds[i + 1]] for i, k in enumerate(unit_keys)}
    gaps, rows = [], []
    for key in sorted(targets):
        rows_of = members.get(key, np.zeros(0, dtype=np.int64))
        total = int(cents[rows_of].sum())
        allowed = _allowed(tolerance_m2, len(rows_of))
        if abs(targets[key] - total) > allowed:
            gaps.append(Gap(key[0], key[1], len(rows_of), total, int(targets[key]), allowed))
    if gaps:
        raise ControlRefusedError(gaps)
    out = cents.copy()
    for key in sorted(targets):
        rows_of = members.get(key, np.zeros(0, dtype=np.int64))
        if len(rows_of):
            out[rows_of] = spread(cents[rows_of], int(targets[key]))
        touched = int(np.count_nonzero(out[rows_of] != cents[rows_of]))
        rows.append(VillageResult(key[0], key[1], len(rows_of), int(cents[rows_of].sum()), int(dcmj[key]),
                                  int(targets[key]), touched))
    return out, rows
