"""The one parcel reader: checks, repair, one working CRS, fields by name, parcel keys, areas.

The one place where QGIS features become what rules/ works on. Every algorithm, the dock
and the reports read parcels here, so they agree on keys, repairs and official areas:

* one pass over the source, the fields asked for only: a whole GeoPackage or shapefile
  layer as columns (GDAL's Arrow stream, processing/bulk.py), any other source (memory,
  PostGIS, a selection …) feature by feature through QGIS — the same parcels either way;
* geometries reprojected to one projected working CRS (the parcels' own Gauss–Krüger CRS,
  or the 3° zone of their extent for geographic input), curved ones segmentised in their
  own CRS first, invalid ones repaired (make valid), counted and named by BSM (GEOS judges
  only the parcels that rules/validity.py cannot prove valid);
* the parcel key (BSM, or TBBH prefixed with its village's ZLDWDM) built once;
* the official area (图斑椭球面积) by the survey's formula on the vertices (rules/area.py;
  numpy inverse Gauss–Krüger when QGIS's operation to CGCS2000 is just that), or TBMJ as
  the layer holds it when the caller says it trusts the layer;
* a cancelled read raises: nothing downstream sees half a layer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeatureSource,
    QgsRectangle,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ..i18n import tr
from ..rules import gauss_kruger
from ..rules.area import RaggedPolygons, survey_areas
from ..rules.boxes import BoxGrid, bounds
from ..rules.survey import cgcs2000, geographic_crs, implausible_areas, survey_constants
from ..rules.validity import certainly_valid
from ..rules.wkb import multipolygon_wkb, ragged_from_wkb
from ..rules.workflow import parcel_key
from .base import Cancelled, fail
from .bulk import read_columns

AREA_CHUNK = 20000  # geometries per vectorised area pass
_PLAIN = (str, int, float)  # attribute values that need no conversion


def plain(value):
    """A Python value for an attribute: NULL → None, Qt dates → datetime (hashable, sortable)."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, (QDate, QDateTime, QTime)):
        return value.toPyDate() if isinstance(value, QDate) else (
            value.toPyDateTime() if isinstance(value, QDateTime) else value.toPyTime())
    return value


def cgcs2000_crs() -> QgsCoordinateReferenceSystem:
    return QgsCoordinateReferenceSystem(geographic_crs())


def has_real_crs(crs) -> bool:
    """A GeoPackage written without a CRS reports GDAL's "Undefined geographic SRS": no CRS."""
    return crs.isValid() and not crs.description().startswith("Undefined")


def check_polygon_source(source, name: str) -> None:
    """Refuse what cannot be parcels, naming the layer."""
    if source is None:
        raise fail(tr("Layer “{}” could not be opened.").format(name))
    if QgsWkbTypes.geometryType(source.wkbType()) != QgsWkbTypes.PolygonGeometry:
        kind = QgsWkbTypes.displayString(source.wkbType())
        raise fail(tr("Layer “{}” holds {} geometries; parcels must be polygons.").format(name, kind))
    if not has_real_crs(source.sourceCrs()):
        raise fail(
            tr("Layer “{}” has no coordinate reference system; set it (e.g. EPSG:4528 or EPSG:4490) "
               "in the layer properties before computing areas.").format(name)
        )


