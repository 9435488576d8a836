"""R507 面积合理: TBBGMJ, TBMJ and TBDLMJ are positive and no larger than a province could be (an
area no county can have means a wrong unit or CRS somewhere)."""

from __future__ import annotations

from ..survey import implausible_areas
from .base import ERROR, GC, GX, Finding, Rule, text

RULE = Rule("R507", "面积为正且合理", "Areas are positive and plausible", ERROR)


def check(package):
    for layer, records, names in ((GX, package.gx, ("TBMJ", "TBDLMJ")), (GC, package.gc, ("TBBGMJ",))):
        for name in names:
            values = package.areas(layer, name)
            wrong = set(implausible_areas([(v or 0) / 100 for v in values]).tolist())
            for row, (record, value) in enumerate(zip(records, values)):
                if value is None:
                    continue
                if (value <= 0 and not (name == "TBDLMJ" and value == 0)) or row in wrong:
                    yield Finding(RULE, layer, row, text(record.get("BSM")),
                                  f"{name} 为 {value / 100:.2f}，不是合理的面积")
