"""landbalance:verificationsample — 核查抽样: the parcels a city or province checks in the field.

Ganzhou (seeds/000_9e49406886a189a5.txt 二(三)1): the city field-checks 30 % and the province
re-checks 15 % of the bank's total area; Shaanxi (seeds/004_7872a60e71286313.txt 三): the
province re-checks at least 30 % of the projects. The draw is rules/sampling.py (reaches
the share, minimal, reproducible by SEED); this adapter reads the parcels, writes them
back with SAMPLE 是/否 and the draw order, and the field-check list (.xlsx).
"""

from __future__ import annotations

from qgis.core import QgsFeature, QgsFeatureRequest, QgsFeatureSink, QgsField, QgsFields, QgsProcessing

from ..i18n import pick
from ..exports.reserve_bank import checklist_columns, checklist_rows
from ..exports.xlsx import Sheet
from ..rules.reserve_form import YES, FormError, restored_text
from ..rules.sampling import SamplingError, draw, shown_units
from .bank_base import BankAlgorithm
from .banked_parcels import read_banked, source_name
from .base import NamedChoice, fail
from .layer_output import alias_fields_on_load
from .ledger_output import INT, REAL, TEXT, fields_of, save_workbook
from .parcels import plain

CAPABILITY = "verification_sample"
SAMPLE_FIELDS = (("SAMPLE", TEXT, 4, 0), ("DRAW", INT, 10, 0), ("SAMPLING", TEXT, 40, 0), ("AREA_M2", REAL, 20, 2))
NEW_FIELDS = tuple(spec[0] for spec in SAMPLE_FIELDS)
PREVIOUS = "_PREV"  # an input field with one of those names (an earlier level's sample) is kept under this suffix


def sampling_choices(packs) -> list:
    """(id, name) of every sampling rule of the packs; an id several packs share is named by all."""
    names = {}
    for pack in packs or ():
        for rule in pack.section("sampling", []):
            names.setdefault(rule["id"], [])
            if pick(rule["name_zh"], rule["name_en"]) not in names[rule["id"]]:
                names[rule["id"]].append(pick(rule["name_zh"], rule["name_en"]))
    return [(rule_id, " / ".join(labels)) for rule_id, labels in names.items()]