def check_geodetic(source, name: str, context) -> None:
    """Refuse a CRS that cannot be taken to CGCS2000 longitude/latitude (a local or engineering
    CRS, an unknown one): its areas would be absurd. Tried on the layer's extent."""
    if getattr(source, "geodetic_checked", False):
        return  # checked where the source was taken (the dock checks in the GUI thread)
    crs = source.sourceCrs()
    label = crs.userFriendlyIdentifier() or crs.toWkt()[:60]
    message = tr("Layer “{}” is in {}, which cannot be transformed to CGCS2000 longitude and latitude: "
                 "official areas need a real coordinate reference system (e.g. EPSG:4528 or EPSG:4490). "
                 "Set the layer's CRS in its properties.").format(name, label)
    transform = QgsCoordinateTransform(crs, cgcs2000_crs(), context.transformContext())
    if not transform.isValid() or crs.toWkt().startswith(("LOCAL_CS", "ENGCRS", "ENGINEERINGCRS")):
        raise fail(message)
    extent = source_extent(source)
    if extent.isNull():
        return  # nothing to place (an empty layer is refused elsewhere)
    corners = [(extent.xMinimum(), extent.yMinimum()), (extent.xMaximum(), extent.yMaximum()),
               (extent.center().x(), extent.center().y())]
    try:
        points = [transform.transform(QgsPointXY(x, y)) for x, y in corners]
    except QgsCsException:
        raise fail(message) from None
    if any(not (-180 <= p.x() <= 180 and -90 <= p.y() <= 90) for p in points):
        raise fail(message)


def source_extent(source) -> QgsRectangle:
    """The layer's extent; for a whole GeoPackage or shapefile, GDAL's at once (from the
    file's spatial index or header: QGIS's provider takes a tenth of a second on 10⁵ parcels)."""
    bulk = getattr(source, "ogr_layer", None)
    if bulk is not None:
        ds, layer = bulk.open()
        try:
            if layer is not None and layer.GetFeatureCount() > 0:
                x_min, x_max, y_min, y_max = layer.GetExtent()
                return QgsRectangle(x_min, y_min, x_max, y_max)
        except RuntimeError:
            pass
        finally:
            del ds
    return source.sourceExtent()


def check_fields(source, name: str, field_names) -> list:
    """Indexes of the named fields; a missing one is an error that names it."""
    indexes = []
    for field_name in field_names:
        index = source.fields().lookupField(field_name)
        if index < 0:
            raise fail(tr("Layer “{}” has no field “{}”.").format(name, field_name))
        indexes.append(index)
    return indexes


def polygonal_part(geometry: QgsGeometry) -> QgsGeometry:
    """The polygons of a geometry (makeValid or an intersection may add lines and points)."""
    if geometry.isNull():
        return QgsGeometry()
    if geometry.type() == QgsWkbTypes.PolygonGeometry:
        return geometry
    polygons = [g for g in geometry.asGeometryCollection() if g.type() == QgsWkbTypes.PolygonGeometry]
    return QgsGeometry.collectGeometry(polygons) if polygons else QgsGeometry()


def repaired(geometry: QgsGeometry) -> QgsGeometry:
    """A valid, polygonal, multi-part copy of a parcel geometry."""
    fixed = polygonal_part(geometry.makeValid())
    if not fixed.isNull():
        fixed.convertToMultiType()
    return fixed


def output_geometry(feature, repair: bool, multi: bool) -> QgsGeometry | None:
    """The geometry to write for a parcel: repaired if it was invalid, multi-part if asked;
    None when the feature's own geometry can be written as it is."""
    if repair:
        return repaired(feature.geometry())
    if multi and feature.hasGeometry() and not QgsWkbTypes.isMultiType(feature.geometry().wkbType()):
        geometry = feature.geometry()
        geometry.convertToMultiType()
        return geometry
    return None


# ── working CRS and official areas ───────────────────────────────────────────────────


def working_crs(source) -> QgsCoordinateReferenceSystem:
    """The parcels' CRS if projected; else the CGCS2000 3° Gauss–Krüger zone (EPSG 4534–4554,
    no zone prefix) whose central meridian is nearest the layer's centre."""
    crs = source.sourceCrs()
    if not crs.isGeographic():
        return crs
    first, last = survey_constants()["crs"]["gauss_kruger_3deg_plain"]
    lon = source_extent(source).center().x()
    zones = last - first + 1
    # EPSG first..last are zones whose central meridians are 3° apart, ending at 135°E.
    last_meridian, step = 135.0, 3.0
    offset = int(round((lon - (last_meridian - step * (zones - 1))) / step))
    return QgsCoordinateReferenceSystem(f"EPSG:{first + min(max(offset, 0), zones - 1)}")


