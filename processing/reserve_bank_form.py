"""landbalance:reservebankform — 补充林地储备库表（附件2）: the form a county files.

Ganzhou (seeds/000_9e49406886a189a5.txt 附件2, 二(三)1): the county forestry bureau reports
its reserve bank to the city by 15 September of the next year on this form. Its rows are the
two-year overlay's pieces (or any polygon layer with the land class), optionally only the
parcels whose workflow reached the pack's bank-entry step (Ganzhou: 变更, where the county
bank is built). Everything the form says comes from the pack's ``[form]``; the .xlsx is
written by exports/reserve_bank.py, atomically.
"""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsProcessing, QgsWkbTypes

from ..exports.reserve_bank import form_sheet
from ..rules.packs import PackError
from ..rules.reserve_form import FormError, FormSpec, form_areas, single_county
from .bank_base import BankAlgorithm, last_year
from .banked_parcels import read_banked, source_name
from .base import fail
from .ledger_output import INT, REAL, TEXT, save_workbook, write_table
from .source_encoding import fix_source_encoding

CAPABILITY = "reserve_bank_form"
TABLE_FIELDS = (
    ("TBH", INT, 10, 0), ("TBMJ_MU", REAL, 15, 2), ("X", REAL, 15, 3), ("Y", REAL, 15, 3), ("DLQK", TEXT, 60, 0),
    ("STXF", TEXT, 4, 0), ("RKMJ_MU", REAL, 15, 2), ("RKTBR", TEXT, 40, 0), ("RKMJ_M2", REAL, 15, 2),
    ("BGH_TBMJ", REAL, 15, 2), ("BGH_BSM", TEXT, 18, 0), ("ZLDWMC", TEXT, 255, 0), ("COUNTY", TEXT, 12, 0),
    ("BANK_REF", TEXT, 40, 0), ("YEAR", INT, 10, 0), ("RULES", TEXT, 80, 0),
)

FIELD_OF_VALUE = {"number": "TBH", "parcel_area": "TBMJ_MU", "x": "X", "y": "Y", "land_class": "DLQK",
                  "restored": "STXF", "bank_area": "RKMJ_MU", "reporter": "RKTBR", "township": "ZLDWMC",
                  "parcel_id": "BGH_BSM"}


