"""R105 字段值符合长度: text no longer than the standard's length, numbers with no more decimals
than its precision (an area of 123.456 m² is not a survey area)."""

from __future__ import annotations

from ..survey_schema import layer_fields
from .base import ERROR, GC, GX, Finding, Rule, text

RULE = Rule("R105", "字段值符合字段长度与精度", "Values fit the standard's lengths and decimals", ERROR)


def _fault(spec, value):
    if value is None or value == "":
        return None
    if spec.type == "text" and len(text(value)) > spec.length:
        return f"{spec.name} 值“{text(value)}”长 {len(text(value))} 位，超过 {spec.length} 位"
    if spec.type == "real" and isinstance(value, (int, float)):
        scaled = abs(float(value)) * 10 ** spec.precision
        if abs(scaled - round(scaled)) > 1e-3 + 1e-12 * scaled:  # a float's noise, not a decimal
            return f"{spec.name} 值 {value} 超过 {spec.precision} 位小数"
    return None


def check(package):
    for name, records in ((GX, package.gx), (GC, package.gc)):
        specs = [s for s in layer_fields(name) if s.type in ("text", "real")]
        for row, record in enumerate(records):
            for spec in specs:
                message = _fault(spec, record.get(spec.name))
                if message:
                    yield Finding(RULE, name, row, text(record.get("BSM")), message)