class OfficialArea:
    """Survey ellipsoidal area (m², unrounded) of geometries in the working CRS.

    When QGIS's operation to CGCS2000 is just the inverse of a Gauss–Krüger grid (the
    county's own zone: the usual case), the vertices are inverse-projected in numpy
    (rules/gauss_kruger.py), all at once. Otherwise each geometry is copied and transformed
    by QGIS (C++, per geometry). Then every ring is measured in one vectorised pass.
    """

    def __init__(self, crs: QgsCoordinateReferenceSystem, context):
        """``context``: a Processing context, or a QgsCoordinateTransformContext."""
        target = QgsCoordinateReferenceSystem(geographic_crs())
        transforms = context.transformContext() if hasattr(context, "transformContext") else context
        self.transform = QgsCoordinateTransform(crs, target, transforms)
        self.grid = _grid_of(self.transform)

    def _lonlat_wkb(self, geometries) -> list:
        out, transform = [], self.transform
        for geometry in geometries:
            if geometry is None or geometry.isEmpty():  # a null geometry is empty too
                out.append(None)
                continue
            copy = QgsGeometry(geometry)
            copy.transform(transform)
            out.append(bytes(copy.asWkb()))
        return out

    def of(self, geometries, chunk: int = AREA_CHUNK) -> np.ndarray:
        if self.grid is not None:
            return self.of_vertices(vertices(geometries), chunk)
        ellipsoid = cgcs2000()
        # In chunks, so that the formula's per-vertex temporaries stay small (and in cache).
        parts = [survey_areas(ragged_from_wkb(self._lonlat_wkb(geometries[i:i + chunk])), ellipsoid)
                 for i in range(0, len(geometries), chunk)]
        return np.concatenate(parts) if parts else np.zeros(0)

    def of_parcels(self, parcels: Parcels) -> np.ndarray:
        if self.grid is None:
            return self.of(parcels.geometry_list())
        return self.of_vertices(parcels.vertex_arrays())

    def of_vertices(self, polygons: RaggedPolygons, chunk: int = AREA_CHUNK) -> np.ndarray:
        """Areas of polygons given by their working-CRS vertices (needs ``grid``)."""
        ellipsoid, parts = cgcs2000(), []
        for start in range(0, polygons.count, chunk):
            piece = polygons.features(start, min(start + chunk, polygons.count))
            lon, lat = self.grid.inverse(piece.coords[:, 0], piece.coords[:, 1])
            parts.append(survey_areas(piece.with_coords(np.column_stack([lon, lat])), ellipsoid))
        return np.concatenate(parts) if parts else np.zeros(0)


def _grid_of(transform: QgsCoordinateTransform):
    """The Gauss–Krüger grid of the source CRS when its numpy inverse gives what QGIS's own
    transform gives (no datum shift, no axis swap, the transform context's choice included —
    checked on points across the zone), else None.

    From the CRS's own definition and a check, not from the operation QGIS reports it last
    instantiated: that report is shared by transforms QGIS caches across threads, and once
    described another CRS's operation (areas 40 zones off, seen when the dock read a layer in
    a background task)."""
    grid = gauss_kruger.from_proj(transform.sourceCrs().toProj(), cgcs2000())
    return grid if grid is not None and _agrees_with_qgis(grid, transform) else None


def _agrees_with_qgis(grid, transform: QgsCoordinateTransform, tolerance_deg: float = 1e-9) -> bool:
    """Whether the grid's inverse equals QGIS's transform at points spread over the zone."""
    lon = grid.lon_0 + np.array([-1.4, -0.7, 0.0, 0.7, 1.4, 0.3, -0.3])
    lat = np.array([18.0, 25.0, 31.0, 37.0, 44.0, 50.0, 53.0])
    x, y = grid.forward(lon, lat)
    mine_lon, mine_lat = grid.inverse(x, y)
    try:
        theirs = [transform.transform(QgsPointXY(float(a), float(b))) for a, b in zip(x, y)]
    except QgsCsException:
        return False
    return all(abs(p.x() - a) < tolerance_deg and abs(p.y() - b) < tolerance_deg
               for p, a, b in zip(theirs, mine_lon, mine_lat))


