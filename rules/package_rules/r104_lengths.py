"""R104 字段长度: the lengths the standard fixes (BSM Char(18), TBBH Char(8), areas Float(15,2) …).

A GeoPackage keeps text lengths but not the width of real columns; those are checked where the
format reports them."""

from __future__ import annotations

from ..survey_schema import layer_fields
from .base import ERROR, LAYERS, Finding, Rule

RULE = Rule("R104", "字段长度符合标准", "Field lengths as the standard fixes them", ERROR)


def check(package):
    for name in LAYERS:
        info = package.layers[name]
        for spec in (s for s in layer_fields(name) if s.fixed and s.name in info.fields):
            kind, length, precision = info.fields[spec.name]
            if spec.type == "text" and kind == "text" and length != spec.length:
                yield Finding(RULE, name, None, "", f"字段 {spec.name} 长度为 {length or '不限'}，标准为 {spec.length}")
            elif spec.type == kind == "real" and length and (length, precision) != (spec.length, spec.precision):
                yield Finding(RULE, name, None, "", f"字段 {spec.name} 为 Float({length},{precision})，"
                                                    f"标准为 Float({spec.length},{spec.precision})")
