"""Recording the reserve bank's entries: deposits, draw-downs, deductions, the lapse, and an
earlier year's filled-in form read back — each all or nothing (rules/reserve_bank.py).

Ganzhou (seeds/000_9e49406886a189a5.txt): 二(二)7 the county bank (变更), 8 the provincial
bank after the province's review (入库); 二(三)2 projects use the new quota, unused quota
lapses when the pilot ends; 三(三) degraded or lost banked parcels are deducted from that
year's quota. Quota grants are recorded by landbalance:forestquota with a store.
"""

from __future__ import annotations

from collections import OrderedDict


from ..i18n import tr
from ..exports.xlsx_read import XlsxReadError, cell_ref, read_workbook
from ..rules.packs import PackError
from ..rules.reserve_bank import COUNTY, POOL, QUOTA, BankError, DeductionItem, DepositItem
from ..rules.reserve_form import FormError, FormSpec, read_filled_form, single_county
from ..rules.tables import cents_of
from .bank_base import BankAlgorithm, last_year, this_year
from .banked_parcels import read_banked, source_name
from .base import fail
from .parcels import check_polygon_source, plain, read_parcels, report_reading
from .source_encoding import fix_source_encoding

CAPABILITY = "bank_ledger"


def deposit_items(rows, unit: str = "", source: str = "layer") -> list:
    """What the ledger keeps of each form row (enough to list it again in a report)."""
    return [DepositItem(p.ref, p.bank_cents, {
        "number": p.number, "label": p.label, "parcel_cents": p.parcel_cents, "x": round(p.x, 3),
        "y": round(p.y, 3), "land_class": p.land_class, "restored": p.restored, "reporter": p.reporter,
        "township": p.township, "parcel_id": p.parcel_id, "county": p.county, "unit": unit, "source": source})
        for p in rows]


class BankDeposit(BankAlgorithm):
    BANK = "BANK"
    REPORTER = "REPORTER"
    CLASS_FIELD = "CLASS_FIELD"
    ONLY_ENTERED = "ONLY_ENTERED"

    def name(self):
        return "bankdeposit"

    def displayName(self):
        return self.tr("Reserve bank: deposit parcels")

    def shortHelpString(self):
        return self.tr(
            "Records the input's parcels (its selection, or all) as deposits of the year in the reserve bank's "
            "ledger ({}), all or none: in the county bank (变更), or in the provincial bank after its review "
            "(入库, recorded by the province; only parcels already in the county bank). The parcels are the form's "
            "rows — the two-year overlay's output or the form's row layer — so a form is deposited in one step. A "
            "parcel already banked is refused with the year and time it was banked; a year outside the pilot is "
            "refused.").format(self.documents())

    def initAlgorithm(self, config=None):
        self.add_parcels(self.INPUT, self.tr("Banked parcels (the form's rows)"), self.tr(
            "The two-year overlay's output or the form's row layer; a selection is honoured."))
        self.add_programme_parameter()
        self.add_year(self.YEAR, self.tr("Year"), self.tr("The bank year of the deposits (within the pilot)."),
                      last_year())
        self.add_choice(self.BANK, self.tr("Bank"), [
            self.tr("County bank (变更)"), self.tr("Provincial bank (入库, after the province's review)")],
            self.tr("The provincial bank takes parcels of the county bank and is recorded by the province."))
        self.add_text(self.REPORTER, self.tr("Reporter (入库填报人)"), self.tr("Empty: the layer's field RKTBR."))
        self.add_field(self.CLASS_FIELD, self.tr("Land-class field"),
                       self.tr("Empty: DLQK, BGH_DLBM or DLBM, the first the layer has."), advanced=True)
        self.add_flag(self.ONLY_ENTERED, self.tr("Only parcels whose workflow reached the bank-entry step"),
                      self.tr("Look each parcel up (BGH_BSM or BSM) in the workflow statuses of the same store."))
        self.add_ledger_store(optional=True, with_level=True)
        self.add_outputs(("DEPOSITED", self.tr("Parcels deposited")), ("AREA_MU", self.tr("Area deposited (mu)")))
        self.add_text_outputs(("STORE", self.tr("Store")))

    def processAlgorithm(self, parameters, context, feedback):
        pack = self.programme(parameters, context)
        bank = self.bank(pack)
        year = self.year(parameters, context)
        fix_source_encoding(self, parameters, self.INPUT, context, feedback)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        name = source_name(self, parameters, self.INPUT, context)
        layer = read_banked(source, name, context, feedback, pack,
                            self.parameterAsString(parameters, self.REPORTER, context),
                            self.parameterAsString(parameters, self.CLASS_FIELD, context))
        if self.parameterAsBool(parameters, self.ONLY_ENTERED, context):
            layer = self.entered(parameters, context, feedback, pack, bank, layer, name)
        try:
            single_county(layer.rows)
        except FormError as err:
            raise fail(self.tr("Layer “{}”: parcels of two counties ({}); a county bank is one county's.").format(
                name, "、".join(err.details["counties"]))) from None
        if feedback.isCanceled():
            return {}
        names = {p.ref: p.label for p in layer.rows}
        journal = self.journal(parameters, context)
        try:
            if self.parameterAsEnum(parameters, self.BANK, context) == 0:
                entries = bank.deposits(deposit_items(layer.rows), year)
            else:
                entries = bank.province_deposits(journal.entries(bank.book), [p.ref for p in layer.rows], year)
            self.record(journal, bank, entries, self.level(parameters, context), pack, names)
            location = str(getattr(journal, "path", "") or journal.backend)
        except BankError as err:
            raise self.refused(err, bank, names) from None
        finally:
            journal.close()
        units = bank.units(sum(p.bank_cents for p in layer.rows))
        area = bank.mu(units)
        feedback.pushInfo(self.tr("{} parcels deposited, {} mu.").format(len(entries), bank.text(units)))
        return {"DEPOSITED": len(entries), "AREA_MU": area, "STORE": location}


