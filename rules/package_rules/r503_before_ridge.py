"""R503 变更前扣除面积: BGQKCMJ = round(TBBGMJ × BGQKCXS, 2), BGQKCMJ + BGQTBDLMJ = TBBGMJ."""

from __future__ import annotations

from .base import ERROR, Rule, has_before
from .ridge_sides import side_faults

RULE = Rule("R503", "变更前扣除面积与地类面积正确", "Before-side KCMJ and TBDLMJ", ERROR)


def check(package):
    return side_faults(RULE, package, "BGQ", has_before)
