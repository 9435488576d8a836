"""R205 线状地物宽度: XZDWKD only on the linear classes (1001/1003/1004/1006/1009/1101/1107)."""

from __future__ import annotations

from ..change_codes import is_linear
from .base import ERROR, Finding, Rule, land_sides, side_name, text

RULE = Rule("R205", "线状地物宽度仅用于线状地类", "Linear-feature width on linear classes only", ERROR)


def check(package):
    for layer, row, record, prefix in land_sides(package):
        code = text(record.get(side_name(prefix, "DLBM")))
        width = record.get(side_name(prefix, "XZDWKD"))
        try:
            filled = width not in (None, "") and float(width) != 0
        except (TypeError, ValueError):
            filled = True
        if filled and not is_linear(code):
            yield Finding(RULE, layer, row, text(record.get("BSM")),
                          f"非线状地类（{code}）填写了 {side_name(prefix, 'XZDWKD')} {width}")
