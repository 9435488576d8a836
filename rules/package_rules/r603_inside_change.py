"""R603 位于变更范围内: a DLTBGX parcel lies inside the base parcels it replaces (its pieces'
before-parcels); more than the county's sliver minimum outside is an error."""

from __future__ import annotations

from .base import ERROR, GX, Finding, Rule, text

RULE = Rule("R603", "更新层图斑位于变更前图斑范围内", "DLTBGX parcels inside the parcels they replace", ERROR)


def check(package):
    limit = package.limits.sliver_minimum_m2
    for i, area in sorted(package.geometry.gx_outside_m2.items()):
        if area > limit:
            yield Finding(RULE, GX, i, text(package.gx[i].get("BSM")),
                          f"有 {area:.2f}㎡ 位于其变更前图斑之外")
