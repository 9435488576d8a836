"""R101 坐标系统: the package is in CGCS2000, as a 3° Gauss–Krüger projection (DOMAIN.md checks)."""

from __future__ import annotations

from ..survey import survey_constants
from .base import ERROR, LAYERS, WARNING, Finding, Rule

RULE = Rule("R101", "坐标系统为CGCS2000高斯-克吕格投影", "Coordinate system is CGCS2000 Gauss–Krüger", ERROR)


def gauss_kruger_codes() -> set:
    crs = survey_constants()["crs"]
    return {code for first, last in (crs["gauss_kruger_3deg_prefixed"], crs["gauss_kruger_3deg_plain"])
            for code in range(first, last + 1)}


def check(package):
    geographic = int(survey_constants()["ellipsoid"]["geographic_crs"].split(":")[1])
    for name in LAYERS:
        info = package.layers[name]
        if not info.present or info.crs_epsg in gauss_kruger_codes():
            continue
        if info.crs_epsg == geographic:
            yield Finding(RULE, name, None, "", f"坐标系为CGCS2000地理坐标（EPSG:{geographic}），"
                                                f"变更数据库通常为高斯-克吕格投影", WARNING)
        else:
            shown = f"EPSG:{info.crs_epsg}" if info.crs_epsg else "未定义"
            yield Finding(RULE, name, None, "", f"坐标系 {shown} 不是CGCS2000（EPSG:{geographic} 或高斯-克吕格投影）")
