"""R507 面积为正: TBBGMJ, TBMJ and TBDLMJ are positive numbers (no county has a negative area)."""

from __future__ import annotations

from .base import ERROR, GC, GX, Finding, Rule, cents, text

RULE = Rule("R507", "面积为正数", "Areas are positive", ERROR)


def check(package):
    for layer, records, names in ((GX, package.gx, ("TBMJ", "TBDLMJ")), (GC, package.gc, ("TBBGMJ",))):
        for row, record in enumerate(records):
            for name in names:
                value = cents(record.get(name))
                if value is not None and value <= 0 and not (name == "TBDLMJ" and value == 0):
                    yield Finding(RULE, layer, row, text(record.get("BSM")), f"{name} 为 {value / 100:.2f}，应大于 0")
