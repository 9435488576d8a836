"""The requisition–compensation indicator bank (补充耕地指标储备库) as Processing algorithms.

landbalance:indicatorregister (登记入库), indicatordraw (挂钩使用), indicatortrade (指标交易),
indicatordeduct (核减) record in the ledger journal; landbalance:indicatorledger reports it.
Thin adapters over rules/indicator_bank.py (seeds 003, 004; DOMAIN.md "Indicators and classes
used by the ledgers"): every run builds all its entries first and records them in one
transaction — all or nothing —, and a refusal names the project and what is missing.
"""

from __future__ import annotations

import datetime as _dt
import re

from qgis.core import (
    QgsProcessing,
)

from ..rules import indicator_bank as bank
from ..rules import landclass
from ..rules.grades import GradeError, grade_scale, round_fraction, weighted_mean
from ..rules.indicator_bank import AREA, GRAIN, PADDY, POOL, Amounts, BankError
from ..rules.journal import JournalError
from ..rules.ledger import exact
from ..rules.survey import official_m2
from ..rules.tables import cents_of, units_of_total
from ..settings import person
from ..store.base import StoreError
from ..store.location import default_location
from .base import NamedChoice, fail
from .journal_messages import bank_name, indicator_name, journal_refusal
from .ledger_common import LedgerAlgorithm, naming_fields, open_ledger
from .parcels import plain, read_parcels, report_reading

CAPABILITY = "indicatorbank"
LEVELS = ("county", "city", "province")
BANKS = ("county", "city")
REPORTED = ("county", "city", POOL)


def bank_packs(pack) -> bool:
    scales = (pack.section("bank") or {}).get("grade_scales") or []
    return any(s.get("yield_kg_per_mu") for s in scales)


