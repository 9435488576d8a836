"""R401 标识码: 18 digits, beginning with the county's code (6 county + 4 layer + 8 serial)."""

from __future__ import annotations

from ..change_numbering import split_bsm
from .base import ERROR, GC, GX, Finding, Rule, has_after, has_before, text

RULE = Rule("R401", "标识码为18位且属本县", "BSM has 18 digits and the county's code", ERROR)


def _fault(label: str, value, county: str):
    bsm = text(value)
    parts = split_bsm(bsm)
    if parts is None:
        return f"{label} “{bsm}”不是18位数字"
    if county and parts[0] != county:
        return f"{label} “{bsm}”的县级代码 {parts[0]} 不是本县 {county}"
    return None


def check(package):
    for i, record in enumerate(package.gx):
        message = _fault("BSM", record.get("BSM"), package.county)
        if message:
            yield Finding(RULE, GX, i, text(record.get("BSM")), message)
    for k, record in enumerate(package.gc):
        fields = ["BSM"] + (["BGQTBBSM"] if has_before(record) else []) + (["BGHTBBSM"] if has_after(record) else [])
        for name in fields:
            value = record.get(name)
            if name != "BSM" and not text(value):
                continue  # R301 names a missing one
            message = _fault(name, value, package.county if name != "BGQTBBSM" else "")
            if message:
                yield Finding(RULE, GC, k, text(record.get("BSM")), message)
