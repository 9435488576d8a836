"""R206 变更行为与行政区调整类型代码: BGXW 0/1/2/3, XZQTZLX 0/1/2/3/4."""

from __future__ import annotations

from ..change_codes import BGXW_CODES, XZQTZLX_CODES
from .base import ERROR, GC, Finding, Rule, text

RULE = Rule("R206", "变更行为与行政区调整类型代码正确", "BGXW and XZQTZLX codes valid", ERROR)


def check(package):
    for k, record in enumerate(package.gc):
        for name, allowed in (("BGXW", BGXW_CODES), ("XZQTZLX", XZQTZLX_CODES)):
            value = text(record.get(name))
            if value and value not in allowed:
                yield Finding(RULE, GC, k, text(record.get("BSM")), f"{name} “{value}”不在 {'/'.join(allowed)} 中")
