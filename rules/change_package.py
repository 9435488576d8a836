"""An annual change-survey update package as records: DLTBGX and DLTBGXGC rows from pieces.

The overlay (processing/change_overlay.py) cuts the base parcels by the change polygons into
pieces (before-parcel ∩ after-parcel) and measures them; everything after that is decided here
on plain numbers and attribute dicts (DOMAIN.md "Change packages for the annual land-change
survey"):

* slivers merged or dropped and each before-parcel balanced to its TBMJ (rules/change_balance.py);
* an after-parcel with one piece whose before-parcel has that piece only has the before-parcel's
  geometry: it keeps BSM and TBBH (BGXW 1) — and stays out when only identity, location or
  ownership differ; every other after-parcel gets a new BSM and TBBH (rules/change_numbering.py);
* BGXW / XZQTZLX per piece (rules/change_codes.py); XZQTZLX 2 rows are left out;
* 田坎 on both sides of each piece, KCMJ = round(TBBGMJ × KCXS, 2) (rules/ridge.py); a DLTBGX
  parcel's TBMJ is the sum of its pieces' TBBGMJ and its KCMJ = round(TBMJ × KCXS, 2), the rule
  every DLTB row obeys (so the year-end database stays consistent; the validator checks the same).
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass, field

import numpy as np

from . import landclass
from .change_balance import balance, settle_slivers
from .change_codes import (
    NO_AFTER,
    XZQ_MOVED_OUT,
    after_attributes,
    change_types,
    given,
    is_cropland,
    land_differs,
    normal,
)
from .change_numbering import BsmCounter, TbbhCounter
from .errors import CodedError
from .ridge import coefficient, kcdlbm, ridge_cents
from .survey_schema import pair_names
from .tables import cents_of

CHANGE, REMAINDER = "change", "remainder"


class ChangeInputError(CodedError):
    """A change polygon the rules cannot turn into a parcel: ``kind`` says why ('class',
    'gdpdjb', 'kcxs'), ``fid`` which feature, ``value`` what was found."""

    def __init__(self, kind: str, fid, value=""):
        super().__init__(f"changepackage.{kind}", f"{kind}: feature {fid}: {value}", fid=fid, value=value)
        self.kind, self.fid, self.value = kind, fid, value


class BalanceError(CodedError):
    """A before-parcel whose pieces cannot be balanced to its TBMJ (a piece would be ≤ 0)."""

    def __init__(self, bsm, tbmj_cents: int, pieces_cents: int):
        super().__init__("changepackage.balance", f"{bsm}: TBMJ {tbmj_cents} cents, pieces {pieces_cents} cents",
                         bsm=bsm, tbmj=tbmj_cents, pieces=pieces_cents)
        self.bsm, self.tbmj, self.pieces = bsm, tbmj_cents, pieces_cents


@dataclass
class AfterSpec:
    """An after-parcel before it has attributes: made by a change polygon (``change`` its
    DLTB-named values, ``new_class`` its DLBM) or the remainder of base parcel ``base_row``."""

    kind: str
    fid: object  # the change feature id, or the base row for a remainder
    base_row: int = -1
    change: dict = field(default_factory=dict)
    new_class: str = ""
    dem_grade: str | None = None  # GDPDJB from a DEM, when one was given


@dataclass
class Settings:
    """What the county and the run decide: its code, GXSJ, the 田坎系数 table, the numbering
    so far (BSM serials and TBBH per village over the whole base) and how far a balanced piece
    may stray from its own formula area before it is reported."""

    county: str
    update_date: _dt.date
    kcxs_table: dict
    bsm_counter: BsmCounter
    tbbh_counter: TbbhCounter
    piece_tolerance_cents: int


@dataclass
class Package:
    """The records of a package. ``gx[i]['_after']`` / ``gc[k]['_piece']`` point back to the
    geometry; ``gx[i]['_same_as']`` is the before row whose geometry it keeps (or −1)."""

    gx: list
    gc: list
    left_out_attribute_only: int = 0
    left_out_moved_out: int = 0
    slivers_merged: int = 0
    slivers_dropped: int = 0
    far_from_formula: list = field(default_factory=list)  # (before BSM, piece k, TBBGMJ, measured)
    pieces_kept: np.ndarray = None
    merged_into: np.ndarray = None

    @property
    def parcels_changed(self) -> int:
        return len({r["BGQTBBSM"] for r in self.gc if r["BGQTBBSM"]})


def kcxs_of(attrs: dict, change: dict, base: dict, table: dict, fid) -> float:
    """KCXS of an after-parcel: 0 off cultivated land; the change layer's when given; the base's
    when the ground (GDPDJB, GDLX) is the same cultivated land; else the county's table."""
    code = attrs["DLBM"]
    if not is_cropland(code):
        return 0.0
    if given(change.get("KCXS")):
        return float(change["KCXS"])
    same_ground = is_cropland(base.get("DLBM")) and all(
        normal(n, attrs.get(n)) == normal(n, base.get(n)) for n in ("GDPDJB", "GDLX"))
    if same_ground and base.get("KCXS") is not None:
        return float(base["KCXS"])
    try:
        return coefficient(table, code, attrs.get("GDPDJB"), attrs.get("GDLX"))
    except KeyError as err:
        raise ChangeInputError("kcxs", fid, str(err.args[0])) from None