class BankDrawdown(BankAlgorithm):
    PROJECT = "PROJECT"
    APPROVAL = "APPROVAL"
    AREA_MU = "AREA_MU"
    PROJECT_FIELD = "PROJECT_FIELD"
    APPROVAL_FIELD = "APPROVAL_FIELD"
    ACCOUNT = "ACCOUNT"

    def name(self):
        return "bankdrawdown"

    def displayName(self):
        return self.tr("Reserve bank: draw-down by a project")

    def shortHelpString(self):
        return self.tr(
            "Records forest-occupation projects using quota of the reserve bank ({}): each project's name, approval "
            "number and area — typed in, or from a layer of the projects' occupied land (its official area, one "
            "draw-down per approval number; a selection is honoured). All or none: a draw-down larger than the "
            "balance is refused with the mu missing; an approval number recorded before is refused.").format(
            self.documents())

    def initAlgorithm(self, config=None):
        self.add_parcels(self.INPUT, self.tr("Projects' occupied land (optional)"), self.tr(
            "Polygons of the land the projects occupy; empty: one project typed in below."), optional=True)
        self.add_field(self.PROJECT_FIELD, self.tr("Project name field"), self.tr("Field with the project's name."))
        self.add_field(self.APPROVAL_FIELD, self.tr("Approval number field"),
                       self.tr("Field with the approval number (审批文号); one draw-down per number."))
        self.add_text(self.PROJECT, self.tr("Project name"), self.tr(
            "The project using the quota (without a layer, or for a layer without a name field)."))
        self.add_text(self.APPROVAL, self.tr("Approval number (审批文号)"),
                      self.tr("The approval of the forest occupation."))
        self.add_number(self.AREA_MU, self.tr("Area (mu)"), self.tr(
            "The quota used, in mu (two decimals), when no layer is given."), optional=True, minimum=0, double=True)
        self.add_programme_parameter()
        self.add_year(self.YEAR, self.tr("Year"), self.tr("The year the quota is used (within the pilot)."),
                      last_year())
        self.add_choice(self.ACCOUNT, self.tr("Quota drawn from"),
                        [self.tr("County quota"), self.tr("Provincial pool")],
                        self.tr("The provincial pool's quota goes first to projects of the same city and county."))
        self.add_ledger_store(optional=False, with_level=True)
        self.add_outputs(("DRAWN_MU", self.tr("Quota drawn (mu)")), ("PROJECTS", self.tr("Projects")),
                         ("BALANCE_MU", self.tr("Balance after (mu)")))

    def processAlgorithm(self, parameters, context, feedback):
        pack = self.programme(parameters, context)
        bank = self.bank(pack)
        year = self.year(parameters, context)
        account = (COUNTY, POOL)[self.parameterAsEnum(parameters, self.ACCOUNT, context)]
        projects = self.projects(parameters, context, feedback, bank)
        journal = self.journal(parameters, context)
        try:
            existing = journal.entries(bank.book)
            entries = [bank.draw(existing, year, name, approval, units, account)
                       for (name, approval), units in projects.items()]
            self.record(journal, bank, entries, self.level(parameters, context), pack)
            balance = journal.balances(bank.book).get((account, QUOTA), 0)
        except BankError as err:
            raise self.refused(err, bank) from None
        finally:
            journal.close()
        drawn = sum(projects.values())
        feedback.pushInfo(self.tr("{} draw-downs, {} mu; balance {} mu.").format(len(entries), bank.text(drawn),
                                                                                bank.text(balance)))
        return {"DRAWN_MU": bank.mu(drawn), "PROJECTS": len(entries), "BALANCE_MU": bank.mu(balance)}

    def projects(self, parameters, context, feedback, bank) -> OrderedDict:
        """(project name, approval number) → quota units."""
        project = self.parameterAsString(parameters, self.PROJECT, context).strip()
        approval = self.parameterAsString(parameters, self.APPROVAL, context).strip()
        if parameters.get(self.INPUT) in (None, ""):
            if parameters.get(self.AREA_MU) in (None, ""):
                raise fail(self.tr("Give the area used (mu), or a layer of the projects' land."))
            mu = self.parameterAsDouble(parameters, self.AREA_MU, context)
            units = round(mu * 10**bank.decimals)
            if abs(units - mu * 10**bank.decimals) > 1e-6:
                raise fail(self.tr("Area {} mu has more than {} decimals.").format(mu, bank.decimals))
            return OrderedDict({(project, approval): units})
        source = self.parameterAsSource(parameters, self.INPUT, context)
        name = source_name(self, parameters, self.INPUT, context)
        check_polygon_source(source, name)
        fields = [f for f in (self.parameterAsString(parameters, self.PROJECT_FIELD, context),
                              self.parameterAsString(parameters, self.APPROVAL_FIELD, context)) if f]
        parcels = read_parcels(source, context, feedback, name, fields)
        report_reading(parcels, name, feedback)
        cents = cents_of(parcels.official_m2(context, name))
        names = parcels.column(fields[0]) if self.parameterAsString(parameters, self.PROJECT_FIELD, context) \
            else [project] * len(parcels)
        numbers = parcels.column(self.parameterAsString(parameters, self.APPROVAL_FIELD, context)) \
            if self.parameterAsString(parameters, self.APPROVAL_FIELD, context) else [approval] * len(parcels)
        groups = OrderedDict()
        for n, a, c in zip(names, numbers, cents.tolist()):
            key = (str(plain(n) or "").strip(), str(plain(a) or "").strip())
            groups[key] = groups.get(key, 0) + int(c)
        return OrderedDict((key, bank.units(c)) for key, c in groups.items())


