"""landbalance:areastatistics — 面积统计: official parcel areas and a table that foots.

A thin adapter: parcels are read by processing/parcels.py, measured by rules/area.py and
summed by rules/statistics.py; this module only declares parameters and writes sinks.
"""

from __future__ import annotations

from collections import Counter

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingFeatureSource,
    QgsProcessingMultiStepFeedback,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..rules import landclass
from ..rules.survey import decimals, m2_to_ha, m2_to_mu, survey_constants
from ..rules.area import round_half_away
from ..rules.statistics import summarise
from .base import LandBalanceAlgorithm, fail
from .layer_output import alias_fields_on_load
from .parcels import check_fields, check_polygon_source, output_geometry, read_parcels
from .source_encoding import fix_source_encoding

CAPABILITY = "areastatistics"
AREA_FIELDS = ("AREA_M2", "AREA_MU", "AREA_HA")
BATCH = 5000


def rules_label() -> str:
    standard = survey_constants()["standard"]
    return f"{standard['id']}@{standard['version']}"


class AreaStatistics(LandBalanceAlgorithm):
    INPUT = "INPUT"
    GROUP_FIELDS = "GROUP_FIELDS"
    CLASS_FIELD = "CLASS_FIELD"
    CLASS_LEVEL = "CLASS_LEVEL"
    OUTPUT = "OUTPUT"
    SUMMARY = "SUMMARY"

    def name(self):
        return "areastatistics"

    def displayName(self):
        return self.tr("Area statistics (official ellipsoidal area)")

    def group(self):
        return self.tr("Land survey")

    def groupId(self):
        return "landsurvey"

    def shortHelpString(self):
        return self.tr(
            "Computes every parcel's official area the way the land survey does (图斑椭球面积): "
            "each vertex is taken to CGCS2000 longitude/latitude and the ellipsoidal-trapezoid "
            "formula of the survey's technical regulations is applied on the vertices as they are, "
            "holes subtracted, rounded to 0.01 m² half away from zero. This is not the planar area "
            "of the layer's CRS, nor QGIS's $area.\n\n"
            "The parcels are written with AREA_M2, AREA_MU (亩, 2 decimals) and AREA_HA (4 decimals). "
            "The summary table has one row per group of the chosen fields and, optionally, of the "
            "land class at the chosen level (from the GB/T 21010-2017 / 三调 class table); its rows "
            "add up exactly to the total, as official tables must (largest-remainder rounding).\n\n"
            "Invalid geometries are repaired (make valid) and counted in the log; every input "
            "parcel gives exactly one output row. Rule source: ../shared/DOMAIN.md, "
            "“Cross-cutting facts” and “Official area, rounding and control”."
        )

    def initAlgorithm(self, config=None):
        source = QgsProcessingParameterFeatureSource(
            self.INPUT, self.tr("Parcels (DLTB)"), [QgsProcessing.TypeVectorPolygon]
        )
        source.setHelp(self.tr("Parcel polygons in any CRS (Gauss–Krüger zones, EPSG:4490 …)."))
        self.addParameter(source)
        groups = QgsProcessingParameterField(
            self.GROUP_FIELDS, self.tr("Group by fields"), parentLayerParameterName=self.INPUT,
            allowMultiple=True, optional=True,
        )
        groups.setHelp(self.tr("Fields whose values make the summary's rows, e.g. ZLDWMC (township)."))
        self.addParameter(groups)
        class_field = QgsProcessingParameterField(
            self.CLASS_FIELD, self.tr("Land-class field (DLBM)"), parentLayerParameterName=self.INPUT,
            optional=True,
        )
        class_field.setHelp(self.tr("Field holding GB/T 21010 land-class codes; the summary labels them."))
        self.addParameter(class_field)
        level = QgsProcessingParameterEnum(
            self.CLASS_LEVEL, self.tr("Land-class level"), options=self.level_names(), defaultValue=2,
            optional=True,
        )
        level.setHelp(self.tr("How finely the land-class field groups the summary."))
        self.addParameter(level)
        output = QgsProcessingParameterFeatureSink(
            self.OUTPUT, self.tr("Parcels with official area"), QgsProcessing.TypeVectorPolygon,
            optional=True, createByDefault=True,
        )
        self.addParameter(output)
        self.addParameter(QgsProcessingParameterFeatureSink(
            self.SUMMARY, self.tr("Area summary"), QgsProcessing.TypeVector,
        ))
        for key, text in (
            ("PARCELS", self.tr("Parcels")),
            ("TOTAL_AREA_M2", self.tr("Total area (m²)")),
            ("TOTAL_AREA_MU", self.tr("Total area (mu)")),
            ("TOTAL_AREA_HA", self.tr("Total area (ha)")),
            ("REPAIRED", self.tr("Repaired geometries")),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, text))
        self.addOutput(QgsProcessingOutputString("RULES", self.tr("Rules applied (id@version)")))

    def level_names(self):
        return [
            self.tr("Land class (code)"),
            self.tr("Level-1 class"),
            self.tr("Statistical group (耕地, 林地 …)"),
            self.tr("Broad category (农用地/建设用地/未利用地)"),
        ]

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        fix_source_encoding(self, parameters, self.INPUT, context, feedback)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        name = self._layer_name(parameters, context)
        check_polygon_source(source, name)
        group_names = self.parameterAsFields(parameters, self.GROUP_FIELDS, context)
        class_name = self.parameterAsString(parameters, self.CLASS_FIELD, context)
        level = landclass.LEVELS[self.parameterAsEnum(parameters, self.CLASS_LEVEL, context)]
        key_names = list(group_names) + ([class_name] if class_name else [])
        key_indexes = check_fields(source, name, key_names)

        write_parcels = not (self.OUTPUT in parameters and parameters[self.OUTPUT] is None)
        parcels = read_parcels(source, context, steps, key_indexes, name)
        if feedback.isCanceled():
            return {}
        if not parcels.fids:
            raise fail(self.tr("Layer “{}” has no features: nothing to measure.").format(name))
        self._report_reading(parcels, name, feedback)
        tbmj = parcels.official_areas()

        steps.setCurrentStep(1)
        result = {}
        sink, dest = self._parcel_sink(parameters, context, source) if write_parcels else (None, None)
        if sink is not None:
            self._write_parcels(sink, source, parcels, tbmj, steps)
            result[self.OUTPUT] = dest
            alias_fields_on_load(context, dest, self.area_aliases())
        if feedback.isCanceled():
            return {}

        steps.setCurrentStep(2)
        keys = self._summary_keys(parcels.keys, len(group_names), bool(class_name), level, feedback)
        rows, total = summarise(keys, tbmj)
        result[self.SUMMARY] = self._write_summary(parameters, context, source, group_names, bool(class_name), rows)
        feedback.pushInfo(self.tr("{} parcels, {:.2f} m² = {:.2f} mu = {:.4f} ha in {} summary rows.").format(
            total.parcels, total.area_m2, total.area_mu, total.area_ha, len(rows)))
        result.update(
            PARCELS=total.parcels, TOTAL_AREA_M2=total.area_m2, TOTAL_AREA_MU=total.area_mu,
            TOTAL_AREA_HA=total.area_ha, REPAIRED=len(parcels.repaired), RULES=rules_label(),
        )
        steps.setProgress(100)
        return result

    # -- helpers -------------------------------------------------------------------------

    def _layer_name(self, parameters, context) -> str:
        layer = self.parameterAsVectorLayer(parameters, self.INPUT, context)
        return layer.name() if layer is not None else str(parameters.get(self.INPUT))

    def _report_reading(self, parcels, name, feedback):
        feedback.pushInfo(self.tr("Read {} parcels from “{}”.").format(len(parcels.fids), name))
        if parcels.repaired:
            shown = ", ".join(str(fid) for fid in list(parcels.repaired)[:20])
            feedback.pushWarning(self.tr("Repaired {} invalid geometries (feature ids {}{}).").format(
                len(parcels.repaired), shown, " …" if len(parcels.repaired) > 20 else ""))
        if parcels.empty:
            feedback.pushWarning(self.tr("{} parcels have no geometry; their area is 0.").format(len(parcels.empty)))

    def area_aliases(self):
        return {"AREA_M2": self.tr("Area (m²)"), "AREA_MU": self.tr("Area (mu)"), "AREA_HA": self.tr("Area (ha)")}

    def _parcel_fields(self, source) -> tuple:
        fields = QgsFields(source.fields())
        indexes = []
        for name, precision in zip(AREA_FIELDS, ("area_m2", "area_mu", "area_ha")):
            index = fields.lookupField(name)
            if index < 0:
                fields.append(QgsField(name, QVariant.Double, "double", 15, decimals(precision)))
                index = fields.count() - 1
            indexes.append(index)
        return fields, indexes

    def _parcel_sink(self, parameters, context, source):
        fields, _ = self._parcel_fields(source)
        return self.parameterAsSink(
            parameters, self.OUTPUT, context, fields, QgsWkbTypes.multiType(source.wkbType()), source.sourceCrs()
        )

    def _write_parcels(self, sink, source, parcels, tbmj, feedback):
        """Second pass: every feature with its attributes, areas set in place, written in batches.

        Reading twice keeps memory flat on a whole county (holding 200 000 features with all
        their attributes between the passes would take over 1 GB)."""
        fields, indexes = self._parcel_fields(source)
        row_of = {fid: i for i, fid in enumerate(parcels.fids)}
        mu = round_half_away(m2_to_mu(tbmj), decimals("area_mu"))
        ha = round_half_away(m2_to_ha(tbmj), decimals("area_ha"))
        to_multi = not QgsWkbTypes.isMultiType(source.wkbType())
        batch, written, step = [], 0, 100.0 / len(parcels.fids)
        flags = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
        for feature in source.getFeatures(QgsFeatureRequest(), flags):
            if feedback.isCanceled():
                return
            row = row_of.get(feature.id())
            if row is None:
                message = self.tr("The input layer changed while it was being read (feature {}).")
                raise fail(message.format(feature.id()))
            # Set in place: converting all attributes to Python and back would cost more
            # than everything else here.
            feature.setFields(fields, False)
            feature.resizeAttributes(fields.count())
            for index, value in zip(indexes, (tbmj[row], mu[row], ha[row])):
                feature.setAttribute(index, float(value))
            geometry = output_geometry(feature, feature.id() in parcels.repaired, to_multi)
            if geometry is not None:
                feature.setGeometry(geometry)
            batch.append(feature)
            if len(batch) >= BATCH:
                written += self._flush(sink, batch)
                feedback.setProgress(written * step)
        written += self._flush(sink, batch)
        if written != len(parcels.fids):
            message = self.tr("{} parcels were read but {} written: the input changed during the run.")
            raise fail(message.format(len(parcels.fids), written))

    def _flush(self, sink, batch) -> int:
        if not batch:
            return 0
        if not sink.addFeatures(batch, QgsFeatureSink.FastInsert):
            raise fail(self.tr("Could not write to the output: {}").format(sink.lastError()))
        count = len(batch)
        batch.clear()
        return count

    def _summary_keys(self, keys, n_groups, with_class, level, feedback):
        if not with_class:
            return keys
        # A county has a few dozen codes and 10⁵ parcels: look each code up once.
        counts = Counter(key[n_groups] for key in keys)
        labels = {code: landclass.label(code, level) for code in counts}
        unknown = Counter()
        for code, count in counts.items():
            if landclass.lookup(code) is None:
                unknown[landclass.normalise_code(code)] += count
        out = [tuple(key[:n_groups]) + labels[key[n_groups]] for key in keys]
        if unknown:
            listed = ", ".join(f"{code or '(空)'} ×{count}" for code, count in sorted(unknown.items()))
            message = self.tr("Land-class codes not in the class table (kept as 未知地类): {}")
            feedback.pushWarning(message.format(listed))
        return out

    def summary_fields(self, source, group_names, with_class) -> QgsFields:
        fields = QgsFields()
        for name in group_names:
            fields.append(QgsField(source.fields().field(name)))
        if with_class:
            fields.append(QgsField("CLASS_CODE", QVariant.String, "string", 20))
            fields.append(QgsField("CLASS_NAME", QVariant.String, "string", 60))
        fields.append(QgsField("PARCELS", QVariant.LongLong, "integer"))
        fields.append(QgsField("AREA_M2", QVariant.Double, "double", 20, decimals("area_m2")))
        fields.append(QgsField("AREA_MU", QVariant.Double, "double", 20, decimals("area_mu")))
        fields.append(QgsField("AREA_HA", QVariant.Double, "double", 20, decimals("area_ha")))
        return fields

    def summary_aliases(self):
        return {
            "CLASS_CODE": self.tr("Class code"), "CLASS_NAME": self.tr("Class name"),
            "PARCELS": self.tr("Parcels"), **self.area_aliases(),
        }

    def _write_summary(self, parameters, context, source, group_names, with_class, rows):
        fields = self.summary_fields(source, group_names, with_class)
        sink, dest = self.parameterAsSink(parameters, self.SUMMARY, context, fields)
        if sink is None:
            raise self.invalidSinkError(parameters, self.SUMMARY)
        features = []
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes(list(row.key) + [row.parcels, row.area_m2, row.area_mu, row.area_ha])
            features.append(feature)
        self._flush(sink, features)
        alias_fields_on_load(context, dest, self.summary_aliases())
        return dest


def algorithms(packs) -> list:
    return [AreaStatistics()]
