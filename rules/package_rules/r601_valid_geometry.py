"""R601 图形有效: DLTBGX parcels and DLTBGXGC pieces have valid (GEOS), non-empty polygons."""

from __future__ import annotations

from .base import ERROR, GC, GX, Finding, Rule, text

RULE = Rule("R601", "图形有效", "Valid geometries", ERROR)


def check(package):
    for layer, records, invalid in ((GX, package.gx, package.geometry.gx_invalid),
                                    (GC, package.gc, package.geometry.gc_invalid)):
        for row, reason in sorted(invalid.items()):
            yield Finding(RULE, layer, row, text(records[row].get("BSM")), f"图形无效：{reason}")
