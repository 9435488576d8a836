"""The numbered checks of an update package (更新包质检), registered here, in order.

One module per rule (R1xx structure, R2xx codes, R3xx required fields, R4xx identifiers, R5xx
areas, R6xx topology, R7xx change types): each has ``RULE`` (id, Chinese and English name,
severity) and ``check(package) -> findings`` deciding on plain records and the geometric facts
the Processing adapter measured (rules/package_rules/base.py). DOMAIN.md "Change packages":
the checks production tools run on a package.
"""

from __future__ import annotations

from . import (
    r101_crs,
    r102_layers,
    r103_fields,
    r104_lengths,
    r105_values_fit,
    r201_class_codes,
    r202_ownership_codes,
    r203_slope_grade,
    r204_ridge_codes,
    r205_linear_width,
    r206_change_codes,
    r207_mssm,
    r301_required,
    r401_bsm_form,
    r402_bsm_unique,
    r403_tbbh_unique,
    r404_before_exists,
    r405_after_exists,
    r501_before_balance,
    r502_after_balance,
    r503_before_ridge,
    r504_after_ridge,
    r505_parcel_ridge,
    r506_formula_area,
    r507_positive_area,
    r601_valid_geometry,
    r602_no_overlap,
    r603_inside_change,
    r604_no_gap,
    r605_slivers,
    r701_bgxw,
    r702_xzqtzlx,
    r703_before_copy,
    r704_after_copy,
    r705_land_change_only,
)
from .base import ERROR, WARNING

CHECKS = (
    r101_crs, r102_layers, r103_fields, r104_lengths, r105_values_fit,
    r201_class_codes, r202_ownership_codes, r203_slope_grade, r204_ridge_codes, r205_linear_width,
    r206_change_codes, r207_mssm,
    r301_required,
    r401_bsm_form, r402_bsm_unique, r403_tbbh_unique, r404_before_exists, r405_after_exists,
    r501_before_balance, r502_after_balance, r503_before_ridge, r504_after_ridge, r505_parcel_ridge,
    r506_formula_area, r507_positive_area,
    r601_valid_geometry, r602_no_overlap, r603_inside_change, r604_no_gap, r605_slivers,
    r701_bgxw, r702_xzqtzlx, r703_before_copy, r704_after_copy, r705_land_change_only,
)


def rules() -> list:
    """Every rule, in order."""
    return [check.RULE for check in CHECKS]


def run(package, progress=None) -> list:
    """Every finding of every rule, rule by rule; ``progress(fraction)`` after each rule, and a
    false return from it stops (a cancelled run)."""
    found = []
    for n, check in enumerate(CHECKS):
        found.extend(check.check(package))
        if progress is not None and progress((n + 1) / len(CHECKS)) is False:
            break
    return found


def counts(findings) -> tuple[int, int]:
    """(errors, warnings)."""
    errors = sum(1 for f in findings if f.level == ERROR)
    return errors, sum(1 for f in findings if f.level == WARNING)