class BankAlgorithm(LedgerAlgorithm):
    """STORE, AUTHCFG, LEVEL and YEAR; records a batch of entries all or nothing."""

    YEAR = "YEAR"
    OPERATION = ""

    def uses(self, pack) -> bool:
        return bank_packs(pack)

    def add_common(self, with_level: bool = True, year_help: str = ""):
        self.add_programme_parameter(default="shaanxi_measures")
        self.add_store_parameters(self.tr("Ledger store (GeoPackage path or postgres:connection)"), self.tr(
            "Where the ledger journal is kept (beside the workflow status); empty: the sidecar GeoPackage next to "
            "the project or the input layer. memory:<name> keeps it for this QGIS session only (trials)."),
            auth_as_text=True)
        if with_level:
            self.add(NamedChoice(self.LEVEL, self.tr("Recorded by (GeoPackage store)"),
                                 [(lv, n) for lv, n in zip(LEVELS, (self.tr("County"), self.tr("City"),
                                                                    self.tr("Province")))], "county"),
                     self.tr("In a PostGIS store the database role decides, not this choice."))
        self.add_year(self.YEAR, self.tr("Year"), year_help or self.tr("The ledger year the entries belong to."),
                      _dt.date.today().year)
        self.add_outputs(("COUNT", self.tr("Entries recorded")))
        self.add_outputs(*((f"{bank_id.upper()}_{suffix}", f"{bank_name(bank_id)} — {indicator_name(indicator)}")
                           for bank_id in REPORTED
                           for indicator, suffix in ((AREA, "AREA_MU"), (PADDY, "PADDY_MU"), (GRAIN, "GRAIN_KG"))))
        self.add_rules_output()

    def location(self, parameters, context) -> str:
        text = self.parameterAsString(parameters, self.STORE, context)
        if text:
            return text
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context) if self.INPUT in parameters else None
        try:
            return default_location(layer.source() if layer is not None else "",
                                    layer.providerType() if layer is not None else "ogr")
        except StoreError as err:
            raise fail(self.tr("Ledger store: {}").format(err)) from None

    def record(self, parameters, context, feedback, pack, build) -> dict:
        """Build the entries against the book as it is and record them in one transaction."""
        journal = open_ledger(self.location(parameters, context), self.parameterAsString(parameters, self.AUTHCFG,
                                                                                         context))
        level = self.parameterDefinition(self.LEVEL).chosen(parameters) or "county" \
            if self.parameterDefinition(self.LEVEL) is not None else "county"
        try:
            existing = journal.entries(bank.BOOK)
            entries = build(existing)
            if feedback.isCanceled():
                raise fail(self.tr("Cancelled: nothing was recorded."))
            done = journal.record(bank.book_rules(), entries, actor=person() or None, level=level,
                                  pack=pack.label)
            balances = bank.bank_balances(journal.entries(bank.BOOK))
        except (BankError, JournalError) as err:
            raise fail(self.tr("Nothing was recorded: {}").format(journal_refusal(err, pack))) from None
        except StoreError as err:
            raise fail(self.tr("Nothing was recorded: {}").format(journal_refusal(err))) from None
        finally:
            journal.close()
        feedback.pushInfo(self.tr("{} entries recorded.").format(len(done)))
        result = {"COUNT": len(done), "RULES": pack.label}
        for bank_id in REPORTED:
            amounts = balances.get(bank_id, {})
            result[f"{bank_id.upper()}_AREA_MU"] = amounts.get(AREA, 0) / 100
            result[f"{bank_id.upper()}_PADDY_MU"] = amounts.get(PADDY, 0) / 100
            result[f"{bank_id.upper()}_GRAIN_KG"] = amounts.get(GRAIN, 0)
            if amounts:
                feedback.pushInfo(self.tr("{}: {} mu, of which paddy {} mu, grain capacity {} kg.").format(
                    bank_name(bank_id), f"{amounts.get(AREA, 0) / 100:,.2f}", f"{amounts.get(PADDY, 0) / 100:,.2f}",
                    f"{amounts.get(GRAIN, 0):,}"))
        return result

    # -- amounts from parameters or from a parcel layer -------------------------------------------

    def add_amount_parameters(self, grade_help: str):
        for key, text, double, help_text in (
                ("AREA_MU", self.tr("Cultivated area (mu)"), True,
                 self.tr("Without an input layer: the area, in mu (2 decimals).")),
                ("PADDY_MU", self.tr("of which paddy (mu)"), True,
                 self.tr("Without an input layer: the paddy part of the area, in mu.")),
                ("GRADE", self.tr("Quality grade"), False, grade_help),
                ("GRAIN_KG", self.tr("Grain capacity (kg)"), False,
                 self.tr("Without an input layer: grain capacity in kg, when not computed from the grade."))):
            self.add_number(key, text, help_text, optional=True, minimum=0, double=double)

    def add_layer_parameters(self, layer_text: str, group_field: str, group_text: str, group_default: str):
        self.add_parcels(self.INPUT, layer_text, self.tr(
            "Optional: parcels whose official areas, classes and grades give the amounts, grouped by the field "
            "below; without it the amount parameters are used."), optional=True)
        for key, text, default, help_text in (
            (group_field, group_text, group_default, self.tr("The field grouping the parcels into projects.")),
            ("CLASS_FIELD", self.tr("Land-class field"), "DLBM",
             self.tr("Cultivated land (paddy where the pack's paddy classes say so).")),
            ("GRADE_FIELD", self.tr("Grade field"), "GDDB",
             self.tr("The quality grade giving the grain capacity through the pack's yield per grade."))):
            self.add_field(key, text, help_text, default)

    def given(self, parameters, key) -> bool:
        value = parameters.get(key)
        return value is not None and value != ""

    def amounts_from_parameters(self, parameters, context, pack, ref: str, need_grain: bool) -> Amounts:
        scale = grade_scale(pack, "bank")
        area = bank.hundredths(self.parameterAsDouble(parameters, "AREA_MU", context)) \
            if self.given(parameters, "AREA_MU") else 0
        paddy = bank.hundredths(self.parameterAsDouble(parameters, "PADDY_MU", context)) \
            if self.given(parameters, "PADDY_MU") else 0
        if self.given(parameters, "GRAIN_KG"):
            grain = self.parameterAsInt(parameters, "GRAIN_KG", context)
        elif self.given(parameters, "GRADE"):
            grade = self._grade(scale, self.parameterAsInt(parameters, "GRADE", context), ref, "GRADE")
            grain = bank.grain_of_mu_units(scale, area, grade)
        elif need_grain:
            raise fail(self.tr("{}: give the quality grade (GRADE) or the grain capacity (GRAIN_KG).").format(ref))
        else:
            grain = 0
        return Amounts(area, paddy, grain)

    def _grade(self, scale, value, label, field):
        try:
            grade = scale.parse(value)
        except GradeError:
            raise fail(self.tr("{}: grade “{}” in {} is not a {} grade ({}–{}).").format(
                label, value, field, scale.name_zh, scale.min, scale.max)) from None
        if grade is None:
            raise fail(self.tr("{}: no grade in {}; the grain capacity needs it.").format(label, field))
        return grade

    def parcel_groups(self, parameters, context, feedback, pack, group_field: str, extra=()) -> dict:
        """{group value: (Amounts, attributes of its first parcel)} from the INPUT parcels."""
        source, name = self.polygon_source(parameters, self.INPUT, context, feedback)
        group = self.parameterAsString(parameters, group_field, context) or self.parameterDefinition(
            group_field).defaultValue()
        klass = self.parameterAsString(parameters, "CLASS_FIELD", context) or "DLBM"
        grade_field = self.parameterAsString(parameters, "GRADE_FIELD", context) or "GDDB"
        extra = [f for f in extra if f]
        parcels = read_parcels(source, context, feedback, name, [group, klass, grade_field] + extra
                               + naming_fields(source), keep_geometries=False)
        report_reading(parcels, name, feedback)
        if not len(parcels):
            raise fail(self.tr("Layer “{}” has no features: nothing to record.").format(name))
        cents = cents_of(official_m2(parcels.official_m2(context, name))).tolist()
        labels = parcels.labels(parcels.fids)
        bank_data = bank.bank_section(pack)
        cropland = landclass.expand(bank_data.get("cropland_classes", ["耕地"]))
        paddy_codes = landclass.expand(bank_data.get("paddy_classes", ["0101"]))
        scale = grade_scale(pack, "bank")
        groups = {}
        for row, label in enumerate(labels):
            key = str(parcels.column(group)[row] or "").strip()
            if not key:
                raise fail(self.tr("Layer “{}”, parcel {}: no project in field {}.").format(name, label, group))
            code = landclass.normalise_code(parcels.column(klass)[row])
            if code not in cropland:
                raise fail(self.tr("Layer “{}”, parcel {}: class {} “{}” is not cultivated land.").format(
                    name, label, klass, code or "—"))
            grade = self._grade(scale, parcels.column(grade_field)[row], self.tr("Layer “{}”, parcel {}").format(
                name, label), grade_field)
            item = groups.setdefault(key, {"area": 0, "paddy": 0, "parts": [], "first": {
                f: plain(parcels.column(f)[row]) for f in extra}})
            item["area"] += cents[row]
            item["paddy"] += cents[row] if code in paddy_codes else 0
            item["parts"].append((cents[row], grade))
        for g in groups.values():  # the project's grade: area-weighted mean of its parcels', 2 decimals
            mean = weighted_mean([grade for _, grade in g["parts"]], [cents for cents, _ in g["parts"]])
            g["first"]["_grade"] = round_fraction(mean) if mean is not None else None
        return {key: (Amounts(units_of_total(g["area"], "mu", 2), units_of_total(g["paddy"], "mu", 2),
                              bank.grain_of_parts(scale, g["parts"])), g["first"]) for key, g in groups.items()}


