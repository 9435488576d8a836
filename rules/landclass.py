"""Land classes: GB/T 21010-2017 and the 三调 working classification (rules/landclass.csv).

Each class has its code (DLBM), name (DLMC), level-1 class (一级类), the statistical group
of the survey bulletins (耕地, 园地, 林地, 草地, 湿地, 城镇村及工矿用地, 交通运输用地,
水域及水利设施用地, 其他土地) and the broad category of the Land Administration Law
(农用地 / 建设用地 / 未利用地).
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from pathlib import Path

LANDCLASS_FILE = Path(__file__).with_name("landclass.csv")

#: Levels a statistic can label land classes at, in the order the UI offers them.
LEVELS = ("code", "level1", "group", "broad")


@dataclass(frozen=True)
class LandClass:
    code: str
    name: str
    level1_code: str
    level1_name: str
    group: str
    broad: str

    def label(self, level: str) -> tuple[str, str]:
        """(code, name) of this class at a statistics level (see LEVELS)."""
        if level == "code":
            return self.code, self.name
        if level == "level1":
            return self.level1_code, self.level1_name
        if level == "group":
            return self.group, self.group
        if level == "broad":
            return self.broad, self.broad
        raise ValueError(f"unknown land-class level {level!r}; expected one of {LEVELS}")


@cache
def land_classes() -> dict:
    """All classes by code."""
    with open(LANDCLASS_FILE, encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    return {
        r["code"]: LandClass(r["code"], r["name"], r["level1_code"], r["level1_name"], r["group"], r["broad"])
        for r in rows
    }


def normalise_code(value) -> str:
    """DLBM as text: strips blanks; a numeric 101 read from a spreadsheet becomes '0101'."""
    if value is None:
        return ""
    text = str(value).strip()
    if text.isdigit() and len(text) == 3:
        return "0" + text
    return text


def lookup(code) -> LandClass | None:
    return land_classes().get(normalise_code(code))


def expand(references) -> frozenset:
    """Class codes named by a list of references: a code ('0301'), a level-1 code ('03'),
    or a group or level-1 name ('林地'). Raises KeyError naming an unknown reference."""
    classes = land_classes().values()
    out = set()
    for ref in references:
        hits = {
            c.code
            for c in classes
            if ref in (c.code, c.level1_code, c.group, c.level1_name)
        }
        if not hits:
            raise KeyError(ref)
        out |= hits
    return frozenset(out)


def label(code, level: str) -> tuple[str, str]:
    """(code, name) at a level; an unknown code is labelled 未知地类 so no parcel is lost."""
    found = lookup(code)
    if found is None:
        text = normalise_code(code) or "(空)"
        return text, f"未知地类 {text}"
    return found.label(level)


#: The standard's order of the statistical groups and broad categories in tables (耕地 first).
GROUP_ORDER = ("耕地", "园地", "林地", "草地", "湿地", "城镇村及工矿用地", "交通运输用地",
               "水域及水利设施用地", "其他土地")
BROAD_ORDER = ("农用地", "建设用地", "未利用地")
LEVEL1_ORDER = ("01", "02", "03", "04", "00", "05", "06", "07", "08", "09", "10", "11", "12")


def rank(label, level: str) -> tuple:
    """Where a class label (as ``label()`` gives it at ``level``) stands in a table: the
    standard's order (耕地, 园地, 林地, 草地, 湿地, …), unknown classes last."""
    text = "" if label is None else str(label)
    if level == "group":
        return (GROUP_ORDER.index(text) if text in GROUP_ORDER else len(GROUP_ORDER), text)
    if level == "broad":
        return (BROAD_ORDER.index(text) if text in BROAD_ORDER else len(BROAD_ORDER), text)
    if level == "level1":
        return (LEVEL1_ORDER.index(text) if text in LEVEL1_ORDER else len(LEVEL1_ORDER), text)
    found = lookup(text)
    if found is None:
        return (len(GROUP_ORDER) + 1, text)
    return (GROUP_ORDER.index(found.group) if found.group in GROUP_ORDER else len(GROUP_ORDER), found.code)
