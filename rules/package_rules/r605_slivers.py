"""R605 碎片: no DLTBGX parcel at or below the county's sliver minimum (a smaller part of a
multipart parcel is a warning), and no piece the area balance should have merged or dropped."""

from __future__ import annotations

from .base import ERROR, GC, GX, WARNING, Finding, Rule, cents, text

RULE = Rule("R605", "无碎片图斑", "No slivers", ERROR)


def check(package):
    limit = package.limits.sliver_minimum_m2
    facts = package.geometry
    for i, record in enumerate(package.gx):
        bsm = text(record.get("BSM"))
        area = facts.gx_m2[i] if i < len(facts.gx_m2) else None
        if area is not None and area <= limit:
            yield Finding(RULE, GX, i, bsm, f"图斑面积 {area:.2f}㎡ 不大于碎片限值 {limit:g}㎡")
            continue
        parts = facts.gx_parts_m2[i] if i < len(facts.gx_parts_m2) else []
        small = [p for p in parts if p <= limit]
        if len(parts) > 1 and small:
            yield Finding(RULE, GX, i, bsm, f"多部件图斑含 {len(small)} 个不大于 {limit:g}㎡ 的碎片部件", WARNING)
    merge_m2 = package.limits.sliver_merge_m2
    for k, (record, area) in enumerate(zip(package.gc, package.areas(GC, "TBBGMJ"))):
        if area is not None and 0 < area <= cents(merge_m2):
            yield Finding(RULE, GC, k, text(record.get("BSM")),
                          f"图斑变更面积 {area / 100:.2f}㎡ 不大于 {merge_m2:g}㎡，应并入相邻变更或舍去")
