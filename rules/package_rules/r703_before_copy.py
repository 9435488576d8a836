"""R703 变更前属性与基础库一致: a piece's BGQ* attributes are those of its base parcel."""

from __future__ import annotations

from ..change_codes import PIECE_AREAS
from .base import ERROR, GC, Finding, Rule, has_before, pairs, same, text

RULE = Rule("R703", "变更前属性与基础库一致", "Before-side attributes match the base", ERROR)


def check(package):
    for k, record in enumerate(package.gc):
        base = package.base.get(text(record.get("BGQTBBSM")))
        if not has_before(record) or base is None:
            continue
        wrong = [n for n in pairs() if n not in PIECE_AREAS
                 and not same(n, record.get("BGQ" + n), base.get("BSM" if n == "TBBSM" else n))]
        if wrong:
            yield Finding(RULE, GC, k, text(record.get("BSM")),
                          "与基础库图斑不一致：" + "、".join(f"BGQ{n}" for n in wrong))
