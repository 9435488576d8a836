"""R103 字段齐全、类型正确: every field of the standard, with the standard's type."""

from __future__ import annotations

from ..survey_schema import layer_fields
from .base import ERROR, LAYERS, Finding, Rule

RULE = Rule("R103", "字段齐全且类型正确", "Fields present with the standard's types", ERROR)
TYPE_ZH = {"text": "字符型", "real": "浮点型", "integer": "整型", "date": "日期型"}
#: What a GeoPackage may report for a type of the standard (ArcGIS writes dates as date-times).
ACCEPTED = {"text": {"text"}, "real": {"real"}, "integer": {"integer"}, "date": {"date", "datetime"}}


def check(package):
    for name in LAYERS:
        info = package.layers[name]
        if not info.present:
            continue
        for spec in layer_fields(name):
            found = info.fields.get(spec.name)
            if found is None:
                yield Finding(RULE, name, None, "", f"缺少字段 {spec.name}（{spec.name_zh}）")
            elif found[0] not in ACCEPTED[spec.type]:
                yield Finding(RULE, name, None, "", f"字段 {spec.name} 为{TYPE_ZH.get(found[0], found[0])}，"
                                                    f"标准为{TYPE_ZH[spec.type]}")
