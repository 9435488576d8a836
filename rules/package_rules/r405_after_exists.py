"""R405 变更后图斑存在: every BGHTBBSM is a DLTBGX parcel, and every DLTBGX parcel has pieces."""

from __future__ import annotations

from .base import ERROR, GC, GX, Finding, Rule, has_after, text

RULE = Rule("R405", "更新层与更新过程层相互对应", "Update parcels and pieces refer to each other", ERROR)


def check(package):
    parcels = {text(r.get("BSM")) for r in package.gx}
    referenced = set()
    for k, record in enumerate(package.gc):
        after = text(record.get("BGHTBBSM"))
        referenced.add(after)
        if has_after(record) and after and after not in parcels:
            yield Finding(RULE, GC, k, text(record.get("BSM")), f"BGHTBBSM {after} 在更新层（DLTBGX）中不存在")
    for i, record in enumerate(package.gx):
        if text(record.get("BSM")) not in referenced:
            yield Finding(RULE, GX, i, text(record.get("BSM")), "更新层图斑在更新过程层中没有对应记录")
