"""R702 行政区调整类型与坐落一致: XZQTZLX from the counties (first 6 digits of ZLDWDM) of the before
and after sides; type 2 rows do not belong in the county's package."""

from __future__ import annotations

from ..change_codes import XZQ_GAINED, XZQ_IN_COUNTY, XZQ_LOST, XZQ_MOVED_IN, XZQ_MOVED_OUT, county_of
from .base import ERROR, GC, Finding, Rule, text

RULE = Rule("R702", "行政区调整类型与坐落单位一致", "XZQTZLX agrees with the locations", ERROR)


def expected(record: dict, county: str) -> str | None:
    before, after = text(record.get("BGQZLDWDM")), text(record.get("BGHZLDWDM"))
    if not text(record.get("BGQTBBSM")):
        return XZQ_GAINED
    if not text(record.get("BGHTBBSM")):
        return XZQ_LOST if not after else XZQ_MOVED_OUT
    before_in, after_in = county_of(before) == county, county_of(after) == county
    if before_in and after_in:
        return XZQ_IN_COUNTY
    return XZQ_MOVED_IN if after_in else (XZQ_MOVED_OUT if before_in else None)


def check(package):
    for k, record in enumerate(package.gc):
        kind = text(record.get("XZQTZLX"))
        bsm = text(record.get("BSM"))
        if kind == XZQ_MOVED_OUT:
            yield Finding(RULE, GC, k, bsm, "XZQTZLX 2（调出本县）的记录不应出现在本县更新包中")
            continue
        want = expected(record, package.county)
        if want is not None and kind != want:
            yield Finding(RULE, GC, k, bsm, f"XZQTZLX 为 {kind or '空'}，按变更前后坐落单位应为 {want}")
        if kind in (XZQ_LOST,) and any(text(record.get(n)) for n in ("BGHTBBSM", "BGHDLBM", "BGHZLDWDM")):
            yield Finding(RULE, GC, k, bsm, "XZQTZLX 4 的记录变更后属性应为空")
