"""The plan atlas (规划图集) as a QGIS print layout driven by QgsLayoutAtlas.

A3 landscape; the coverage layer holds one feature per page — the county overview first,
then each township — and every page shows the protection-grade map (style
resources/styles/forest_protection_grade.qml), the township boundaries with the page's own
drawn bold, a legend, a scale bar, a north arrow, the title and the page's table (from the
same footed table as the annex tables). Everything lives in a private QgsProject: the user's
project is never touched. Qt and QGIS only; the numbers come from rules/forest_plan.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from qgis.core import (
    QgsFeature,
    QgsField,
    QgsFillSymbol,
    QgsLayoutExporter,
    QgsLayoutFrame,
    QgsLayoutItemAttributeTable,
    QgsLayoutItemLabel,
    QgsLayoutItemLegend,
    QgsLayoutItemMap,
    QgsLayoutItemPage,
    QgsLayoutItemPicture,
    QgsLayoutItemScaleBar,
    QgsLayoutMeasurement,
    QgsLayoutPoint,
    QgsLayoutSize,
    QgsLayoutTableColumn,
    QgsLegendStyle,
    QgsPalLayerSettings,
    QgsPathResolver,
    QgsPrintLayout,
    QgsProject,
    QgsRendererCategory,
    QgsRuleBasedRenderer,
    QgsScaleBarSettings,
    QgsSymbolLayerUtils,
    QgsTextFormat,
    QgsUnitTypes,
    QgsVectorLayer,
    QgsVectorLayerSimpleLabeling,
)
from qgis.PyQt.QtCore import QVariant, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase

from ..exports.atomic import Discard, replacing

PAGE_MM = (420.0, 297.0)  # A3 landscape
MARGIN = 10.0
MAP_BOX = (MARGIN, 26.0, 288.0, 261.0)  # x, y, width, height in mm
SIDE_X = MARGIN + MAP_BOX[2] + 6.0
SIDE_W = PAGE_MM[0] - SIDE_X - MARGIN
TABLE_Y = 100.0  # the page's table, under the legend
NORTH_ARROW = "arrows/NorthArrow_02.svg"
# CJK fonts a county machine may have, best first (SimSun is what office templates use).
FONTS = ("SimSun", "宋体", "Microsoft YaHei", "微软雅黑", "Noto Sans CJK SC", "Source Han Sans SC",
         "WenQuanYi Micro Hei", "Droid Sans Fallback")


@dataclass
class Page:
    number: int  # 0: the county overview
    township: str  # "" for the overview
    title: str
    geometry: object  # QgsGeometry in the working CRS


@dataclass
class TableRow:
    page: int
    order: int
    label: str
    parcels: int
    areas: tuple  # formatted texts, one per unit


@dataclass
class Texts:
    """What the layout says, already in the user's language."""

    grade_layer: str
    boundary_layer: str
    legend: str
    table_title: str
    table_headers: tuple  # label, parcels, then one per unit
    info: str  # may hold [% expressions %]
    unit_label: str  # scale-bar unit (km)


def cjk_font() -> str:
    families = set(QFontDatabase().families())
    return next((f for f in FONTS if f in families), QFont().family())


def _format(family: str, size: float, bold: bool = False) -> QgsTextFormat:
    font = QFont(family)
    font.setBold(bold)
    text = QgsTextFormat()
    text.setFont(font)
    text.setSize(size)
    text.setSizeUnit(QgsUnitTypes.RenderPoints)
    return text


def _memory(kind: str, crs, name: str, fields) -> QgsVectorLayer:
    layer = QgsVectorLayer(kind, name, "memory")
    if crs is not None:
        layer.setCrs(crs)
    layer.dataProvider().addAttributes([QgsField(n, t) for n, t in fields])
    layer.updateFields()
    return layer


def _add(layer, rows) -> None:
    features = []
    for geometry, attributes in rows:
        feature = QgsFeature(layer.fields())
        if geometry is not None:
            feature.setGeometry(geometry)
        feature.setAttributes(list(attributes))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    layer.updateExtents()


@dataclass
class AtlasLayers:
    pages: QgsVectorLayer  # the coverage: one feature per page
    ground: QgsVectorLayer  # the townships' pale fill, under everything
    boundaries: QgsVectorLayer  # their outlines, over the forest
    forest: QgsVectorLayer
    table: QgsVectorLayer

    def all(self) -> list:
        return [self.pages, self.ground, self.boundaries, self.forest, self.table]