def _change_attributes(spec: AfterSpec, base: dict, table: dict) -> dict:
    if landclass.lookup(spec.new_class) is None:
        raise ChangeInputError("class", spec.fid, spec.new_class)
    attrs = after_attributes(spec.change, base, spec.new_class)
    if is_cropland(attrs["DLBM"]) and not given(attrs.get("GDPDJB")):
        if spec.dem_grade is None:
            raise ChangeInputError("gdpdjb", spec.fid, attrs["DLBM"])
        attrs["GDPDJB"] = spec.dem_grade
    attrs["KCDLBM"] = kcdlbm(attrs["DLBM"])
    attrs["KCXS"] = kcxs_of(attrs, spec.change, base, table, spec.fid)
    attrs["YSDM"] = base.get("YSDM")
    attrs["TBYBH"] = None
    return attrs


def _groups(keys, rows) -> dict:
    out: dict = {}
    for k in rows:
        out.setdefault(int(keys[k]), []).append(int(k))
    return out


def assemble(before: list, afters: list, piece_before, piece_after, piece_cents, neighbours: dict,
             settings: Settings) -> Package:
    """The package's records from the affected base parcels ``before`` (DLTB attribute dicts by
    row), the after-parcels ``afters`` (AfterSpec, in numbering order) and the measured pieces
    (before row or −1, after index, cents; ``neighbours``: piece → pieces sharing a boundary)."""
    piece_before = np.asarray(piece_before, dtype=np.int64)
    piece_after = np.asarray(piece_after, dtype=np.int64)
    keep, cents, merged_into = settle_slivers(piece_cents, piece_after, neighbours)
    kept = np.flatnonzero(keep)
    of_after = _groups(piece_after, kept)
    of_before = _groups(piece_before, kept[piece_before[kept] >= 0])
    tbmj = cents_of([float(b.get("TBMJ") or 0.0) for b in before]).astype(np.int64)
    tbbgmj = balance(np.where(keep, piece_before, -1), cents, tbmj)
    for b, rows in of_before.items():
        if (tbbgmj[rows] <= 0).any():
            raise BalanceError(before[b].get("BSM"), int(tbmj[b]), int(cents[rows].sum()))
    package = Package([], [], pieces_kept=keep, merged_into=merged_into,
                      slivers_merged=int(np.count_nonzero(merged_into >= 0)),
                      slivers_dropped=int(np.count_nonzero(merged_into == -1)))
    for k in kept.tolist():
        if piece_before[k] >= 0 and abs(int(tbbgmj[k]) - int(cents[k])) > settings.piece_tolerance_cents:
            package.far_from_formula.append((before[piece_before[k]].get("BSM"), k, int(tbbgmj[k]), int(cents[k])))

    after_attrs, same_as, types = {}, {}, {}
    for a, rows in of_after.items():
        spec = afters[a]
        b = spec.base_row if spec.kind == REMAINDER else _largest(rows, piece_before, cents)
        base = before[b] if b >= 0 else {}
        attrs = dict(base) if spec.kind == REMAINDER else _change_attributes(spec, base, settings.kcxs_table)
        one = len(rows) == 1 and piece_before[rows[0]] >= 0 and len(of_before[piece_before[rows[0]]]) == 1
        if one and not land_differs(before[piece_before[rows[0]]], attrs):
            package.left_out_attribute_only += 1
            continue
        same_as[a] = int(piece_before[rows[0]]) if one else -1
        after_attrs[a] = attrs
        for k in rows:
            b_row = int(piece_before[k])
            types[k] = change_types(before[b_row].get("ZLDWDM") if b_row >= 0 else None, attrs.get("ZLDWDM"),
                                    settings.county, one)
    _number(package, before, after_attrs, same_as, types, of_after, piece_before, tbbgmj, settings)
    return package


