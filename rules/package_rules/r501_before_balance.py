"""R501 变更前面积守恒: Σ TBBGMJ per BGQTBBSM = the before-parcel's TBMJ, to the cent.

A shortfall on a before-parcel that the package's parcels do not wholly cover may be area that
moved to another county (XZQTZLX 2 rows are left out of a county's package): a warning."""

from __future__ import annotations

from .base import ERROR, GC, WARNING, Finding, Rule, cents, has_before, m2, text

RULE = Rule("R501", "变更前图斑面积守恒", "Pieces add up to the before-parcel's TBMJ", ERROR)


def check(package):
    rows: dict = {}
    for k, record in enumerate(package.gc):
        if has_before(record) and text(record.get("BGQTBBSM")):
            rows.setdefault(text(record.get("BGQTBBSM")), []).append(k)
    areas = package.areas(GC, "TBBGMJ")
    limit = package.limits.sliver_minimum_m2
    for before, ks in rows.items():
        base = package.base.get(before)
        if base is None:
            continue  # R404
        total = sum(areas[k] or 0 for k in ks)
        tbmj = cents(base.get("TBMJ")) or 0
        if total == tbmj:
            continue
        uncovered = package.geometry.before_uncovered_m2.get(before, 0.0)
        moved = total < tbmj and uncovered > limit
        message = (f"变更前图斑 {before} 的图斑变更面积之和 {m2(total)} ≠ 图斑面积 {m2(tbmj)}（差 {m2(tbmj - total)}）"
                   + (f"；该图斑有 {uncovered:.2f}㎡ 未被更新层覆盖，可能已调出本县" if moved else ""))
        for k in ks:
            yield Finding(RULE, GC, k, text(package.gc[k].get("BSM")), message, WARNING if moved else "")