class ReserveBankForm(BankAlgorithm):
    UNIT = "UNIT"
    REPORTER = "REPORTER"
    CLASS_FIELD = "CLASS_FIELD"
    OUTPUT = "OUTPUT"
    TABLE = "TABLE"
    needs_section = "form"

    def name(self):
        return "reservebankform"

    def displayName(self):
        return self.tr("Reserve-bank form (附件2)")

    def shortHelpString(self):
        return self.tr(
            "Fills in the supplementary forest-land reserve-bank form as the rule pack prints it ({}): the "
            "annex line, title, unit line with the seal (单位（盖章）) and the year, the columns in the pack's order "
            "(Ganzhou: 图斑号, 图斑面积, X坐标, Y坐标, 地类情况, 生态修复情况, 入库面积, 入库填报人), one row "
            "per banked "
            "parcel numbered from 1 per county, areas in mu from official ellipsoidal areas (each rounded once; "
            "the 合计 row is the sum of the rows), X/Y the CGCS2000 Gauss–Krüger coordinates of a point inside the "
            "parcel, and the 填表说明 notes; A4 landscape, the header repeated on every page. The input is the "
            "two-year overlay's output or any polygon layer with a land-class field. With a store, only parcels "
            "whose workflow reached the pack's bank-entry step are listed. TABLE: the same rows as a layer (for "
            "landbalance:bankdeposit, the quota and the samples).").format(self.documents())

    def initAlgorithm(self, config=None):
        self.add_parcels(self.INPUT, self.tr("Banked parcels (two-year overlay output)"), self.tr(
            "The supplementary forest-land pieces of landbalance:offsetoverlay_<pack>, or any polygon layer with a "
            "land-class field; a selection is honoured."))
        self.add_programme_parameter()
        self.add_year(self.YEAR, self.tr("Year (年度)"), self.tr("The year of the form: the bank year it reports "
                                                               "(within the pilot years of the pack)."), last_year())
        self.add_text(self.UNIT, self.tr("Unit: the county (e.g. 崇义县)"), self.tr(
            "The county's full name, ending in 县, 市 or 区; the unit line reads as the pack says, e.g. 崇义县 → "
            "单位（盖章）：崇义县（市、区）林业局."), optional=False)
        self.add_text(self.REPORTER, self.tr("Reporter (入库填报人)"), self.tr(
            "The name of who fills in the form; empty: the layer's field RKTBR, which must then be filled for every "
            "parcel."))
        self.add_field(self.CLASS_FIELD, self.tr("Land-class field"), self.tr(
            "A field with the land class (code such as 0301 or name such as 乔木林地); empty: DLQK, BGH_DLBM or DLBM, "
            "the first the layer has."), advanced=True)
        self.add_ledger_store(optional=True, help_text=self.tr(
            "Optional: the workflow store (GeoPackage path or postgres:connection). When given, only parcels whose "
            "workflow (by BGH_BSM or BSM) reached the pack's bank-entry step are listed (Ganzhou: 变更)."))
        self.add_xlsx(self.OUTPUT, self.tr("Reserve-bank form (.xlsx)"), self.tr(
            "The form as the county files it (A4 landscape, the header on every page)."), optional=False)
        self.add_sink(self.TABLE, self.tr("Form rows"), self.tr(
            "Optional: the same rows as a layer, for deposits, the quota and the samples."),
            QgsProcessing.TypeVectorPolygon, optional=True)
        self.add_outputs(("PARCELS", self.tr("Parcels on the form")), ("BANK_AREA_MU", self.tr("Bank area (mu)")),
                         ("PARCEL_AREA_MU", self.tr("Parcel area (mu)")))
        self.add_rules_output()

    def processAlgorithm(self, parameters, context, feedback):
        pack = self.programme(parameters, context)
        try:
            spec = FormSpec.from_pack(pack)
        except PackError as err:
            raise fail(self.tr("Rule pack {}: {}").format(pack.label, err)) from None
        bank = self.bank(pack)
        year = self.year(parameters, context)
        if not bank.first_year <= year <= bank.last_year:
            raise fail(self.tr("Year {} is outside the pilot ({}–{}): there is no reserve-bank form for it.").format(
                year, bank.first_year, bank.last_year))
        unit = self.parameterAsString(parameters, self.UNIT, context)
        try:
            spec.unit_text(unit)
        except FormError:
            raise fail(self.tr("Unit (UNIT): give the county's full name ending in {}, e.g. 崇义县; got “{}”.").format(
                "、".join(spec.unit_suffixes) or "县", unit)) from None
        fix_source_encoding(self, parameters, self.INPUT, context, feedback)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        name = source_name(self, parameters, self.INPUT, context)
        layer = read_banked(source, name, context, feedback, pack,
                            self.parameterAsString(parameters, self.REPORTER, context),
                            self.parameterAsString(parameters, self.CLASS_FIELD, context))
        if self.parameterAsString(parameters, self.STORE, context).strip():
            layer = self.entered(parameters, context, feedback, pack, bank, layer, name)
        try:
            county = single_county(layer.rows)
        except FormError as err:
            raise fail(self.tr("Layer “{}”: parcels of two counties ({}: {}, {}); the form is one county's — select "
                               "one county's parcels.").format(name, "、".join(err.details["counties"]),
                                                                 err.details["first"], err.details["second"])) from None
        if feedback.isCanceled():
            return {}
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        save_workbook(path, [form_sheet(spec, layer.rows, unit, year)])
        units, total = form_areas(layer.rows, spec.area_decimals)
        scale = 10**spec.area_decimals
        result = {self.OUTPUT: path, "PARCELS": len(layer.rows), "BANK_AREA_MU": total["bank_area"] / scale,
                  "PARCEL_AREA_MU": total["parcel_area"] / scale, "RULES": pack.label}
        if parameters.get(self.TABLE) is not None:
            result[self.TABLE] = self.write_table(parameters, context, layer, units, spec, year, pack, county)
        feedback.pushInfo(self.tr("{} parcels on the form, {} mu banked.").format(
            len(layer.rows), f"{result['BANK_AREA_MU']:.{spec.area_decimals}f}"))
        return result

    def write_table(self, parameters, context, layer, units, spec, year, pack, county):
        scale = 10**spec.area_decimals
        rows, geometries = [], []
        for parcel, geometry in zip(layer.rows, layer.geometries):
            u = units[parcel.number]
            rows.append([parcel.number, u["parcel_area"] / scale, round(parcel.x, 3), round(parcel.y, 3),
                         parcel.land_class, parcel.restored, u["bank_area"] / scale, parcel.reporter,
                         parcel.bank_cents / 100, parcel.parcel_cents / 100, parcel.parcel_id, parcel.township,
                         parcel.county or county, parcel.ref, year, pack.label])
            multi = QgsGeometry(geometry)
            multi.convertToMultiType()
            geometries.append(multi)
        return write_table(self, parameters, self.TABLE, context, TABLE_FIELDS, rows,
                           {FIELD_OF_VALUE[c.value]: c.title for c in spec.columns if c.value in FIELD_OF_VALUE},
                           crs=layer.crs, geometries=geometries, wkb_type=QgsWkbTypes.MultiPolygon)


def algorithms(packs) -> list:
    return [ReserveBankForm(packs)]
