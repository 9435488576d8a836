"""The reserve-bank form (附件2 补充林地储备库) as a rule pack's ``[form]`` describes it.

Ganzhou (seeds/000_9e49406886a189a5.txt, 附件2 and its 填表说明): a title, the unit line
(单位（盖章）：… 林业局 on the left, 年度：…年 on the right), the columns 图斑号, 图斑面积,
X坐标, Y坐标, 地类情况, 生态修复情况, 入库面积, 入库填报人, areas in mu with 2 decimals,
parcels numbered from 1 per county. Everything the form says comes from the pack, so
another city's form is a pack edit. This module turns banked parcels into the form's rows
(areas footed: rules/tables.py) and reads a filled-in form back, refusing one whose header
is not the pack's, naming the cell. Pure Python; the .xlsx itself is exports/reserve_bank.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

from . import landclass
from .errors import CodedError
from .packs import Pack, PackError
from .tables import FootedTable, Quantity, round_ratio, unit_ratio

YES, NO = "是", "否"
AREA_VALUES = ("parcel_area", "bank_area")
COORDINATE_VALUES = ("x", "y")


class FormError(CodedError):
    """A form or a parcel that cannot go on it: ``code`` is stable, ``details`` name the
    parcel, field or cell (``cell`` like 'C4'), what was expected and what was found."""


@dataclass(frozen=True)
class FormColumn:
    title: str
    value: str  # number, parcel_area, x, y, land_class, restored, bank_area, reporter, township, parcel_id
    width: float


@dataclass(frozen=True)
class FormSpec:
    """Everything a pack's ``[form]`` says."""

    title: str
    unit_label: str
    unit_template: str
    year_template: str
    columns: tuple
    area_decimals: int = 2
    coordinate_decimals: int = 3
    annex: str = ""
    unit_suffixes: tuple = ()
    total_label: str = "合计"
    notes_title: str = ""
    notes: tuple = ()
    paper: str = "A4"
    landscape: bool = True
    class_options: tuple = ()  # (reference, name) from lists.land_class_options

    @classmethod
    def from_pack(cls, pack: Pack) -> FormSpec:
        form = pack.section("form")
        if form is None or "unit_template_zh" not in form:
            raise PackError(pack.path, "form", "is required for the reserve-bank form but missing")
        options = tuple((o["id"], o["name_zh"]) for o in pack.section("lists", {}).get("land_class_options", []))
        return cls(
            title=form["title_zh"], unit_label=form["unit_label_zh"], unit_template=form["unit_template_zh"],
            year_template=form["year_template_zh"],
            columns=tuple(FormColumn(c["title_zh"], c["value"], float(c["width"])) for c in form["columns"]),
            area_decimals=int(form["area_decimals"]), coordinate_decimals=int(form.get("coordinate_decimals", 3)),
            annex=form.get("annex_zh", ""), unit_suffixes=tuple(form.get("unit_suffixes_zh", ())),
            total_label=form.get("total_label_zh", "合计"), notes_title=form.get("notes_title_zh", ""),
            notes=tuple(form.get("notes_zh", ())), paper=form.get("paper", "A4"),
            landscape=bool(form.get("landscape", True)), class_options=options,
        )

    @property
    def header(self) -> list:
        return [c.title for c in self.columns]

    def unit_text(self, unit: str) -> str:
        """'单位（盖章）：崇义县（市、区）林业局' for UNIT 崇义县 (the pack's template)."""
        unit = (unit or "").strip()
        if not unit:
            raise FormError("unit_missing", "the unit (county) is empty", field="UNIT")
        if self.unit_suffixes and not unit.endswith(self.unit_suffixes):
            raise FormError("unit_suffix", f"unit {unit!r} does not end in {'/'.join(self.unit_suffixes)}",
                            field="UNIT", unit=unit, suffixes=list(self.unit_suffixes))
        return self.unit_label + self.unit_template.format(unit=unit)

    def year_text(self, year: int) -> str:
        return self.year_template.format(year=year)

    def unit_of(self, text: str) -> str | None:
        """The unit a filled-in unit line names (None if it does not follow the template)."""
        found = _template_regex(self.unit_label + self.unit_template, "unit", r"(?P<unit>.*?)").fullmatch(
            (text or "").strip())
        return found.group("unit").strip() if found else None

    def year_of(self, text: str) -> int | None:
        found = _template_regex(self.year_template, "year", r"\s*(?P<year>\d{4})\s*").search(text or "")
        return int(found.group("year")) if found else None

    def index(self, value: str) -> int:
        for i, column in enumerate(self.columns):
            if column.value == value:
                return i
        return -1


