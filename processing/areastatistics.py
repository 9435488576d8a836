"""landbalance:areastatistics — 面积统计: official parcel areas and a table that foots.

A thin adapter: parcels are read by processing/parcels.py, measured by rules/area.py and
summed by rules/statistics.py; this module only declares parameters and writes sinks.
"""

from __future__ import annotations

from collections import Counter
from contextlib import nullcontext

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsProcessing,
    QgsProcessingFeatureSource,
    QgsProcessingMultiStepFeedback,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..exports.tables import cross_sheet, footed_sheet, quantity_column
from ..exports.xlsx import Column, XlsxError, write_workbook
from ..rules import landclass
from ..rules.area import round_half_away
from ..rules.statistics import AREA_HA, AREA_M2, AREA_MU, PARCELS, area_table, class_key
from ..rules.statistics import class_name as class_name_of
from ..rules.survey import decimals, m2_to_ha, m2_to_mu, official_m2, survey_constants
from ..rules.survey_schema import aliases as survey_aliases
from .base import LandBalanceAlgorithm, check_destination, fail
from .bulk import GpkgCopy, gpkg_path, source_wkb
from .layer_output import alias_fields_on_load, name_on_load
from .parcels import check_polygon_source, from_wkb, output_geometry, read_parcels, repaired, report_reading
from .source_encoding import fix_source_encoding

CAPABILITY = "areastatistics"
AREA_FIELDS = ("AREA_M2", "AREA_MU", "AREA_HA")
BATCH = 5000


def rules_label() -> str:
    standard = survey_constants()["standard"]
    return f"{standard['id']}@{standard['version']}"


