"""R705 仅地类变化入包: a BGXW 1 piece whose before and after differ only in BSM, TBBH or the
location and ownership codes and names is no land-class change and stays out of the package."""

from __future__ import annotations

from ..change_codes import BGXW_SAME, land_differs
from .base import GC, WARNING, Finding, Rule, pairs, text

RULE = Rule("R705", "非地类变化不入更新包", "Changes of identity, location or ownership only stay out", WARNING)


def _side(record: dict, prefix: str) -> dict:
    return {("BSM" if n == "TBBSM" else n): record.get(prefix + n) for n in pairs()}


def check(package):
    for k, record in enumerate(package.gc):
        if text(record.get("BGXW")) == BGXW_SAME and not land_differs(_side(record, "BGQ"), _side(record, "BGH")):
            yield Finding(RULE, GC, k, text(record.get("BSM")),
                          "仅标识码、图斑编号、坐落或权属变化，不属地类变更，不应入包")
