"""R404 变更前图斑存在: every BGQTBBSM is a parcel of the base (DLTB)."""

from __future__ import annotations

from .base import ERROR, GC, Finding, Rule, has_before, text

RULE = Rule("R404", "变更前图斑在基础库中存在", "Before-parcel exists in the base", ERROR)


def check(package):
    for k, record in enumerate(package.gc):
        before = text(record.get("BGQTBBSM"))
        if has_before(record) and before and before not in package.base_bsm:
            yield Finding(RULE, GC, k, text(record.get("BSM")), f"BGQTBBSM {before} 在基础库中不存在")
