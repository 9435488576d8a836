"""土地变更一览表: the first summary table of an update package, one row per change of land.

DOMAIN.md "Change packages": one row per piece with the before and after codes and BGMJ; pure
geometry splits with equal attributes are skipped; the class row has BGMJ = min(before TBDLMJ,
after TBDLMJ); a change in 田坎 area adds a 1203 row for the difference. Totals in m² and in ha,
footed (rules/tables.py: the rows' hectares add up to the rounded total).
"""

from __future__ import annotations

from dataclasses import dataclass

from . import landclass
from .change_codes import normal
from .survey import survey_constants
from .tables import cents_of, footed_units

#: The codes each side of a row shows, in the table's column order.
CODES = ("TBBSM", "TBBH", "ZLDWDM", "ZLDWMC", "QSDWDM", "QSDWMC", "QSXZ", "DLBM", "GDLX", "GDPDJB", "CZCSXM",
         "TBXHDM", "ZZSXDM", "MSSM", "GDDB")
IDENTITY = ("TBBSM", "TBBH")


@dataclass(frozen=True)
class ListRow:
    before: tuple  # CODES of the before side ('' where there is none)
    after: tuple
    cents: int  # BGMJ, whole cents of m²


def _side(record: dict, prefix: str) -> tuple:
    return tuple("" if record.get(prefix + n) is None else str(record.get(prefix + n)).strip() for n in CODES)


AREAS = ("BGQTBDLMJ", "BGHTBDLMJ", "BGQKCMJ", "BGHKCMJ")


def _cents(records, name: str) -> list:
    """A stored area of every record as whole cents (rounded once, all at once; NULL → 0)."""
    return cents_of([float(r.get(name) or 0.0) for r in records]).tolist()


def _cents_of_one(value) -> int:
    return 0 if value is None else int(cents_of(float(value)))


def _with_class(codes: tuple, code: str) -> tuple:
    i = CODES.index("DLBM")
    return codes[:i] + (code,) + codes[i + 1:]


def rows_of(record: dict, areas=None) -> list:
    """The 一览表 rows of one DLTBGXGC record (``areas``: its AREAS in cents, if known)."""
    has_before = bool(record.get("BGQTBBSM"))
    has_after = bool(record.get("BGHTBBSM"))
    before = _side(record, "BGQ") if has_before else ("",) * len(CODES)
    after = _side(record, "BGH") if has_after else ("",) * len(CODES)
    land_before, land_after, ridge_before, ridge_after = areas or [_cents_of_one(record.get(n)) for n in AREAS]
    land_before = land_before if has_before else None
    land_after = land_after if has_after else None
    ridge_before = ridge_before if has_before else 0
    ridge_after = ridge_after if has_after else 0
    out = []
    split_only = has_before and has_after and all(
        normal(n, record.get("BGQ" + n)) == normal(n, record.get("BGH" + n)) for n in CODES if n not in IDENTITY)
    if not split_only:
        sizes = [v for v in (land_before, land_after) if v is not None]
        if sizes and min(sizes) > 0:
            out.append(ListRow(before, after, min(sizes)))
    ridge = survey_constants()["ridge"]["kcdlbm"]
    if ridge_before > ridge_after:  # 田坎 became the after class
        out.append(ListRow(_with_class(before, ridge), after, ridge_before - ridge_after))
    elif ridge_after > ridge_before:  # the before class became 田坎
        out.append(ListRow(before, _with_class(after, ridge), ridge_after - ridge_before))
    return out


def change_list(records) -> list:
    """Every row of the table, ordered by the before side's village and parcel, then the after's."""
    records = list(records)
    areas = list(zip(*(_cents(records, n) for n in AREAS))) if records else []
    rows = [row for record, cents in zip(records, areas) for row in rows_of(record, cents)]
    return sorted(rows, key=lambda r: (r.before[2], _number(r.before[1]), r.before[0], r.after[0], r.after[7]))


def _number(text: str):
    return (0, int(text), "") if text.isdigit() else (1, 0, text)


def hectares(rows, decimals: int) -> list:
    """Each row's BGMJ in hectares (whole 10^-decimals), footing to the rounded total."""
    return footed_units([r.cents for r in rows], "ha", decimals).tolist()


#: Output names of the land-class groups (the survey bulletins' statistical groups).
GROUP_IDS = {"耕地": "CROPLAND", "园地": "GARDEN", "林地": "FOREST", "草地": "GRASSLAND", "湿地": "WETLAND",
             "城镇村及工矿用地": "BUILT_UP", "交通运输用地": "TRANSPORT", "水域及水利设施用地": "WATER",
             "其他土地": "OTHER"}


def _group(code) -> str:
    found = landclass.lookup(code)
    return found.group if found else ""


def net_change_by_group(records) -> dict:
    """Cents each land-class group gains (+) or loses (−) through the pieces: a side's TBDLMJ
    counts for its class, its KCMJ for 田坎 (1203)."""
    ridge = _group(survey_constants()["ridge"]["kcdlbm"])
    records = list(records)
    out: dict = {}
    for prefix, sign in (("BGQ", -1), ("BGH", 1)):
        land, kcmj = _cents(records, prefix + "TBDLMJ"), _cents(records, prefix + "KCMJ")
        for record, land_cents, ridge_cents in zip(records, land, kcmj):
            if record.get(prefix + "TBBSM"):
                group = _group(record.get(prefix + "DLBM"))
                out[group] = out.get(group, 0) + sign * land_cents
                out[ridge] = out.get(ridge, 0) + sign * ridge_cents
    return out
