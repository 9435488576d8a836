"""R402 标识码唯一: across the base and the package. A DLTBGX parcel may reuse a base BSM only
when it is that same parcel (its pieces are BGXW 1, BGQTBBSM = BGHTBBSM)."""

from __future__ import annotations

from collections import Counter

from .base import ERROR, GC, GX, Finding, Rule, text

RULE = Rule("R402", "标识码唯一", "BSM unique across base and package", ERROR)


def check(package):
    gx_count = Counter(text(r.get("BSM")) for r in package.gx)
    gc_count = Counter(text(r.get("BSM")) for r in package.gc)
    for bsm, n in sorted(package.base_bsm.items()):
        if bsm and n > 1:
            yield Finding(RULE, "DLTB", None, bsm, f"基础库中标识码 {bsm} 出现 {n} 次")
    keeps = {}
    for record in package.gc:
        after = text(record.get("BGHTBBSM"))
        if after:
            keeps.setdefault(after, set()).add(text(record.get("BGQTBBSM")) == after)
    for i, record in enumerate(package.gx):
        bsm = text(record.get("BSM"))
        if bsm and gx_count[bsm] > 1:
            yield Finding(RULE, GX, i, bsm, f"更新层中标识码 {bsm} 出现 {gx_count[bsm]} 次")
        if bsm in package.base_bsm and keeps.get(bsm) != {True}:
            yield Finding(RULE, GX, i, bsm, f"新图斑的标识码 {bsm} 已被基础库使用")
    for k, record in enumerate(package.gc):
        bsm = text(record.get("BSM"))
        if bsm and gc_count[bsm] > 1:
            yield Finding(RULE, GC, k, bsm, f"更新过程层中标识码 {bsm} 出现 {gc_count[bsm]} 次")
        if bsm and (bsm in package.base_bsm or bsm in gx_count):
            yield Finding(RULE, GC, k, bsm, f"更新过程层的标识码 {bsm} 已被基础库或更新层使用")
