"""Formatted .xlsx workbooks for what a county hands in: the one xlsx writer of the plugin.

A sheet has an optional annex line (附件2), a title, a unit line (unit on the left, unit of
measure or year on the right), a header of one or two rows (a group cell merged over its
columns), the body, a 合计 row, notes (填表说明), and a print set-up: A4 or A3, landscape or
portrait, fitted to the page width, the header repeated on every printed page, page
numbers in the footer.

Built on XlsxWriter (vendored as ext/xlsxwriter.zip, BSD-2-Clause), because OGR's XLSX driver
can write none of that. No Qt, no QGIS: scripts, the dock and the algorithms share it. A
workbook is written to a temporary file in the target folder and then moved into place, so
a failed or cancelled run never leaves a half-written file.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from ..ext.xlsxwriter import Workbook
from .atomic import replacing

PAPER = {"A4": 9, "A3": 8}
FONT = "宋体"  # SimSun: what county offices' templates use; LibreOffice substitutes a CJK font
TEXT, INTEGER, NUMBER = "text", "integer", "number"


@dataclass
class Column:
    """One column of a sheet: its header, width in characters, kind and decimals.

    ``group``: a header cell merged over consecutive columns with the same group (a
    two-row header); columns without one span both header rows.
    """

    title: str
    width: float = 12
    kind: str = TEXT
    decimals: int = 2
    group: str = ""


@dataclass(frozen=True)
class Fixed:
    """A number shown with its own decimals, whatever its column's (an indicator table mixes
    hectares, percentages and m³/ha in one column)."""

    value: float
    decimals: int


@dataclass
class Sheet:
    name: str
    title: str
    columns: list
    rows: list = field(default_factory=list)
    total: list | None = None  # the 合计 row, written in bold after the body
    unit_left: str = ""
    unit_right: str = ""
    notes: list = field(default_factory=list)
    notes_title: str = ""
    landscape: bool = True
    paper: str = "A4"
    bold_rows: frozenset = frozenset()  # indexes into rows (subtotals)
    image: str = ""  # a PNG (e.g. a chart) placed under the table
    annex: str = ""  # a line above the title, as official forms have it (附件2)


class XlsxError(RuntimeError):
    """The workbook could not be written (folder missing, file open in Excel …)."""


def write_workbook(path, sheets) -> Path:
    """Write ``sheets`` to ``path`` (.xlsx) atomically; returns the path."""
    path = Path(path)
    if not path.parent.is_dir():
        raise XlsxError(f"folder {path.parent} does not exist")
    try:
        with replacing(path, ".xlsx") as temporary:
            book = Workbook(temporary, {"strings_to_numbers": False, "strings_to_formulas": False,
                                        "strings_to_urls": False})
            styles = _Styles(book)
            names = set()
            for sheet in sheets:
                _write_sheet(book, styles, sheet, _unique_name(sheet.name, names))
            book.close()
    except OSError as err:
        raise XlsxError(f"{path} could not be written: {err.strerror or err}") from None
    return path


def _unique_name(name: str, taken: set) -> str:
    """Excel's sheet names: at most 31 characters, none of []:*?/\\, unique."""
    clean = "".join("_" if c in "[]:*?/\\" else c for c in name)[:31] or "Sheet"
    candidate, n = clean, 2
    while candidate in taken:
        candidate = f"{clean[:28]}({n})"
        n += 1
    taken.add(candidate)
    return candidate


class _Styles:
    def __init__(self, book):
        base = {"font_name": FONT, "font_size": 10, "valign": "vcenter"}
        cell = dict(base, border=1)
        self.title = book.add_format(dict(base, bold=True, font_size=16, align="center"))
        self.annex = book.add_format(dict(base, font_size=12, align="left"))
        self.unit_left = book.add_format(dict(base, align="left"))
        self.unit_right = book.add_format(dict(base, align="right"))
        self.header = book.add_format(dict(cell, bold=True, align="center", text_wrap=True, bg_color="#F2F2F2"))
        self.note = book.add_format(dict(base, text_wrap=True, align="left", valign="top"))
        self._book, self._cell, self._cache = book, cell, {}

    def body(self, kind: str, decimals: int, bold: bool):
        key = (kind, decimals, bold)
        if key not in self._cache:
            spec = dict(self._cell, bold=bold)
            if kind == TEXT:
                spec.update(align="left", text_wrap=True)
            else:
                spec.update(align="right", num_format="0" if kind == INTEGER or decimals == 0
                            else "0." + "0" * decimals)
            self._cache[key] = self._book.add_format(spec)
        return self._cache[key]


