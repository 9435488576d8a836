"""R704 变更后属性与更新层一致: a piece's BGH* attributes are those of its DLTBGX parcel."""

from __future__ import annotations

from ..change_codes import PIECE_AREAS
from .base import ERROR, GC, Finding, Rule, has_after, pairs, same, text

RULE = Rule("R704", "变更后属性与更新层一致", "After-side attributes match DLTBGX", ERROR)


def check(package):
    parcels = package.gx_by_bsm()
    for k, record in enumerate(package.gc):
        rows = parcels.get(text(record.get("BGHTBBSM")))
        if not has_after(record) or not rows:
            continue
        parcel = package.gx[rows[0]]
        wrong = [n for n in pairs() if n not in PIECE_AREAS
                 and not same(n, record.get("BGH" + n), parcel.get("BSM" if n == "TBBSM" else n))]
        if wrong:
            yield Finding(RULE, GC, k, text(record.get("BSM")),
                          "与更新层图斑不一致：" + "、".join(f"BGH{n}" for n in wrong))