def _largest(rows, piece_before, cents) -> int:
    """The before row of an after-parcel's largest piece (ties: the earlier piece)."""
    with_before = [k for k in rows if piece_before[k] >= 0]
    if not with_before:
        return -1
    return int(piece_before[max(with_before, key=lambda k: (cents[k], -k))])


def _in_package(types: dict, rows) -> list:
    return [k for k in rows if types.get(k) is not None and types[k][1] != XZQ_MOVED_OUT]


def _number(package, before, after_attrs, same_as, types, of_after, piece_before, tbbgmj, settings) -> None:
    """BSM, TBBH and areas of the after-parcels in the package (in after order), then one
    DLTBGXGC row per piece, numbered after them. 田坎 in one vectorised pass per side."""
    year = settings.update_date.year
    rows_of = {}
    for a in sorted(after_attrs):
        rows = _in_package(types, of_after[a])
        package.left_out_moved_out += sum(1 for k in of_after[a] if types.get(k) and types[k][1] == XZQ_MOVED_OUT)
        if not rows:
            continue
        attrs = dict(after_attrs[a])
        kept_from = same_as[a]
        if kept_from >= 0:
            old = before[kept_from]
            attrs["BSM"], attrs["TBYBH"] = old.get("BSM"), old.get("TBYBH")
            same_village = normal("ZLDWDM", old.get("ZLDWDM")) == normal("ZLDWDM", attrs.get("ZLDWDM"))
            attrs["TBBH"] = old.get("TBBH") if same_village else settings.tbbh_counter.next(attrs.get("ZLDWDM"))
        else:
            attrs["BSM"], attrs["TBYBH"] = settings.bsm_counter.next(), None
            attrs["TBBH"] = settings.tbbh_counter.next(attrs.get("ZLDWDM"))
        attrs.update(SJNF=year, _after=a, _same_as=kept_from)
        rows_of[a] = rows
        package.gx.append(attrs)
    areas = np.array([sum(int(tbbgmj[k]) for k in rows_of[r["_after"]]) for r in package.gx], dtype=np.int64)
    kcmj, tbdlmj = ridge_cents(areas, [_kcxs(r) for r in package.gx])
    for attrs, area, kc, tb in zip(package.gx, areas.tolist(), kcmj.tolist(), tbdlmj.tolist()):
        attrs.update(TBMJ=area / 100, KCMJ=kc / 100, TBDLMJ=tb / 100)
    pieces = [(k, attrs) for attrs in package.gx for k in rows_of[attrs["_after"]]]
    olds = [before[piece_before[k]] if piece_before[k] >= 0 else None for k, _ in pieces]
    news = [None if types[k][1] in NO_AFTER else attrs for k, attrs in pieces]
    area = np.array([int(tbbgmj[k]) for k, _ in pieces], dtype=np.int64)
    sides = [ridge_cents(area, [_kcxs(r) for r in side]) for side in (olds, news)]
    for n, ((k, _), old, new) in enumerate(zip(pieces, olds, news)):
        ridges = [(int(kc[n]), int(tb[n])) for kc, tb in sides]
        package.gc.append(_process_row(k, old, new, types[k], int(area[n]), ridges, settings.bsm_counter.next(),
                                       settings.update_date))


def _kcxs(attrs) -> float:
    return float(attrs.get("KCXS") or 0.0) if attrs is not None else 0.0


def _process_row(k, old, new, kinds, area_cents: int, ridges, bsm, date) -> dict:
    """A DLTBGXGC record: the piece's BSM, YSDM, BGXW, TBBGMJ, XZQTZLX, GXSJ and the 25 pairs;
    ``ridges`` (KCMJ, TBDLMJ) cents of the before and after side."""
    bgxw, xzqtzlx = kinds
    row = {"BSM": bsm, "YSDM": (old or new).get("YSDM"), "BGXW": bgxw, "TBBGMJ": area_cents / 100,
           "XZQTZLX": xzqtzlx, "GXSJ": date, "_piece": k}
    for prefix, attrs, (kcmj, tbdlmj) in (("BGQ", old, ridges[0]), ("BGH", new, ridges[1])):
        for name in pair_names():
            if attrs is None:
                value = None
            elif name == "TBBSM":
                value = attrs.get("BSM")
            elif name == "KCMJ":
                value = kcmj / 100
            elif name == "TBDLMJ":
                value = tbdlmj / 100
            else:
                value = attrs.get(name)
            row[prefix + name] = value
    return row