def atlas_layers(crs, pages, boundaries, forest, rows, grade_names: dict, style: Path, texts: Texts,
                 family: str) -> AtlasLayers:
    """``boundaries``: (township, geometry); ``forest``: (geometry, grade id); ``rows``: TableRows."""
    cover = _memory("MultiPolygon", crs, "pages", (("PAGE", QVariant.Int), ("TOWNSHIP", QVariant.String),
                                                   ("TITLE", QVariant.String)))
    _add(cover, [(p.geometry, (p.number, p.township, p.title)) for p in pages])
    _style_page_outline(cover)
    lines = _memory("MultiPolygon", crs, texts.boundary_layer, (("TOWNSHIP", QVariant.String),))
    _add(lines, [(g, (t,)) for t, g in boundaries])
    _style_boundaries(lines, family)
    ground = _memory("MultiPolygon", crs, "ground", ())
    _add(ground, [(g, ()) for _, g in boundaries])
    _style_ground(ground)
    grades = _memory("MultiPolygon", crs, texts.grade_layer, (("GRADE", QVariant.String),))
    _add(grades, [(g, (grade,)) for g, grade in forest])
    _style_grades(grades, style, grade_names)
    table = _memory("None", None, "table", [("PAGE", QVariant.Int), ("ORDER", QVariant.Int), ("LABEL", QVariant.String),
                                            ("PARCELS", QVariant.Int)]
                    + [(f"AREA_{i}", QVariant.String) for i in range(len(texts.table_headers) - 2)])
    _add(table, [(None, (r.page, r.order, r.label, r.parcels) + tuple(r.areas)) for r in rows])
    return AtlasLayers(cover, ground, lines, grades, table)


def _style_grades(layer, style: Path, names: dict) -> None:
    """The shipped style, labelled with the pack's names; a grade it lacks is drawn grey."""
    message, ok = layer.loadNamedStyle(str(style))
    if not ok:
        raise RuntimeError(message)
    renderer = layer.renderer()
    known = {c.value() for c in renderer.categories()}
    for index, category in enumerate(renderer.categories()):
        if category.value() in names:
            renderer.updateCategoryLabel(index, names[category.value()])
    for grade, name in names.items():
        if grade not in known:
            symbol = QgsFillSymbol.createSimple({"color": "#bdbdbd", "outline_color": "#5d4037",
                                                 "outline_width": "0.05"})
            renderer.addCategory(QgsRendererCategory(grade, symbol, name))
    order = list(names)
    renderer.sortByValue()
    for grade in reversed(order):  # the pack's order in the legend
        index = renderer.categoryIndexForValue(grade)
        if index > 0:
            renderer.moveCategory(index, 0)


def _style_boundaries(layer, family: str) -> None:
    """Thin outlines (the map draws them over the forest), names labelled."""
    layer.renderer().setSymbol(QgsFillSymbol.createSimple({"style": "no", "outline_color": "#8d8d8d",
                                                           "outline_width": "0.3"}))
    labels = QgsPalLayerSettings()
    labels.fieldName = "TOWNSHIP"
    labels.placement = QgsPalLayerSettings.OverPoint
    text = _format(family, 9)
    text.setColor(QColor("#424242"))
    buffer = text.buffer()
    buffer.setEnabled(True)
    buffer.setSize(0.8)
    text.setBuffer(buffer)
    labels.setFormat(text)
    layer.setLabeling(QgsVectorLayerSimpleLabeling(labels))
    layer.setLabelsEnabled(True)


def _style_page_outline(layer) -> None:
    """The coverage layer draws only the page's own area (the county, a township), in bold."""
    root = QgsRuleBasedRenderer.Rule(None)
    symbol = QgsFillSymbol.createSimple({"style": "no", "outline_color": "#212121", "outline_width": "1.0"})
    root.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, "\"PAGE\" = attribute(@atlas_feature, 'PAGE')"))
    layer.setRenderer(QgsRuleBasedRenderer(root))


def _style_ground(layer) -> None:
    """The townships' land under the forest: a pale fill, no outline."""
    layer.renderer().setSymbol(QgsFillSymbol.createSimple({"color": "#f3f3ee", "outline_style": "no"}))


