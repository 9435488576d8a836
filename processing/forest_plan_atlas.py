"""landbalance:forestplanatlas — 规划图集: the protection-grade atlas of a forest-land plan, as a PDF.

A county overview page and one page per township (A3 landscape), made with a QGIS print
layout driven by QgsLayoutAtlas (processing/forest_atlas_layout.py). The one map is read and
counted exactly as landbalance:forestplanstats counts it (processing/forest_map.py,
rules/forest_plan.py), so each page's table is the annex grade table's row for that township.
"""

from __future__ import annotations

import dataclasses

import numpy as np
from qgis.core import (
    QgsGeometry,
    QgsProcessingAlgorithm,
    QgsProcessingMultiStepFeedback,
    QgsProject,
)

from ..exports.tables import TOTAL
from ..i18n import tr
from ..resources_paths import STYLES
from ..rules import forest_plan
from ..rules.tables import as_value
from . import forest_atlas_layout as atlas
from .base import Cancelled, fail
from .forest_map import ROLES, ForestPlanAlgorithm, add_input_parameters, base_year, read_forest_map
from .forest_plan_stats import unit_label
from .pack_registry import with_refusal_note
from .parcels import check_polygon_source, read_parcels

CAPABILITY = "forestplanatlas"
STYLE = STYLES / "forest_protection_grade.qml"
GRADES = "protection_grades"
ATLAS_ROLES = tuple(r for r in ROLES if r.role in (forest_plan.LAND_CLASS, "township", GRADES))