def vertices(geometries) -> RaggedPolygons:
    """The vertices of polygon geometries, as they are, in the ragged layout of rules/area.py."""
    return ragged_from_wkb([None if g is None or g.isEmpty() else bytes(g.asWkb()) for g in geometries])


# ── the parcels ──────────────────────────────────────────────────────────────────────


def from_wkb(blob) -> QgsGeometry:
    geometry = QgsGeometry()
    if blob:
        geometry.fromWkb(blob)
    return geometry


class GeometryRows:
    """A QgsGeometry per row, made when first asked for and then kept (most rows of a county
    are never asked for: no zone or neighbour comes near them) — from ``made`` (repaired,
    reprojected …), from the row's own WKB in ``wkb`` (rows QGIS gives as more than 2D
    multipolygons), else from the row's vertices (all a 2D multipolygon holds)."""

    def __init__(self, vertices: RaggedPolygons, made: dict, wkb: dict):
        self._vertices, self._made, self._wkb = vertices, made, wkb
        self._kept = set(made)  # repaired or reprojected: not to be made again

    def release(self) -> None:
        """Forget the geometries made on demand (they are made again if asked for)."""
        self._made = {row: g for row, g in self._made.items() if row in self._kept}

    def __len__(self) -> int:
        return self._vertices.count

    def __bool__(self) -> bool:
        return self._vertices.count > 0

    def __getitem__(self, row):
        if isinstance(row, slice):
            return [self[r] for r in range(*row.indices(len(self)))]
        geometry = self._made.get(row)
        if geometry is None:
            blob = self._wkb[row] if row in self._wkb else multipolygon_wkb(self._vertices, row)
            geometry = self._made[row] = from_wkb(blob)
        return geometry

    def __iter__(self):
        return (self[row] for row in range(len(self)))


class WkbRows:
    """``Parcels.wkb`` of a layer read as columns: each row's WKB (None without geometry),
    made from the row's vertices or kept geometry when asked for."""

    def __init__(self, geometries: GeometryRows):
        self._geometries, self._set = geometries, {}

    def __len__(self) -> int:
        return len(self._geometries)

    def __bool__(self) -> bool:
        return bool(self._geometries)

    def __getitem__(self, row):
        if isinstance(row, slice):
            return [self[r] for r in range(*row.indices(len(self)))]
        if row in self._set:
            return self._set[row]
        rows = self._geometries
        if row in rows._made:
            geometry = rows._made[row]
            return None if geometry.isEmpty() else bytes(geometry.asWkb())
        return rows._wkb[row] if row in rows._wkb else (multipolygon_wkb(rows._vertices, row) or None)

    def __setitem__(self, row: int, blob) -> None:
        self._set[row] = blob

    def __iter__(self):
        return (self[row] for row in range(len(self)))


class ColumnRows:
    """``Parcels.attributes`` of a layer read as columns: a tuple per row, made when asked."""

    def __init__(self, columns: list, count: int):
        self._columns, self._count = columns, count

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, row):
        if isinstance(row, slice):
            return [self[r] for r in range(*row.indices(len(self)))]
        return tuple(column[row] for column in self._columns)

    def __iter__(self):
        return iter(zip(*self._columns)) if self._columns else iter([()] * self._count)


