"""Reading an .xlsx back, cell by cell (a filled-in form a county sent, or our own output).

An .xlsx is a zip of XML parts (ECMA-376): the workbook lists the sheets, each sheet lists
its cells by reference (C5) with a value that is a number, a shared string, an inline
string or a boolean. That is all a form needs, so it is read with zipfile and ElementTree
rather than a new dependency. Merged cells keep their value in the top-left cell.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from xml.etree import ElementTree as ET

NS = {"m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
      "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships"}
REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_REF = re.compile(r"([A-Z]+)(\d+)")


class XlsxReadError(ValueError):
    """Not an .xlsx this reader can open (names the file and why)."""


def column_index(letters: str) -> int:
    """A → 0, Z → 25, AA → 26."""
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def column_letters(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_ref(row: int, col: int) -> str:
    """(0, 2) → 'C1'."""
    return f"{column_letters(col)}{row + 1}"


def read_workbook(path) -> dict:
    """{sheet name: {(row, col): value}} with 0-based rows and columns; numbers as float or
    int, text as str, booleans as bool."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as book:
            shared = _shared_strings(book)
            sheets = {}
            for name, part in _sheet_parts(book):
                sheets[name] = _cells(ET.fromstring(book.read(part)), shared)
            return sheets
    except (zipfile.BadZipFile, KeyError, ET.ParseError) as err:
        raise XlsxReadError(f"{path.name} is not a readable .xlsx workbook ({err})") from None
    except OSError as err:
        raise XlsxReadError(f"{path.name} cannot be read: {err.strerror or err}") from None


def as_rows(cells: dict) -> list:
    """A sheet's cells as a list of rows (lists), blanks as None."""
    if not cells:
        return []
    height = max(r for r, _ in cells) + 1
    width = max(c for _, c in cells) + 1
    rows = [[None] * width for _ in range(height)]
    for (r, c), value in cells.items():
        rows[r][c] = value
    return rows


def _shared_strings(book) -> list:
    if "xl/sharedStrings.xml" not in book.namelist():
        return []
    root = ET.fromstring(book.read("xl/sharedStrings.xml"))
    return ["".join(t.text or "" for t in item.iter(f"{{{NS['m']}}}t")) for item in root.findall("m:si", NS)]


def _sheet_parts(book) -> list:
    workbook = ET.fromstring(book.read("xl/workbook.xml"))
    rels = ET.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    target = {r.get("Id"): r.get("Target") for r in rels.iter(REL)}
    out = []
    for sheet in workbook.find("m:sheets", NS):
        part = target[sheet.get(f"{{{NS['r']}}}id")]
        part = part.lstrip("/") if part.startswith("/") else "xl/" + part
        out.append((sheet.get("name"), part))
    return out


def _cells(root, shared: list) -> dict:
    cells = {}
    for c in root.iter(f"{{{NS['m']}}}c"):
        match = _REF.fullmatch(c.get("r", ""))
        if not match:
            continue
        key = (int(match.group(2)) - 1, column_index(match.group(1)))
        kind = c.get("t", "n")
        value = c.findtext("m:v", default=None, namespaces=NS)
        if kind == "s" and value is not None:
            cells[key] = shared[int(value)]
        elif kind == "inlineStr":
            cells[key] = "".join(t.text or "" for t in c.iter(f"{{{NS['m']}}}t"))
        elif kind == "str":
            cells[key] = value or ""
        elif kind == "b":
            cells[key] = value == "1"
        elif value is not None:
            number = float(value)
            cells[key] = int(number) if number.is_integer() and "." not in value and "E" not in value else number
    return cells