def _date(value) -> str:
    """A date parameter or attribute as ISO text ('' when empty)."""
    if value is None or value == "":
        return ""
    if hasattr(value, "toPyDate"):
        return value.toPyDate().isoformat() if value.isValid() else ""
    if hasattr(value, "date") and callable(value.date) and hasattr(value.date(), "toPyDate"):
        return value.date().toPyDate().isoformat() if value.isValid() else ""
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()[:10]
    return str(value)[:10]


def _plus_years(iso: str, years: int) -> str:
    day = _dt.date.fromisoformat(iso)
    try:
        return day.replace(year=day.year + years).isoformat()
    except ValueError:  # 29 February
        return day.replace(year=day.year + years, day=28).isoformat()


def refs(text: str) -> tuple:
    """备案号 separated by commas, Chinese commas or 、, semicolons or blanks."""
    return tuple(t for t in re.split(r"[,，、;；\s]+", text or "") if t)


class Register(BankAlgorithm):
    def name(self):
        return "indicatorregister"

    def displayName(self):
        return self.tr("Indicator bank: register projects")

    def shortHelpString(self):
        return self.tr(
            "Registers accepted supplementary projects in the indicator bank (补充耕地指标入库), keyed by their "
            "supervision-system record number (备案号): three indicators each — new cultivated area, new paddy area "
            "(mu) and grain capacity (kg, the area times the rule pack's yield for its grade) — with its name, grade, "
            "acceptance certificate and end of the maintenance period. Where the pack has a pool share (Shaanxi "
            "20 %), that share goes to the provincial pool at registration. From a parcel layer (grouped by project) "
            "or from the parameters; all projects or none; a project registered twice is refused. Rule source: {}"
        ).format(self.documents())

    def initAlgorithm(self, config=None):
        self.add_common(year_help=self.tr("The year the projects enter the bank."))
        self.add_layer_parameters(self.tr("Parcels of the accepted projects"), "PROJECT_FIELD",
                                  self.tr("Project field (备案号)"), "XMBH")
        for key, text, default in (("NAME_FIELD", self.tr("Project name field"), "XMMC"),
                                   ("CERTIFICATE_FIELD", self.tr("Acceptance certificate field"), None),
                                   ("ACCEPTED_FIELD", self.tr("Acceptance date field"), None)):
            self.add_field(key, text, self.tr("Optional, read from each project's first parcel."), default)
        self.add(NamedChoice("BANK", self.tr("Bank"), [(b, bank_name(b)) for b in BANKS], "county"),
                 self.tr("The bank the projects enter (a city-level project enters the city bank)."))
        for key, text in (("PROJECT", self.tr("Record number (备案号)")), ("NAME", self.tr("Project name")),
                          ("CERTIFICATE", self.tr("Acceptance certificate"))):
            self.add_text(key, text, self.tr("Without an input layer: the project's {}.").format(text))
        self.add_amount_parameters(self.tr("Without an input layer: the quality grade, giving the grain capacity "
                                           "through the pack's yield per grade."))
        for key, text in (("ACCEPTED", self.tr("Acceptance date")), ("MAINTENANCE_END", self.tr("End of maintenance"))):
            self.add_date(key, text, self.tr("Empty end of maintenance: the acceptance date plus the pack's "
                                             "maintenance years, where it has them."), optional=True)

    def processAlgorithm(self, parameters, context, feedback):
        pack = self.programme(parameters, context)
        year = self.parameterAsInt(parameters, self.YEAR, context)
        target = self.parameterDefinition("BANK").chosen(parameters) or "county"
        requests = []
        if self.given(parameters, self.INPUT):
            names = {k: self.parameterAsString(parameters, k, context) for k in (
                "NAME_FIELD", "CERTIFICATE_FIELD", "ACCEPTED_FIELD")}
            names["NAME_FIELD"] = names["NAME_FIELD"] or ""
            groups = self.parcel_groups(parameters, context, feedback, pack, "PROJECT_FIELD", names.values())
            for ref, (amounts, first) in groups.items():
                accepted = _date(first.get(names["ACCEPTED_FIELD"])) if names["ACCEPTED_FIELD"] else ""
                requests.append(self._request(pack, ref, str(first.get(names["NAME_FIELD"]) or ref), year, amounts,
                                              target, first["_grade"], str(first.get(names["CERTIFICATE_FIELD"]) or "")
                                              if names["CERTIFICATE_FIELD"] else "", accepted, ""))
        else:
            ref = self.parameterAsString(parameters, "PROJECT", context).strip()
            if not ref:
                raise fail(self.tr("Give the parcels of the projects, or the project's record number (备案号)."))
            amounts = self.amounts_from_parameters(parameters, context, pack, ref, need_grain=True)
            grade = self.parameterAsInt(parameters, "GRADE", context) if self.given(parameters, "GRADE") else None
            requests.append(self._request(
                pack, ref, self.parameterAsString(parameters, "NAME", context) or ref, year, amounts, target, grade,
                self.parameterAsString(parameters, "CERTIFICATE", context),
                _date(self.parameterAsDateTime(parameters, "ACCEPTED", context)) if self.given(parameters, "ACCEPTED")
                else "", _date(self.parameterAsDateTime(parameters, "MAINTENANCE_END", context))
                if self.given(parameters, "MAINTENANCE_END") else ""))
        return self.record(parameters, context, feedback, pack, lambda existing: bank.register(pack, existing,
                                                                                             requests))

    @staticmethod
    def _request(pack, ref, name, year, amounts, target, grade, certificate, accepted, maintenance_end):
        if not maintenance_end and accepted and "maintenance_years" in (pack.section("thresholds") or {}):
            maintenance_end = _plus_years(accepted, int(pack.threshold("maintenance_years")))
        return bank.Registration(ref, name, year, amounts, target, grade, certificate, accepted, maintenance_end)


