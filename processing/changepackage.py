"""landbalance:changepackage — 生成变更调查更新包: DLTBGX and DLTBGXGC balanced to the cent.

A thin adapter: the base and the change polygons are read and cut into pieces here (GEOS,
processing/change_overlay.py); the pieces are measured by the survey formula; everything after
that — slivers, area balance, BSM/TBBH, BGXW/XZQTZLX, 田坎, the 一览表 — is decided in
rules/change_package.py and rules/change_list.py; exports/ writes the GeoPackage and the .xlsx.
"""

from __future__ import annotations

import datetime as _dt

import numpy as np
from qgis.core import (
    QgsProcessingMultiStepFeedback,
    QgsProcessingParameterDefinition,
)
from qgis.PyQt.QtCore import QVariant

from ..exports.change_list import change_list_sheet
from ..exports.change_package import LayerData, PackageError, package_fields, write_package
from ..exports.xlsx import XlsxError, write_workbook
from ..i18n import tr
from ..rules import landclass
from ..rules.change_balance import sliver_limit_cents
from ..rules.change_codes import COMPUTED, is_cropland, location_key
from ..rules.change_list import GROUP_IDS, change_list, net_change_by_group
from ..rules.change_numbering import BsmCounter, TbbhCounter
from ..rules.change_package import CHANGE, REMAINDER, AfterSpec, BalanceError, ChangeInputError, Settings, assemble
from ..rules.ridge import coefficient_table
from ..rules.survey import slope_grade
from ..rules.survey_schema import layer_fields
from ..rules.tables import cents_of, units_of_total
from .base import LandSurveyGroup, ProgrammeAlgorithm, check_destination, fail
from .change_overlay import Base, check_overlaps, cut, read_base, shares_boundary, union, without_sliver_parts
from .overlay import dem_slope_stats
from .parcels import OfficialArea, Parcels, check_polygon_source, read_parcels, report_reading
from .source_encoding import fix_source_encoding

CAPABILITY = "changepackage"
REQUIRED_BASE = ("BSM", "TBBH", "DLBM", "ZLDWDM", "TBMJ")
FIELD_TYPES = {QVariant.String: "text", QVariant.Double: "real", QVariant.Int: "integer",
               QVariant.LongLong: "integer", QVariant.Date: "date", QVariant.DateTime: "date"}


def uses_survey_pack(pack) -> bool:
    return pack.section("ridge") is not None and pack.section("change_package") is not None


def add_survey_pack_parameter(algorithm) -> None:
    """PROGRAMME: the county survey pack (田坎系数, tolerances); advanced — counties rarely have two."""
    parameter = algorithm.add_programme_parameter(tr("County survey parameters (rule pack id)"), "county_survey")
    parameter.setFlags(parameter.flags() | QgsProcessingParameterDefinition.FlagAdvanced)


def layer_name(algorithm, parameters, key, context) -> str:
    layer = algorithm.parameterAsVectorLayer(parameters, key, context)
    return layer.name() if layer is not None else str(parameters.get(key))


def field_definitions(source) -> dict:
    """name → (type, length, precision) of a layer's fields, in the survey schema's terms."""
    return {f.name(): (FIELD_TYPES.get(f.type(), "other"), f.length(), f.precision()) for f in source.fields()}


def dltb_names() -> tuple:
    return tuple(f.name for f in layer_fields("DLTB"))


