"""Reading back what the algorithms filed (.xlsx) in tests."""

from __future__ import annotations

from land_balance.exports.xlsx_read import as_rows, read_workbook


def sheet_rows(path, index: int = 0) -> list:
    """The rows of a workbook's sheet (by position) as lists of cell values."""
    sheets = read_workbook(path)
    return as_rows(list(sheets.values())[index])