class Draw(BankAlgorithm):
    def name(self):
        return "indicatordraw"

    def displayName(self):
        return self.tr("Indicator bank: draw for an occupying project")

    def shortHelpString(self):
        return self.tr(
            "An occupying project draws each indicator — cultivated area, paddy area, grain capacity — separately, "
            "from the county bank first and then the city bank (the pack's use order), oldest projects first or the "
            "record numbers given in SOURCES first. A draw-down larger than what is left is refused with the amount "
            "missing per indicator, and nothing is recorded. From a layer of the occupied parcels (grouped by "
            "project) or from the parameters. Rule source: {}").format(self.documents())

    def initAlgorithm(self, config=None):
        self.add_common()
        self.add_layer_parameters(self.tr("Occupied parcels"), "PROJECT_FIELD", self.tr("Occupying project field"),
                                  "XMMC")
        for key, text, help_text in (
            ("PROJECT", self.tr("Occupying project"), self.tr("Without an input layer: the occupying project's "
                                                               "number or name.")),
            ("NAME", self.tr("Project name"), self.tr("Optional: a longer name of the occupying project.")),
            ("SOURCES", self.tr("Draw from (备案号)"),
             self.tr("Optional: record numbers of registered projects to draw from first, in order; separated by "
                     "commas."))):
            self.add_text(key, text, help_text)
        self.add_amount_parameters(self.tr("Without an input layer: the grade of the occupied land, giving the grain "
                                           "capacity to draw."))

    def processAlgorithm(self, parameters, context, feedback):
        pack = self.programme(parameters, context)
        year = self.parameterAsInt(parameters, self.YEAR, context)
        sources = refs(self.parameterAsString(parameters, "SOURCES", context))
        if self.given(parameters, self.INPUT):
            groups = self.parcel_groups(parameters, context, feedback, pack, "PROJECT_FIELD")
            requests = [bank.Draw(ref, ref, year, amounts, sources) for ref, (amounts, _) in groups.items()]
        else:
            ref = self.parameterAsString(parameters, "PROJECT", context).strip()
            if not ref:
                raise fail(self.tr("Give the occupied parcels, or the occupying project."))
            amounts = self.amounts_from_parameters(parameters, context, pack, ref, need_grain=False)
            requests = [bank.Draw(ref, self.parameterAsString(parameters, "NAME", context) or ref, year, amounts,
                                  sources)]
        return self.record(parameters, context, feedback, pack, lambda existing: bank.draw(pack, existing, requests))