def print_layout(project: QgsProject, layers: AtlasLayers, texts: Texts, family: str) -> QgsPrintLayout:
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    layout.setName("atlas")
    page = layout.pageCollection().page(0)
    page.setPageSize(QgsLayoutSize(*PAGE_MM, QgsUnitTypes.LayoutMillimeters))
    page.setProperty("orientation", QgsLayoutItemPage.Landscape)
    _label(layout, '[% "TITLE" %]', (MARGIN, 8.0, PAGE_MM[0] - 2 * MARGIN, 14.0), family, 22, bold=True,
           align=Qt.AlignHCenter)
    map_item = _map(layout, layers)
    _north_arrow(layout, map_item)
    _scale_bar(layout, map_item, texts, family)
    _legend(layout, map_item, layers, texts, family)
    _label(layout, texts.table_title, (SIDE_X, TABLE_Y - 9.0, SIDE_W, 8.0), family, 12, bold=True)
    _table(layout, layers.table, texts, family)
    _label(layout, texts.info, (SIDE_X, PAGE_MM[1] - MARGIN - 36.0, SIDE_W, 36.0), family, 10)
    atlas = layout.atlas()
    atlas.setCoverageLayer(layers.pages)
    atlas.setEnabled(True)
    atlas.setSortFeatures(True)
    atlas.setSortExpression('"PAGE"')
    atlas.setPageNameExpression('"TITLE"')
    return layout


def _place(item, box) -> None:
    x, y, w, h = box
    item.attemptMove(QgsLayoutPoint(x, y, QgsUnitTypes.LayoutMillimeters))
    item.attemptResize(QgsLayoutSize(w, h, QgsUnitTypes.LayoutMillimeters))


def _label(layout, text: str, box, family: str, size: float, bold: bool = False, align=Qt.AlignLeft):
    label = QgsLayoutItemLabel(layout)
    label.setText(text)
    font = QFont(family)
    font.setPointSizeF(size)
    font.setBold(bold)
    if hasattr(label, "setTextFormat"):  # QGIS ≥ 3.24
        text_format = _format(family, size, bold)
        label.setTextFormat(text_format)
    else:
        label.setFont(font)
    label.setHAlign(align)
    label.setVAlign(Qt.AlignTop)
    layout.addLayoutItem(label)
    _place(label, box)
    return label


def _map(layout, layers: AtlasLayers) -> QgsLayoutItemMap:
    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    _place(item, MAP_BOX)
    item.setCrs(layers.pages.crs())
    item.setLayers([layers.pages, layers.boundaries, layers.forest, layers.ground])  # top first
    item.setKeepLayerSet(True)
    clipping = item.atlasClippingSettings()  # a township page maps that township's forest only
    clipping.setEnabled(True)
    clipping.setRestrictToLayers(True)
    clipping.setLayersToClip([layers.forest])
    # The atlas's auto scale keeps the shape of the map's extent: give it the item's own shape
    # (setExtent resizes the item to the extent; resizing back reshapes the extent).
    item.setExtent(layers.pages.extent())
    _place(item, MAP_BOX)
    item.setAtlasDriven(True)
    item.setAtlasScalingMode(QgsLayoutItemMap.Auto)
    item.setAtlasMargin(0.06)
    item.setFrameEnabled(True)
    item.setFrameStrokeWidth(QgsLayoutMeasurement(0.4, QgsUnitTypes.LayoutMillimeters))
    return item


def _north_arrow(layout, map_item) -> None:
    arrow = QgsLayoutItemPicture(layout)
    arrow.setPicturePath(QgsSymbolLayerUtils.svgSymbolNameToPath(NORTH_ARROW, QgsPathResolver()))
    arrow.setLinkedMap(map_item)
    arrow.setNorthMode(QgsLayoutItemPicture.GridNorth)
    layout.addLayoutItem(arrow)
    _place(arrow, (MAP_BOX[0] + MAP_BOX[2] - 20.0, MAP_BOX[1] + 4.0, 14.0, 20.0))


