"""R604 无缝隙: every base parcel the package changes is covered by DLTBGX parcels (a gap larger
than the county's sliver minimum is reported; area moved out of the county leaves one too)."""

from __future__ import annotations

from .base import GC, WARNING, Finding, Rule, text

RULE = Rule("R604", "变更范围内无缝隙", "No gaps inside the changed area", WARNING)


def check(package):
    limit = package.limits.sliver_minimum_m2
    first_row = {}
    for k, record in enumerate(package.gc):
        first_row.setdefault(text(record.get("BGQTBBSM")), k)
    for before, area in sorted(package.geometry.before_uncovered_m2.items()):
        if area > limit:
            k = first_row.get(before)
            yield Finding(RULE, GC, k, text(package.gc[k].get("BSM")) if k is not None else "",
                          f"变更前图斑 {before} 有 {area:.2f}㎡ 未被更新层图斑覆盖")
