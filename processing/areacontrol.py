"""landbalance:areacontrol — 控制面积调平: parcel areas made to add up to their village controls.

A thin adapter over rules/areacontrol.py: the parcels' ZLDWDM, MSSM, TBMJ and KCXS are read once
without geometry, the controls from CONTROL (a polygon or table layer with ZLDWDM, DCMJ and
optionally MSSM, e.g. CJDCQ) and the county control areas; the rules decide every cent; a second
pass writes every parcel with TBMJ, KCMJ and TBDLMJ set (KCMJ/TBDLMJ recomputed where TBMJ moved).
A refusal (a village beyond the tolerance, a village missing from CONTROL) comes before anything
is written.
"""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..rules.areacontrol import (
    ControlRefusedError,
    MissingControlError,
    adjust,
    county_targets,
    land_and_island,
    mssm_of,
)
from ..rules.ridge import ridge_cents
from ..rules.tables import cents_of
from .base import Cancelled, LandSurveyGroup, ProgrammeAlgorithm, fail
from .changepackage import add_survey_pack_parameter, layer_name
from .layer_output import alias_fields_on_load
from .parcels import check_fields, check_polygon_source, plain
from .source_encoding import fix_source_encoding

CAPABILITY = "areacontrol"
BATCH = 5000
REPORT_FIELDS = (("ZLDWDM", QVariant.String, 19, 0), ("ZLDWMC", QVariant.String, 255, 0),
                 ("MSSM", QVariant.String, 2, 0), ("PARCELS", QVariant.Int, 10, 0),
                 ("BEFORE_M2", QVariant.Double, 15, 2), ("DCMJ_M2", QVariant.Double, 15, 2),
                 ("CONTROL_M2", QVariant.Double, 15, 2), ("DIFF_CENTS", QVariant.LongLong, 12, 0),
                 ("TOUCHED", QVariant.Int, 10, 0))


def _number(value):
    try:
        return None if value is None or value == "" else float(value)
    except (TypeError, ValueError):
        return None