def _scale_bar(layout, map_item, texts: Texts, family: str) -> None:
    bar = QgsLayoutItemScaleBar(layout)
    bar.setStyle("Single Box")
    bar.setLinkedMap(map_item)
    bar.setUnits(QgsUnitTypes.DistanceKilometers)
    bar.setUnitLabel(texts.unit_label)
    bar.setNumberOfSegments(4)
    bar.setNumberOfSegmentsLeft(0)
    bar.setSegmentSizeMode(QgsScaleBarSettings.SegmentSizeFitWidth)
    bar.setMinimumBarWidth(40.0)
    bar.setMaximumBarWidth(70.0)
    if hasattr(bar, "setTextFormat"):
        bar.setTextFormat(_format(family, 9))
    bar.setBackgroundEnabled(True)
    layout.addLayoutItem(bar)
    bar.attemptMove(QgsLayoutPoint(MAP_BOX[0] + 4.0, MAP_BOX[1] + MAP_BOX[3] - 16.0, QgsUnitTypes.LayoutMillimeters))
    bar.update()


def _legend(layout, map_item, layers: AtlasLayers, texts: Texts, family: str) -> None:
    legend = QgsLayoutItemLegend(layout)
    legend.setTitle(texts.legend)
    legend.setLinkedMap(map_item)
    legend.setAutoUpdateModel(False)
    root = legend.model().rootGroup()
    root.clear()
    root.addLayer(layers.forest)
    root.addLayer(layers.boundaries)
    for style, size, bold in ((QgsLegendStyle.Title, 14, True), (QgsLegendStyle.Subgroup, 10, True),
                              (QgsLegendStyle.Group, 10, True), (QgsLegendStyle.SymbolLabel, 10, False)):
        font = QFont(family)
        font.setPointSizeF(size)
        font.setBold(bold)
        legend.setStyleFont(style, font)
    legend.setSymbolWidth(10)
    legend.setSymbolHeight(6)
    legend.setFrameEnabled(True)
    layout.addLayoutItem(legend)
    legend.attemptMove(QgsLayoutPoint(SIDE_X, MAP_BOX[1], QgsUnitTypes.LayoutMillimeters))
    legend.adjustBoxSize()


def _table(layout, layer, texts: Texts, family: str) -> None:
    table = QgsLayoutItemAttributeTable.create(layout)
    table.setVectorLayer(layer)
    table.setFilterFeatures(True)
    table.setFeatureFilter("\"PAGE\" = attribute(@atlas_feature, 'PAGE')")
    columns = []
    names = ["LABEL", "PARCELS"] + [f"AREA_{i}" for i in range(len(texts.table_headers) - 2)]
    margin, label_width, parcels_width = 1.5, 30.0, 14.0
    # Column widths exclude the cell margins on either side and the grid lines.
    area_width = (SIDE_W - 1.0 - 2 * margin * len(names) - label_width - parcels_width) / max(len(names) - 2, 1)
    for name, heading in zip(names, texts.table_headers):
        column = QgsLayoutTableColumn(heading)
        column.setAttribute(name)
        column.setHAlignment(Qt.AlignLeft if name == "LABEL" else Qt.AlignRight)
        column.setWidth(label_width if name == "LABEL" else parcels_width if name == "PARCELS" else area_width)
        columns.append(column)
    table.setColumns(columns)
    sort = QgsLayoutTableColumn()
    sort.setAttribute("ORDER")
    table.setSortColumns([sort])  # the rows' own order (grades as the pack lists them, 合计 last)
    table.setHeaderTextFormat(_format(family, 10, bold=True))
    table.setContentTextFormat(_format(family, 10))
    table.setMaximumNumberOfFeatures(100)
    table.setCellMargin(margin)
    table.setGridStrokeWidth(0.2)
    layout.addMultiFrame(table)
    frame = QgsLayoutFrame(layout, table)
    _place(frame, (SIDE_X, TABLE_Y, SIDE_W, 110.0))
    table.addFrame(frame)


def export_pdf(layout: QgsPrintLayout, path: str, feedback) -> int:
    """Every atlas page into one PDF, written to a temporary file and moved into place;
    returns the page count. Raises RuntimeError with QGIS's message on failure."""
    with replacing(path, ".pdf") as temporary:
        settings = QgsLayoutExporter.PdfExportSettings()
        settings.dpi = 150
        settings.rasterizeWholeImage = False
        settings.simplifyGeometries = True
        result, error = QgsLayoutExporter.exportToPdf(layout.atlas(), temporary, settings, feedback)
        if feedback is not None and feedback.isCanceled():
            raise Discard()
        if result != QgsLayoutExporter.Success:
            raise RuntimeError(error or f"QgsLayoutExporter result {result}")
    if feedback is not None and feedback.isCanceled():
        return 0
    return layout.atlas().count()