@dataclass
class Parcels:
    """Parcels in the working CRS, in read order (row = position).

    ``geometries`` holds a valid QgsGeometry per row (empty for a parcel without geometry);
    ``wkb`` each one's WKB. A layer read as columns has both (the geometries made from the
    WKB when first used); one read feature by feature has the geometries, or — read with
    ``keep_geometries=False`` — the WKB only (enough for areas, a fraction of the memory).
    """

    crs: QgsCoordinateReferenceSystem
    fields: tuple = ()                                 # names of the attributes read
    fids: list = field(default_factory=list)
    attributes: list = field(default_factory=list)   # tuples of the requested fields
    geometries: list = field(default_factory=list)   # working CRS, valid
    wkb: list = field(default_factory=list)          # working CRS WKB (keep_geometries=False)
    keys: list = field(default_factory=list)         # parcel keys, when read with a key field
    repaired: list = field(default_factory=list)     # fids
    empty: list = field(default_factory=list)        # fids
    as_read: dict = field(default_factory=dict)      # row → the source's own geometry, where it
    #                                                  differs from ``geometries`` (empty, curved)
    area_m2: np.ndarray = None
    columnar: bool = False                           # read as columns (processing/bulk.py)
    _vertices: RaggedPolygons = None
    _boxes: np.ndarray = None
    _grid: BoxGrid = None
    _columns: dict = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.fids)

    def column(self, name: str) -> list:
        """The values of one field read, NULL → None."""
        if name not in self._columns:
            position = self.fields.index(name)
            self._columns[name] = [v if v.__class__ in _PLAIN else plain(v)
                                   for v in (a[position] for a in self.attributes)]
        return self._columns[name]

    def has(self, name: str) -> bool:
        return name in self.fields

    def labels(self, fids) -> list:
        """How to name parcels to a technician: BSM when it was read, else the feature id."""
        if not self.has("BSM"):
            return [str(f) for f in fids]
        row_of = {fid: row for row, fid in enumerate(self.fids)}
        bsm = self.column("BSM")
        return [str(bsm[row_of[f]] or f) for f in fids]

    def geometry_list(self) -> list:
        if self.geometries or not self.wkb:
            return list(self.geometries)
        return [from_wkb(blob) for blob in self.wkb]

    def official_m2(self, context, name: str = "", measure: OfficialArea | None = None) -> np.ndarray:
        """Each parcel's official area (unrounded m²; 0 without geometry), computed once; an
        area no county could have (a wrong CRS or unit) is an error naming the parcel.
        ``measure``: an OfficialArea made beforehand (in the GUI thread, for a background read)."""
        if self.area_m2 is None:
            area = (measure or OfficialArea(self.crs, context)).of_parcels(self)
            check_plausible(area, self, name)
            self.area_m2 = area
        return self.area_m2

    def vertex_arrays(self) -> RaggedPolygons:
        """Every parcel's vertices in the working CRS (read once: areas and slope share them)."""
        if self._vertices is None:
            self._vertices = ragged_from_wkb(self.wkb) if self.wkb else vertices(self.geometries)
        return self._vertices

    def boxes(self) -> np.ndarray:
        """(n, 4) bounding boxes in the working CRS (NaN for a parcel without geometry)."""
        if self._boxes is None:
            self._boxes = bounds(self.vertex_arrays())
        return self._boxes

    def box_grid(self) -> BoxGrid:
        """All parcels' boxes on a grid, for the zones to be joined with."""
        if self._grid is None:
            self._grid = BoxGrid(self.boxes(), np.arange(len(self.boxes())))
        return self._grid


def check_plausible(area_m2, parcels: Parcels, name: str) -> None:
    """Never let an absurd area through as a result (negative, not a number, > a province)."""
    wrong = implausible_areas(area_m2)
    if wrong.size:
        row = int(wrong[0])
        label = parcels.labels([parcels.fids[row]])[0]
        raise fail(tr("Layer “{}”, parcel {}: its official area would be {} m², which no parcel can have; "
                      "check the layer's coordinate reference system and units.").format(
            name, label, f"{float(area_m2[row]):,.2f}"))


def to_working(geometry: QgsGeometry, transform, layer: str, fid) -> QgsGeometry:
    if QgsWkbTypes.isCurvedType(geometry.wkbType()):
        geometry = QgsGeometry(geometry.constGet().segmentize())
    if transform is not None:
        geometry = QgsGeometry(geometry)
        try:
            geometry.transform(transform)
        except QgsCsException:
            raise fail(tr("Layer “{}”, feature {}: its coordinates cannot be transformed "
                          "(check the layer's CRS).").format(layer, fid)) from None
    return geometry