class ForestPlanAtlas(ForestPlanAlgorithm):
    BOUNDARIES = "BOUNDARIES"
    BOUNDARY_FIELD = "BOUNDARY_FIELD"

    def name(self):
        return "forestplanatlas"

    def displayName(self):
        return self.tr("Forest-land protection plan: atlas (PDF)")

    def flags(self):
        # Print layouts render with the GUI's fonts and painters: main thread only.
        return super().flags() | QgsProcessingAlgorithm.FlagNoThreading

    def uses(self, pack) -> bool:
        return super().uses(pack) and bool(pack.data.get("lists", {}).get(GRADES))

    def shortHelpString(self):
        return self.tr(
            "The plan atlas (规划图集) as one PDF made with a QGIS print layout and its atlas: a county overview "
            "page, then one page per township, A3 landscape. Each page has the forest-land protection-grade map "
            "(Ⅰ–Ⅳ, the pack's names), the township boundaries with the page's own in bold, a legend, a scale bar, "
            "a north arrow, the title and that township's (or the county's) table of parcels and official area by "
            "grade — the same numbers as the annex grade table of landbalance:forestplanstats.\n\n"
            "Township boundaries come from a boundary layer (e.g. XZQ) when given — every township then gets a "
            "page, with or without forest land — else from the parcels of each township merged.\n\n"
            "Rules: {}."
        ).format(self.documents())

    def initAlgorithm(self, config=None):
        add_input_parameters(self, ATLAS_ROLES)
        self.add_plan_parameters()
        self.add_parcels(self.BOUNDARIES, self.tr("Township boundaries"), self.tr(
            "Polygons of the townships (e.g. XZQ); one atlas page each. Empty: each township's parcels merged."),
            optional=True)
        self.add_field(self.BOUNDARY_FIELD, self.tr("Boundary name field"), self.tr(
            "Field of the boundary layer holding the same township names as the parcels' township field (empty: a "
            "field of that name, else XZQMC)."), parent=self.BOUNDARIES)
        self.add_file_output(self.OUTPUT, self.tr("Atlas (.pdf)"), self.tr("PDF (*.pdf)"),
                             self.tr("The atlas: one A3 landscape page for the county, then one per township."))
        self.add_outputs(("PAGES", self.tr("Pages")))
        self.add_rules_output()

    def processAlgorithm(self, parameters, context, feedback):
        steps = QgsProcessingMultiStepFeedback(3, feedback)
        pack = self.programme(parameters, context)
        spec, table = self.plan_with_grade_table(forest_plan.plan_spec(pack))
        year = base_year(self, parameters, context, spec)
        path = self.parameterAsFileOutput(parameters, self.OUTPUT, context)
        read = read_forest_map(self, parameters, context, steps, spec, ATLAS_ROLES, keep_geometries=True)
        fmap = read.fmap
        if fmap.values.get(GRADES) is None:
            raise fail(self.tr("Layer “{}” has no protection-grade field (BH_DJ): choose the field that holds the "
                               "grade; the atlas maps it.").format(read.name))
        cross = forest_plan.area_table(fmap, table).cross()

        steps.setCurrentStep(1)
        towns = self.township_outlines(parameters, context, read, steps)
        if feedback.isCanceled():
            raise Cancelled()
        family = atlas.cjk_font()
        texts = self.texts(pack, spec, year, read.name, table)
        pages = self.pages(spec, towns)
        layers = atlas.atlas_layers(read.parcels.crs, pages, sorted(towns.items()), self.forest_rows(read),
                                    self.table_rows(spec, table, cross, pages), self.grade_names(spec), STYLE,
                                    texts, family)
        project = QgsProject()
        project.setCrs(read.parcels.crs)
        project.addMapLayers(layers.all(), False)
        layout = atlas.print_layout(project, layers, texts, family)

        steps.setCurrentStep(2)
        try:
            count = atlas.export_pdf(layout, path, steps)
        except (OSError, RuntimeError) as err:
            raise fail(self.tr("The atlas could not be written to “{}”: {}").format(path, err)) from None
        if feedback.isCanceled():
            raise Cancelled()
        feedback.pushInfo(self.tr("Atlas: {} pages (the county and {} townships).").format(count, count - 1))
        return {self.OUTPUT: path, "PAGES": count, "RULES": with_refusal_note(pack.label, pack)}

    # -- what goes on the pages -----------------------------------------------------------

    def plan_with_grade_table(self, spec) -> tuple:
        """(plan, its protection-grade table): the pack's (its units), or one in ha and mu added
        to the plan, so that every forest parcel's grade is checked against the pack's list."""
        for table in spec.tables:
            if table.kind == "cross" and table.by == GRADES:
                return spec, table
        table = forest_plan.AnnexTable("atlas", "cross", "", "", GRADES,
                                       tuple(u for u in ("ha", "mu") if u in spec.decimals))
        return dataclasses.replace(spec, tables=spec.tables + (table,)), table

    def grade_names(self, spec) -> dict:
        return {e.id: e.name_zh for e in spec.lists[GRADES].entries}

    def township_outlines(self, parameters, context, read, feedback) -> dict:
        """township → outline in the working CRS: the boundary layer's, or the parcels' merged."""
        fmap = read.fmap
        names = fmap.townships()
        source = self.parameterAsSource(parameters, self.BOUNDARIES, context)
        if source is None:
            parts = {town: [] for town in names}
            for row in np.flatnonzero(fmap.counted()).tolist():
                parts[fmap.township[row]].append(read.parcels.geometries[row])
            return {town: QgsGeometry.unaryUnion(geometries) for town, geometries in parts.items()}
        label = self.input_name(parameters, self.BOUNDARIES, context)
        check_polygon_source(source, label)
        field = self.boundary_field(parameters, context, source, label, read.fields["township"])
        outlines = read_parcels(source, context, feedback, label, [field], crs=read.parcels.crs)
        merged = {}
        for value, geometry in zip(outlines.column(field), outlines.geometries):
            merged.setdefault(forest_plan.code_text(value), []).append(geometry)
        missing = [town for town in names if town not in merged]
        if missing:
            raise fail(self.tr("Layer “{}”, field “{}”: no boundary for the townships {} of the parcels; the names "
                               "must be written the same way in both layers.").format(label, field, "、".join(missing)))
        return {town: QgsGeometry.unaryUnion(parts) for town, parts in merged.items() if town}

    def boundary_field(self, parameters, context, source, label, township_field) -> str:
        chosen = self.parameterAsFields(parameters, self.BOUNDARY_FIELD, context)
        for name in ([chosen[0]] if chosen else []) + [township_field, "XZQMC"]:
            if source.fields().lookupField(name) >= 0:
                return name
            if chosen:
                break
        raise fail(self.tr("Layer “{}” has no field “{}”: choose the field holding the township names.").format(
            label, chosen[0] if chosen else township_field))

    def pages(self, spec, towns: dict) -> list:
        county = QgsGeometry.unaryUnion(list(towns.values()))
        area = spec.area_name_zh
        pages = [atlas.Page(0, "", self.tr("{} forest-land protection grades").format(area), county)]
        for number, town in enumerate(sorted(towns), 1):
            pages.append(atlas.Page(number, town, self.tr("{} {} forest-land protection grades").format(area, town),
                                    towns[town]))
        return pages

    def forest_rows(self, read) -> list:
        grades, forest, geometries = read.fmap.values[GRADES], read.fmap.forest_land, read.parcels.geometries
        return [(geometries[i], grades[i]) for i in range(len(grades)) if forest[i] and not geometries[i].isEmpty()]

    def table_rows(self, spec, table, cross, pages) -> list:
        """Per page: one row per grade and a 合计 row, in whole units from the footed table (the
        overview: the county's column totals)."""
        quantities = [spec.quantity(u) for u in table.units]
        listing = spec.lists[GRADES]
        rows = []
        for page in pages:
            town = page.township
            if not town:
                cell, total = cross.column_total, cross.grand_total
            elif town in cross.row_labels:
                cell, total = (lambda g, q, t=town: cross.cell(t, g, q)), (lambda q, t=town: cross.row_total(t, q))
            else:  # a township without forest land
                cell, total = (lambda g, q: 0), (lambda q: 0)
            for order, grade in enumerate(listing.ids):
                rows.append(atlas.TableRow(page.number, order, listing.name_of(grade), cell(grade, forest_plan.PARCELS),
                                           tuple(self.shown(cell(grade, q), q) for q in quantities)))
            rows.append(atlas.TableRow(page.number, len(listing.ids), TOTAL, total(forest_plan.PARCELS),
                                       tuple(self.shown(total(q), q) for q in quantities)))
        return rows

    def shown(self, units: int, quantity) -> str:
        return f"{as_value(units, quantity.decimals):.{quantity.decimals}f}"

    def texts(self, pack, spec, year, layer, table) -> atlas.Texts:
        headers = (self.tr("Protection grade"), self.tr("Parcels")) + tuple(
            self.tr("Area ({})").format(unit_label(u)) for u in table.units)
        info = "\n".join((
            self.tr("Plan: {} ({})").format(pack.name_zh, pack.label),
            self.tr("Baseline year: {}    Data: {}").format(year, layer),
            self.tr("Areas: the land survey's official ellipsoidal areas (CGCS2000)."),
            self.tr("Page [% @atlas_featurenumber %] of [% @atlas_totalfeatures %]")))
        return atlas.Texts(self.tr("Forest-land protection grade"), self.tr("Township boundary"), self.tr("Legend"),
                           self.tr("Forest land by protection grade"), headers, info, tr("km"))


def algorithms(packs) -> list:
    return [ForestPlanAtlas(packs)]