def _template_regex(template: str, name: str, group: str):
    before, after = template.split("{" + name + "}", 1)
    return re.compile(re.escape(before.strip()) + r"\s*" + group + r"\s*" + re.escape(after.strip()))


# ── land classes as the form names them ─────────────────────────────────────────────


def class_codes(value) -> frozenset:
    """The class codes a land-class value names: a code (0602), a class name (乔木林地), or
    a group or level-1 name (林地). Empty when it names none."""
    text = "" if value is None else str(value).strip()
    if not text:
        return frozenset()
    found = landclass.lookup(text)
    if found is not None:
        return frozenset({found.code})
    by_name = [c.code for c in landclass.land_classes().values() if c.name == text]
    if by_name:
        return frozenset(by_name)
    try:
        return landclass.expand([text])
    except KeyError:
        return frozenset()


def class_label(value, options) -> str:
    """地类情况 as the form writes it: the first of the pack's options (采矿用地, 耕地, 林地,
    湿地, 草地 …) that holds the class, else the class's group. Raises FormError when the
    value is empty or names no class."""
    text = "" if value is None else str(value).strip()
    if not text:
        raise FormError("class_missing", "no land class", value=text)
    codes = class_codes(text)
    if not codes:
        raise FormError("class_unknown", f"{text!r} is not a land class", value=text)
    for reference, name in options:
        try:
            if codes <= landclass.expand([reference]):
                return name
        except KeyError:
            continue
    groups = {landclass.lookup(code).group for code in codes}
    return groups.pop() if len(groups) == 1 else text


def restored_text(value) -> str:
    """生态修复情况 是/否 from a field value (是/否, true/false, 1/0, or a marker text)."""
    if isinstance(value, bool):
        return YES if value else NO
    text = "" if value is None else str(value).strip()
    if text in (YES, NO):
        return text
    if text.lower() in ("1", "true", "yes", "y", "t"):
        return YES
    if text.lower() in ("0", "false", "no", "n", "f", ""):
        return NO
    raise FormError("restored", f"{text!r} is not 是 or 否", value=text)


# ── the rows ────────────────────────────────────────────────────────────────────────


@dataclass
class BankedParcel:
    """One row of the form: a banked parcel (a piece of the two-year overlay, or a polygon
    of any layer). Areas in whole cents of m² (official ellipsoidal areas), X/Y the CGCS2000
    Gauss–Krüger coordinates of a point inside it."""

    bank_cents: int
    parcel_cents: int  # the whole parcel, at least bank_cents
    x: float
    y: float
    land_class: str
    restored: str
    reporter: str
    township: str = ""
    parcel_id: str = ""  # the workflow's parcel key (BSM of the later parcel)
    county: str = ""     # 6-digit county code (ZLDWDM), '' when unknown
    label: str = ""      # how to name it to a technician (BSM, TBH, feature id)
    number: int = 0
    attributes: dict = field(default_factory=dict)

    @property
    def ref(self) -> str:
        """The parcel's key in the bank: its position (X, Y to 0.1 m), the one identity the
        form itself carries, so a row deposited from a layer and the same row read back
        from a filled-in form are the same parcel."""
        return position_ref(self.x, self.y)


def position_ref(x: float, y: float) -> str:
    return f"{float(x):.1f},{float(y):.1f}"


def number_rows(parcels: list) -> list:
    """图斑号 from 1, in the given order (the caller orders them: overlay number, BSM)."""
    for number, parcel in enumerate(parcels, start=1):
        parcel.number = number
    return parcels


def single_county(parcels: list) -> str:
    """The county of the rows; FormError naming two parcels of different counties."""
    seen = {}
    for parcel in parcels:
        if parcel.county:
            seen.setdefault(parcel.county, parcel)
    if len(seen) > 1:
        (a, pa), (b, pb) = list(seen.items())[:2]
        raise FormError("counties", f"parcels of counties {a} and {b}", counties=sorted(seen),
                        first=pa.label, second=pb.label)
    return next(iter(seen), "")


