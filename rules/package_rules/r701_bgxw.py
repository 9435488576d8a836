"""R701 变更行为与图形一致: BGXW 1 ⇔ BGQTBBSM = BGHTBBSM with the base parcel's geometry unchanged;
BGXW 2 a new parcel (BSM not in the base); BGXW 3 ⇔ no before-parcel; BGXW 0 ⇔ XZQTZLX 4."""

from __future__ import annotations

from ..change_codes import BGXW_GAINED, BGXW_GONE, BGXW_NEW, BGXW_SAME, XZQ_GAINED, XZQ_LOST
from .base import ERROR, GC, GX, Finding, Rule, text

RULE = Rule("R701", "变更行为与图形变化一致", "BGXW agrees with the geometry", ERROR)


def _fault(record: dict, base_bsm) -> str | None:
    bgxw, kind = text(record.get("BGXW")), text(record.get("XZQTZLX"))
    before, after = text(record.get("BGQTBBSM")), text(record.get("BGHTBBSM"))
    if bgxw == BGXW_SAME and before != after:
        return f"BGXW 1（图形未变）但 BGQTBBSM {before} ≠ BGHTBBSM {after}"
    if bgxw == BGXW_NEW and after in base_bsm:
        return f"BGXW 2（新图形）但 BGHTBBSM {after} 是基础库已有图斑"
    if (bgxw == BGXW_GAINED) != (kind == XZQ_GAINED) or (bgxw == BGXW_GAINED and before):
        return f"BGXW {bgxw} 与 XZQTZLX {kind} 不符（BGXW 3 仅用于无变更前图斑的增加面积）"
    if (bgxw == BGXW_GONE) != (kind == XZQ_LOST):
        return f"BGXW {bgxw} 与 XZQTZLX {kind} 不符（BGXW 0 仅用于调出任何县的面积）"
    return None


def check(package):
    for k, record in enumerate(package.gc):
        message = _fault(record, package.base_bsm)
        if message:
            yield Finding(RULE, GC, k, text(record.get("BSM")), message)
    for i, equal in sorted(package.geometry.gx_equals_base.items()):
        if not equal:
            yield Finding(RULE, GX, i, text(package.gx[i].get("BSM")),
                          "沿用基础库标识码，但图形与原图斑不同（应为新图斑 BGXW 2）")