class BankDeduction(BankAlgorithm):
    REASON = "REASON"
    REASON_FIELD = "REASON_FIELD"

    def name(self):
        return "bankdeduction"

    def displayName(self):
        return self.tr("Reserve bank: deduct degraded or lost parcels")

    def shortHelpString(self):
        return self.tr(
            "Records banked parcels found badly kept, their stand quality down, degraded or lost ({}): their area "
            "leaves the bank and its mu come off the county quota granted for the year — never below zero, the "
            "rest is owed (and settled by the year's grant if it comes later). The input is the banked parcels "
            "themselves (the form's rows, e.g. a selection); the area deducted is each one's official area. All or "
            "none; a parcel never banked, or deducted before, is refused by name.").format(self.documents())

    def initAlgorithm(self, config=None):
        self.add_parcels(self.INPUT, self.tr("Degraded or lost banked parcels"), self.tr(
            "Rows of the form's layer (or the overlay's output) found degraded or lost; a selection is honoured."))
        self.add_programme_parameter()
        self.add_year(self.YEAR, self.tr("Year"), self.tr("The year whose quota the deduction comes off (within the "
                                                         "pilot)."), last_year())
        self.add_text(self.REASON, self.tr("Reason"), self.tr("Why the parcels are deducted (e.g. 退化, 灭失)."),
                      default="管护不到位、林分质量下降")
        self.add_field(self.REASON_FIELD, self.tr("Reason field"),
                       self.tr("A field with each parcel's reason; empty: the reason above for all."))
        self.add_ledger_store(optional=True, with_level=True)
        self.add_outputs(("PARCELS", self.tr("Parcels deducted")), ("DEDUCTED_MU", self.tr("Deducted (mu)")),
                         ("OWED_MU", self.tr("Owed (mu)")))

    def processAlgorithm(self, parameters, context, feedback):
        pack = self.programme(parameters, context)
        bank = self.bank(pack)
        year = self.year(parameters, context)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        name = source_name(self, parameters, self.INPUT, context)
        layer = read_banked(source, name, context, feedback, pack, with_form_fields=False)
        reason = self.parameterAsString(parameters, self.REASON, context).strip()
        reasons = self.reasons(parameters, context, source, name, layer) or [reason] * len(layer.rows)
        names = {p.ref: p.label for p in layer.rows}
        journal = self.journal(parameters, context)
        try:
            items = [DeductionItem(p.ref, p.bank_cents, r, p.label) for p, r in zip(layer.rows, reasons)]
            entries = bank.deductions(journal.entries(bank.book), items, year)
            self.record(journal, bank, entries, self.level(parameters, context), pack, names)
        except BankError as err:
            raise self.refused(err, bank, names) from None
        finally:
            journal.close()
        deducted = sum(e.attributes["units"] for e in entries)
        owed = sum(e.attributes["owed"] for e in entries)
        feedback.pushInfo(self.tr("{} parcels deducted, {} mu; owed {} mu.").format(
            len(entries), bank.text(deducted), bank.text(owed)))
        return {"PARCELS": len(entries), "DEDUCTED_MU": bank.mu(deducted), "OWED_MU": bank.mu(owed)}

    def reasons(self, parameters, context, source, name, layer) -> list:
        field = self.parameterAsString(parameters, self.REASON_FIELD, context)
        if not field:
            return []
        index = source.fields().lookupField(field)
        if index < 0:
            raise fail(self.tr("Layer “{}” has no field “{}”.").format(name, field))
        by_fid = {f.id(): str(plain(f.attribute(index)) or "").strip() for f in source.getFeatures()}
        return [by_fid.get(fid, "") for fid in layer.fids]


