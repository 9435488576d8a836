"""landbalance:eligibility_<pack id> — 选址适宜性叠加分析, one algorithm per rule pack.

One generic class, built from each pack that has eligibility rule sets (in / out /
supplement), as QGIS's GRASS provider builds algorithms from description files: the
pack's constraint roles become optional layer parameters named after the role id, its
thresholds the defaults. A thin adapter: processing/overlay.py measures, rules/
eligibility.py decides, this module declares parameters and writes the sinks.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass
from contextlib import nullcontext

import numpy as np
from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsProcessing,
    QgsProcessingFeatureSource,
    QgsProcessingLayerPostProcessorInterface,
    QgsProcessingMultiStepFeedback,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QVariant

from ..i18n import pick
from ..resources_paths import STYLES
from ..rules import eligibility as rules
from ..rules.area import round_half_away
from ..rules.survey import decimals, m2_to_mu
from .base import NamedChoice, PackAlgorithm, fail
from .bulk import GpkgCopy, gpkg_path
from .overlay import FULL, dem_slope_stats, overlap_m2, overlay, read_zones, touching_pairs
from .parcels import (
    OfficialArea, check_polygon_source, polygonal_part, read_parcels, report_reading, working_crs,
)
from .layer_output import name_on_load
from .pack_registry import with_refusal_note
from .pipeline import BatchWriter
from .source_encoding import fix_source_encoding

STYLE = STYLES / "eligibility.qml"
BATCH = 5000
OUT_FIELDS = ("ELIGIBLE", "REASONS", "NOTES", "AREA_MU", "NET_AREA_MU", "SLOPE_MEAN", "SLOPE_STEEP_SHARE",
              "SLOPE_SOURCE", "SCORE", "RULES")
_KEEP = []


@dataclass
class Output:
    """Where the parcels go: a bulk GeoPackage copy under way (processing/bulk.py), or
    nothing yet (``_write_features`` makes QGIS's sink)."""

    copy: GpkgCopy | None = None
    dest: str | None = None


class StyleOnLoad(QgsProcessingLayerPostProcessorInterface):
    """Colours 是/否/部分 (resources/styles/eligibility.qml) when QGIS loads the output."""

    def postProcessLayer(self, layer, context, feedback):
        if STYLE.exists():
            layer.loadNamedStyle(str(STYLE))
            layer.triggerRepaint()


CAPABILITY = "eligibility"


def applies(pack) -> bool:
    """One algorithm per pack with eligibility rule sets (in / out / supplement)."""
    return bool(rules.eligibility_rule_sets(pack))


def project_layers_by_name() -> dict:
    """Polygon layers of the open project by lower-cased name → layer id, read only in the
    GUI thread (an algorithm copy made for a background task must not touch the project)."""
    from qgis.core import QgsMapLayerType, QgsProject, QgsWkbTypes
    from qgis.PyQt.QtCore import QCoreApplication, QThread

    app = QCoreApplication.instance()
    if app is None or QThread.currentThread() != app.thread():
        return {}
    out = {}
    for layer in QgsProject.instance().mapLayers().values():
        if layer.type() == QgsMapLayerType.VectorLayer and layer.geometryType() == QgsWkbTypes.PolygonGeometry:
            out.setdefault(layer.name().strip().lower(), layer.id())
    return out


def pack_roles(pack) -> list:
    """The blocking roles of the pack's eligibility rule sets, in the pack's order."""
    ids = {r.id for rs in rules.eligibility_rule_sets(pack) for r in rules.rule_set(pack, rs["id"]).roles}
    return [r for r in pack.roles if r["id"] in ids]


class EligibilityAlgorithm(PackAlgorithm):
    CAPABILITY = CAPABILITY
    RULE_SET = "RULE_SET"
    CLASS_FIELD = "CLASS_FIELD"
    TARGET_FIELD = "TARGET_CLASS_FIELD"
    DEM = "DEM"
    PLAN_YEAR = "PLAN_YEAR"
    SLIVER = "SLIVER_TOLERANCE"
    USABLE = "USABLE"

    def __init__(self, pack=None):
        super().__init__(pack)
        self.rule_sets = [rules.rule_set(pack, rs["id"]) for rs in rules.eligibility_rule_sets(pack)] if pack else []

    def displayName(self):
        return self.tr("Eligibility: {}").format(pick(self.pack.name_zh, self.pack.name_en))

    def group(self):
        return self.tr("Eligibility overlays")

    def groupId(self):
        return "eligibility"

    def shortHelpString(self):
        sets = "; ".join(f"{rs.name_zh} / {rs.name_en}" for rs in self.rule_sets)
        return self.tr(
            "Decides for every candidate parcel whether it may be used under the rule pack {} ({}), why "
            "not, and how much of it. Rule sets: {}. Policy: {}.\n\n"
            "Each constraint layer (one parameter per role of the pack) is overlaid with the parcels; overlaps "
            "larger than the sliver tolerance block, smaller ones are reported in NOTES. The slope comes from "
            "the DEM (Horn's method, in metres whatever the DEM's CRS): the pack says whether the area-weighted "
            "mean or the share steeper than the threshold decides; without a DEM the slope grade GDPDJB "
            "decides and SLOPE_SOURCE says so. Touching forest parcels are dissolved into blocks and each block "
            "is measured.\n\n"
            "Output: one row per input parcel with ELIGIBLE (是/否/部分), REASONS (rule code, text, measured "
            "value), AREA_MU and NET_AREA_MU (official ellipsoidal areas of the parcel and of its part outside "
            "every blocking zone), the overlap in mu per role, SLOPE_MEAN, SLOPE_STEEP_SHARE and SCORE where "
            "the pack ranks sites. Optionally the usable part of each parcel as a second layer."
        ).format(self.pack.label, pick(self.pack.name_zh, self.pack.name_en), sets, self.pack.document_zh)

    def initAlgorithm(self, config=None):
        self.add_parcels(self.INPUT, self.tr("Candidate parcels (DLTB)"),
                         self.tr("Parcel polygons in any CRS; all their fields are kept in the output."))
        # Shown by name (耕地转进); scripts and models give the id ("in", "out", "supplement")
        # and keep working if a county reorders its pack.
        self.add(NamedChoice(self.RULE_SET, self.tr("Rule set"),
                             [(rs.id, pick(rs.name_zh, rs.name_en)) for rs in self.rule_sets],
                             self.rule_sets[0].id if self.rule_sets else None),
                 self.tr("Which of the pack's rule sets decides; scripts and models may give its id: {}").format(
                     "; ".join(f"{rs.id} = {rs.name_zh}" for rs in self.rule_sets)))
        self.add_field(self.CLASS_FIELD, self.tr("Land-class field (DLBM)"), self.tr(
            "Field holding the GB/T 21010 land-class code (DLBM in the survey's DLTB)."), "DLBM", advanced=True)
        self.add_field(self.TARGET_FIELD, self.tr("Target land-class field (cultivated land out)"), self.tr(
            "For cultivated land going out: the class it becomes (rural roads and farm infrastructure are exempt "
            "from some zones)."))
        named = project_layers_by_name()
        for role in pack_roles(self.pack):
            # A project layer named for the role (生态保护红线, eco_redline) is preselected in the
            # dialog; the user can change it. Headless runs have no project: nothing is.
            found = named.get(role["id"].lower()) or named.get(role["name_zh"].lower()) or \
                named.get(role["name_en"].lower())
            self.add_parcels(role["id"].upper(), pick(role["name_zh"], role["name_en"]),
                             self.tr("Polygon zones of {} ({} / {}), in any CRS; id {} in scripts.").format(
                                 role["name_zh"], role["name_zh"], role["name_en"], role["id"].upper()),
                             optional=True, default=found)
        self.add_raster(self.DEM, self.tr("DEM for slope"),
                        self.tr("Elevation in metres; without it the slope grade GDPDJB decides."), optional=True)
        self.add_year(self.PLAN_YEAR, self.tr("Plan year"), self.tr(
            "The year the plan is for: time-limited rules (e.g. new cultivated land protected for 5 years after "
            "completion) are judged in this year."), QDate.currentDate().year())
        self.add_number(self.SLIVER, self.tr("Sliver tolerance (m²)"),
                        self.tr("Overlaps up to this official area are reported, not blocking."),
                        self.rule_sets[0].sliver_tolerance_m2 if self.rule_sets else 0.0, minimum=0.0, double=True,
                        advanced=True)
        self.add_sink(self.OUTPUT, self.tr("Eligibility of parcels"), self.tr(
            "Every input parcel with its fields and ELIGIBLE, REASONS, NOTES, AREA_MU, NET_AREA_MU, the overlap per "
            "role, slope and SCORE."), QgsProcessing.TypeVectorPolygon)
        self.add_sink(self.USABLE, self.tr("Usable part of parcels"), self.tr(
            "Optional: the part of each eligible or partly eligible parcel outside every blocking zone."),
            QgsProcessing.TypeVectorPolygon, optional=True)
        self.add_outputs(("PARCELS", self.tr("Parcels")), ("ELIGIBLE_PARCELS", self.tr("Eligible parcels")),
                         ("PARTLY_PARCELS", self.tr("Partly eligible parcels")),
                         ("NET_AREA_MU", self.tr("Usable area (mu)")), ("REPAIRED", self.tr("Repaired geometries")))
        self.add_rules_output()

    # -- run ------------------------------------------------------------------------------

    def processAlgorithm(self, parameters, context, feedback):
        return self._run(parameters, context, feedback)

    def _rule_set(self, rule_set_id: str):
        for rule_set in self.rule_sets:
            if rule_set.id == rule_set_id:
                return rule_set
        known = ", ".join(rs.id for rs in self.rule_sets)
        raise fail(self.tr("Rule pack {} has no rule set “{}” ({}).").format(self.pack.label, rule_set_id, known))

    def _run(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(5, feedback)
        rule_set = self._rule_set(self.parameterDefinition(self.RULE_SET).chosen(parameters))
        fix_source_encoding(self, parameters, self.INPUT, context, feedback)
        source = self.parameterAsSource(parameters, self.INPUT, context)
        name = self.input_name(parameters, self.INPUT, context)
        check_polygon_source(source, name)
        class_field = self.parameterAsString(parameters, self.CLASS_FIELD, context) or "DLBM"
        target_field = self.parameterAsString(parameters, self.TARGET_FIELD, context)
        plan_year = self.parameterAsInt(parameters, self.PLAN_YEAR, context)
        sliver = self.parameterAsDouble(parameters, self.SLIVER, context)
        fields = source.fields()
        self._field(fields, class_field, name, required=True)
        self._field(fields, target_field, name, required=bool(target_field))
        flag_field = rule_set.restoration_field
        roles = {"class": class_field, "target": target_field, "grade": "GDPDJB", "flag": flag_field, "bsm": "BSM"}
        roles = {role: f for role, f in roles.items() if f and fields.lookupField(f) >= 0}

        crs = working_crs(source)
        feedback.pushInfo(self.tr("Working CRS: {}").format(crs.authid()))
        output = self._output(parameters, context, source, rule_set, feedback)
        with output.copy or nullcontext():
            return self._decide(parameters, context, feedback, steps, source, name, rule_set, roles, crs,
                                plan_year, sliver, output)

    def _decide(self, parameters, context, feedback, steps, source, name, rule_set, roles, crs, plan_year, sliver,
                output):
        parcels = read_parcels(source, context, steps, name, list(dict.fromkeys(roles.values())), crs)
        column = {role: parcels.column(f) for role, f in roles.items()}
        parcels.attributes = None  # the columns above hold them now
        self._bsm = column.get("bsm")
        n = len(parcels.fids)
        if n == 0:
            raise fail(self.tr("Layer “{}” has no features: nothing to decide.").format(name))
        area = OfficialArea(crs, context)
        parcels.official_m2(context, name)
        report_reading(parcels, name, feedback)
        codes = rules.normalised_codes(column["class"])

        steps.setCurrentStep(1)
        pieces, overlaps = self._overlay_roles(rule_set, parameters, context, parcels, area, plan_year, steps)
        _release(parcels)
        facts = rules.ParcelFacts(
            codes=codes, area_m2=parcels.area_m2, overlap_m2=overlaps,
            targets=column.get("target"), grades=column.get("grade"),
            restoration=np.array([str(v or "").strip() in rule_set.restoration_values
                                  for v in column["flag"]]) if "flag" in column else None,
        )
        if rule_set.restoration_field and "flag" not in roles:
            feedback.pushWarning(self.tr("Layer “{}” has no field “{}”: the restoration preference is not "
                                         "scored.").format(name, rule_set.restoration_field))
        steps.setCurrentStep(2)
        self._slope(rule_set, parameters, context, parcels, area, facts, feedback)
        steps.setCurrentStep(3)
        self._neighbours(rule_set, parcels, facts, steps)
        _release(parcels)
        blocked = rules.blocking(rule_set, facts, sliver)
        usable = self._usable(parcels, pieces, blocked, area, facts)
        del pieces  # the overlay's pieces: done with
        _release(parcels)
        verdicts = rules.decide(rule_set, facts, sliver)

        steps.setCurrentStep(4)
        result = self._write(parameters, context, source, rule_set, parcels, facts, verdicts, usable, steps, output)
        if not result:
            return {}
        counts = {v: verdicts.eligible.count(v) for v in (rules.YES, rules.PARTLY, rules.NO)}
        net_mu = float(round_half_away(m2_to_mu(verdicts.net_m2.sum()), decimals("area_mu")))
        feedback.pushInfo(self.tr("{} parcels: {} eligible, {} partly, {} not; usable {:.2f} mu.").format(
            n, counts[rules.YES], counts[rules.PARTLY], counts[rules.NO], net_mu))
        result.update(PARCELS=n, ELIGIBLE_PARCELS=counts[rules.YES], PARTLY_PARCELS=counts[rules.PARTLY],
                      NET_AREA_MU=net_mu, REPAIRED=len(parcels.repaired),
                      RULES=with_refusal_note(f"{rule_set.pack_label}:{rule_set.id}", self.pack))
        return result

    # -- measuring ------------------------------------------------------------------------

    def _field(self, fields, field_name, layer, required) -> int:
        if not field_name:
            return -1
        index = fields.lookupField(field_name)
        if index < 0 and required:
            raise fail(self.tr("Layer “{}” has no field “{}”, which this rule pack needs.").format(layer, field_name))
        return index

    def _overlay_roles(self, rule_set, parameters, context, parcels, area, plan_year, feedback):
        pieces, overlaps = {}, {}
        for k, role in enumerate(rule_set.roles):
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * k / max(len(rule_set.roles), 1))
            key = role.field_name
            if parameters.get(key) in (None, ""):
                feedback.pushWarning(self.tr("No layer for {} ({}): that rule is not checked.").format(
                    role.name_zh, key))
                continue
            source = self.parameterAsSource(parameters, key, context)
            layer_name = self.input_name(parameters, key, context)
            if source is None:
                raise fail(self.tr("Constraint layer “{}” ({}) could not be opened.").format(layer_name, key))
            zones = read_zones(source, layer_name, parcels.crs, context,
                               lambda attrs, r=role: r.applies(attrs, plan_year), role.needed_fields)
            if zones.read == 0:
                feedback.pushWarning(self.tr("Constraint layer “{}” ({}) is empty: no parcel is in it.").format(
                    layer_name, role.name_zh))
            if zones.repaired:
                feedback.pushWarning(self.tr("Constraint layer “{}”: repaired {} invalid geometries.").format(
                    layer_name, zones.repaired))
            if zones.filtered_out:
                feedback.pushInfo(self.tr("Constraint layer “{}”: {} of {} zones do not apply under the pack's "
                                          "rules and were left out.").format(layer_name, zones.filtered_out,
                                                                              zones.read))
            pieces[role.id] = overlay(parcels, zones, feedback)
            overlaps[role.id] = overlap_m2(parcels, pieces[role.id], area)
        return pieces, overlaps

    def _slope(self, rule_set, parameters, context, parcels, area, facts, feedback):
        if rule_set.max_slope_deg is None:
            return
        dem = self.parameterAsRasterLayer(parameters, self.DEM, context)
        if dem is None:
            facts.slope_source = rules.SOURCE_GRADE if facts.grades is not None else rules.SOURCE_NONE
            feedback.pushInfo(self.tr("No DEM: the slope grade GDPDJB decides the slope rule."))
            return
        path = dem.source()
        facts.slope_mean, facts.steep_share = dem_slope_stats(path, dem.name(), parcels, rule_set.max_slope_deg,
                                                              area, context, feedback)
        facts.slope_source = rules.SOURCE_DEM

    def _neighbours(self, rule_set, parcels, facts, feedback):
        codes = np.array(facts.codes, dtype=object)
        n = len(codes)
        if rule_set.contiguous_forest_mu is not None:
            forest = np.array([c in rule_set.forest_codes for c in codes], dtype=bool)
            rows = np.flatnonzero(forest)
            first, second = touching_pairs(parcels, rows, forest, feedback, once=True)  # blocks: undirected
            labels = rules.blocks(n, first, second)
            block_mu = m2_to_mu(rules.block_areas(labels, parcels.area_m2))
            facts.forest_block_mu = np.where(forest, block_mu, np.nan)
        if any(p.id == "adjacent_cropland" for p in rule_set.preferences):
            crop = np.array([c in rule_set.cropland_codes for c in codes], dtype=bool)
            if rule_set.candidate_codes is not None:
                rows = np.flatnonzero([c in rule_set.candidate_codes for c in codes])
            else:
                rows = np.arange(n)
            first, _ = touching_pairs(parcels, rows, crop, feedback, first_only=True)
            adjacent = np.zeros(n, dtype=bool)
            adjacent[first] = True
            facts.adjacent_cropland = adjacent

    def _usable(self, parcels, pieces, blocked, area, facts) -> list:
        """Each parcel's part outside its blocking zones (None: the whole parcel); sets net_m2."""
        n = len(parcels.fids)
        usable = [None] * n
        net = parcels.area_m2.copy()
        rows = sorted({r for role_id, hit in blocked.items() for r in np.flatnonzero(hit)})
        partial_rows, partial_geoms = [], []
        for r in rows:
            zones = [pieces[role_id][r] for role_id, hit in blocked.items() if hit[r] and r in pieces.get(role_id, {})]
            if any(z is FULL for z in zones):
                usable[r], net[r] = QgsGeometry(), 0.0
                continue
            cut = zones[0] if len(zones) == 1 else QgsGeometry.unaryUnion(zones)
            rest = parcels.geometries[r].difference(cut)
            rest = polygonal_part(rest)
            usable[r] = rest
            partial_rows.append(r)
            partial_geoms.append(rest)
        if partial_rows:
            net[partial_rows] = area.of(partial_geoms)
        facts.net_m2 = net
        return usable

    # -- writing --------------------------------------------------------------------------

    def _out_fields(self, source, rule_set) -> tuple:
        fields = QgsFields(source.fields())
        indexes = {}
        for name, kind, length, precision in self._spec(rule_set):
            index = fields.lookupField(name)
            if index < 0:
                type_name = "double" if kind == QVariant.Double else "string"
                fields.append(QgsField(name, kind, type_name, length, precision))
                index = fields.count() - 1
            indexes[name] = index
        return fields, indexes

    @staticmethod
    def _spec(rule_set) -> list:
        """(name, type, length, precision) of the fields this algorithm adds."""
        spec = [("ELIGIBLE", QVariant.String, 8, 0), ("REASONS", QVariant.String, 0, 0),
                ("NOTES", QVariant.String, 0, 0), ("AREA_MU", QVariant.Double, 15, 2),
                ("NET_AREA_MU", QVariant.Double, 15, 2)]
        spec += [(role.field_name, QVariant.Double, 15, 6) for role in rule_set.roles]
        spec += [("SLOPE_MEAN", QVariant.Double, 6, 1), ("SLOPE_STEEP_SHARE", QVariant.Double, 6, 4),
                 ("SLOPE_SOURCE", QVariant.String, 10, 0)]
        if rule_set.ranks:
            spec.append(("SCORE", QVariant.Double, 6, 2))
        spec.append(("RULES", QVariant.String, 80, 0))
        return spec

    def _columns(self, rule_set, parcels, facts, verdicts, idx) -> list:
        """(field index, values per parcel) of every field this algorithm adds: lists, and
        numpy arrays for the numbers (NaN: no value) — 400 000 parcels × a dozen numbers as
        Python floats would take 150 MB."""
        digits = decimals("area_mu")

        def mu(m2):
            return round_half_away(m2_to_mu(round_half_away(m2, 2)), digits)

        def number(values, ndigits):
            if values is None:
                return [None] * len(parcels.fids)
            rounded = round_half_away(np.nan_to_num(values, nan=0.0), ndigits)
            return np.where(np.isfinite(values), rounded, np.nan)

        n = len(parcels.fids)
        columns = [(idx["ELIGIBLE"], verdicts.eligible), (idx["REASONS"], verdicts.reasons),
                   (idx["NOTES"], verdicts.notes), (idx["AREA_MU"], mu(parcels.area_m2)),
                   (idx["NET_AREA_MU"], mu(verdicts.net_m2))]
        for role in rule_set.roles:  # the official overlap in mu, exact (rules/eligibility.overlap_mu)
            values = facts.overlap_m2.get(role.id)
            columns.append((idx[role.field_name], rules.overlap_mu(values) if values is not None else [None] * n))
        columns += [(idx["SLOPE_MEAN"], number(facts.slope_mean, 1)),
                    (idx["SLOPE_STEEP_SHARE"], number(facts.steep_share, 4)),
                    (idx["SLOPE_SOURCE"], verdicts.slope_source)]
        if rule_set.ranks:
            columns.append((idx["SCORE"], verdicts.score))
        columns.append((idx["RULES"], [f"{rule_set.pack_label}:{rule_set.id}"] * n))
        return columns

    def _output(self, parameters, context, source, rule_set, feedback) -> Output:
        """A whole GeoPackage or shapefile layer going to a new GeoPackage is copied by GDAL,
        starting now (processing/bulk.py); anything else is written by ``_write``."""
        if source.ogr_layer is None or not gpkg_path(self.parameterAsOutputLayer(parameters, self.OUTPUT, context)):
            return Output()
        fields, _ = self._out_fields(source, rule_set)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.multiType(source.wkbType()), source.sourceCrs())
        if sink is None or not gpkg_path(dest):
            raise self.invalidSinkError(parameters, self.OUTPUT)
        del sink  # QGIS made the file (and will load it); GDAL writes it anew
        return Output(GpkgCopy(dest, source.ogr_layer, feedback.isCanceled), dest)

    def _write(self, parameters, context, source, rule_set, parcels, facts, verdicts, usable, feedback, output):
        """The parcels with our fields: the bulk copy completed, or a second pass (below)."""
        if output.copy is not None and not parcels.columnar:  # read through QGIS after all: write so too
            output.copy.abandon()
        elif output.copy is not None:
            return self._finish_copy(parameters, context, source, rule_set, parcels, facts, verdicts, usable,
                                     feedback, output)
        return self._write_features(parameters, context, source, rule_set, parcels, facts, verdicts, usable, feedback)

    def _finish_copy(self, parameters, context, source, rule_set, parcels, facts, verdicts, usable, feedback,
                     output):
        """The GeoPackage copy of the whole layer gets our fields (one UPDATE) and the repaired
        geometries: the same rows as ``_write_features`` writes."""
        _, idx = self._out_fields(source, rule_set)
        columns = self._columns(rule_set, parcels, facts, verdicts, idx)
        name_of = {index: name for name, index in idx.items()}
        kinds = {name: ("double" if kind == QVariant.Double else "string", length, precision)
                 for name, kind, length, precision in self._spec(rule_set)}
        added = [(name_of[index],) + kinds[name_of[index]] for index, _ in columns]
        transform = self._back_transform(parcels, source, context)
        geometries, row_of = {}, {fid: row for row, fid in enumerate(parcels.fids)}
        for row in (row_of[fid] for fid in parcels.repaired):
            geometry = QgsGeometry(parcels.geometries[row])
            if transform is not None and not geometry.isEmpty():
                geometry.transform(transform)
            geometries[row] = bytes(geometry.asWkb()) if not geometry.isEmpty() else None
        output.copy.finish(added, {name_of[i]: values for i, values in columns}, geometries, parcels.fids)
        try:
            output.copy.wait()
        except InterruptedError:
            output.copy.abandon()
            return {}
        except RuntimeError as err:
            raise fail(self.tr("Could not write to the output: {}").format(err)) from None
        usable_sink, usable_dest = self._usable_sink(parameters, context, source, parcels)
        if usable_sink is not None:
            net_mu = columns[4][1]
            extra = [self._usable_feature(row, parcels, usable, verdicts, net_mu)
                     for row in range(len(parcels.fids)) if verdicts.eligible[row] != rules.NO]
            if feedback.isCanceled():
                return {}
            if not usable_sink.addFeatures(extra, QgsFeatureSink.FastInsert):
                raise fail(self.tr("Could not write to the output: {}").format(usable_sink.lastError()))
        return self._results(context, rule_set, output.dest, usable_dest)

    def _results(self, context, rule_set, dest, usable_dest) -> dict:
        """The outputs, styled and named when QGIS loads them."""
        if context.willLoadLayerOnCompletion(dest):
            processor = StyleOnLoad()
            _KEEP.append(processor)
            context.layerToLoadOnCompletionDetails(dest).setPostProcessor(processor)
        set_name = pick(rule_set.name_zh, rule_set.name_en)
        name_on_load(context, dest, self.tr("Eligibility_{}").format(set_name))
        result = {self.OUTPUT: dest}
        if usable_dest:
            result[self.USABLE] = usable_dest
            name_on_load(context, usable_dest, self.tr("Usable part_{}").format(set_name))
        return result

    def _write_features(self, parameters, context, source, rule_set, parcels, facts, verdicts, usable, feedback):
        """Second pass over the source: each feature keeps its fields and gets ours (setting
        a few fields beats converting every attribute of 200 000 parcels to Python)."""
        fields, idx = self._out_fields(source, rule_set)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields,
                                          QgsWkbTypes.multiType(source.wkbType()), source.sourceCrs())
        if sink is None:
            raise self.invalidSinkError(parameters, self.OUTPUT)
        columns = self._columns(rule_set, parcels, facts, verdicts, idx)
        net_mu = columns[4][1]
        transform = self._back_transform(parcels, source, context)
        repaired = set(parcels.repaired)
        usable_sink, usable_dest = self._usable_sink(parameters, context, source, parcels)
        n = len(parcels.fids)
        single = not QgsWkbTypes.isMultiType(source.wkbType())  # the output is multi-part
        flags = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
        # One tuple of our values per parcel, built column-wise: the loop below then does
        # no per-field indexing in Python.
        indexes = [index for index, _ in columns]
        values_of = list(zip(*(_python(values) for _, values in columns)))
        count, fids, row = fields.count(), parcels.fids, 0
        as_read, geometries = parcels.as_read.get, parcels.geometries
        # In the working CRS the parcels read in the first pass are the source's own geometries
        # (shared, not copied): this pass then reads only the attributes.
        reuse = transform is None
        request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry) if reuse else QgsFeatureRequest()
        # Inserting the features into the output (C++, the GIL released) runs in a second
        # thread while this one reads the next batch and sets its attributes.
        error = self.tr("Could not write to the output: {}")
        batch, extra = [], []
        with BatchWriter(_add_features, lambda message: fail(error.format(message))) as writer:
            for feature in source.getFeatures(request, flags):
                if row % BATCH == 0:
                    if feedback.isCanceled():
                        return {}
                    feedback.setProgress(100.0 * row / n)
                fid = feature.id()
                if row >= n or fid != fids[row]:
                    raise fail(self.tr("The input layer changed while it was being read (feature {}).").format(fid))
                feature.resizeAttributes(count)
                deque(map(feature.setAttribute, indexes, values_of[row]), 0)  # the loop runs in C
                if fid in repaired:
                    geometry = QgsGeometry(parcels.geometries[row])
                    if transform is not None and not geometry.isEmpty():
                        geometry.transform(transform)
                    feature.setGeometry(geometry)
                elif reuse and not single:
                    feature.setGeometry(as_read(row, geometries[row]))
                elif reuse:
                    self._set_read_geometry(feature, parcels, row)
                elif single and feature.hasGeometry():
                    geometry = feature.geometry()
                    geometry.convertToMultiType()
                    feature.setGeometry(geometry)
                batch.append(feature)
                if usable_sink is not None and verdicts.eligible[row] != rules.NO:
                    extra.append(self._usable_feature(row, parcels, usable, verdicts, net_mu))
                row += 1
                if len(batch) >= BATCH:
                    batch, extra = self._hand_over(writer, sink, batch, usable_sink, extra)
            self._hand_over(writer, sink, batch, usable_sink, extra)
        if row != n:
            raise fail(self.tr("{} parcels were read but {} written: the input changed during the run.").format(
                n, row))
        return self._results(context, rule_set, dest, usable_dest)

    @staticmethod
    def _set_read_geometry(feature, parcels, row):
        """The geometry the first pass read (as the source holds it), made multi-part."""
        geometry = parcels.as_read.get(row, parcels.geometries[row])
        if not geometry.isNull():
            geometry = QgsGeometry(geometry)
            geometry.convertToMultiType()
        feature.setGeometry(geometry)

    def _back_transform(self, parcels, source, context):
        if source.sourceCrs() == parcels.crs:
            return None
        return QgsCoordinateTransform(parcels.crs, source.sourceCrs(), context.transformContext())

    @staticmethod
    def _hand_over(writer, sink, batch, usable_sink, extra) -> tuple:
        """Queues the batches for writing; new lists for the caller to fill."""
        if batch:
            writer.put(sink, batch)
        if extra:
            writer.put(usable_sink, extra)
        return [], []

    def _usable_sink(self, parameters, context, source, parcels):
        if not parameters.get(self.USABLE):
            return None, None
        fields = QgsFields()
        for name in ("BSM",):
            index = source.fields().lookupField(name)
            if index >= 0:
                fields.append(QgsField(source.fields().field(index)))
        fields.append(QgsField("ELIGIBLE", QVariant.String, "string", 8))
        fields.append(QgsField("NET_AREA_MU", QVariant.Double, "double", 15, 2))
        self._usable_fields = fields
        sink, dest = self.parameterAsSink(parameters, self.USABLE, context, fields, QgsWkbTypes.MultiPolygon,
                                          parcels.crs)
        return sink, dest

    def _usable_feature(self, row, parcels, usable, verdicts, net_mu):
        feature = QgsFeature(self._usable_fields)
        values = [self._bsm[row]] if self._bsm is not None else []
        feature.setAttributes(values + [verdicts.eligible[row], float(net_mu[row])])
        geometry = usable[row] if usable[row] is not None else parcels.geometries[row]
        geometry = QgsGeometry(geometry)
        geometry.convertToMultiType()
        feature.setGeometry(geometry)
        return feature


def _release(parcels) -> None:
    """Forget the parcels' geometries made for one step (a county's worth of QgsGeometry
    objects is hundreds of MB; the next step makes those it needs again)."""
    if hasattr(parcels.geometries, "release"):
        parcels.geometries.release()


def _python(values) -> list:
    """A column as Python values for QGIS: numbers of an array as floats, NaN as NULL."""
    if isinstance(values, np.ndarray):
        return [None if v != v else v for v in values.tolist()]
    return values


def _add_features(sink, batch):
    """None, or the sink's error (runs in the writer thread)."""
    return None if sink.addFeatures(batch, QgsFeatureSink.FastInsert) else sink.lastError()


Algorithm = EligibilityAlgorithm
