"""landbalance:validatechangepackage — 更新包质检: the numbered checks of rules/package_rules.

A thin adapter: the package and the base are read here, the geometric facts the checks need
are measured with GEOS and the survey formula (validity, overlaps, what lies outside the parcels
a package replaces, what it leaves uncovered, areas), and every decision is taken by the rule
modules on those plain numbers. Findings become an error layer and an .xlsx report.
"""

from __future__ import annotations

import datetime as _dt
from collections import Counter
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingMultiStepFeedback,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..exports.package_report import report_sheets
from ..exports.xlsx import XlsxError, write_workbook
from ..rules import package_rules
from ..rules.boxes import BoxGrid, bounds
from ..rules.package_rules.base import GC, GX, GeometryFacts, Limits, PackageData, has_after, has_before, text
from ..rules.survey import survey_constants
from ..rules.tables import cents_of
from .base import Cancelled, LandSurveyGroup, ProgrammeAlgorithm, check_destination, fail
from .change_overlay import Base, index_attributes, load_geometries, union
from .changepackage import add_survey_pack_parameter, dltb_names, layer_name, uses_survey_pack
from .layer_output import alias_fields_on_load
from .package_reader import check_matches_base, open_package
from .parcels import OfficialArea, check_polygon_source, polygonal_part, vertices
from .source_encoding import fix_source_encoding

CAPABILITY = "validatechangepackage"
ERROR_FIELDS = (("RULE", 8), ("RULE_NAME", 80), ("SEVERITY", 4), ("LAYER", 12), ("BSM", 18), ("MESSAGE", 254))


