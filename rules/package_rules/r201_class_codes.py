"""R201 地类编码与名称: DLBM in the land-class table (GB/T 21010-2017 / 三调) and DLMC its name."""

from __future__ import annotations

from .. import landclass
from .base import ERROR, Finding, Rule, land_sides, side_name, text

RULE = Rule("R201", "地类编码与地类名称一致", "Land-class code and name agree", ERROR)


def check(package):
    for layer, row, record, prefix in land_sides(package):
        code = text(record.get(side_name(prefix, "DLBM")))
        name = text(record.get(side_name(prefix, "DLMC")))
        found = landclass.lookup(code)
        label = side_name(prefix, "DLBM")
        if found is None:
            yield Finding(RULE, layer, row, text(record.get("BSM")), f"{label} “{code}”不在地类代码表中")
        elif name != found.name:
            yield Finding(RULE, layer, row, text(record.get("BSM")),
                          f"{side_name(prefix, 'DLMC')} “{name}”与地类编码 {code}（{found.name}）不符")