class ChangePackage(LandSurveyGroup, ProgrammeAlgorithm):
    BASE = "BASE"
    CHANGES = "CHANGES"
    CLASS_FIELD = "CLASS_FIELD"
    UPDATE_DATE = "UPDATE_DATE"
    DEM = "DEM"
    LIST = "LIST"

    def uses(self, pack) -> bool:
        return uses_survey_pack(pack)

    def name(self):
        return CAPABILITY

    def displayName(self):
        return self.tr("Change package (DLTBGX / DLTBGXGC)")

    def shortHelpString(self):
        return self.tr(
            "Writes the annual land-change survey's update package for parcels (年度国土变更调查更新包) as the "
            "technical regulations of the survey (《第三次全国国土调查技术规程》TD/T 1055—2019 and the annual "
            "change survey's rules) describe it: one GeoPackage with DLTBGX (地类图斑更新层, the parcels as they "
            "are after the change, the base's own field definitions with the standard's fixed lengths) and "
            "DLTBGXGC (地类图斑更新过程层, one row per piece = before-parcel ∩ after-parcel, with BGXW, TBBGMJ, "
            "XZQTZLX, GXSJ and the 25 BGQ/BGH attribute pairs), and the 土地变更一览表 (.xlsx).\n\n"
            "Rules: an after-parcel never crosses a village (ZLDWDM) or ownership boundary; location and "
            "ownership come from the base parcel under it unless the change layer gives them; a base parcel "
            "partly changed leaves a remainder that is a new parcel with the old attributes. A parcel whose "
            "geometry stays keeps its BSM and TBBH (BGXW 1) — and is left out when only BSM, TBBH, location or "
            "ownership differ; other new parcels continue the county's highest BSM serial and the village's "
            "highest TBBH. Each piece is measured by the survey's ellipsoidal formula; pieces ≤ 0.1 m² are "
            "merged into a touching piece of the same after-parcel or dropped; each before-parcel's pieces add "
            "up to its TBMJ exactly (cents, largest first); KCMJ = round(TBBGMJ × KCXS, 2) on both sides; a "
            "DLTBGX parcel's TBMJ is the sum of its pieces and its KCMJ = round(TBMJ × KCXS, 2). Land that "
            "becomes cultivated takes KCXS from the change layer or the county's 田坎系数 table (rule pack), "
            "with GDPDJB from the change layer or the DEM. Change polygons that overlap are refused; parts "
            "outside the base are clipped and reported.")

    def initAlgorithm(self, config=None):
        add_survey_pack_parameter(self)
        self.add_parcels(self.BASE, self.tr("Base parcels at the start of the year (DLTB)"), self.tr(
            "The county's DLTB as the year began, with BSM, TBBH, DLBM, ZLDWDM, TBMJ and the other survey fields; the "
            "package is written in its CRS."))
        self.add_parcels(self.CHANGES, self.tr("Changed parcels as they are after the change"), self.tr(
            "Any polygon layer (drawn change polygons, the two-year overlay's pieces, parcels a workflow accepted) "
            "with the new attributes in DLTB-named fields; fields it lacks or leaves empty come from the base parcel "
            "under it."))
        self.add_field(self.CLASS_FIELD, self.tr("Field with the new land class"), self.tr(
            "The change layer's field holding the land class after the change (DLBM, or e.g. BGH_DLBM of the "
            "two-year overlay); empty: DLBM."), "DLBM", self.CHANGES)
        self.add_date(self.UPDATE_DATE, self.tr("Update date (GXSJ)"),
                      self.tr("更新时间 written to every DLTBGXGC row; its year is the new parcels' SJNF."))
        self.add_raster(self.DEM, self.tr("DEM for the slope grade of new cultivated land"), self.tr(
            "Elevation in metres. Land that becomes cultivated without GDPDJB in the change layer gets the slope "
            "grade of its mean slope (1 ≤ 2°, 2 ≤ 6°, 3 ≤ 15°, 4 ≤ 25°, 5 > 25°)."), optional=True)
        self.add_file_output(self.OUTPUT, self.tr("Update package"), self.tr("GeoPackage (*.gpkg)"),
                             self.tr("A new GeoPackage with the layers DLTBGX and DLTBGXGC."))
        self.add_xlsx(self.LIST, self.tr("Land change list (土地变更一览表, .xlsx)"), self.tr(
            "One row per change of land with before and after codes and the area in m² and ha; a 合计 row that foots; "
            "A3."), create=True)
        self.add_outputs(("PIECES", self.tr("Pieces (DLTBGXGC rows)")),
                         ("PARCELS", self.tr("Update parcels (DLTBGX rows)")),
                         ("PARCELS_CHANGED", self.tr("Base parcels changed")),
                         *((f"CHANGE_MU_{ident}", self.tr("Net change of {} (mu)").format(group))
                           for group, ident in GROUP_IDS.items()))
        self.add_rules_output()

    # — reading —

    def _sources(self, parameters, context, feedback):
        out = []
        for key in (self.BASE, self.CHANGES):
            fix_source_encoding(self, parameters, key, context, feedback)
            source = self.parameterAsSource(parameters, key, context)
            name = layer_name(self, parameters, key, context)
            check_polygon_source(source, name)
            out.append((source, name))
        return out

    def _read_changes(self, source, name, base: Base, class_field, context, feedback) -> tuple:
        given = [n for n in dltb_names() if n not in COMPUTED and source.fields().lookupField(n) >= 0]
        fields = list(dict.fromkeys(given + [class_field]))
        changes = read_parcels(source, context, feedback, name, fields, crs=base.parcels.crs)
        report_reading(changes, name, feedback)
        if not changes.fids:
            raise fail(self.tr("Change layer “{}” has no features: there is nothing to change.").format(name))
        records = []
        for row, fid in enumerate(changes.fids):
            record = {n: changes.column(n)[row] for n in given}
            code = landclass.normalise_code(changes.column(class_field)[row])
            if not code:
                raise fail(self.tr("Change layer “{}”, feature {}: field {} (the new land class) is empty.").format(
                    name, fid, class_field))
            record["DLBM"] = code
            records.append(record)
        return changes, records

    # — the run —

    def processAlgorithm(self, parameters, context, feedback):
        pack = self.programme(parameters, context)
        output = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        listing = self.parameterAsFileOutput(parameters, self.LIST, context)
        check_destination(output)
        check_destination(listing)
        update = self.parameterAsDateTime(parameters, self.UPDATE_DATE, context).date().toPyDate()
        class_field = self.parameterAsString(parameters, self.CLASS_FIELD, context) or "DLBM"
        steps = QgsProcessingMultiStepFeedback(4, feedback)
        (base_source, base_name), (change_source, change_name) = self._sources(parameters, context, feedback)
        for missing in (n for n in REQUIRED_BASE if base_source.fields().lookupField(n) < 0):
            raise fail(self.tr("Base layer “{}” has no field “{}”, which a change package needs.").format(
                base_name, missing))
        base = read_base(base_source, base_name, dltb_names(), context, steps)
        absent = [n for n in dltb_names() if n not in base.field_names]
        if absent:
            feedback.pushWarning(self.tr("Base layer “{}” lacks the survey fields {}: they stay empty.").format(
                base_name, "、".join(absent)))
        steps.setCurrentStep(1)
        changes, change_records = self._read_changes(change_source, change_name, base, class_field, context, steps)
        area = OfficialArea(base.parcels.crs, context)
        check_overlaps(changes, change_name, area, feedback)
        steps.setCurrentStep(2)
        pieces = cut(changes, base, area, steps)
        self._report_outside(pieces, changes, change_name, feedback)
        before = base.attributes(pieces.touched, base.field_names)
        afters, piece_before, piece_after, geometries = self._afters(pieces, change_records, before, changes)
        geometries = without_sliver_parts(geometries, area, sliver_limit_cents() / 100)
        cents = cents_of(area.of(geometries)) if geometries else np.zeros(0, dtype=np.int64)
        neighbours = self._neighbours(piece_after, cents, geometries)
        self._dem_grades(parameters, context, afters, piece_after, geometries, base, area)
        settings = self._settings(pack, base, update)
        try:
            package = assemble(before, afters, piece_before, piece_after, cents, neighbours, settings)
        except ChangeInputError as err:
            raise fail(self._input_message(err, change_name, class_field)) from None
        except BalanceError as err:
            raise fail(self.tr("Base layer “{}”, parcel {}: its TBMJ {:.2f} m² cannot be shared among its pieces "
                               "(they measure {:.2f} m²); correct TBMJ or the geometry first.").format(
                base_name, err.bsm, err.tbmj / 100, err.pieces / 100)) from None
        self._report(package, feedback)
        steps.setCurrentStep(3)
        if feedback.isCanceled():
            return {}
        self._write(output, listing, pack, base, base_source, package, geometries, pieces.touched, update)
        return self._results(output, listing, package, pack)

    def _report_outside(self, pieces, changes: Parcels, name: str, feedback) -> None:
        limit = sliver_limit_cents() / 100
        with_pieces = {i for i, _, _ in pieces.change_pieces}
        for row, m2 in sorted(pieces.outside_m2.items()):
            if row not in with_pieces:
                raise fail(self.tr("Change layer “{}”, feature {}: the polygon lies outside the base parcels "
                                   "({:.2f} m²); it changes nothing in this county.").format(
                    name, changes.fids[row], m2))
            if m2 > limit:
                feedback.pushWarning(self.tr("Change layer “{}”, feature {}: {:.2f} m² lie outside the base "
                                             "parcels and were clipped off.").format(name, changes.fids[row], m2))

    def _afters(self, pieces, change_records, before, changes):
        """After-parcels in numbering order (each change's villages/owners, then the remainders)
        and the pieces as (before row, after index, geometry)."""
        row_of = {j: b for b, j in enumerate(pieces.touched)}
        by_change: dict = {}
        for i, j, geometry in pieces.change_pieces:
            by_change.setdefault(i, []).append((row_of[j], geometry))
        afters, piece_before, piece_after, geometries = [], [], [], []
        for i in sorted(by_change):
            record = change_records[i]
            keys: dict = {}
            for b, geometry in by_change[i]:
                key = location_key(record, before[b])
                if key not in keys:
                    keys[key] = len(afters)
                    afters.append(AfterSpec(CHANGE, changes.fids[i], change=record, new_class=record["DLBM"]))
                piece_before.append(b)
                piece_after.append(keys[key])
                geometries.append(geometry)
        for j in pieces.touched:
            if j in pieces.remainders:
                afters.append(AfterSpec(REMAINDER, j, base_row=row_of[j]))
                piece_before.append(row_of[j])
                piece_after.append(len(afters) - 1)
                geometries.append(pieces.remainders[j])
        return afters, piece_before, piece_after, geometries

    @staticmethod
    def _neighbours(piece_after, cents, geometries) -> dict:
        """sliver piece → the pieces of its after-parcel it shares a boundary with."""
        limit = sliver_limit_cents()
        of_after: dict = {}
        for k, a in enumerate(piece_after):
            of_after.setdefault(a, []).append(k)
        out = {}
        for s in np.flatnonzero(np.asarray(cents) <= limit).tolist():
            out[s] = [k for k in of_after[piece_after[s]] if k != s and shares_boundary(geometries[s], geometries[k])]
        return out

    def _dem_grades(self, parameters, context, afters, piece_after, geometries, base, area) -> None:
        """GDPDJB from the DEM's mean slope, for after-parcels becoming cultivated land."""
        dem = self.parameterAsRasterLayer(parameters, self.DEM, context)
        if dem is None:
            return
        wanted = [a for a, spec in enumerate(afters) if spec.kind == CHANGE and is_cropland(spec.new_class)]
        if not wanted:
            return
        shapes = [union([g for g, pa in zip(geometries, piece_after) if pa == a]) for a in wanted]
        parcels = Parcels(base.parcels.crs, fids=list(range(len(shapes))), geometries=shapes)
        mean, _ = dem_slope_stats(dem.source(), dem.name(), parcels, 0.0, area, context)
        for a, slope in zip(wanted, mean.tolist()):
            afters[a].dem_grade = str(slope_grade(slope)) if np.isfinite(slope) else None

    def _settings(self, pack, base: Base, update: _dt.date) -> Settings:
        limits = pack.section("change_package")
        return Settings(
            county=base.county, update_date=update, kcxs_table=coefficient_table(pack),
            bsm_counter=BsmCounter(base.parcels.column("BSM"), base.county),
            tbbh_counter=TbbhCounter(zip(base.parcels.column("ZLDWDM"), base.parcels.column("TBBH"))),
            piece_tolerance_cents=int(cents_of(float(limits["piece_tolerance_m2"]))))

    def _input_message(self, err: ChangeInputError, name: str, class_field: str) -> str:
        if err.kind == "class":
            return self.tr("Change layer “{}”, feature {}: field {} holds “{}”, which is not a land class of the "
                           "survey's table.").format(name, err.fid, class_field, err.value)
        if err.kind == "gdpdjb":
            return self.tr("Change layer “{}”, feature {}: the land becomes cultivated ({}) but has no GDPDJB; give "
                           "GDPDJB in the change layer or a DEM.").format(name, err.fid, err.value)
        return self.tr("Change layer “{}”, feature {}: no 田坎系数 (KCXS) for it in the county's table: {}. Give KCXS, "
                       "or GDPDJB and GDLX (TT/PD), in the change layer.").format(name, err.fid, err.value)

    def _report(self, package, feedback) -> None:
        feedback.pushInfo(self.tr("{} update parcels, {} pieces; {} base parcels changed.").format(
            len(package.gx), len(package.gc), package.parcels_changed))
        if package.slivers_merged or package.slivers_dropped:
            feedback.pushInfo(self.tr("Pieces of 0.1 m² or less: {} merged into a touching piece, {} dropped.").format(
                package.slivers_merged, package.slivers_dropped))
        if package.left_out_attribute_only:
            feedback.pushInfo(self.tr("{} parcels changed only in BSM, TBBH, location or ownership: left out of the "
                                      "package.").format(package.left_out_attribute_only))
        if package.left_out_moved_out:
            feedback.pushWarning(self.tr("{} pieces move to another county (XZQTZLX 2): left out of this county's "
                                         "package.").format(package.left_out_moved_out))
        for bsm, _, tbbgmj, measured in package.far_from_formula[:20]:
            feedback.pushWarning(self.tr("Parcel {}: a piece measures {:.2f} m² but is balanced to {:.2f} m²; check "
                                         "the parcel's TBMJ.").format(bsm, measured / 100, tbbgmj / 100))

    # — writing —

    def _write(self, output, listing, pack, base, base_source, package, geometries, touched, update) -> None:
        shapes = self._shapes(package, geometries, base, touched)
        defs = field_definitions(base_source)
        crs = base.parcels.crs
        wkt = crs.authid() if crs.authid().startswith("EPSG:") else crs.toWkt()
        layers = [LayerData("DLTBGX", package_fields("DLTBGX", defs), package.gx, shapes[0]),
                  LayerData("DLTBGXGC", package_fields("DLTBGXGC", defs), package.gc, shapes[1])]
        try:
            if listing:
                rows = change_list(package.gc)
                decimals = int(pack.section("change_package")["list_ha_decimals"])
                # Output data in Chinese, as the county files it (not UI text).
                sheet = change_list_sheet(rows, decimals, f"单位：{base.county}",
                                          f"更新时间：{update.isoformat()}　面积单位：平方米、公顷")
                write_workbook(listing, [sheet])
            write_package(output, wkt, layers)
        except (XlsxError, PackageError) as err:
            raise fail(self.tr("The package could not be written: {}").format(err)) from None

    @staticmethod
    def _shapes(package, geometries, base, touched) -> tuple:
        merged: dict = {}
        for s, target in enumerate(package.merged_into.tolist()):
            if target >= 0:
                merged.setdefault(target, []).append(s)
        kept_of: dict = {}
        for record in package.gc:
            kept_of.setdefault(record["BGHTBBSM"], []).append(record["_piece"])
        piece_shape, parcel_wkb = {}, []
        for record in package.gx:
            if record["_same_as"] >= 0:  # the parcel (and its one piece) keeps the base geometry exactly
                shape = base.geometry(touched[record["_same_as"]])
                shape.convertToMultiType()
                piece_shape.update((k, shape) for k in kept_of[record["BSM"]])
            else:
                for k in kept_of[record["BSM"]]:
                    piece_shape[k] = union([geometries[k]] + [geometries[s] for s in merged.get(k, [])])
                shape = union([piece_shape[k] for k in kept_of[record["BSM"]]])
            parcel_wkb.append(bytes(shape.asWkb()))
        return parcel_wkb, [bytes(piece_shape[r["_piece"]].asWkb()) for r in package.gc]

    def _results(self, output, listing, package, pack) -> dict:
        result = {self.OUTPUT: output, "PIECES": len(package.gc), "PARCELS": len(package.gx),
                  "PARCELS_CHANGED": package.parcels_changed, "RULES": pack.label}
        if listing:
            result[self.LIST] = listing
        net = net_change_by_group(package.gc)
        for group, ident in GROUP_IDS.items():
            result[f"CHANGE_MU_{ident}"] = units_of_total(net.get(group, 0), "mu", 2) / 100
        return result


def algorithms(packs) -> list:
    return [ChangePackage(packs)]