def parcel_m2(geometry: QgsGeometry, crs, working, transforms) -> float:
    """One polygon's official area (unrounded m²) by the reader's own steps — curves
    segmentised in their own CRS, reprojected to the working CRS, made valid, measured by
    ``OfficialArea`` — so it equals what read_parcels and ``official_m2`` give for that
    parcel (tbmj() uses it). ``transforms``: a QgsCoordinateTransformContext."""
    if geometry.isEmpty():
        return 0.0
    transform = None if crs == working else QgsCoordinateTransform(crs, working, transforms)
    fixed, _ = made_valid(to_working(geometry, transform, "", ""))
    return float(OfficialArea(working, transforms).of([fixed])[0])


def made_valid(geometry: QgsGeometry):
    """(valid polygonal multi geometry, repaired?)"""
    if geometry.isGeosValid():
        return geometry, False
    return repaired(geometry), True


def _features(source, request):
    """Features of a Processing source (validity checks off: we repair) or any feature source."""
    if isinstance(source, QgsProcessingFeatureSource):
        return source.getFeatures(request, QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks)
    return source.getFeatures(request)


def read_parcels(source, context, feedback, name: str, fields=(), crs=None, key_field: str = "",
                 keep_geometries: bool = True, where: str = "") -> Parcels:
    """Read a parcel layer once (see the module docstring).

    ``where``: only the parcels matching this expression (the provider filters them, e.g. in
    SQL, so the others are never read);
    ``fields``: names of the attributes wanted (a missing one is an error naming it);
    ``crs``: the working CRS (default ``working_crs(source)``); ``key_field``: BSM or TBBH to
    build each parcel's key (TBBH needs ZLDWDM; an empty key is an error naming the feature).
    A source made by ``LandBalanceAlgorithm.parameterAsSource`` for a whole GeoPackage or
    shapefile layer carries ``ogr_layer`` and is read as columns (without ``where``); any
    other feature by feature.
    (Keeping the features for an output instead of reading them again was measured: no
    faster, 500 MB more.)
    """
    fields = list(dict.fromkeys(list(fields) + _key_fields(key_field)))
    indexes = check_fields(source, name, fields)
    check_geodetic(source, name, context)
    crs = crs or working_crs(source)
    transform = None
    if source.sourceCrs() != crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    out = Parcels(crs, tuple(fields))
    total = max(source.featureCount(), 1)
    bulk = getattr(source, "ogr_layer", None) if not where else None
    geometries = _GeometryColumn(transform, name, QgsWkbTypes.isMultiType(source.wkbType()))
    try:
        columns = read_columns(bulk, fields, geometries.add, feedback, total) if bulk is not None else None
    except InterruptedError:
        raise Cancelled() from None
    if columns is not None and len(columns.fids) == source.featureCount():
        _from_columns(out, columns, geometries)
    else:
        _from_features(out, source, indexes, transform, name, feedback, total, keep_geometries, where)
    if feedback is not None and feedback.isCanceled():
        raise Cancelled()
    if key_field:
        out.keys = _parcel_keys(out, key_field, name)
    return out


def _from_features(out: Parcels, source, indexes, transform, name, feedback, total, keep_geometries,
                   where="") -> None:
    """The general path: every feature through QGIS's iterator."""
    request = QgsFeatureRequest().setSubsetOfAttributes(indexes)
    if where:
        request.setFilterExpression(where)
    fids, attributes, curved = out.fids, out.attributes, QgsWkbTypes.isCurvedType
    keep = out.geometries.append if keep_geometries else (lambda g: out.wkb.append(bytes(g.asWkb())))
    for row, feature in enumerate(_features(source, request)):
        if row % 5000 == 0:
            if feedback is not None and feedback.isCanceled():
                raise Cancelled()
            if feedback is not None:
                feedback.setProgress(100.0 * row / total)
        fid = feature.id()
        fids.append(fid)
        attributes.append(tuple(map(feature.attribute, indexes)))
        geometry = feature.geometry()
        if geometry.isEmpty():  # a null geometry is empty too
            out.empty.append(fid)
            out.as_read[row] = geometry
            if keep_geometries:
                out.geometries.append(QgsGeometry())
            else:
                out.wkb.append(None)
            continue
        if transform is None and not curved(geometry.wkbType()):  # most parcels: as read, if valid
            fixed = not geometry.isGeosValid()
            if fixed:
                geometry = repaired(geometry)
        else:
            if curved(geometry.wkbType()):
                out.as_read[row] = geometry
            geometry, fixed = made_valid(to_working(geometry, transform, name, fid))
        if fixed:
            out.repaired.append(fid)
        keep(geometry)


