"""landbalance:indicatorledger — 补充耕地指标台账: the indicator bank per bank and project.

Reads the ledger journal (nothing is written to it) and reports, for each bank (county, city,
provincial pool) and each project in it, what was registered, traded, drawn and deducted and
what is left, for the three indicators; plus the journal itself, entry by entry.
"""

from __future__ import annotations

import datetime as _dt


from ..exports.tables import SUBTOTAL, TOTAL
from ..exports.xlsx import INTEGER, NUMBER, Column, Sheet
from ..rules import indicator_bank as bank
from ..rules.indicator_bank import AREA, GRAIN, PADDY
from ..rules.journal import JournalError
from ..store.base import StoreError
from .base import fail
from .indicator_bank import BankAlgorithm, REPORTED, _date
from .journal_messages import bank_name, indicator_name, journal_refusal
from .ledger_common import open_ledger
from .ledger_output import INT, REAL, TEXT, save_workbook, write_table

MEASURES = ("registered", "traded", "drawn", "deducted", "balance")
SHORT = {AREA: "AREA", PADDY: "PADDY", GRAIN: "GRAIN"}


def shown(indicator: str, amount: int):
    """A whole amount as a cell shows it: mu with 2 decimals, kg as is."""
    return amount if indicator == GRAIN else round(amount / 100, 2)