def form_areas(parcels: list, decimals: int = 2) -> tuple:
    """The form's areas in whole 10^-decimals mu: ({number: {"bank_area", "parcel_area"}}, totals).

    入库面积 is footed: each row derived from its cents and rounded once against the total
    rounded once (largest remainder, rules/tables.py), so the 合计 row is the sum of the rows
    and the year's banked area the quota uses. 图斑面积 is 入库面积 plus the rest of the parcel
    (its cents outside the banked piece), footed the same way: a parcel never reads smaller
    than its banked part, and equal to it when the whole parcel is banked.
    """
    table = FootedTable(("number",), (Quantity("bank_area", "mu", decimals, "bank"),
                                      Quantity("rest", "mu", decimals, "rest")), order={0: lambda n: n})
    for parcel in parcels:
        table.add((parcel.number,), {"bank": parcel.bank_cents, "rest": parcel.parcel_cents - parcel.bank_cents})

    def areas(units):
        return {"bank_area": units["bank_area"], "parcel_area": units["bank_area"] + units["rest"]}

    return {row.key[0]: areas(row.units) for row in table.rows()}, areas(table.total().units)


def form_values(spec: FormSpec, parcels: list) -> tuple:
    """(rows, total row) of cell values in the pack's column order."""
    units, totals = form_areas(parcels, spec.area_decimals)
    scale = 10**spec.area_decimals
    rows = []
    for parcel in parcels:
        cells = {"number": parcel.number, "x": round(parcel.x, spec.coordinate_decimals),
                 "y": round(parcel.y, spec.coordinate_decimals), "land_class": parcel.land_class,
                 "restored": parcel.restored, "reporter": parcel.reporter, "township": parcel.township,
                 "parcel_id": parcel.parcel_id}
        for value in AREA_VALUES:
            cells[value] = round(units[parcel.number][value] / scale, spec.area_decimals)
        rows.append([cells[c.value] for c in spec.columns])
    total_row = [round(totals[c.value] / scale, spec.area_decimals) if c.value in AREA_VALUES else ""
                 for c in spec.columns]
    total_row[0] = spec.total_label
    return rows, total_row


# ── reading a filled-in form back ───────────────────────────────────────────────────


@dataclass
class FilledForm:
    unit: str
    year: int
    parcels: list  # BankedParcel with cents derived from the form's mu
    total_cell: str = ""


def mu_to_cents(units: int, decimals: int = 2) -> int:
    """Whole 10^-decimals mu as whole cents of m² (the nearest; rounding back gives the
    same mu, so a form read back deposits exactly its figures)."""
    num, den = unit_ratio("mu", decimals)
    return int(round_ratio(int(units) * den, num))


def read_filled_form(spec: FormSpec, cells: dict, cell_ref, year: int | None = None) -> FilledForm:
    """A filled-in form's rows from its cells {(row, col): value} (exports/xlsx_read.py).

    The header row must hold the pack's column titles in order, the row above it the unit
    line, and above that the title; a difference is a FormError naming the cell, what the
    pack expects and what the form holds. Body rows run to the 合计 row, whose areas must
    equal the sum of the rows. ``cell_ref(row, col)`` names a cell ('C5').
    """
    header = _header_row(spec, cells, cell_ref)
    for col, title in enumerate(spec.header):
        got = _text(cells.get((header, col)))
        if got != title:
            raise FormError("header", f"{cell_ref(header, col)}: expected {title!r}, found {got!r}",
                            cell=cell_ref(header, col), expected=title, found=got)
    title_row = header - 2
    if title_row < 0 or _text(cells.get((title_row, 0))) != spec.title:
        row = max(title_row, 0)
        raise FormError("header", f"{cell_ref(row, 0)}: expected the title {spec.title!r}",
                        cell=cell_ref(row, 0), expected=spec.title, found=_text(cells.get((row, 0))))
    unit_cell = (header - 1, 0)
    unit = spec.unit_of(_text(cells.get(unit_cell)))
    if not unit:
        expected = spec.unit_label + spec.unit_template.format(unit="…")
        raise FormError("header", f"{cell_ref(*unit_cell)}: expected {expected!r}", cell=cell_ref(*unit_cell),
                        expected=expected, found=_text(cells.get(unit_cell)))
    found_year, year_cell = None, cell_ref(header - 1, len(spec.columns) - 1)
    for (r, c), value in sorted(cells.items()):
        if r == header - 1 and c > 0 and spec.year_of(_text(value)) is not None:
            found_year, year_cell = spec.year_of(_text(value)), cell_ref(r, c)
    if found_year is None and year is None:
        raise FormError("year_missing", f"{year_cell}: the form names no year", cell=year_cell,
                        expected=spec.year_template.format(year="…"))
    if year is not None and found_year is not None and found_year != year:
        raise FormError("year_differs", f"{year_cell}: the form is of {found_year}, not {year}", cell=year_cell,
                        found=found_year, expected=year)
    parcels, total_row = _body(spec, cells, cell_ref, header + 1)
    _check_total(spec, cells, cell_ref, parcels, total_row)
    return FilledForm(unit, found_year if found_year is not None else year, parcels,
                      cell_ref(total_row, 0) if total_row is not None else "")


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _header_row(spec: FormSpec, cells: dict, cell_ref) -> int:
    first = spec.header[0]
    for row in range(0, 12):
        if _text(cells.get((row, 0))) == first:
            return row
    expected_row = 3 if spec.annex else 2
    raise FormError("header", f"{cell_ref(expected_row, 0)}: expected {first!r}", cell=cell_ref(expected_row, 0),
                    expected=first, found=_text(cells.get((expected_row, 0))))