class AreaControl(LandSurveyGroup, ProgrammeAlgorithm):
    INPUT = "INPUT"
    CONTROL = "CONTROL"
    COUNTY_CONTROL_LAND = "COUNTY_CONTROL_LAND"
    COUNTY_CONTROL_ISLAND = "COUNTY_CONTROL_ISLAND"
    REPORT = "REPORT"

    def uses(self, pack) -> bool:
        return pack.section("control") is not None

    def name(self):
        return CAPABILITY

    def displayName(self):
        return self.tr("Control-area adjustment (调平)")

    def shortHelpString(self):
        return self.tr(
            "Adjusts parcel areas (TBMJ) so that every village's parcels add up exactly to its control area "
            "(DCMJ), land (MSSM 00) and islands (MSSM 01) separately, as the survey's technical regulations "
            "prescribe (控制面积调平, 《第三次全国国土调查技术规程》TD/T 1055—2019). With a county control area, "
            "the villages are first adjusted to it. In whole cents: the difference is shared out as an equal "
            "number of cents each and one cent more to the largest (villages by DCMJ, parcels by TBMJ), each "
            "value rounded once. KCMJ = round(TBMJ × KCXS, 2) and TBDLMJ = TBMJ − KCMJ are recomputed where TBMJ "
            "moved. A village whose difference exceeds the county's tolerance (rule pack, [control]) is a survey "
            "error, not rounding: it is refused by name with its figures, and nothing is written.")

    def initAlgorithm(self, config=None):
        add_survey_pack_parameter(self)
        self.add_parcels(self.INPUT, self.tr("Parcels (DLTB)"),
                         self.tr("Parcels with ZLDWDM, MSSM, TBMJ and KCXS; all their fields are kept."))
        self.add_parcels(self.CONTROL, self.tr("Village control areas (e.g. CJDCQ)"), self.tr(
            "A polygon or table layer with ZLDWDM and DCMJ (m²), and MSSM when islands have their own rows; one row "
            "per village and kind."), optional=True, types=(QgsProcessing.TypeVector,))
        for key, label in ((self.COUNTY_CONTROL_LAND, self.tr("County control area, land (m²)")),
                           (self.COUNTY_CONTROL_ISLAND, self.tr("County control area, islands (m²)"))):
            self.add_number(key, label, self.tr("When given, the villages of this kind are first adjusted to it; "
                                                "without village controls, the county's parcels are."),
                            optional=True, minimum=0, double=True)
        self.add_sink(self.OUTPUT, self.tr("Parcels with controlled areas"), self.tr(
            "Every input parcel with all its fields; TBMJ, KCMJ and TBDLMJ adjusted where needed."),
            QgsProcessing.TypeVectorPolygon)
        self.add_sink(self.REPORT, self.tr("Control report by village"), self.tr(
            "One row per village and kind: parcels, Σ TBMJ before, DCMJ given and applied, the difference in "
            "0.01 m², parcels adjusted."))
        self.add_outputs(("VILLAGES", self.tr("Villages")), ("PARCELS_TOUCHED", self.tr("Parcels adjusted")),
                         ("DIFFERENCE_M2", self.tr("Total difference spread (m²)")))

    # — reading —

    def _parcels(self, source, name, feedback):
        indexes = check_fields(source, name, ["ZLDWDM", "MSSM", "TBMJ", "KCXS"])
        bsm = source.fields().lookupField("BSM")
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(
            indexes + ([bsm] if bsm >= 0 else []))
        fids, keys, tbmj, kcxs = [], [], [], []
        for n, feature in enumerate(source.getFeatures(request)):
            if n % 10000 == 0 and feedback.isCanceled():
                raise Cancelled()
            zldwdm, mssm, area, coefficient = (plain(feature.attribute(i)) for i in indexes)
            area = _number(area)
            if area is None:
                label = plain(feature.attribute(bsm)) if bsm >= 0 else feature.id()
                raise fail(self.tr("Layer “{}”, parcel {}: field TBMJ is empty or not a number.").format(name, label))
            fids.append(feature.id())
            keys.append(("" if zldwdm is None else str(zldwdm).strip(), mssm_of(mssm)))
            tbmj.append(area)
            kcxs.append(_number(coefficient) or 0.0)
        if not fids:
            raise fail(self.tr("Layer “{}” has no features: nothing to adjust.").format(name))
        return fids, keys, cents_of(np.array(tbmj)), np.array(kcxs)

    def _controls(self, parameters, context):
        """(ZLDWDM, MSSM) → DCMJ cents, and ZLDWDM → ZLDWMC, from CONTROL (None without it)."""
        source = self.parameterAsSource(parameters, self.CONTROL, context)
        if source is None:
            return None, {}
        name = layer_name(self, parameters, self.CONTROL, context)
        check_fields(source, name, ["ZLDWDM", "DCMJ"])
        fields = source.fields()
        indexes = [fields.lookupField(n) for n in ("ZLDWDM", "DCMJ", "MSSM", "ZLDWMC")]
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(
            [i for i in indexes if i >= 0])
        dcmj, names, first = {}, {}, {}
        for feature in source.getFeatures(request):
            zldwdm, area, mssm, label = (plain(feature.attribute(i)) if i >= 0 else None for i in indexes)
            key = ("" if zldwdm is None else str(zldwdm).strip(), mssm_of(mssm))
            value = _number(area)
            if value is None:
                raise fail(self.tr("Control layer “{}”, feature {} (village {}): field DCMJ is empty or not a "
                                   "number.").format(name, feature.id(), key[0]))
            if key in dcmj:
                raise fail(self.tr("Control layer “{}”: features {} and {} both give the control of village {} "
                                   "(MSSM {}).").format(name, first[key], feature.id(), key[0], key[1]))
            dcmj[key], first[key] = int(cents_of(value)), feature.id()
            names[key[0]] = label
        return dcmj, names

    # — the run —

    def processAlgorithm(self, parameters, context, feedback):
        pack = self.programme(parameters, context)
        tolerance = float(pack.section("control")["tolerance_m2_per_parcel"])
        fix_source_encoding(self, parameters, self.INPUT, context, feedback)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        name = layer_name(self, parameters, self.INPUT, context)
        check_polygon_source(source, name)
        fids, keys, tbmj, kcxs = self._parcels(source, name, feedback)
        dcmj, names = self._controls(parameters, context)
        county = {kind: self._county(parameters, key, context)
                  for kind, key in zip(land_and_island(), (self.COUNTY_CONTROL_LAND, self.COUNTY_CONTROL_ISLAND))}
        try:
            if dcmj is None:  # no CONTROL: the county's parcels of each kind are one unit
                if all(v is None for v in county.values()):
                    raise fail(self.tr("Give the village control areas (CONTROL) or a county control area."))
                keys = [("", k[1]) for k in keys]
                dcmj = targets = {("", kind): value for kind, value in county.items() if value is not None}
            else:
                targets = county_targets(dcmj, county, tolerance)
            new, rows = adjust(tbmj, keys, targets, dcmj, tolerance)
        except MissingControlError as err:
            listed = "、".join(f"{z} (MSSM {m})" for z, m in err.keys[:10])
            raise fail(self.tr("Layer “{}”, field ZLDWDM: the villages {} have parcels but no row in the control "
                               "layer; nothing was written.").format(name, listed)) from None
        except ControlRefusedError as err:
            raise fail(self._refusal(err, tolerance)) from None
        changed = np.flatnonzero(new != tbmj)
        kcmj, tbdlmj = ridge_cents(new[changed], kcxs[changed])
        values = {int(r): (int(a), int(k), int(t)) for r, a, k, t in zip(changed, new[changed], kcmj, tbdlmj)}
        dest = self._write_parcels(parameters, context, source, fids, values, feedback)
        report = self._write_report(parameters, context, rows, names)
        spread_m2 = sum(abs(r.difference) for r in rows) / 100
        feedback.pushInfo(self.tr("{} villages balanced to their control; {} parcels adjusted, {:.2f} m² spread in "
                                  "all.").format(len(rows), len(changed), spread_m2))
        return {self.OUTPUT: dest, self.REPORT: report, "VILLAGES": len(rows), "PARCELS_TOUCHED": len(changed),
                "DIFFERENCE_M2": spread_m2}

    def _county(self, parameters, key, context):
        if parameters.get(key) in (None, ""):
            return None
        return int(cents_of(self.parameterAsDouble(parameters, key, context)))

    def _refusal(self, err: ControlRefusedError, tolerance: float) -> str:
        lines = []
        for gap in err.gaps[:20]:
            unit = (self.tr("village {} (MSSM {})").format(gap.zldwdm, gap.mssm) if gap.zldwdm
                    else self.tr("the county (MSSM {})").format(gap.mssm))
            members = self.tr("{} parcels") if gap.zldwdm else self.tr("{} villages")
            lines.append(self.tr("{}: {} add up to {:.2f} m², the control is {:.2f} m², a difference of {:.2f} m² "
                                 "beyond the tolerance of {:.2f} m²").format(
                unit, members.format(gap.members), gap.total / 100, gap.control / 100, gap.difference / 100,
                gap.allowed / 100))
        return self.tr("Differences too large to be rounding (tolerance {} m² a parcel) — a survey error to fix, "
                       "nothing was written:\n{}").format(f"{tolerance:g}", "\n".join(lines))

    # — writing —

    def _write_parcels(self, parameters, context, source, fids, values, feedback):
        fields = QgsFields(source.fields())
        for name in ("KCMJ", "TBDLMJ"):
            if fields.lookupField(name) < 0:
                fields.append(QgsField(name, QVariant.Double, "double", 15, 2))
        indexes = [fields.lookupField(n) for n in ("TBMJ", "KCMJ", "TBDLMJ")]
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.multiType(source.wkbType()), source.sourceCrs())
        if sink is None:
            raise self.invalidSinkError(parameters, self.OUTPUT)
        row_of = {fid: row for row, fid in enumerate(fids)}
        batch, total = [], max(len(fids), 1)
        for n, feature in enumerate(source.getFeatures()):
            if n % 5000 == 0:
                if feedback.isCanceled():
                    raise Cancelled()
                feedback.setProgress(100.0 * n / total)
            feature.setFields(fields, False)
            feature.resizeAttributes(fields.count())
            adjusted = values.get(row_of.get(feature.id(), -1))
            if adjusted is not None:
                for index, cents in zip(indexes, adjusted):
                    feature.setAttribute(index, cents / 100)
            if feature.hasGeometry() and not QgsWkbTypes.isMultiType(feature.geometry().wkbType()):
                geometry = feature.geometry()
                geometry.convertToMultiType()
                feature.setGeometry(geometry)
            batch.append(feature)
            if len(batch) >= BATCH:
                self._flush(sink, batch)
        self._flush(sink, batch)
        return dest

    def _flush(self, sink, batch) -> None:
        if batch and not sink.addFeatures(batch, QgsFeatureSink.FastInsert):
            raise fail(self.tr("Could not write to the output: {}").format(sink.lastError()))
        batch.clear()

    def _write_report(self, parameters, context, rows, names):
        fields = QgsFields()
        for name, kind, length, precision in REPORT_FIELDS:
            fields.append(QgsField(name, kind, "", length, precision))
        sink, dest = self.parameterAsSink(parameters, self.REPORT, context, fields)
        if sink is None:
            raise self.invalidSinkError(parameters, self.REPORT)
        features = []
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes([row.zldwdm, names.get(row.zldwdm), row.mssm, row.parcels, row.before / 100,
                                   row.dcmj / 100, row.control / 100, row.difference, row.touched])
            features.append(feature)
        self._flush(sink, features)
        alias_fields_on_load(context, dest, {
            "PARCELS": self.tr("Parcels"), "BEFORE_M2": self.tr("Parcels before (m²)"),
            "DCMJ_M2": self.tr("Control as given (m²)"), "CONTROL_M2": self.tr("Control applied (m²)"),
            "DIFF_CENTS": self.tr("Difference (0.01 m²)"), "TOUCHED": self.tr("Parcels adjusted")})
        return dest


def algorithms(packs) -> list:
    return [AreaControl(packs)]
