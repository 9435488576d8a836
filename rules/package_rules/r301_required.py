"""R301 必填字段: the fields the standard requires are filled (a side's pairs only where the row
has that side: no BGQ* for XZQTZLX 3, no BGH* for 2 and 4)."""

from __future__ import annotations

from ..survey_schema import layer_fields
from .base import ERROR, GC, GX, Finding, Rule, has_after, has_before, text

RULE = Rule("R301", "必填字段已填写", "Required fields filled", ERROR)


def _empty(value) -> bool:
    return value is None or text(value) == ""


def check(package):
    gx_required = [f for f in layer_fields(GX) if f.required]
    for i, record in enumerate(package.gx):
        missing = [f.name for f in gx_required if _empty(record.get(f.name))]
        if missing:
            yield Finding(RULE, GX, i, text(record.get("BSM")), "未填写 " + "、".join(missing))
    gc_required = [f.name for f in layer_fields(GC) if f.required]
    wanted = {(before, after): [n for n in gc_required if (before or not n.startswith("BGQ"))
                                and (after or not n.startswith("BGH"))]
              for before in (True, False) for after in (True, False)}
    for k, record in enumerate(package.gc):
        missing = [name for name in wanted[has_before(record), has_after(record)] if _empty(record.get(name))]
        if missing:
            yield Finding(RULE, GC, k, text(record.get("BSM")), "未填写 " + "、".join(missing))
