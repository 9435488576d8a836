"""Parcels and official area per group — the area statistics every report starts from.

A thin layer over the one footed table type (rules/tables.py): square metres foot by
construction (sums of TBMJ in whole cents), mu and hectares by largest remainder against
their parents, land classes in the standard's order (耕地, 园地, 林地, 草地, …).
"""

from __future__ import annotations

from . import landclass
from .survey import decimals
from .tables import FootedTable, Quantity, cents_of

PARCELS = Quantity("parcels")
AREA_M2 = Quantity("m2", "m2", decimals("area_m2"))
AREA_MU = Quantity("mu", "mu", decimals("area_mu"))
AREA_HA = Quantity("ha", "ha", decimals("area_ha"))
AREA_QUANTITIES = (PARCELS, AREA_M2, AREA_MU, AREA_HA)


def class_key(code, level: str) -> str:
    """The table key of a land-class code at a level: the code (or group name) it is counted
    under; an unknown code keeps its text so no parcel is lost."""
    return landclass.label(code, level)[0]


def class_name(key, level: str) -> str:
    """The name shown for a class key (未知地类 X for a code the class table lacks)."""
    if level in ("group", "broad"):
        return str(key)
    for c in landclass.land_classes().values():
        if (c.code if level == "code" else c.level1_code) == key:
            return c.name if level == "code" else c.level1_name
    return f"未知地类 {key or '(空)'}"


def area_table(keys, tbmj_m2, class_level: str | None = None, subtotals=(), quantities=AREA_QUANTITIES):
    """A FootedTable of parcels and official area per key tuple; when ``class_level`` is given
    the last key is a land-class key at that level, ordered as the standard orders classes."""
    width = len(keys[0]) if keys else 0
    order = {width - 1: (lambda key: landclass.rank(key, class_level))} if class_level and width else {}
    table = FootedTable([f"key{i}" for i in range(width)], quantities, subtotals=subtotals, order=order)
    table.add_many(keys, {"area": cents_of(tbmj_m2)})
    return table
