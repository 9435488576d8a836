"""R204 扣除地类: KCDLBM 1203 and 0 ≤ KCXS < 1 on cultivated land only."""

from __future__ import annotations

from ..change_codes import is_cropland
from ..survey import survey_constants
from .base import ERROR, Finding, Rule, land_sides, side_name, text

RULE = Rule("R204", "扣除地类编码与系数仅用于耕地", "Ridge code and coefficient on cultivated land only", ERROR)


def _number(value):
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def check(package):
    ridge = survey_constants()["ridge"]["kcdlbm"]
    for layer, row, record, prefix in land_sides(package):
        for message in _faults(record, prefix, ridge):
            yield Finding(RULE, layer, row, text(record.get("BSM")), message)


def _faults(record: dict, prefix: str, ridge: str):
    code = text(record.get(side_name(prefix, "DLBM")))
    kcdlbm = text(record.get(side_name(prefix, "KCDLBM")))
    kcxs = _number(record.get(side_name(prefix, "KCXS")))
    code_field, kcxs_field = side_name(prefix, "KCDLBM"), side_name(prefix, "KCXS")
    if is_cropland(code):
        if kcdlbm != ridge:
            yield f"耕地 {code} 的 {code_field} “{kcdlbm}”应为 {ridge}"
        if kcxs is None or not 0 <= kcxs < 1:
            yield f"耕地 {code} 的 {kcxs_field} {kcxs} 应在 [0, 1) 内"
    else:
        if kcdlbm:
            yield f"非耕地（{code}）填写了 {code_field} “{kcdlbm}”"
        if kcxs:
            yield f"非耕地（{code}）的 {kcxs_field} 为 {kcxs}，应为 0"