class BankLapse(BankAlgorithm):
    def name(self):
        return "banklapse"

    def displayName(self):
        return self.tr("Reserve bank: lapse unused quota after the pilot")

    def shortHelpString(self):
        return self.tr("Records the lapse of the quota still unused — county quota and provincial pool — at the end "
                       "of the pilot ({}): new quota is valid in the pilot years only. Refused while the pilot is "
                       "running.").format(self.documents())

    def initAlgorithm(self, config=None):
        self.add_programme_parameter()
        self.add_year(self.YEAR, self.tr("Current year"), self.tr("The year the lapse is recorded in; it must be "
                                                                 "after the last pilot year."), this_year())
        self.add_ledger_store(optional=False, with_level=True)
        self.add_outputs(("LAPSED_MU", self.tr("Quota lapsed (mu)")))

    def processAlgorithm(self, parameters, context, feedback):
        pack = self.programme(parameters, context)
        bank = self.bank(pack)
        journal = self.journal(parameters, context)
        try:
            entry = bank.lapse(journal.entries(bank.book), self.year(parameters, context))
            self.record(journal, bank, [entry], self.level(parameters, context), pack)
        except BankError as err:
            raise self.refused(err, bank) from None
        finally:
            journal.close()
        lapsed = entry.attributes["county"] + entry.attributes["pool"]
        feedback.pushInfo(self.tr("{} mu of quota lapsed.").format(bank.text(lapsed)))
        return {"LAPSED_MU": bank.mu(lapsed)}