class AreaStatistics(LandBalanceAlgorithm):
    GROUP_FIELDS = "GROUP_FIELDS"
    CLASS_FIELD = "CLASS_FIELD"
    CLASS_LEVEL = "CLASS_LEVEL"
    SUMMARY = "SUMMARY"
    CROSS_TABLE = "CROSS_TABLE"

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
            "parcel gives exactly one output row. Rule source: 《第三次全国国土调查技术规程》"
            "(TD/T 1055—2019), 图斑椭球面积计算."
        )

    def initAlgorithm(self, config=None):
        self.add_parcels(self.INPUT, self.tr("Parcels (DLTB)"),
                         self.tr("Parcel polygons in any CRS (Gauss–Krüger zones, EPSG:4490 …)."))
        self.add_field(self.GROUP_FIELDS, self.tr("Group by fields"),
                       self.tr("Fields whose values make the summary's rows, e.g. ZLDWMC (township)."), multiple=True)
        self.add_field(self.CLASS_FIELD, self.tr("Land-class field (DLBM)"),
                       self.tr("Field holding GB/T 21010 land-class codes; the summary labels them."))
        self.add_choice(self.CLASS_LEVEL, self.tr("Land-class level"), self.level_names(),
                        self.tr("How finely the land-class field groups the summary."), default=2, optional=True)
        self.add_sink(self.OUTPUT, self.tr("Parcels with official area"), self.tr(
            "Every input parcel with its fields and AREA_M2, AREA_MU, AREA_HA; skip it to get the table only."),
            QgsProcessing.TypeVectorPolygon, optional=True, create=True)
        self.add_sink(self.SUMMARY, self.tr("Area summary"),
                      self.tr("One row per group, as a table layer (for models and further analysis)."))
        self.add_xlsx(self.XLSX, self.tr("Area statistics table (.xlsx)"), self.tr(
            "The table as a county hands it in: Chinese headers, title and unit line, a 合计 row, land classes in the "
            "standard's order, printable on A4."))
        self.add_flag(self.CROSS_TABLE, self.tr("Add the group × land-class cross-table to the .xlsx"), self.tr(
            "With one group field (e.g. the township) and the land-class field: rows by group, columns by class, in "
            "mu and in hectares, footing in rows and columns."), default=True, optional=True)
        self.add_outputs(("PARCELS", self.tr("Parcels")), ("TOTAL_AREA_M2", self.tr("Total area (m²)")),
                         ("TOTAL_AREA_MU", self.tr("Total area (mu)")), ("TOTAL_AREA_HA", self.tr("Total area (ha)")),
                         ("REPAIRED", self.tr("Repaired geometries")))
        self.add_rules_output()

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
        name = self.input_name(parameters, self.INPUT, context)
        check_polygon_source(source, name)
        group_names = self.parameterAsFields(parameters, self.GROUP_FIELDS, context)
        class_name = self.parameterAsString(parameters, self.CLASS_FIELD, context)
        key_names = list(group_names) + ([class_name] if class_name else [])
        xlsx = self.parameterAsFileOutput(parameters, self.XLSX, context)
        check_destination(xlsx)

        write_parcels = not (self.OUTPUT in parameters and parameters[self.OUTPUT] is None)
        sink, dest = self._parcel_sink(parameters, context, source) if write_parcels else (None, None)
        copy = None
        if sink is not None and source.ogr_layer is not None and gpkg_path(dest):
            del sink  # QGIS made the file (and will load it); GDAL writes it anew, starting now
            sink, copy = None, GpkgCopy(dest, source.ogr_layer, feedback.isCanceled)
        with copy or nullcontext():
            parcels = read_parcels(source, context, steps, name, key_names, keep_geometries=False)
            if not parcels.fids:
                raise fail(self.tr("Layer “{}” has no features: nothing to measure.").format(name))
            report_reading(parcels, name, feedback)
            tbmj = official_m2(parcels.official_m2(context, name))
            steps.setCurrentStep(1)
            if copy is not None and not parcels.columnar:  # read through QGIS after all: write so too
                copy.abandon()
                copy, (sink, dest) = None, self._parcel_sink(parameters, context, source)
            if copy is not None:
                self._finish_copy(copy, parcels, tbmj)  # completed in the copy's thread meanwhile
            elif sink is not None:
                self._write_parcels(sink, source, parcels, tbmj, steps)
            steps.setCurrentStep(2)
            result = self._summarise(parameters, context, feedback, source, name, parcels, tbmj, xlsx)
            if copy is not None and not self._wait(copy):
                return {}
        if feedback.isCanceled():
            return {}
        if dest is not None:
            result[self.OUTPUT] = dest
            alias_fields_on_load(context, dest, self.area_aliases())
            name_on_load(context, dest, self.tr("Official area_{}").format(name))
        steps.setProgress(100)
        return result

    def _summarise(self, parameters, context, feedback, source, name, parcels, tbmj, xlsx) -> dict:
        """The summary table (and .xlsx) by the group fields and land class, and the totals."""
        group_names = self.parameterAsFields(parameters, self.GROUP_FIELDS, context)
        class_name = self.parameterAsString(parameters, self.CLASS_FIELD, context)
        level = landclass.LEVELS[self.parameterAsEnum(parameters, self.CLASS_LEVEL, context)]
        result = {}
        keys = self._summary_keys(parcels, group_names, class_name, level, feedback)
        table = area_table(keys, tbmj, level if class_name else None)
        rows, total = table.detail(), table.total()
        result[self.SUMMARY] = self._write_summary(parameters, context, source, group_names, class_name, level, rows)
        if xlsx:
            cross = self.parameterAsBoolean(parameters, self.CROSS_TABLE, context) and len(group_names) == 1 \
                and bool(class_name)
            self._write_xlsx(xlsx, name, source, group_names, class_name, level, keys, tbmj, table, cross)
            result[self.XLSX] = xlsx
        m2, mu, ha = (total.value(q) for q in (AREA_M2, AREA_MU, AREA_HA))
        feedback.pushInfo(self.tr("{} parcels, {:.2f} m² = {:.2f} mu = {:.4f} ha in {} summary rows.").format(
            total.units["parcels"], m2, mu, ha, len(rows)))
        result.update(
            PARCELS=total.units["parcels"], TOTAL_AREA_M2=m2, TOTAL_AREA_MU=mu,
            TOTAL_AREA_HA=ha, REPAIRED=len(parcels.repaired), RULES=rules_label(),
        )
        return result

    # -- helpers -------------------------------------------------------------------------

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

    def _finish_copy(self, copy, parcels, tbmj):
        """The GeoPackage copy of the whole layer (processing/bulk.py) gets the three areas
        and the repaired geometries: the same output as ``_write_parcels``."""
        added = [(name, "double", 15, decimals(precision))
                 for name, precision in zip(AREA_FIELDS, ("area_m2", "area_mu", "area_ha"))]
        values = {"AREA_M2": tbmj.tolist(),
                  "AREA_MU": round_half_away(m2_to_mu(tbmj), decimals("area_mu")).tolist(),
                  "AREA_HA": round_half_away(m2_to_ha(tbmj), decimals("area_ha")).tolist()}
        row_of = {fid: row for row, fid in enumerate(parcels.fids)}
        as_held = source_wkb(copy.source, parcels.repaired)
        geometries = {row_of[fid]: bytes(repaired(from_wkb(blob)).asWkb()) if blob else None
                      for fid, blob in as_held.items()}
        copy.finish(added, values, geometries, parcels.fids)

    def _wait(self, copy) -> bool:
        """Until the GeoPackage is in place; False when the run was cancelled (nothing is left)."""
        try:
            copy.wait()
        except InterruptedError:
            copy.abandon()
            return False
        except RuntimeError as err:
            raise fail(self.tr("Could not write to the output: {}").format(err)) from None
        return True

    def _flush(self, sink, batch) -> int:
        if not batch:
            return 0
        if not sink.addFeatures(batch, QgsFeatureSink.FastInsert):
            raise fail(self.tr("Could not write to the output: {}").format(sink.lastError()))
        count = len(batch)
        batch.clear()
        return count

    def _summary_keys(self, parcels, group_names, class_name, level, feedback) -> list:
        """Group values and, last, the land-class key at the chosen level, per parcel."""
        groups = [parcels.column(g) for g in group_names]
        if not class_name:
            return list(zip(*groups)) if groups else [()] * len(parcels)
        codes = parcels.column(class_name)
        # A county has a few dozen codes and 10⁵ parcels: look each code up once.
        counts = Counter(codes)
        keys_of = {code: class_key(code, level) for code in counts}
        unknown = Counter()
        for code, count in counts.items():
            if landclass.lookup(code) is None:
                unknown[landclass.normalise_code(code)] += count
        if unknown:
            listed = ", ".join(f"{code or '(空)'} ×{count}" for code, count in sorted(unknown.items()))
            message = self.tr("Land-class codes not in the class table (kept as 未知地类): {}")
            feedback.pushWarning(message.format(listed))
        return list(zip(*groups, map(keys_of.__getitem__, codes)))

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

    def _write_summary(self, parameters, context, source, group_names, class_name, level, rows):
        fields = self.summary_fields(source, group_names, bool(class_name))
        sink, dest = self.parameterAsSink(parameters, self.SUMMARY, context, fields)
        if sink is None:
            raise self.invalidSinkError(parameters, self.SUMMARY)
        features = []
        n = len(group_names)
        for row in rows:
            feature = QgsFeature(fields)
            labels = list(row.key[:n]) + ([row.key[n], class_name_of(row.key[n], level)] if class_name else [])
            feature.setAttributes(labels + [row.units["parcels"]] + [row.value(q) for q in (AREA_M2, AREA_MU, AREA_HA)])
            features.append(feature)
        self._flush(sink, features)
        alias_fields_on_load(context, dest, self.summary_aliases())
        name_on_load(context, dest, self.tr("Area summary_{}").format(
            "_".join(group_names + ([class_name] if class_name else [])) or self.tr("total")))
        return dest

    # -- the formatted workbook ----------------------------------------------------------

    def _header(self, source, field_name: str) -> str:
        """A field's column title: the survey's Chinese name, else the layer's alias, else the name."""
        standard = survey_aliases("DLTB").get(field_name)
        if standard:
            return standard
        index = source.fields().lookupField(field_name)
        alias = source.fields().field(index).alias() if index >= 0 else ""
        return alias or field_name

    def _write_xlsx(self, path, name, source, group_names, class_name, level, keys, tbmj, table, cross):
        level_title = {"code": self.tr("Land class"), "level1": self.tr("Level-1 class"),
                       "group": self.tr("Land-class group"), "broad": self.tr("Broad category")}[level]
        key_columns = [Column(self._header(source, g), 16) for g in group_names]
        derived = {}
        if class_name:
            key_columns.append(Column(self.tr("Class code"), 10))
            derived[len(group_names)] = (Column(level_title, 18), lambda key: class_name_of(key, level))
        sheet_rows = footed_sheet(
            table, self.tr("Area statistics"),
            self.tr("Area statistics of “{}” (official ellipsoidal area)").format(name), key_columns, [
                (PARCELS, quantity_column(PARCELS, self.tr("Parcels"), 8)),
                (AREA_M2, quantity_column(AREA_M2, self.tr("m²"), 16, self.tr("Area"))),
                (AREA_MU, quantity_column(AREA_MU, self.tr("mu"), 14, self.tr("Area"))),
                (AREA_HA, quantity_column(AREA_HA, self.tr("ha"), 14, self.tr("Area")))],
            derived=derived, unit_left=self.tr("Layer: {}").format(name),
            unit_right=self.tr("Units: m², mu, ha"), notes=[
                self.tr("Areas are the land survey's official ellipsoidal areas (图斑椭球面积) on CGCS2000; "
                        "mu and hectares are rounded so that every column adds up exactly to its total."),
                self.tr("Rules: {}").format(rules_label())],
            notes_title=self.tr("Notes:"))
        sheets = [sheet_rows]
        if cross:
            crossed = area_table(keys, tbmj, level, subtotals=(1,))
            for quantity, unit in ((AREA_MU, self.tr("mu")), (AREA_HA, self.tr("ha"))):
                sheets.append(cross_sheet(
                    crossed.cross(), quantity, self.tr("{} × class ({})").format(key_columns[0].title, unit),
                    self.tr("Area of “{}” by {} and land class").format(name, key_columns[0].title),
                    key_columns[0].title, column_label=lambda key: class_name_of(key, level),
                    unit_left=self.tr("Layer: {}").format(name), unit_right=self.tr("Unit: {}").format(unit),
                    paper="A3" if len(crossed.cross().column_labels) > 10 else "A4"))
        try:
            write_workbook(path, sheets)
        except XlsxError as err:
            raise fail(self.tr("The .xlsx could not be written: {}").format(err)) from None

def algorithms(packs) -> list:
    return [AreaStatistics()]