def _multi_wkb(blob: bytes) -> bytes:
    """A Polygon's WKB as a MultiPolygon of one part (other types unchanged)."""
    order = "little" if blob[0] == 1 else "big"
    code = int.from_bytes(blob[1:5], order)
    if code >= 4000 or code % 1000 != 3:
        return blob
    return blob[:1] + (code + 3).to_bytes(4, order) + (1).to_bytes(4, order) + blob


class _GeometryColumn:
    """The columnar path's geometries, taken batch by batch from the Arrow stream (a batch's
    WKB is dropped once read: a county's WKB and its vertices would double the memory). The
    same parcels as ``_from_features``, decided for all rows at once where possible — GEOS
    sees only rows that are curved, reprojected or not provably valid. ``multi``: the layer
    is multi-part, so QGIS gives every geometry as multi-part: so here."""

    def __init__(self, transform, name: str, multi: bool):
        self.transform, self.name, self.multi = transform, name, multi
        self.pieces, self.made, self.kept, self.as_read = [], {}, {}, {}
        self.empty, self.fixed, self.rows = [], [], 0

    def add(self, wkb: list, fids: list) -> None:
        """One batch: WKB (None without geometry) and the features' ids (for messages)."""
        first, multi, made = self.rows, self.multi, self.made
        self.rows += len(wkb)
        lengths, raw = _wkb_heads(wkb)
        codes = np.where(raw >= 0, raw % 1000, -1)  # 3 Polygon, 6 MultiPolygon, in 2D or with Z
        # Only short WKB can hold no ring at all (a ring of 4 points takes 77 bytes).
        empty = [k for k in np.flatnonzero(lengths < 80).tolist() if not wkb[k] or from_wkb(wkb[k]).isEmpty()]
        for k in empty:
            geometry = self.as_read[first + k] = from_wkb(wkb[k])
            if multi and not geometry.isNull():
                geometry.convertToMultiType()
            made[first + k], wkb[k] = QgsGeometry(), None
        self.empty += [first + k for k in empty]
        present = lengths > 0
        present[empty] = False
        if multi:  # as QGIS gives them: a Polygon of a multi-part layer as a MultiPolygon of one part
            for k in np.flatnonzero(present & (codes == 3)).tolist():
                wkb[k] = _multi_wkb(wkb[k])
        straight = (codes == 3) | (codes == 6)
        special = np.flatnonzero(present & (~straight if self.transform is None else True)).tolist()
        fixed = []
        for k in special:
            geometry = from_wkb(wkb[k])
            if multi:
                geometry.convertToMultiType()
            if QgsWkbTypes.isCurvedType(geometry.wkbType()):
                self.as_read[first + k] = geometry
            geometry, repaired_ = made_valid(to_working(geometry, self.transform, self.name, fids[k]))
            made[first + k], wkb[k] = geometry, bytes(geometry.asWkb())
            if repaired_:
                fixed.append(k)
        vertices_ = ragged_from_wkb(wkb)
        settled = certainly_valid(vertices_)
        settled[special] = True
        settled[empty] = True
        changed = []  # repaired after the vertices were read
        for k in np.flatnonzero(~settled).tolist():
            geometry = from_wkb(wkb[k])
            if not geometry.isGeosValid():
                geometry = repaired(geometry)
                made[first + k], wkb[k] = geometry, bytes(geometry.asWkb())
                changed.append(k)
        self.fixed += sorted(first + k for k in fixed + changed)
        self.pieces.append(vertices_.replaced(changed, ragged_from_wkb([wkb[k] for k in changed])) if changed
                           else vertices_)
        # The vertices hold every 2D multipolygon; the WKB is kept only for the others (Z, M).
        plain = (raw == 6) | ((raw == 3) & multi)  # 2D multipolygons, as read or made so above
        self.kept.update((first + k, wkb[k]) for k in np.flatnonzero(present & ~plain).tolist()
                         if first + k not in made)

    def into(self, out: Parcels, fids: list) -> None:
        out._vertices = RaggedPolygons.concatenate(self.pieces) if self.pieces else ragged_from_wkb([])
        out.geometries = GeometryRows(out._vertices, self.made, self.kept)
        out.wkb = WkbRows(out.geometries)
        out.as_read.update(self.as_read)
        out.empty = [fids[row] for row in self.empty]
        out.repaired = [fids[row] for row in self.fixed]