class IndicatorLedger(BankAlgorithm):
    THROUGH_YEAR = "THROUGH_YEAR"
    REPORT_DATE = "REPORT_DATE"

    def name(self):
        return "indicatorledger"

    def displayName(self):
        return self.tr("Indicator bank ledger")

    def shortHelpString(self):
        return self.tr(
            "The indicator bank as a ledger (补充耕地指标台账): per bank (county, city, provincial pool) and project — "
            "record number, name, grade, acceptance certificate, end of maintenance and whether still in it — what "
            "was registered, traded (bought + / sold −), drawn and deducted and the balance, for the new cultivated "
            "area, the new paddy area (mu) and the grain capacity (kg); bank subtotals and a 合计 that foot; and the "
            "journal entry by entry. Balances are derived from the entries, never stored. Rule source: {}").format(
            self.documents())

    def initAlgorithm(self, config=None):
        self.add_common(with_level=False, year_help=self.tr("Unused by the report; see THROUGH_YEAR."))
        self.add_number(self.THROUGH_YEAR, self.tr("Through year (0: all entries)"),
                        self.tr("The ledger as it stood at the end of this year."), 0, optional=True, minimum=0,
                        maximum=2200)
        self.add_date(self.REPORT_DATE, self.tr("Report date"), self.tr(
            "Whether a project is still in its maintenance period is judged on this day (default today)."),
            optional=True)
        self.add_sink(self.OUTPUT, self.tr("Indicator ledger"), self.tr(
            "One row per bank and per account: registered, traded, drawn, deducted and balance of each indicator."))
        self.add_xlsx(self.XLSX, self.tr("Indicator ledger (.xlsx)"),
                      self.tr("One sheet per indicator (per bank and project) and the journal."))
        self.add_outputs(("ACCOUNTS", self.tr("Accounts")))

    def processAlgorithm(self, parameters, context, feedback):
        pack = self.programme(parameters, context)
        through = self.parameterAsInt(parameters, self.THROUGH_YEAR, context) or None
        today = _dt.date.fromisoformat(_date(self.parameterAsDateTime(parameters, self.REPORT_DATE, context))) \
            if self.given(parameters, self.REPORT_DATE) else _dt.date.today()
        journal = open_ledger(self.location(parameters, context), self.parameterAsString(parameters, self.AUTHCFG,
                                                                                         context), create=False)
        try:
            entries = journal.entries(bank.BOOK)
        except (StoreError, JournalError) as err:
            raise fail(self.tr("Ledger store: {}").format(journal_refusal(err))) from None
        finally:
            journal.close()
        if through is not None:
            entries = [e for e in entries if e.year <= through]
        accounts = bank.ledger(entries)
        rows = self._rows(accounts, today)
        spec, aliases = self._spec()
        result = {self.OUTPUT: write_table(self, parameters, self.OUTPUT, context, spec, [r for r, _ in rows],
                                           aliases), "ACCOUNTS": len(accounts), "COUNT": len(entries),
                  "RULES": pack.label}
        balances = bank.bank_balances(entries)
        for bank_id in REPORTED:
            amounts = balances.get(bank_id, {})
            result[f"{bank_id.upper()}_AREA_MU"] = amounts.get(AREA, 0) / 100
            result[f"{bank_id.upper()}_PADDY_MU"] = amounts.get(PADDY, 0) / 100
            result[f"{bank_id.upper()}_GRAIN_KG"] = amounts.get(GRAIN, 0)
        xlsx = self.parameterAsFileOutput(parameters, self.XLSX, context)
        if xlsx:
            title_year = self.tr("through {}").format(through) if through else ""
            save_workbook(xlsx, [self._indicator_sheet(i, rows, pack, title_year, today) for i in (AREA, PADDY, GRAIN)]
                          + [self._journal_sheet(entries, pack)])
            result[self.XLSX] = xlsx
        feedback.pushInfo(self.tr("{} accounts, {} entries.").format(len(accounts), len(entries)))
        return result

    def _rows(self, accounts, today) -> list:
        """(values, kind) per bank subtotal then its accounts, then the total; amounts summed exactly."""
        out = []
        banks = []
        for account in accounts:
            if account.bank not in banks:
                banks.append(account.bank)
        for bank_id in banks:
            members = [a for a in accounts if a.bank == bank_id]
            out.append((self._values(bank_id, SUBTOTAL, "", {}, members, today, "bank"), "bank"))
            for account in members:
                out.append((self._values(bank_id, account.ref, account.name, account.attributes, [account], today,
                                         "account"), "account"))
        out.append((self._values("", TOTAL, "", {}, accounts, today, "total"), "total"))
        return out

    def _values(self, bank_id, ref, name, attributes, members, today, kind) -> list:
        end = attributes.get("maintenance_end") or ""
        within = "" if not end or kind != "account" else ("是" if today.isoformat() <= end else "否")
        values = [kind, bank_id, bank_name(bank_id) if bank_id else "", ref, name, attributes.get("grade"),
                  attributes.get("certificate") or "", attributes.get("accepted") or "", end, within]
        for indicator in (AREA, PADDY, GRAIN):
            for measure in MEASURES:
                total = sum((m.balance if measure == "balance" else getattr(m, measure))[indicator] for m in members)
                values.append(shown(indicator, total))
        return values

    def _spec(self):
        spec = [("ROW_KIND", TEXT, 10, 0), ("BANK", TEXT, 20, 0), ("BANK_ZH", TEXT, 40, 0), ("PROJECT", TEXT, 40, 0),
                ("NAME", TEXT, 120, 0), ("GRADE", REAL, 6, 2), ("CERTIFICATE", TEXT, 80, 0), ("ACCEPTED", TEXT, 10, 0),
                ("MAINT_END", TEXT, 10, 0), ("IN_MAINT", TEXT, 2, 0)]
        aliases = {"ROW_KIND": self.tr("Row (bank, account or total)"), "BANK": self.tr("Bank id"),
                   "BANK_ZH": self.tr("Bank"), "PROJECT": self.tr("Record number (备案号)"),
                   "NAME": self.tr("Project name"), "GRADE": self.tr("Quality grade"),
                   "CERTIFICATE": self.tr("Acceptance certificate"), "ACCEPTED": self.tr("Acceptance date"),
                   "MAINT_END": self.tr("End of maintenance"), "IN_MAINT": self.tr("In maintenance")}
        labels = {"registered": self.tr("registered"), "traded": self.tr("traded"), "drawn": self.tr("drawn"),
                  "deducted": self.tr("deducted"), "balance": self.tr("balance")}
        for indicator in (AREA, PADDY, GRAIN):
            unit = "KG" if indicator == GRAIN else "MU"
            for measure in MEASURES:
                field = f"{SHORT[indicator]}_{measure[:3].upper()}_{unit}"
                spec.append((field, INT if indicator == GRAIN else REAL, 18, 0 if indicator == GRAIN else 2))
                aliases[field] = f"{indicator_name(indicator)}：{labels[measure]}"
        return spec, aliases

    def _indicator_sheet(self, indicator, rows, pack, title_year, today) -> Sheet:
        unit = self.tr("kg") if indicator == GRAIN else self.tr("mu")
        kind, decimals = (INTEGER, 0) if indicator == GRAIN else (NUMBER, 2)
        columns = [Column(self.tr("Bank"), 12), Column(self.tr("Record number (备案号)"), 20),
                   Column(self.tr("Project name"), 24), Column(self.tr("Grade"), 6, NUMBER, 2),
                   Column(self.tr("Acceptance certificate"), 18), Column(self.tr("End of maintenance"), 11),
                   Column(self.tr("In maintenance"), 8)]
        columns += [Column(text, 12, kind, decimals, self.tr("Indicator ({})").format(unit)) for text in (
            self.tr("Registered"), self.tr("Traded (+bought / −sold)"), self.tr("Drawn"), self.tr("Deducted"),
            self.tr("Balance"))]
        offset = 10 + 5 * (AREA, PADDY, GRAIN).index(indicator)
        body, bold = [], set()
        for values, kind_ in rows[:-1]:
            if kind_ == "bank":
                bold.add(len(body))
                body.append([values[2], SUBTOTAL, "", None, "", "", ""] + values[offset:offset + 5])
            else:
                body.append([values[2], values[3], values[4], values[5], values[6], values[8], values[9]]
                            + values[offset:offset + 5])
        total = [TOTAL, "", "", None, "", "", ""] + rows[-1][0][offset:offset + 5]
        title = self.tr("Supplementary cultivated-land indicator ledger — {}").format(indicator_name(indicator))
        notes = [self.tr("Registered: accepted projects entering a bank; the provincial pool receives its share at "
                         "registration. Drawn: occupying projects, county bank first, then city bank."),
                 self.tr("Balances are the sums of the journal's entries{}; in maintenance judged on {}.").format(
                     f"（{title_year}）" if title_year else "", today.isoformat()),
                 self.tr("Rules: {} — {}").format(pack.label, pack.document_zh)]
        return Sheet(indicator_name(indicator), title, columns, body, total, unit_left=pack.name_zh,
                     unit_right=self.tr("Unit: {}").format(unit), notes=notes, notes_title=self.tr("Notes:"),
                     paper="A4", bold_rows=frozenset(bold))

    def _journal_sheet(self, entries, pack) -> Sheet:
        kinds = {"register": self.tr("register"), "draw": self.tr("draw"), "trade_in": self.tr("buy"),
                 "trade_out": self.tr("sell"), "deduct": self.tr("deduct")}
        columns = [Column(self.tr("No."), 6, INTEGER, 0), Column(self.tr("Year"), 6, INTEGER, 0),
                   Column(self.tr("Kind"), 8), Column(self.tr("Concerning"), 20), Column(self.tr("Note"), 24),
                   Column(self.tr("Bank"), 12), Column(self.tr("Account"), 20),
                   Column(indicator_name(AREA), 11, NUMBER, 2, self.tr("Amounts")),
                   Column(indicator_name(PADDY), 11, NUMBER, 2, self.tr("Amounts")),
                   Column(indicator_name(GRAIN), 12, INTEGER, 0, self.tr("Amounts")),
                   Column(self.tr("Recorded by"), 10), Column(self.tr("Recorded at"), 18)]
        body, totals = [], {AREA: 0, PADDY: 0, GRAIN: 0}
        for k, entry in enumerate(entries):
            by_account = {}
            for p in entry.postings:
                by_account.setdefault(p.account, {AREA: 0, PADDY: 0, GRAIN: 0})[p.indicator] += p.amount
            for account, amounts in by_account.items():
                bank_id, ref = bank.split_account(account)
                for i in totals:
                    totals[i] += amounts[i]
                body.append([k + 1, entry.year, kinds.get(entry.kind, entry.kind), entry.ref, entry.note,
                             bank_name(bank_id), ref] + [shown(i, amounts[i]) for i in (AREA, PADDY, GRAIN)]
                            + [entry.actor, entry.at[:19].replace("T", " ")])
        total = [TOTAL, None, "", self.tr("{} entries").format(len(entries)), "", "", ""] \
            + [shown(i, totals[i]) for i in (AREA, PADDY, GRAIN)] + ["", ""]
        return Sheet(self.tr("Journal"), self.tr("Indicator bank journal"), columns, body, total,
                     unit_left=pack.name_zh, unit_right=self.tr("Units: mu, kg"),
                     notes=[self.tr("Append-only: every registration, draw-down, trade and deduction as recorded; "
                                    "the 合计 is what all banks hold together (the provincial pool included).")],
                     notes_title=self.tr("Notes:"), paper="A3")

