"""R203 耕地坡度级别与耕地类型: GDPDJB 1–5 on cultivated land only; GDLX TT/PD, cultivated only."""

from __future__ import annotations

from ..change_codes import codes, is_cropland
from ..survey import survey_constants
from .base import ERROR, Finding, Rule, land_sides, side_name, text

RULE = Rule("R203", "耕地坡度级别与耕地类型仅用于耕地", "Slope grade and terrace type on cultivated land only", ERROR)


def _faults(code: str, grade: str, kind: str, prefix: str):
    grades = {g["code"] for g in survey_constants()["slope_grades"]}
    if is_cropland(code):
        if grade not in grades:
            yield f"耕地 {code} 的 {side_name(prefix, 'GDPDJB')} “{grade}”应为 {'/'.join(sorted(grades))}"
        if kind and kind not in codes()["gdlx"]:
            yield f"{side_name(prefix, 'GDLX')} “{kind}”应为 {'/'.join(codes()['gdlx'])}"
    else:
        if grade:
            yield f"非耕地（{code}）填写了 {side_name(prefix, 'GDPDJB')} “{grade}”"
        if kind:
            yield f"非耕地（{code}）填写了 {side_name(prefix, 'GDLX')} “{kind}”"


def check(package):
    for layer, row, record, prefix in land_sides(package):
        code = text(record.get(side_name(prefix, "DLBM")))
        for message in _faults(code, text(record.get(side_name(prefix, "GDPDJB"))),
                               text(record.get(side_name(prefix, "GDLX"))), prefix):
            yield Finding(RULE, layer, row, text(record.get("BSM")), message)
