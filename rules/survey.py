"""The land survey's shared constants (rules/survey.toml) and unit conversions."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np

from .area import Ellipsoid, round_half_away
from .tomlfile import read_toml

SURVEY_FILE = Path(__file__).with_name("survey.toml")


@cache
def survey_constants() -> dict:
    return read_toml(SURVEY_FILE)


def cgcs2000() -> Ellipsoid:
    """The CGCS2000 ellipsoid on which parcel areas are computed."""
    spec = survey_constants()["ellipsoid"]
    return Ellipsoid(spec["name"], float(spec["a"]), 1.0 / float(spec["inverse_flattening"]))


def geographic_crs() -> str:
    return survey_constants()["ellipsoid"]["geographic_crs"]


def decimals(kind: str) -> int:
    """Decimals for 'area_m2', 'area_mu', 'area_ha' or 'kcxs' in official tables."""
    return int(survey_constants()["rounding"][f"{kind}_decimals"])


def m2_per_mu() -> float:
    units = survey_constants()["units"]
    return float(units["m2_per_hectare"]) / float(units["mu_per_hectare"])


def m2_to_mu(m2):
    """Square metres to 亩 (unrounded)."""
    return np.asarray(m2, dtype=float) / m2_per_mu()


def m2_to_ha(m2):
    """Square metres to 公顷 (unrounded)."""
    return np.asarray(m2, dtype=float) / float(survey_constants()["units"]["m2_per_hectare"])


def official_m2(m2):
    """TBMJ as the survey writes it: m², 2 decimals, half away from zero."""
    return round_half_away(m2, decimals("area_m2"))


def slope_grade(slope_deg):
    """GDPDJB code for a slope in degrees (grade bounds from survey.toml)."""
    grades = survey_constants()["slope_grades"]
    bounds = [g["max_deg"] for g in grades if "max_deg" in g]
    codes = np.array([g["code"] for g in grades])
    return codes[np.searchsorted(bounds, np.asarray(slope_deg, dtype=float), side="left")]


def implausible_areas(m2) -> np.ndarray:
    """Indexes of areas no county could have: negative, not finite, or larger than a province."""
    values = np.asarray(m2, dtype=float)
    limit = float(survey_constants()["limits"]["max_area_m2"])
    return np.flatnonzero(~np.isfinite(values) | (values < 0) | (values > limit))
