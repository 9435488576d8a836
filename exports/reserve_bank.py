"""The reserve bank's sheets: the 附件2 form, the field-check list and the annual report.

The form says only what the pack's ``[form]`` says (rules/reserve_form.py); the checklist and
report take their wording from the caller (translated there). Areas are footed: each figure
in mu is derived from whole cents of m² and rounded once, and every 合计 row is the sum of
the rows above it (rules/tables.py).
"""

from __future__ import annotations

from ..rules.reserve_bank import DEDUCT, DEPOSIT, DEPOSIT_PROVINCE, KINDS, Bank
from ..rules.reserve_form import AREA_VALUES, COORDINATE_VALUES, FormSpec, form_values
from ..rules.tables import footed_units, units_of_total
from .xlsx import INTEGER, NUMBER, TEXT, Column, Sheet

TOTAL = "合计"


def form_sheet(spec: FormSpec, parcels: list, unit: str, year: int) -> Sheet:
    """附件2 filled in: the pack's annex line, title, unit line (盖章) and year, its columns in
    order, one row per parcel, the 合计 row, the 填表说明 notes; paper as the pack says."""
    rows, total = form_values(spec, parcels)
    columns = []
    for column in spec.columns:
        if column.value in AREA_VALUES:
            columns.append(Column(column.title, column.width, NUMBER, spec.area_decimals))
        elif column.value in COORDINATE_VALUES:
            columns.append(Column(column.title, column.width, NUMBER, spec.coordinate_decimals))
        elif column.value == "number":
            columns.append(Column(column.title, column.width, INTEGER, 0))
        else:
            columns.append(Column(column.title, column.width, TEXT))
    return Sheet(spec.title[:31], spec.title, columns, rows, total, unit_left=spec.unit_text(unit),
                 unit_right=spec.year_text(year), notes=list(spec.notes), notes_title=spec.notes_title,
                 landscape=spec.landscape, paper=spec.paper, annex=spec.annex)


def footed_mu(cents, decimals: int = 2) -> tuple:
    """(per-row mu, total mu) of cents of m²: rows footed to the total rounded once."""
    units = footed_units(cents, "mu", decimals) if len(cents) else []
    total = units_of_total(int(sum(cents)), "mu", decimals)
    scale = 10**decimals
    return [round(int(u) / scale, decimals) for u in units], round(total / scale, decimals)


def checklist_rows(numbers, labels, townships, cents, xs, ys, count_label: str = "", decimals: int = 2) -> tuple:
    """(rows, total) of the field-check list: 序号, 图斑号, 乡镇, 面积, X, Y and three empty
    columns for the checker (result, name, date); ``count_label`` (e.g. '3个图斑') under 图斑号."""
    mu, total = footed_mu(list(cents), decimals)
    rows = [[n, label, town, a, round(x, 3), round(y, 3), "", "", ""]
            for n, label, town, a, x, y in zip(numbers, labels, townships, mu, xs, ys)]
    return rows, [TOTAL, count_label or str(len(rows)), "", total, "", "", "", "", ""]


def checklist_columns(titles) -> list:
    """The checklist's columns, titled by the caller (序号, 图斑号, 乡镇, 面积, X, Y, 核查结果, 核查人, 日期)."""
    kinds = [(INTEGER, 0, 6), (TEXT, 0, 12), (TEXT, 0, 12), (NUMBER, 2, 11), (NUMBER, 3, 15), (NUMBER, 3, 15),
             (TEXT, 0, 16), (TEXT, 0, 10), (TEXT, 0, 11)]
    return [Column(title, width, kind, decimals) for title, (kind, decimals, width) in zip(titles, kinds)]


# — the annual report —

REPORT_FIELDS = ("banked_county", "banked_province", "quota_county", "quota_pool", "used_county", "used_pool",
                 "deducted", "lapsed", "balance_county", "balance_pool", "owed")
AREA_FIELDS = ("banked_county", "banked_province")
BALANCE_FIELDS = ("balance_county", "balance_pool", "owed")


def report_rows(bank: Bank, figures: list) -> tuple:
    """(rows, total) per year: banked areas in mu (each year rounded once from its cents),
    quota figures in mu; the 合计 row sums the flows; balances are end-of-year states, so
    their total cell holds the last year's."""
    rows, sums = [], {f: 0 for f in REPORT_FIELDS}
    for f in figures:
        values = {}
        for name in REPORT_FIELDS:
            units = bank.units(getattr(f, name)) if name in AREA_FIELDS else getattr(f, name)
            values[name] = units
            if name not in BALANCE_FIELDS:
                sums[name] += units
        rows.append([str(f.year)] + [bank.mu(values[n]) for n in REPORT_FIELDS])
    last = figures[-1] if figures else None
    for name in BALANCE_FIELDS:
        sums[name] = getattr(last, name) if last else 0
    return rows, [TOTAL] + [bank.mu(sums[n]) for n in REPORT_FIELDS]


def entry_rows(bank: Bank, entries, kind_names: dict) -> tuple:
    """The entries behind each figure, by year and kind: (rows, indexes of the subtotal rows).

    Columns: 年度, 类别, 图斑号/文号, 乡镇或项目, 面积（亩）, 定额（亩）, 说明, 登记人, 登记时间.
    Each (year, kind) starts with its subtotal row — the figure of the summary sheet — and
    its parcels' mu are footed to it (the figure is rounded once from the cents); quota
    amounts are whole units and simply add up.
    """
    groups = {}
    for e in entries:
        groups.setdefault((e.year, KINDS.index(e.kind)), []).append(e)
    rows, bold = [], set()
    for (year, k), group in sorted(groups.items()):
        kind = KINDS[k]
        has_area = kind in (DEPOSIT, DEPOSIT_PROVINCE, DEDUCT)
        cents = [_area_of(e) for e in group]
        areas = footed_units(cents, "mu", bank.decimals, bank.units(sum(cents))).tolist() if has_area else []
        quotas = [_quota_of(e) for e in group]
        bold.add(len(rows))
        rows.append([str(year), kind_names.get(kind, kind), "", "", bank.mu(sum(areas)) if has_area else "",
                     bank.mu(sum(quotas)) if kind != DEPOSIT and kind != DEPOSIT_PROVINCE else "", "", "", ""])
        for i, e in enumerate(group):
            a = e.attributes
            rows.append(["", "", _label(e), a.get("township") or a.get("project") or "",
                         bank.mu(areas[i]) if has_area else "",
                         bank.mu(quotas[i]) if kind not in (DEPOSIT, DEPOSIT_PROVINCE) else "",
                         e.note, e.actor, (e.at or "")[:19].replace("T", " ")])
    return rows, frozenset(bold)


def _area_of(entry) -> int:
    return sum(abs(p.amount) for p in entry.postings if p.indicator == "area_m2" and p.account in ("county", "province")
               and (entry.kind != DEDUCT or p.account == "county"))


def _quota_of(entry) -> int:
    if entry.kind == DEDUCT:
        return entry.attributes.get("units", 0)
    if entry.kind == "grant":
        return entry.attributes.get("county", 0) + entry.attributes.get("pool", 0)
    return sum(abs(p.amount) for p in entry.postings if p.indicator == "quota_mu" and p.account != "county_owed")


def _label(entry) -> str:
    a = entry.attributes
    if entry.kind in (DEPOSIT, DEPOSIT_PROVINCE, DEDUCT):
        number = f"{a['number']} " if a.get("number") else ""
        return f"{number}({entry.ref})"
    return entry.ref
