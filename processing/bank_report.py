"""landbalance:bankreport — 储备库年度报告: the reserve bank's January report, from its ledger.

Ganzhou (seeds/000_9e49406886a189a5.txt 二(三)4): early each January the county forestry
bureau reports last year's summary and this year's plan to the city. Per year: area banked
(county, provincial bank), new quota (county, provincial pool), quota used, deducted, lapsed,
the balances at the year's end and what is owed; the entries behind each figure; a chart of
banked vs used per year. Everything is derived from the ledger's entries (rules/reserve_bank.py).
"""

from __future__ import annotations

from ..exports.reserve_bank import REPORT_FIELDS, entry_rows, report_rows
from ..exports.xlsx import NUMBER, TEXT, Column, Sheet
from ..rules.journal import balances
from ..rules.reserve_bank import COUNTY, POOL, QUOTA
from .bank_base import BankAlgorithm
from .base import fail
from .ledger_output import INT, REAL, chart_file, folder_of, save_workbook, write_table
from .reserve_bank_messages import kind_name

CAPABILITY = "bank_report"


class BankReport(BankAlgorithm):
    OUTPUT = "OUTPUT"
    CHART = "CHART"
    TABLE = "TABLE"

    def name(self):
        return "bankreport"

    def displayName(self):
        return self.tr("Reserve bank annual report")

    def shortHelpString(self):
        return self.tr(
            "The reserve bank's annual report from its ledger ({}), as each county sends it early in January: per "
            "year the area banked (county bank, provincial bank), the new quota (county, provincial pool), the quota "
            "used, deducted and lapsed, the balances at the year's end and what is owed; the entries (parcels, "
            "projects) behind each figure, under their figure; this year's plan (the quota available); a chart of "
            "banked vs used per year. Areas in mu rounded once per figure from the official m²; the 合计 row is the "
            "sum of the years. YEAR is the report's year: the summary runs to the year before.").format(
            self.documents())

    def initAlgorithm(self, config=None):
        self.add_programme_parameter()
        self.add_year(self.YEAR, self.tr("Report year"), self.tr("The year the report is made in (January): the "
                                                                "summary covers the years before it. Empty: every "
                                                                "year of the ledger."), optional=True)
        self.add_ledger_store(optional=False)
        self.add_xlsx(self.OUTPUT, self.tr("Annual report (.xlsx)"), self.tr(
            "The report: the summary by year (with the chart) and the entries behind each figure."), optional=False)
        self.add_file_output(self.CHART, self.tr("Chart: banked vs used per year (.png)"), self.tr("PNG image (*.png)"),
                             self.tr("Optional: the chart as an image of its own (it is in the .xlsx as well)."),
                             optional=True, create=True)
        self.add_sink(self.TABLE, self.tr("Report by year"), self.tr("Optional: the summary by year as a table."),
                      optional=True)
        self.add_outputs(("BANKED_MU", self.tr("Banked in the county bank (mu)")),
                         ("QUOTA_MU", self.tr("Quota granted (mu)")), ("USED_MU", self.tr("Quota used (mu)")),
                         ("BALANCE_MU", self.tr("Quota balance (mu)")))

    def processAlgorithm(self, parameters, context, feedback):
        pack = self.programme(parameters, context)
        bank = self.bank(pack)
        journal = self.journal(parameters, context, create=False)
        try:
            entries = journal.entries(bank.book)
        finally:
            journal.close()
        if not entries:
            raise fail(self.tr("The ledger of {} holds no entries yet: nothing to report.").format(pack.id))
        year = self.year(parameters, context) or max(e.year for e in entries) + 1
        past = [e for e in entries if e.year < year]
        if not past:
            raise fail(self.tr("The ledger holds no entries before {}: nothing to report for last year.").format(year))
        figures = bank.figures(past)
        rows, total = report_rows(bank, figures)
        chart = self.parameterAsFileOutput(parameters, self.CHART, context) or ""
        if feedback.isCanceled():
            return {}
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        series = [(self.tr("Banked (county bank)"), [bank.mu(bank.units(f.banked_county)) for f in figures]),
                  (self.tr("Quota used"), [bank.mu(f.used_county + f.used_pool) for f in figures])]
        with chart_file(chart, folder_of(path), self.tr("Reserve bank: banked and used per year (mu)"),
                        [str(f.year) for f in figures], series, unit=self.tr("Unit: mu")) as png:
            self.write_xlsx(path, pack, bank, rows, total, past, entries, year, png)
        last = figures[-1]
        result = {self.OUTPUT: path, "BANKED_MU": total[1], "QUOTA_MU": round(total[3] + total[4], bank.decimals),
                  "USED_MU": round(total[5] + total[6], bank.decimals),
                  "BALANCE_MU": bank.mu(last.balance_county + last.balance_pool)}
        if chart:
            result[self.CHART] = chart
        if parameters.get(self.TABLE) is not None:
            result[self.TABLE] = self.write_table(parameters, context, rows)
        feedback.pushInfo(self.tr("{} years reported, {} entries.").format(len(figures), len(past)))
        return result

    def columns(self, bank) -> list:
        d = bank.decimals
        banked, quota, used, balance = (self.tr("Banked (mu)"), self.tr("New quota (mu)"), self.tr("Used (mu)"),
                                        self.tr("Balance at year end (mu)"))
        return [Column(self.tr("Year"), 8, TEXT),
                Column(self.tr("County bank"), 10, NUMBER, d, banked),
                Column(self.tr("Provincial bank"), 10, NUMBER, d, banked),
                Column(self.tr("County"), 10, NUMBER, d, quota),
                Column(self.tr("Provincial pool"), 10, NUMBER, d, quota),
                Column(self.tr("County"), 10, NUMBER, d, used), Column(self.tr("Provincial pool"), 10, NUMBER, d, used),
                Column(self.tr("Deducted (mu)"), 10, NUMBER, d), Column(self.tr("Lapsed (mu)"), 10, NUMBER, d),
                Column(self.tr("County"), 10, NUMBER, d, balance),
                Column(self.tr("Provincial pool"), 10, NUMBER, d, balance), Column(self.tr("Owed (mu)"), 10, NUMBER, d)]

    def write_xlsx(self, path, pack, bank, rows, total, past, entries, year, chart):
        title = pack.section("bank_ledger").get("report_title_zh") or self.tr("Reserve bank annual report")
        plan = balances(past)
        this_year = [e for e in entries if e.year == year]
        used_now = -sum(p.amount for e in this_year if e.kind == "draw" for p in e.postings if p.indicator == QUOTA)
        notes = [
            self.tr("Last year's summary: the years {}–{} above; balances are at each year's end, their 合计 cell is "
                    "the last year's.").format(min(e.year for e in past), year - 1),
            self.tr("This year's plan ({}): quota available — county {} mu, provincial pool {} mu; already used "
                    "this year {} mu.").format(year, bank.text(plan.get((COUNTY, QUOTA), 0)),
                                               bank.text(plan.get((POOL, QUOTA), 0)), bank.text(used_now)),
            self.tr("Areas: official ellipsoidal areas, each year's figure rounded once from m². Rule: {}.").format(
                pack.document_zh)]
        summary = Sheet(self.tr("Summary by year"), self.tr("{} ({} report)").format(title, year), self.columns(bank),
                        rows, total, unit_left=pack.name_zh,
                        unit_right=self.tr("Unit: mu"), notes=notes, notes_title=self.tr("Notes:"), image=chart)
        kinds = {k: kind_name(k) for k in ("deposit", "deposit_province", "grant", "draw", "deduct", "lapse")}
        detail_rows, bold = entry_rows(bank, past, kinds)
        detail = Sheet(self.tr("Entries"), self.tr("{} — entries behind each figure").format(title), [
            Column(self.tr("Year"), 7, TEXT), Column(self.tr("Kind"), 14, TEXT),
            Column(self.tr("Parcel no. (position) or approval number"), 30, TEXT),
            Column(self.tr("Township or project"), 16, TEXT), Column(self.tr("Area (mu)"), 10, NUMBER, bank.decimals),
            Column(self.tr("Quota (mu)"), 10, NUMBER, bank.decimals), Column(self.tr("Note"), 44, TEXT),
            Column(self.tr("Recorded by"), 10, TEXT), Column(self.tr("Recorded at (UTC)"), 21, TEXT)],
            detail_rows, unit_left=self.tr("Bold rows: the figure of the summary; the rows under it add up to it."),
            unit_right=self.tr("Unit: mu"), bold_rows=bold)
        save_workbook(path, [summary, detail])

    def write_table(self, parameters, context, rows):
        spec = [("YEAR", INT, 10, 0)] + [(name.upper() + "_MU", REAL, 15, 2) for name in REPORT_FIELDS]
        return write_table(self, parameters, self.TABLE, context, spec, [[int(r[0])] + list(r[1:]) for r in rows],
                           {"YEAR": self.tr("Year")})


def algorithms(packs) -> list:
    return [BankReport(packs)]

