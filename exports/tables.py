"""Sheets from footed tables (rules/tables.py): the same numbers the table layers hold.

``footed_sheet`` lays a FootedTable out as a list (key columns, then quantities; subtotal
rows in bold with 小计, a 合计 row); ``cross_sheet`` as a cross-table (first key down, second
key across, a 合计 column and a 合计 row). Nothing is rounded here: every cell is a footed
unit count from the table.
"""

from __future__ import annotations

from ..rules.tables import CrossTable, FootedTable, Quantity, as_value
from .xlsx import INTEGER, NUMBER, Column, Sheet

TOTAL, SUBTOTAL = "合计", "小计"


def quantity_column(quantity: Quantity, title: str, width: float = 12, group: str = "") -> Column:
    if quantity.is_area:
        return Column(title, width, NUMBER, quantity.decimals, group)
    return Column(title, width, INTEGER, 0, group)


def _cell(quantity: Quantity, units: int):
    return as_value(units, quantity.decimals if quantity.is_area else 0)


def footed_sheet(table: FootedTable, name: str, title: str, key_columns, quantities, label=None,
                 derived=None, **sheet_options) -> Sheet:
    """``key_columns``: a Column per key; ``quantities``: (Quantity, Column) pairs in the
    order shown; ``label(depth, value)`` turns a key value into its text (default: as is);
    ``derived``: {depth: (Column, fn(value))} adds a column after that key (e.g. a class name
    after its code)."""
    label = label or (lambda depth, value: "" if value is None else str(value))
    derived = derived or {}
    rows, bold = [], set()
    for row in table.rows():
        cells = []
        for depth, value in enumerate(row.key):
            shown = depth < row.depth
            cells.append(label(depth, value) if shown else (SUBTOTAL if depth == row.depth else ""))
            if depth in derived:
                cells.append(derived[depth][1](value) if shown else "")
        if row.kind == "subtotal":
            bold.add(len(rows))
        rows.append(cells + [_cell(q, row.units[q.id]) for q, _ in quantities])
    columns = []
    for depth, column in enumerate(key_columns):
        columns.append(column)
        if depth in derived:
            columns.append(derived[depth][0])
    total = table.total()
    total_row = [TOTAL] + [""] * (len(columns) - 1) + [_cell(q, total.units[q.id]) for q, _ in quantities]
    return Sheet(name, title, columns + [c for _, c in quantities], rows, total_row,
                 bold_rows=frozenset(bold), **sheet_options)


def cross_sheet(cross: CrossTable, quantity, name: str, title: str, row_title: str,
                column_label=None, row_label=None, width: float = 10, columns=None, total_title: str | None = TOTAL,
                derived=(), **sheet_options) -> Sheet:
    """Rows by the first key, a 合计 column, then one column per value of the second key.

    ``quantity``: a Quantity, or (Quantity, group title) pairs shown side by side under merged
    group headers (公顷 | 亩); ``columns``: the second key's values to show, in order (default:
    those in the table); ``total_title``: the row-total column's header (None: no such column);
    ``derived``: (title, fn({column value: units}) → units) columns after the values (e.g. a net
    change), applied to the 合计 row's column totals too.
    """
    column_label = column_label or (lambda value: "" if value is None else str(value))
    row_label = row_label or (lambda value: "" if value is None else str(value))
    groups = [(quantity, "")] if isinstance(quantity, Quantity) else list(quantity)
    shown = list(cross.column_labels if columns is None else columns)
    header = [Column(row_title, 14)]
    for q, group in groups:
        header += [quantity_column(q, total_title, width, group)] if total_title is not None else []
        header += [quantity_column(q, column_label(c), width, group) for c in shown]
        header += [quantity_column(q, title_, width, group) for title_, _ in derived]

    def cells(q, values: dict, total: int) -> list:
        out = [_cell(q, total)] if total_title is not None else []
        return out + [_cell(q, values[c]) for c in shown] + [_cell(q, fn(values)) for _, fn in derived]

    rows = []
    for r in cross.row_labels:
        row = [row_label(r)]
        for q, _ in groups:
            row += cells(q, {c: cross.cell(r, c, q) for c in shown}, cross.row_total(r, q))
        rows.append(row)
    total = [TOTAL]
    for q, _ in groups:
        total += cells(q, {c: cross.column_total(c, q) for c in shown}, cross.grand_total(q))
    return Sheet(name, title, header, rows, total, **sheet_options)
