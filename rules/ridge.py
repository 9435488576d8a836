"""田坎 (field ridges) on cultivated land: the deduction every DLTB, DLTBGX and DLTBGXGC row carries.

KCMJ = round(TBMJ × KCXS, 2) and TBDLMJ = TBMJ − KCMJ, on cultivated land only (KCDLBM 1203);
KCXS is the county's coefficient for the parcel's slope grade GDPDJB and type GDLX (TT 梯田,
PD 坡地), grade 1 has no deduction (DOMAIN.md "Official area, rounding and control"). The
county's table lives in a rule pack's [ridge] section (rules/packs/county_survey.toml), so a
county edits its own coefficients. Computed in whole cents and ten-thousandths: no float drift.
"""

from __future__ import annotations

import numpy as np

from . import landclass
from .area import to_units
from .survey import decimals, survey_constants
from .tables import round_ratio

CROPLAND = landclass.expand(["01"])


def kcxs_units(kcxs) -> np.ndarray:
    """KCXS as whole 10^-4 (its 4 decimals)."""
    return to_units(np.asarray(kcxs, dtype=float), decimals("kcxs"))


def ridge_cents(tbmj_cents, kcxs) -> tuple[np.ndarray, np.ndarray]:
    """(KCMJ, TBDLMJ) in whole cents of m² from TBMJ cents and KCXS."""
    tbmj = np.asarray(tbmj_cents, dtype=np.int64)
    scale = 10 ** decimals("kcxs")
    kcmj = round_ratio(tbmj * kcxs_units(kcxs), scale)
    kcmj = np.asarray(kcmj, dtype=np.int64)
    return kcmj, tbmj - kcmj


def coefficient_table(pack) -> dict:
    """(GDPDJB, GDLX) → KCXS from a pack's [ridge] section."""
    ridge = pack.section("ridge")
    if ridge is None:
        raise KeyError(f"rule pack {pack.label} has no [ridge] table of 田坎系数")
    return {(str(row["gdpdjb"]), str(row["gdlx"])): float(row["kcxs"]) for row in ridge["coefficients"]}


def coefficient(table: dict, code, gdpdjb, gdlx) -> float:
    """KCXS of a parcel: 0 off cultivated land and on grade 1 (no deduction there); a grade and
    type the county table lacks is a KeyError naming them."""
    if landclass.normalise_code(code) not in CROPLAND:
        return 0.0
    grade = "" if gdpdjb is None else str(gdpdjb).strip()
    if grade in survey_constants()["ridge"]["no_deduction_slope_grades"]:
        return 0.0
    kind = "" if gdlx is None else str(gdlx).strip().upper()
    try:
        return table[(grade, kind)]
    except KeyError:
        raise KeyError(f"no 田坎系数 for GDPDJB {grade or '(空)'} × GDLX {kind or '(空)'}") from None


def kcdlbm(code) -> str | None:
    """1203 on cultivated land, else empty."""
    return survey_constants()["ridge"]["kcdlbm"] if landclass.normalise_code(code) in CROPLAND else None
