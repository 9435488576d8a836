"""R202 权属性质: QSXZ from the survey's dictionary (10/20/30/31/32/33/34/40)."""

from __future__ import annotations

from ..change_codes import codes
from .base import ERROR, Finding, Rule, land_sides, side_name, text

RULE = Rule("R202", "权属性质代码正确", "Ownership code (QSXZ) in its dictionary", ERROR)


def check(package):
    allowed = set(codes()["qsxz"])
    for layer, row, record, prefix in land_sides(package):
        value = text(record.get(side_name(prefix, "QSXZ")))
        if value and value not in allowed:
            yield Finding(RULE, layer, row, text(record.get("BSM")),
                          f"{side_name(prefix, 'QSXZ')} “{value}”不在 {'/'.join(sorted(allowed))} 中")
