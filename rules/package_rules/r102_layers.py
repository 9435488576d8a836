"""R102 图层齐全: the package holds DLTBGX and DLTBGXGC, both polygon layers."""

from __future__ import annotations

from ..survey_schema import layer_name_zh
from .base import ERROR, LAYERS, Finding, Rule

RULE = Rule("R102", "更新包图层齐全", "Package layers present", ERROR)


def check(package):
    for name in LAYERS:
        info = package.layers[name]
        if not info.present:
            yield Finding(RULE, name, None, "", f"缺少图层 {name}（{layer_name_zh(name)}）")
        elif not info.polygon:
            yield Finding(RULE, name, None, "", f"图层 {name} 不是面图层")
