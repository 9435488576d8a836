"""R504 变更后扣除面积: BGHKCMJ = round(TBBGMJ × BGHKCXS, 2), BGHKCMJ + BGHTBDLMJ = TBBGMJ."""

from __future__ import annotations

from .base import ERROR, Rule, has_after
from .ridge_sides import side_faults

RULE = Rule("R504", "变更后扣除面积与地类面积正确", "After-side KCMJ and TBDLMJ", ERROR)


def check(package):
    return side_faults(RULE, package, "BGH", has_after)
