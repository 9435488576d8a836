"""R502 变更后面积一致: Σ TBBGMJ per BGHTBBSM = the DLTBGX parcel's TBMJ, to the cent."""

from __future__ import annotations

from .base import ERROR, GC, GX, Finding, Rule, has_after, m2, text

RULE = Rule("R502", "更新层图斑面积等于其变更面积之和", "DLTBGX TBMJ is the sum of its pieces", ERROR)


def check(package):
    sums: dict = {}
    for record, area in zip(package.gc, package.areas(GC, "TBBGMJ")):
        if has_after(record):
            key = text(record.get("BGHTBBSM"))
            sums[key] = sums.get(key, 0) + (area or 0)
    for i, (record, tbmj) in enumerate(zip(package.gx, package.areas(GX, "TBMJ"))):
        bsm = text(record.get("BSM"))
        if bsm in sums and tbmj != sums[bsm]:  # (no pieces at all: R405)
            shown = m2(tbmj) if tbmj is not None else "空"
            yield Finding(RULE, GX, i, bsm, f"图斑面积 {shown} ≠ 其图斑变更面积之和 {m2(sums[bsm])}")