def _write_sheet(book, styles: _Styles, sheet: Sheet, name: str) -> None:
    ws = book.add_worksheet(name)
    last = len(sheet.columns) - 1
    for i, column in enumerate(sheet.columns):
        ws.set_column(i, i, column.width)
    top = 0
    if sheet.annex:
        _merge(ws, 0, 0, 0, last, sheet.annex, styles.annex)
        top = 1
    _merge(ws, top, 0, top, last, sheet.title, styles.title)
    ws.set_row(top, 30)
    if sheet.unit_left or sheet.unit_right:
        middle = max((last + 1) // 2, 1) if last > 0 else 0
        _merge(ws, top + 1, 0, top + 1, max(middle - 1, 0), sheet.unit_left, styles.unit_left)
        if last >= middle:
            _merge(ws, top + 1, middle, top + 1, last, sheet.unit_right, styles.unit_right)
    header_top = top + 2
    header_rows = _write_header(ws, styles, sheet.columns, header_top)
    row = header_top + header_rows
    formats = [(c.kind, c.decimals) for c in sheet.columns]
    for index, values in enumerate(sheet.rows):
        _write_row(ws, styles, row, values, formats, index in sheet.bold_rows)
        _fit_height(ws, row, values, sheet.columns)
        row += 1
    if sheet.total is not None:
        _write_row(ws, styles, row, sheet.total, formats, True)
        row += 1
    if sheet.notes:
        row += 1
        text = "\n".join(([sheet.notes_title] if sheet.notes_title else []) + list(sheet.notes))
        _merge(ws, row, 0, row, last, text, styles.note)
        lines = bool(sheet.notes_title) + sum(_wrapped_lines(n, sum(c.width for c in sheet.columns))
                                              for n in sheet.notes)
        ws.set_row(row, 15 * lines + 4)
        row += 1
    if sheet.image:
        row = _insert_image(ws, sheet, row + 1)
    _print_setup(ws, sheet, header_top, header_top + header_rows - 1, row - 1, last)


def _insert_image(ws, sheet: Sheet, row: int) -> int:
    """The PNG under the table on a page of its own, scaled to the table's width, inside the
    print area; returns the first row after it."""
    width, height = _png_size(sheet.image)
    ws.set_h_pagebreaks([row])
    table_px = sum(int(c.width * 7 + 5) for c in sheet.columns)  # Excel: ~7 px a character + padding
    scale = min(1.0, table_px / width) if width else 1.0
    ws.insert_image(row, 0, sheet.image, {"object_position": 3, "x_scale": scale, "y_scale": scale})
    return row + int(height * scale / 20) + 2  # default rows are 20 px high


def _png_size(path) -> tuple:
    """(width, height) from a PNG's header (no image library needed); (0, 0) if not a PNG."""
    with open(path, "rb") as handle:
        head = handle.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n":
        return 0, 0
    return int.from_bytes(head[16:20], "big"), int.from_bytes(head[20:24], "big")


def _wrapped_lines(text: str, width: float) -> int:
    """Lines a note takes in a merged cell ``width`` characters wide (a CJK character counts two)."""
    return max(1, -(-_text_units(text) // max(int(width * 0.95), 1)))


def _text_units(text: str) -> int:
    """Excel width units a text takes (a CJK character takes two)."""
    return sum(2 if ord(ch) > 0x2E7F else 1 for ch in text)


def _fit_height(ws, row: int, values, columns) -> None:
    """A body row whose text wraps gets the height of its longest cell (Excel and LibreOffice
    do not grow a row for wrapped text on their own when the file is opened)."""
    lines = 1
    for value, column in zip(values, columns):
        if column.kind == TEXT and isinstance(value, str) and value:
            lines = max(lines, -(-int(_text_units(value) * 1.1) // max(int(column.width), 1)))
    if lines > 1:
        ws.set_row(row, 13.5 * lines + 2)


def _merge(ws, first_row, first_col, last_row, last_col, value, style):
    if first_row == last_row and first_col == last_col:
        ws.write(first_row, first_col, value, style)
    else:
        ws.merge_range(first_row, first_col, last_row, last_col, value, style)


def _write_header(ws, styles, columns, top: int) -> int:
    """One header row, or two when a column has a group; returns the number of rows."""
    two = any(c.group for c in columns)
    i = 0
    while i < len(columns):
        column = columns[i]
        if not two or not column.group:
            _merge(ws, top, i, top + (1 if two else 0), i, column.title, styles.header)
            i += 1
            continue
        j = i
        while j + 1 < len(columns) and columns[j + 1].group == column.group:
            j += 1
        _merge(ws, top, i, top, j, column.group, styles.header)
        for k in range(i, j + 1):
            ws.write(top + 1, k, columns[k].title, styles.header)
        i = j + 1
    ws.set_row(top, 30 if not two else 20)
    if two:
        ws.set_row(top + 1, 30)
    return 2 if two else 1


def _write_row(ws, styles, row: int, values, formats, bold: bool) -> None:
    for col, value in enumerate(values):
        kind, decimals = formats[col] if col < len(formats) else (TEXT, 0)
        style = styles.body(kind, decimals, bold)
        if isinstance(value, Fixed):
            ws.write_number(row, col, value.value, styles.body(NUMBER, value.decimals, bold))
        elif value is None or value == "":
            ws.write_blank(row, col, None, style)
        elif kind == TEXT or isinstance(value, str):
            ws.write_string(row, col, str(value), styles.body(TEXT, 0, bold) if kind != TEXT else style)
        else:
            ws.write_number(row, col, value, style)


def _print_setup(ws, sheet: Sheet, header_first: int, header_last: int, last_row: int, last_col: int) -> None:
    ws.set_paper(PAPER.get(sheet.paper, PAPER["A4"]))
    if sheet.landscape:
        ws.set_landscape()
    else:
        ws.set_portrait()
    ws.set_margins(left=0.5, right=0.5, top=0.6, bottom=0.6)
    ws.center_horizontally()
    ws.repeat_rows(header_first, header_last)
    ws.fit_to_pages(1, 0)  # the page width, as many pages down as it takes
    ws.print_area(0, 0, max(last_row, header_last), last_col)
    ws.set_footer("&C第 &P 页，共 &N 页")
    ws.freeze_panes(header_last + 1, 0)
