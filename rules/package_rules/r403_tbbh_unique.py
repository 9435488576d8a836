"""R403 图斑编号村内唯一: TBBH unique per village (ZLDWDM) over the year-end parcels (the base
parcels the package does not replace, and DLTBGX); a parcel keeping its base number is not
blamed for a duplicate the base already had."""

from __future__ import annotations

from collections import Counter

from .base import ERROR, GX, Finding, Rule, has_before, text

RULE = Rule("R403", "图斑编号在村内唯一", "TBBH unique within the village", ERROR)


def check(package):
    replaced = {text(r.get("BGQTBBSM")) for r in package.gc if has_before(r)}
    used = Counter((z, t) for z, t, bsm in package.base_tbbh if bsm not in replaced)
    mine = Counter((text(r.get("ZLDWDM")), text(r.get("TBBH"))) for r in package.gx)
    for i, record in enumerate(package.gx):
        key = (text(record.get("ZLDWDM")), text(record.get("TBBH")))
        if not key[1] or _kept(package, record):
            continue
        if used[key] or mine[key] > 1:
            yield Finding(RULE, GX, i, text(record.get("BSM")),
                          f"坐落单位 {key[0]} 内图斑编号 {key[1]} 重复（基础库 {used[key]} 个，更新层 {mine[key]} 个）")


def _kept(package, record: dict) -> bool:
    """A parcel that keeps its base BSM, TBBH and village brings no new number (a duplicate it
    carries was in the base already)."""
    base = package.base.get(text(record.get("BSM")))
    return base is not None and all(text(base.get(n)) == text(record.get(n)) for n in ("TBBH", "ZLDWDM"))