class ValidateChangePackage(LandSurveyGroup, ProgrammeAlgorithm):
    PACKAGE = "PACKAGE"
    BASE = "BASE"
    REPORT = "REPORT"

    def uses(self, pack) -> bool:
        return uses_survey_pack(pack)

    def name(self):
        return CAPABILITY

    def displayName(self):
        return self.tr("Check a change package")

    def shortHelpString(self):
        listing = "\n".join(f"{r.id} {r.name_zh} ({r.severity})" for r in package_rules.rules())
        return self.tr(
            "Checks an annual change-survey update package (DLTBGX, DLTBGXGC) against its base (DLTB) the way "
            "the province's checks do, under the survey's technical regulations (《第三次全国国土调查技术规程》"
            "TD/T 1055—2019 and the annual change survey's rules): structure (CRS, layers, fields, types, "
            "lengths), codes, required fields, identifiers (BSM, TBBH, BGQTBBSM), area consistency to the cent, "
            "topology (valid, no overlaps, inside the changed parcels, no slivers below the county pack's "
            "minimum) and BGXW / XZQTZLX against the geometry. Each numbered rule is a module of its own:\n{}\n\n"
            "Output: one row per finding (RULE, RULE_NAME, SEVERITY 错误/警告, LAYER, BSM, MESSAGE, with the "
            "parcel's or piece's geometry where it has one), an .xlsx report, and the numbers of errors and "
            "warnings. A package from another county or in another CRS than the base is refused.").format(listing)

    def initAlgorithm(self, config=None):
        add_survey_pack_parameter(self)
        self.add_file(self.PACKAGE, self.tr("Update package (GeoPackage)"), self.tr(
            "The GeoPackage with DLTBGX and DLTBGXGC, e.g. the output of the change package algorithm."), "gpkg")
        self.add_parcels(self.BASE, self.tr("Base parcels the package changes (DLTB)"),
                         self.tr("The county's DLTB the package was made from, in the package's CRS."))
        self.add_sink(self.OUTPUT, self.tr("Package findings"), self.tr(
            "One row per finding: RULE, RULE_NAME, SEVERITY (错误/警告), LAYER, BSM, MESSAGE, with the parcel's or "
            "piece's geometry where it has one."), QgsProcessing.TypeVectorPolygon)
        self.add_xlsx(self.REPORT, self.tr("Check report (.xlsx)"),
                      self.tr("A summary by rule with the verdict, and every finding."), create=True)
        self.add_outputs(("ERRORS", self.tr("Errors")), ("WARNINGS", self.tr("Warnings")))

    def processAlgorithm(self, parameters, context, feedback):
        pack = self.programme(parameters, context)
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        check_destination(report)
        path = self.parameterAsFile(parameters, self.PACKAGE, context)
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        fix_source_encoding(self, parameters, self.BASE, context, feedback)
        source = self.parameterAsSource(parameters, self.BASE, context)
        base_name = layer_name(self, parameters, self.BASE, context)
        check_polygon_source(source, base_name)
        layers = open_package(path, feedback)
        base = index_attributes(source, base_name, dltb_names(), context, steps)
        check_matches_base(layers, path, base.parcels.crs, base_name, base.county)
        steps.setCurrentStep(1)
        data = self._package_data(layers, base, pack)
        steps.setCurrentStep(2)
        data.geometry = measure(layers, base, data, context, steps)
        steps.setCurrentStep(3)
        findings = package_rules.run(data, lambda share: not feedback.isCanceled())
        if feedback.isCanceled():
            raise Cancelled()
        errors, warnings = package_rules.counts(findings)
        dest = self._write_findings(parameters, context, findings, layers)
        result = {self.OUTPUT: dest, "ERRORS": errors, "WARNINGS": warnings}
        if report:
            try:
                write_workbook(report, report_sheets(package_rules.rules(), findings, Path(path).name,
                                                     _dt.date.today().isoformat()))
            except XlsxError as err:
                raise fail(self.tr("The check report could not be written: {}").format(err)) from None
            result[self.REPORT] = report
        feedback.pushInfo(self.tr("{} errors, {} warnings.").format(errors, warnings))
        return result

    @staticmethod
    def _package_data(layers, base: Base, pack) -> PackageData:
        gx, gc = layers[GX].records, layers[GC].records
        referenced = sorted({text(r.get("BGQTBBSM")) for r in gc} | {text(r.get("BSM")) for r in gx})
        row_of = {text(b): row for row, b in enumerate(base.parcels.column("BSM"))}
        rows = [row_of[b] for b in referenced if b in row_of]
        records = base.attributes(rows, base.field_names)
        load_geometries(base, rows)
        limits = pack.section("change_package")
        return PackageData(
            layers={GX: layers[GX].info, GC: layers[GC].info}, gx=gx, gc=gc,
            base={text(r.get("BSM")): dict(r, _row=row) for r, row in zip(records, rows)},
            base_bsm=Counter(text(b) for b in base.parcels.column("BSM")),
            base_tbbh=[(text(z), text(t), text(b)) for z, t, b in zip(
                base.parcels.column("ZLDWDM"), base.parcels.column("TBBH"), base.parcels.column("BSM"))],
            county=base.county,
            limits=Limits(float(limits["sliver_minimum_m2"]), float(limits["piece_tolerance_m2"]),
                          float(survey_constants()["control"]["sliver_merge_m2"])))

    def _write_findings(self, parameters, context, findings, layers):
        fields = QgsFields()
        for name, length in ERROR_FIELDS:
            fields.append(QgsField(name, QVariant.String, "string", length))
        crs = next((layer.crs for layer in layers.values() if layer.info.present), None)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon, crs)
        if sink is None:
            raise self.invalidSinkError(parameters, self.OUTPUT)
        features = []
        for f in findings:
            feature = QgsFeature(fields)
            feature.setAttributes([f.rule.id, f.rule.name_zh, f.level, f.layer, f.bsm, f.message])
            if f.row is not None and f.layer in layers and f.row < len(layers[f.layer].geometries):
                geometry = QgsGeometry(layers[f.layer].geometries[f.row])
                if not geometry.isEmpty():
                    geometry.convertToMultiType()
                    feature.setGeometry(geometry)
            features.append(feature)
        if features and not sink.addFeatures(features, QgsFeatureSink.FastInsert):
            raise fail(self.tr("Could not write to the output: {}").format(sink.lastError()))
        alias_fields_on_load(context, dest, {"RULE": self.tr("Rule"), "RULE_NAME": self.tr("Rule name"),
                                             "SEVERITY": self.tr("Severity"), "LAYER": self.tr("Layer"),
                                             "MESSAGE": self.tr("Message")})
        return dest


def measure(layers, base: Base, data: PackageData, context, feedback) -> GeometryFacts:
    """The geometric facts of rules/package_rules (validity, areas, overlaps, coverage)."""
    facts = GeometryFacts()
    area = OfficialArea(base.parcels.crs, context)
    gx_shapes, gc_shapes = layers[GX].geometries, layers[GC].geometries
    for shapes, invalid in ((gx_shapes, facts.gx_invalid), (gc_shapes, facts.gc_invalid)):
        for row, shape in enumerate(shapes):
            reason = invalid_reason(shape)
            if reason:
                invalid[row] = reason
    facts.gx_m2 = _areas(area, gx_shapes)
    facts.gc_m2 = _areas(area, gc_shapes)
    facts.gx_parts_m2 = _part_areas(area, gx_shapes)
    facts.overlaps = _overlaps(gx_shapes, area, feedback)
    before_shape = {b: base.geometry(r["_row"]) for b, r in data.base.items()}
    _coverage(facts, data, gx_shapes, gc_shapes, before_shape, area, feedback)
    return facts