class BankFormImport(BankAlgorithm):
    FORM = "FORM"

    def name(self):
        return "bankformimport"

    def displayName(self):
        return self.tr("Reserve bank: read back a filled-in form")

    def shortHelpString(self):
        return self.tr(
            "Reads an earlier year's reserve-bank form (.xlsx as the county sent it) into the ledger as deposits in "
            "the county bank ({}), all or none. The form's header must be the pack's — title, unit line, the column "
            "titles in order — else it is refused naming the cell that differs; the year comes from the form's "
            "unit line (or YEAR); every row needs its areas, coordinates, land class, 是/否 and reporter, and the "
            "合计 row must be the sum of the rows.").format(self.documents())

    def initAlgorithm(self, config=None):
        self.add_file(self.FORM, self.tr("Filled-in form (.xlsx)"),
                      self.tr("The reserve-bank form as the county filed it (the first sheet)."), "xlsx")
        self.add_programme_parameter()
        self.add_year(self.YEAR, self.tr("Year"), self.tr("Empty: the year the form's unit line names."), optional=True)
        self.add_ledger_store(optional=False, with_level=True)
        self.add_outputs(("DEPOSITED", self.tr("Parcels deposited")), ("AREA_MU", self.tr("Area deposited (mu)")),
                         ("YEAR", self.tr("Year of the form")))
        self.add_text_outputs(("UNIT", self.tr("Unit of the form")))

    def processAlgorithm(self, parameters, context, feedback):
        pack = self.programme(parameters, context)
        bank = self.bank(pack)
        path = self.parameterAsFile(parameters, self.FORM, context)
        try:
            spec = FormSpec.from_pack(pack)
            sheets = read_workbook(path)
        except PackError as err:
            raise fail(self.tr("Rule pack {}: {}").format(pack.label, err)) from None
        except XlsxReadError as err:
            raise fail(self.tr("Form “{}”: {}").format(path, err)) from None
        if not sheets:
            raise fail(self.tr("Form “{}” has no sheet.").format(path))
        sheet_name, cells = next(iter(sheets.items()))
        try:
            filled = read_filled_form(spec, cells, cell_ref, self.year(parameters, context))
        except FormError as err:
            raise fail(self.tr("Form “{}”, sheet “{}”: {}").format(path, sheet_name, form_refusal(err, spec))) \
                from None
        names = {p.ref: f"{p.label}（{path}）" for p in filled.parcels}
        journal = self.journal(parameters, context)
        try:
            entries = bank.deposits(deposit_items(filled.parcels, filled.unit, "form"), filled.year)
            self.record(journal, bank, entries, self.level(parameters, context), pack, names)
        except BankError as err:
            raise self.refused(err, bank, names) from None
        finally:
            journal.close()
        units = bank.units(sum(p.bank_cents for p in filled.parcels))
        area = bank.mu(units)
        feedback.pushInfo(self.tr("{} parcels of {} ({}) deposited, {} mu.").format(
            len(entries), filled.unit, filled.year, bank.text(units)))
        return {"DEPOSITED": len(entries), "AREA_MU": area, "YEAR": filled.year, "UNIT": filled.unit}


def form_refusal(err: FormError, spec: FormSpec) -> str:
    """A filled-in form's fault, naming the cell."""
    d = err.details
    if err.code == "header":
        return tr("cell {}: the pack's form has “{}” here, this form has “{}”.").format(d["cell"], d["expected"],
                                                                                       d["found"])
    if err.code == "year_missing":
        return tr("cell {}: the form names no year; give the year.").format(d["cell"])
    if err.code == "year_differs":
        return tr("cell {}: the form is of {}, not {}.").format(d["cell"], d["found"], d["expected"])
    if err.code == "cell_empty":
        return tr("cell {}: {} is empty.").format(d["cell"], d["field"])
    if err.code == "cell_number":
        return tr("cell {}: {} “{}” is not a number.").format(d["cell"], d["field"], d["found"])
    if err.code == "zero_area":
        return tr("cell {}: the bank area of parcel {} is 0.").format(d["cell"], d["number"])
    if err.code == "parcel_smaller":
        return tr("cell {}: the parcel area of parcel {} is smaller than its bank area.").format(d["cell"],
                                                                                             d["number"])
    if err.code == "class_missing":
        return tr("cell {}: no land class.").format(d["cell"])
    if err.code == "class_unknown":
        return tr("cell {}: “{}” is not a land class.").format(d["cell"], d["value"])
    if err.code == "restored":
        return tr("cell {}: “{}” is not 是 or 否.").format(d["cell"], d["value"])
    if err.code == "reporter_missing":
        return tr("cell {}: no reporter (入库填报人).").format(d["cell"])
    if err.code == "total":
        return tr("cell {}: the total is {} but the rows add up to {}.").format(d["cell"], d["found"], d["expected"])
    return str(err)


def algorithms(packs) -> list:
    return [BankDeposit(packs), BankDrawdown(packs), BankDeduction(packs), BankLapse(packs), BankFormImport(packs)]
