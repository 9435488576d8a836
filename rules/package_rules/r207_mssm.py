"""R207 描述说明: MSSM 00 (land) or 01 (island)."""

from __future__ import annotations

from ..survey import survey_constants
from .base import ERROR, Finding, Rule, land_sides, side_name, text

RULE = Rule("R207", "描述说明代码正确", "MSSM code valid", ERROR)


def check(package):
    allowed = set(survey_constants()["mssm"].values())
    for layer, row, record, prefix in land_sides(package):
        value = text(record.get(side_name(prefix, "MSSM")))
        if value and value not in allowed:
            yield Finding(RULE, layer, row, text(record.get("BSM")),
                          f"{side_name(prefix, 'MSSM')} “{value}”不在 {'/'.join(sorted(allowed))} 中")