def invalid_reason(shape: QgsGeometry) -> str:
    if shape.isNull() or shape.isEmpty():
        return "无图形"
    if shape.isGeosValid():
        return ""
    errors = shape.validateGeometry(QgsGeometry.ValidatorGeos)
    return "；".join(e.what() for e in errors) or "GEOS 判定无效"


def _usable(shape: QgsGeometry) -> QgsGeometry:
    return shape if shape.isEmpty() or shape.isGeosValid() else polygonal_part(shape.makeValid())


def _areas(area: OfficialArea, shapes) -> list:
    if not shapes:
        return []
    m2 = area.of([_usable(s) for s in shapes])
    return [None if s.isEmpty() else float(v) for s, v in zip(shapes, m2)]


def _part_areas(area: OfficialArea, shapes) -> list:
    parts, owner = [], []
    for row, shape in enumerate(shapes):
        if shape.isMultipart():
            for part in shape.asGeometryCollection():
                parts.append(part)
                owner.append(row)
    out = [[] for _ in shapes]
    if parts:
        for row, m2 in zip(owner, area.of(parts).tolist()):
            out[row].append(m2)
    return out


def _overlaps(shapes, area: OfficialArea, feedback) -> list:
    """(i, j, m²) for DLTBGX parcels overlapping by a cent or more (pairs from a box join)."""
    usable = [_usable(s) for s in shapes]
    boxes = bounds(vertices(usable))
    rows = np.arange(len(shapes))
    first, second = BoxGrid(boxes, rows).pairs(boxes, rows)
    keep = first < second
    found = []
    for n, (i, j) in enumerate(zip(first[keep].tolist(), second[keep].tolist())):
        if n % 1000 == 0 and feedback.isCanceled():
            raise Cancelled()
        if usable[i].isEmpty() or usable[j].isEmpty() or not usable[i].intersects(usable[j]):
            continue
        common = polygonal_part(usable[i].intersection(usable[j]))
        if not common.isEmpty():
            found.append((i, j, common))
    if not found:
        return []
    m2 = area.of([g for _, _, g in found])
    return [(i, j, float(a)) for (i, j, _), a in zip(found, m2) if int(cents_of(a)) > 0]


def _coverage(facts, data, gx_shapes, gc_shapes, before_shape, area, feedback) -> None:
    """What of each DLTBGX parcel lies outside the parcels it replaces, what of each changed
    base parcel no DLTBGX parcel covers, and whether a parcel that kept its BSM kept its shape."""
    gx_row = {}
    for i, record in enumerate(data.gx):
        gx_row.setdefault(text(record.get("BSM")), i)
    befores_of, afters_of, gained_of = {}, {}, {}
    for k, record in enumerate(data.gc):
        before, after = text(record.get("BGQTBBSM")), text(record.get("BGHTBBSM"))
        if has_before(record) and has_after(record) and before in before_shape and after in gx_row:
            befores_of.setdefault(after, set()).add(before)
            afters_of.setdefault(before, set()).add(after)
        elif not has_before(record) and after in gx_row:
            gained_of.setdefault(after, []).append(k)
    outside, rows = [], []
    for after, i in gx_row.items():
        if feedback.isCanceled():
            raise Cancelled()
        cover = [before_shape[b] for b in sorted(befores_of.get(after, ()))]
        cover += [_usable(gc_shapes[k]) for k in gained_of.get(after, ())]
        if cover and not gx_shapes[i].isEmpty():
            rest = polygonal_part(_usable(gx_shapes[i]).difference(union(cover)))
            if not rest.isEmpty():
                outside.append(rest)
                rows.append(i)
        if after in data.base_bsm and after in before_shape:
            facts.gx_equals_base[i] = _same_shape(gx_shapes[i], before_shape[after], area, data)
    for i, m2 in zip(rows, area.of(outside).tolist() if outside else []):
        facts.gx_outside_m2[i] = float(m2)
    gaps, labels = [], []
    for before, afters in afters_of.items():
        parcels = [_usable(gx_shapes[gx_row[a]]) for a in sorted(afters)]
        rest = polygonal_part(_usable(before_shape[before]).difference(union(parcels)))
        if not rest.isEmpty():
            gaps.append(rest)
            labels.append(before)
    for before, m2 in zip(labels, area.of(gaps).tolist() if gaps else []):
        facts.before_uncovered_m2[before] = float(m2)


def _same_shape(a: QgsGeometry, b: QgsGeometry, area: OfficialArea, data: PackageData) -> bool:
    if a.isEmpty() or b.isEmpty():
        return False
    if a.isGeosEqual(b):
        return True
    difference = polygonal_part(_usable(a).symDifference(_usable(b)))
    return difference.isEmpty() or float(area.of([difference])[0]) <= data.limits.sliver_minimum_m2


def algorithms(packs) -> list:
    return [ValidateChangePackage(packs)]
