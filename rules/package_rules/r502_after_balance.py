"""R502 变更后面积一致: Σ TBBGMJ per BGHTBBSM = the DLTBGX parcel's TBMJ, to the cent."""

from __future__ import annotations

from .base import ERROR, GX, Finding, Rule, cents, has_after, m2, text

RULE = Rule("R502", "更新层图斑面积等于其变更面积之和", "DLTBGX TBMJ is the sum of its pieces", ERROR)


def check(package):
    sums: dict = {}
    for record in package.gc:
        if has_after(record):
            key = text(record.get("BGHTBBSM"))
            sums[key] = sums.get(key, 0) + (cents(record.get("TBBGMJ")) or 0)
    for i, record in enumerate(package.gx):
        bsm = text(record.get("BSM"))
        if bsm not in sums:
            continue  # R405
        tbmj = cents(record.get("TBMJ"))
        if tbmj != sums[bsm]:
            shown = m2(tbmj) if tbmj is not None else "空"
            yield Finding(RULE, GX, i, bsm, f"图斑面积 {shown} ≠ 其图斑变更面积之和 {m2(sums[bsm])}")