class VerificationSample(BankAlgorithm):
    SAMPLING = "SAMPLING"
    SEED = "SEED"
    STRATIFY_FIELD = "STRATIFY_FIELD"
    POPULATION_FIELD = "POPULATION_FIELD"
    OUTPUT = "OUTPUT"
    CHECKLIST = "CHECKLIST"
    needs_section = "sampling"

    def name(self):
        return "verificationsample"

    def displayName(self):
        return self.tr("Verification sample (核查抽样)")

    def shortHelpString(self):
        rules = "; ".join(f"{p.id}: " + ", ".join(f"{r['id']} {r['name_zh']} {r['share']:.0%} ({r['basis']})"
                                                for r in p.section("sampling", [])) for p in self.programmes())
        return self.tr(
            "Draws the parcels a level checks in the field, as the pack's sampling rule says ({}; {}): the sample "
            "reaches the share of the total — by official area (whole cents of m²) or by count, as the rule's "
            "basis says, rounded up so it is never short —, is minimal (no sampled parcel can be dropped with the "
            "rest still reaching the share), and is the same for the same SEED and the same parcels (whatever "
            "their order), another for another SEED. STRATIFY_FIELD: every stratum (e.g. township) reaches the "
            "share. POPULATION_FIELD: a re-check drawn only from the parcels where this field is 是 (e.g. SAMPLE of "
            "the city's check), the share still of the whole input. OUTPUT: every parcel with SAMPLE 是/否 and DRAW "
            "(the draw order); an input field of the same name is kept with the suffix _PREV. CHECKLIST: the "
            "field-check list (.xlsx).").format(self.documents(), rules)

    def initAlgorithm(self, config=None):
        self.add_parcels(self.INPUT, self.tr("Banked parcels"), self.tr(
            "The bank's parcels (the form's rows, the two-year overlay's output) or any polygons."))
        self.add_programme_parameter()
        self.add(NamedChoice(self.SAMPLING, self.tr("Sampling rule"), sampling_choices(self.programmes())),
                 self.tr("The pack's sampling rule; scripts and models give its id, e.g. city_check (市级现场核查) or "
                         "province_recheck (省级现场复查)."))
        self.add_number(self.SEED, self.tr("Random seed"), self.tr(
            "The same seed draws the same sample; note it in the check's record."), 1, minimum=0)
        self.add_field(self.STRATIFY_FIELD, self.tr("Stratify by field"), self.tr(
            "Optional: every value of this field (e.g. ZLDWMC, the township) reaches the share."))
        self.add_field(self.POPULATION_FIELD, self.tr("Draw only where this field is 是"), self.tr(
            "Optional: a re-check drawn from the parcels an earlier level checked (e.g. SAMPLE)."))
        self.add_sink(self.OUTPUT, self.tr("Parcels with the sample"), self.tr(
            "Every input parcel with SAMPLE 是/否, DRAW (the draw order), SAMPLING and AREA_M2."),
            QgsProcessing.TypeVectorPolygon)
        self.add_xlsx(self.CHECKLIST, self.tr("Field-check list (.xlsx)"), self.tr(
            "序号, 图斑号, 乡镇, 面积, X, Y and empty columns for the result, the checker and the date."), create=True)
        self.add_outputs(("TARGET", self.tr("Target (mu, or parcels/projects)")),
                         ("SAMPLED", self.tr("Sampled (mu, or parcels/projects)")),
                         ("SAMPLED_PARCELS", self.tr("Sampled parcels")))

    def rule(self, parameters, context, pack) -> dict:
        wanted = self.parameterDefinition(self.SAMPLING).chosen(parameters)
        for rule in pack.section("sampling", []):
            if rule["id"] == wanted:
                return rule
        raise fail(self.tr("Rule pack {} has no sampling rule “{}” (it has: {}).").format(
            pack.id, wanted, ", ".join(r["id"] for r in pack.section("sampling", []))))

    def processAlgorithm(self, parameters, context, feedback):
        pack = self.programme(parameters, context)
        rule = self.rule(parameters, context, pack)
        seed = self.parameterAsInt(parameters, self.SEED, context)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        name = source_name(self, parameters, self.INPUT, context)
        stratum_field = self.parameterAsString(parameters, self.STRATIFY_FIELD, context)
        population_field = self.parameterAsString(parameters, self.POPULATION_FIELD, context)
        extra = [f for f in (stratum_field, population_field) if f]
        layer = read_banked(source, name, context, feedback, pack, with_form_fields=False,
                            extra_fields=list(dict.fromkeys(extra)))
        rows = layer.rows
        strata = [_text(p.attributes[stratum_field]) for p in rows] if stratum_field else None
        population = [self.drawable(p, population_field, name) for p in rows] if population_field else None
        try:
            sample = draw([p.bank_cents for p in rows], [p.ref for p in rows], rule, seed, strata, population)
        except SamplingError as err:
            raise fail(self.insufficient(err, rule, name, stratum_field)) from None
        if feedback.isCanceled():
            return {}
        by_area = rule["basis"] == "area"
        reached = sum(rows[i].bank_cents for i in sample.order)
        target = sample.target_shown / 100 if by_area else sample.target_shown
        sampled = shown_units(reached) / 100 if by_area else len(sample.order)
        checklist = self.parameterAsFileOutput(parameters, self.CHECKLIST, context)
        if checklist:
            self.write_checklist(checklist, pack, rule, seed, rows, sample, target, sampled, stratum_field)
        dest = self.write_output(parameters, context, source, layer, sample, rule)
        feedback.pushInfo(self.tr("{}: {} parcels drawn, {} reached of the target {}.").format(
            rule["name_zh"], len(sample.order), sampled, target))
        result = {self.OUTPUT: dest, "TARGET": target, "SAMPLED": sampled, "SAMPLED_PARCELS": len(sample.order)}
        if checklist:
            result[self.CHECKLIST] = checklist
        return result

    def drawable(self, parcel, field_name, name) -> bool:
        try:
            return restored_text(parcel.attributes[field_name]) == YES
        except FormError:
            raise fail(self.tr("Layer “{}”, parcel {}: “{}” in the field {} is not 是 or 否.").format(
                name, parcel.label, parcel.attributes[field_name], field_name)) from None

    def insufficient(self, err, rule, name, stratum_field) -> str:
        d = err.details
        if err.code != "insufficient":
            return str(err)
        area = rule["basis"] == "area"

        def amount(units):
            return self.tr("{} mu").format(f"{shown_units(units) / 100:.2f}") if area else str(units)

        where = self.tr(" in {} {}").format(stratum_field, d["stratum"]) if d["stratum"] is not None else ""
        return self.tr("Layer “{}”{}: the parcels that may be drawn reach {}, but {} needs {} ({:.0%} of {}).") \
            .format(name, where, amount(d["available"]), rule["name_zh"], amount(d["need"]), rule["share"],
                    amount(d["total"]))

    def write_output(self, parameters, context, source, layer, sample, rule):
        numbers = sample.draw_numbers(len(layer.rows))
        by_fid = {fid: (int(numbers[i]), layer.rows[i].bank_cents) for i, fid in enumerate(layer.fids)}
        fields, kept = QgsFields(), []
        for field in source.fields():
            copy = QgsField(field)
            if field.name().upper() in NEW_FIELDS:
                copy.setName(field.name() + PREVIOUS)
            fields.append(copy)
            kept.append(field.name())
        for field in fields_of(SAMPLE_FIELDS):
            fields.append(field)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, source.wkbType(),
                                          source.sourceCrs())
        if sink is None:
            raise self.invalidSinkError(parameters, self.OUTPUT)
        features = []
        for feature in source.getFeatures(QgsFeatureRequest()):
            number, cents = by_fid.get(feature.id(), (0, 0))
            out = QgsFeature(fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(list(feature.attributes()) + [YES if number else "否", number or None, rule["id"],
                                                           cents / 100])
            features.append(out)
        if not sink.addFeatures(features, QgsFeatureSink.FastInsert):
            raise fail(self.tr("Could not write to the output: {}").format(sink.lastError()))
        alias_fields_on_load(context, dest, {"SAMPLE": self.tr("Sampled"), "DRAW": self.tr("Draw order"),
                                             "SAMPLING": self.tr("Sampling rule"),
                                             "AREA_M2": self.tr("Official area (m²)")})
        return dest

    def write_checklist(self, path, pack, rule, seed, rows, sample, target, sampled, stratum_field):
        drawn = [rows[i] for i in sample.order]
        numbers = list(range(1, len(drawn) + 1))
        labels = [str(p.attributes.get("tbh")) if p.attributes.get("tbh") not in (None, "") else
                  (p.parcel_id or p.label) for p in drawn]
        body, total = checklist_rows(numbers, labels, [p.township for p in drawn], [p.bank_cents for p in drawn],
                                     [p.x for p in drawn], [p.y for p in drawn],
                                     self.tr("{} parcels").format(len(drawn)))
        basis = {"area": self.tr("of the total area"), "parcels": self.tr("of the parcels"),
                 "projects": self.tr("of the projects")}[rule["basis"]]
        unit = self.tr("mu") if rule["basis"] == "area" else self.tr("parcels")
        titles = [self.tr("No."), self.tr("Parcel no."), self.tr("Township"), self.tr("Area (mu)"), self.tr("X"),
                  self.tr("Y"), self.tr("Check result"), self.tr("Checked by"), self.tr("Date")]
        shown = "{:.2f}" if rule["basis"] == "area" else "{}"
        notes = [self.tr("Target: {} {}; sampled: {} {} in {} parcels (random seed {}).").format(
            shown.format(target), unit, shown.format(sampled), unit, len(drawn), seed),
            self.tr("X/Y: CGCS2000 3° Gauss–Krüger coordinates of a point inside the parcel (X northing, Y easting "
                    "with the zone number).")]
        notes.append(self.tr("Rule: {}.").format(pack.document_zh))
        if stratum_field:
            notes.append(self.tr("Each value of {} reaches the share.").format(stratum_field))
        sheet = Sheet(rule["name_zh"][:31], self.tr("{} — {} checklist").format(pack.name_zh, rule["name_zh"]),
                      checklist_columns(titles), body, total,
                      unit_left=self.tr("Share: {:.0%} {}").format(rule["share"], basis),
                      unit_right=self.tr("Area unit: mu"), notes=notes, notes_title=self.tr("Notes:"))
        save_workbook(path, [sheet])


def _text(value) -> str:
    value = plain(value)
    return "" if value is None else str(value)


def algorithms(packs) -> list:
    return [VerificationSample(packs)]