class Deduct(BankAlgorithm):
    def name(self):
        return "indicatordeduct"

    def displayName(self):
        return self.tr("Indicator bank: deduct (核减)")

    def shortHelpString(self):
        return self.tr(
            "Takes indicators of a registered project back (核减), e.g. for new cultivated land later occupied, with "
            "the reason recorded. From a layer of the parcels concerned (grouped by record number) or from the "
            "parameters; a project the bank does not know, or a deduction larger than what the project still holds, "
            "is refused and nothing is recorded. Rule source: {}").format(self.documents())

    def initAlgorithm(self, config=None):
        self.add_common()
        self.add_layer_parameters(self.tr("Parcels to deduct"), "PROJECT_FIELD", self.tr("Project field (备案号)"),
                                  "XMBH")
        for key, text, help_text in (
            ("PROJECT", self.tr("Record number (备案号)"), self.tr("Without an input layer: the registered project.")),
            ("REASON", self.tr("Reason"), self.tr("Why the indicators are taken back (required)."))):
            self.add_text(key, text, help_text, optional=key != "REASON")
        self.add_amount_parameters(self.tr("Without an input layer: the grade of the land, giving the grain capacity "
                                           "to deduct."))

    def processAlgorithm(self, parameters, context, feedback):
        pack = self.programme(parameters, context)
        year = self.parameterAsInt(parameters, self.YEAR, context)
        reason = self.parameterAsString(parameters, "REASON", context)
        if self.given(parameters, self.INPUT):
            groups = self.parcel_groups(parameters, context, feedback, pack, "PROJECT_FIELD")
            requests = [bank.Deduction(ref, year, amounts, reason) for ref, (amounts, _) in groups.items()]
        else:
            ref = self.parameterAsString(parameters, "PROJECT", context).strip()
            if not ref:
                raise fail(self.tr("Give the parcels to deduct, or the project's record number (备案号)."))
            requests = [bank.Deduction(ref, year, self.amounts_from_parameters(parameters, context, pack, ref, False),
                                       reason)]
        return self.record(parameters, context, feedback, pack, lambda existing: bank.deduct(pack, existing, requests))


