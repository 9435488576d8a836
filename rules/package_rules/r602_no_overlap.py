"""R602 图斑不重叠: no two DLTBGX parcels overlap by a cent of a square metre or more."""

from __future__ import annotations

from .base import ERROR, GX, Finding, Rule, text

RULE = Rule("R602", "更新层图斑互不重叠", "DLTBGX parcels do not overlap", ERROR)


def check(package):
    for i, j, area in package.geometry.overlaps:
        a, b = text(package.gx[i].get("BSM")), text(package.gx[j].get("BSM"))
        yield Finding(RULE, GX, i, a, f"与图斑 {b} 重叠 {area:.2f}㎡")