def _number(value, cell: str, what: str, decimals: int | None = None):
    if isinstance(value, bool) or value is None or value == "":
        raise FormError("cell_empty", f"{cell}: {what} is empty", cell=cell, field=what)
    try:
        number = Fraction(str(value).strip())
    except ValueError:
        raise FormError("cell_number", f"{cell}: {what} {value!r} is not a number", cell=cell, field=what,
                        found=str(value)) from None
    if decimals is None:
        return float(number)
    scaled = number * 10**decimals
    return int(round_ratio(scaled.numerator, scaled.denominator))


def _body(spec: FormSpec, cells: dict, cell_ref, first: int):
    col = {c.value: i for i, c in enumerate(spec.columns)}
    last = max((r for r, _ in cells), default=first)
    parcels, row = [], first
    while row <= last:
        texts = [_text(cells.get((row, c))) for c in range(len(spec.columns))]
        if texts[0] == spec.total_label:
            return parcels, row
        if not any(texts):
            return parcels, None
        parcels.append(_parcel(spec, cells, cell_ref, row, col))
        row += 1
    return parcels, None


def _parcel(spec: FormSpec, cells, cell_ref, row: int, col: dict) -> BankedParcel:
    def cell(value):
        return cell_ref(row, col[value]) if value in col else ""

    def raw(value):
        return cells.get((row, col[value])) if value in col else None

    d = spec.area_decimals
    number = _number(raw("number"), cell("number"), "图斑号", 0) if "number" in col else row
    bank = _number(raw("bank_area"), cell("bank_area"), "入库面积", d)
    parcel = _number(raw("parcel_area"), cell("parcel_area"), "图斑面积", d) if "parcel_area" in col else bank
    if bank <= 0:
        raise FormError("zero_area", f"{cell('bank_area')}: 入库面积 is {bank}", cell=cell("bank_area"), number=number)
    if parcel < bank:
        raise FormError("parcel_smaller", f"{cell('parcel_area')}: 图斑面积 {parcel} < 入库面积 {bank}",
                        cell=cell("parcel_area"), number=number)
    x = _number(raw("x"), cell("x"), "X坐标")
    y = _number(raw("y"), cell("y"), "Y坐标")
    try:
        land = class_label(raw("land_class"), spec.class_options) if "land_class" in col else ""
        restored = restored_text(raw("restored")) if "restored" in col else ""
    except FormError as err:
        which = "land_class" if err.code.startswith("class") else "restored"
        raise FormError(err.code, f"{cell(which)}: {err}", cell=cell(which), **err.details) from None
    reporter = _text(raw("reporter"))
    if "reporter" in col and not reporter:
        raise FormError("reporter_missing", f"{cell('reporter')}: 入库填报人 is empty", cell=cell("reporter"))
    return BankedParcel(mu_to_cents(bank, d), mu_to_cents(parcel, d), x, y, land, restored, reporter,
                        township=_text(raw("township")), parcel_id=_text(raw("parcel_id")),
                        label=f"{spec.header[0]} {number}", number=int(number),
                        attributes={"form_bank_units": bank, "form_parcel_units": parcel})


def _check_total(spec: FormSpec, cells, cell_ref, parcels, total_row) -> None:
    if total_row is None:
        return
    for i, column in enumerate(spec.columns):
        if column.value not in AREA_VALUES or (total_row, i) not in cells:
            continue
        ref = cell_ref(total_row, i)
        got = _number(cells[(total_row, i)], ref, column.title, spec.area_decimals)
        key = "form_bank_units" if column.value == "bank_area" else "form_parcel_units"
        rows = sum(p.attributes[key] for p in parcels)
        if got != rows:
            scale = 10**spec.area_decimals
            raise FormError("total", f"{ref}: total {got / scale} but the rows add up to {rows / scale}", cell=ref,
                            found=got / scale, expected=rows / scale)