TRADE_FIELDS = ("REF", "DIRECTION", "COUNTERPARTY", "AREA_MU", "PADDY_MU", "GRAIN_KG", "PRICE", "GUIDE_PRICE",
                "BANK", "SOURCES")


class Trade(BankAlgorithm):
    def name(self):
        return "indicatortrade"

    def displayName(self):
        return self.tr("Indicator bank: cross-city trade")

    def shortHelpString(self):
        return self.tr(
            "Records a cross-city (or cross-county) trade of indicators: sold from a bank or bought into it, at a "
            "price per mu that may differ from the guide price by at most the pack's float (Shaanxi ±15 %); a price "
            "outside it is refused with the allowed range. From the parameters, or from a table whose fields are "
            "named like them ({}: one trade a row; DIRECTION sell/buy or 卖出/买入); all trades or none. "
            "Rule source: {}").format(", ".join(TRADE_FIELDS), self.documents())

    def initAlgorithm(self, config=None):
        self.add_common()
        self.add_parcels(self.INPUT, self.tr("Trades (table)"),
                         self.tr("Optional: one trade a row, fields named like the parameters."), optional=True,
                         types=(QgsProcessing.TypeVector,))
        for key, text, help_text in (
            ("REF", self.tr("Contract number"), self.tr("The trade's contract number (recorded once).")),
            ("COUNTERPARTY", self.tr("Counterparty"), self.tr("The other city or county.")),
            ("SOURCES", self.tr("Sell from (备案号)"), self.tr("Optional: projects to sell from first, in order."))):
            self.add_text(key, text, help_text)
        self.add(NamedChoice("DIRECTION", self.tr("Direction"), [("sell", self.tr("Sell")), ("buy", self.tr("Buy"))],
                             "sell"), self.tr("Sell from the bank, or buy into it."))
        self.add(NamedChoice("BANK", self.tr("Bank"), [(b, bank_name(b)) for b in BANKS], "county"),
                 self.tr("The bank that sells or buys."))
        self.add_amount_parameters(self.tr("Without a table: the grade of the land traded, giving its grain capacity."))
        for key, text in (("PRICE", self.tr("Price (yuan per mu)")),
                          ("GUIDE_PRICE", self.tr("Guide price (yuan per mu)"))):
            self.add_number(key, text, self.tr("The agreed price and the province's guide price, yuan per mu of "
                                               "area."), optional=True, minimum=0, double=True)

    def processAlgorithm(self, parameters, context, feedback):
        pack = self.programme(parameters, context)
        year = self.parameterAsInt(parameters, self.YEAR, context)
        if self.given(parameters, self.INPUT):
            rows = self._table_rows(parameters, context)
        else:
            rows = [{key: parameters.get(key) for key in TRADE_FIELDS}]
            rows[0]["DIRECTION"] = self.parameterDefinition("DIRECTION").chosen(parameters) or "sell"
            rows[0]["BANK"] = self.parameterDefinition("BANK").chosen(parameters) or "county"
            if self.given(parameters, "GRADE") and not self.given(parameters, "GRAIN_KG"):
                amounts = self.amounts_from_parameters(parameters, context, pack, str(rows[0]["REF"]), False)
                rows[0]["GRAIN_KG"] = amounts.grain
        requests = [self._request(row, year) for row in rows]
        return self.record(parameters, context, feedback, pack, lambda existing: bank.trade(pack, existing, requests))

    def _table_rows(self, parameters, context) -> list:
        source = self.parameterAsSource(parameters, self.INPUT, context)
        name = self.input_name(parameters, self.INPUT, context)
        fields = [f for f in TRADE_FIELDS if source.fields().lookupField(f) >= 0]
        for required in ("REF", "DIRECTION", "COUNTERPARTY", "AREA_MU", "PRICE", "GUIDE_PRICE"):
            if required not in fields:
                raise fail(self.tr("Layer “{}” has no field “{}”.").format(name, required))
        return [{f: plain(feature[f]) for f in fields} for feature in source.getFeatures()]

    def _request(self, row, year) -> bank.Trade:
        ref = str(row.get("REF") or "").strip()
        if not ref:
            raise fail(self.tr("A trade needs its contract number (REF)."))
        direction = {"卖出": "sell", "买入": "buy"}.get(str(row.get("DIRECTION") or "").strip(),
                                                     str(row.get("DIRECTION") or "").strip().lower())
        if direction not in ("sell", "buy"):
            raise fail(self.tr("{}: direction “{}” is neither sell (卖出) nor buy (买入).").format(ref,
                                                                                            row.get("DIRECTION")))
        for key in ("PRICE", "GUIDE_PRICE"):
            if row.get(key) in (None, ""):
                raise fail(self.tr("{}: no {} given.").format(ref, key))

        def number(key):
            value = row.get(key)
            return exact(value if not isinstance(value, str) else value.strip() or 0) if value is not None else 0

        amounts = Amounts(bank.hundredths(number("AREA_MU")), bank.hundredths(number("PADDY_MU")),
                          int(number("GRAIN_KG")))
        return bank.Trade(ref, direction, str(row.get("COUNTERPARTY") or ""), year, amounts,
                          bank.hundredths(number("PRICE")), bank.hundredths(number("GUIDE_PRICE")),
                          str(row.get("BANK") or "county"), refs(str(row.get("SOURCES") or "")))


def algorithms(packs) -> list:
    from .indicator_ledger import IndicatorLedger

    return [Register(packs), Draw(packs), Trade(packs), Deduct(packs), IndicatorLedger(packs)]