def _from_columns(out: Parcels, columns, geometries: _GeometryColumn) -> None:
    fids = columns.fids.tolist()
    out.fids, out.columnar = fids, True
    out._columns = {f: columns.values[f] for f in out.fields}
    out.attributes = ColumnRows([columns.values[f] for f in out.fields], len(fids))
    geometries.into(out, fids)


def _wkb_heads(wkb: list) -> tuple:
    """(byte length, geometry type) per WKB, the type as its ISO code for 2D and Z (3 Polygon,
    6 MultiPolygon, 1006 MultiPolygon Z …), −1 for anything else (M, EWKB flags) or none."""
    lengths = np.fromiter(map(len, (b or b"" for b in wkb)), dtype=np.int64, count=len(wkb))
    heads = np.frombuffer(b"".join([b[:5] if b and len(b) >= 5 else b"\x00" * 5 for b in wkb]),
                          dtype=np.uint8).reshape(-1, 5)
    little = heads[:, 1:5].copy().view("<u4")[:, 0].astype(np.int64)
    big = heads[:, 1:5].copy().view(">u4")[:, 0].astype(np.int64)
    code = np.where(heads[:, 0] == 1, little, big)
    return lengths, np.where((lengths >= 5) & (code < 2000), code, -1)


def _key_fields(key_field: str) -> list:
    if not key_field:
        return []
    return [key_field, "ZLDWDM"] if key_field.upper() == "TBBH" else [key_field]


def _parcel_keys(parcels: Parcels, key_field: str, name: str) -> list:
    values = parcels.column(key_field)
    counties = parcels.column("ZLDWDM") if key_field.upper() == "TBBH" else [None] * len(values)
    keys = [parcel_key(key_field, v, c) for v, c in zip(values, counties)]
    for fid, key in zip(parcels.fids, keys):
        if not key:
            raise fail(tr("Layer “{}”, feature {}: the parcel id field {} is empty.").format(name, fid, key_field))
    return keys


def report_reading(parcels: Parcels, name: str, feedback) -> None:
    """What the log says after a read: how many parcels, which were repaired (by BSM), which
    have no geometry."""
    feedback.pushInfo(tr("Read {} parcels from “{}”.").format(len(parcels.fids), name))
    if parcels.repaired:
        shown = "、".join(parcels.labels(parcels.repaired[:20]))
        more = " …" if len(parcels.repaired) > 20 else ""
        feedback.pushWarning(tr("Repaired {} invalid geometries in “{}”: {}{}.").format(
            len(parcels.repaired), name, shown, more))
    if parcels.empty:
        shown = "、".join(parcels.labels(parcels.empty[:20]))
        feedback.pushWarning(tr("{} parcels have no geometry; their area is 0: {}{}.").format(
            len(parcels.empty), shown, " …" if len(parcels.empty) > 20 else ""))
