"""Overlay plumbing for the eligibility algorithms: one working CRS, everything read once.

Parcels and constraint zones are read once, reprojected to one projected working CRS (the
parcels' own Gauss–Krüger CRS, or the 3° zone of their extent for geographic input) and
repaired. The parcels' vertices are parsed once into numpy arrays (areas, slope cells and
bounding boxes share them); the zone–parcel and parcel–parcel pairs whose boxes meet are
found all at once (rules/boxes.py), and each zone is tested against its parcels with a
prepared GEOS geometry (contains → the whole parcel, intersects → one intersection).
Official areas of parcels and pieces use the survey's formula (rules/area.py) on
CGCS2000 longitudes and latitudes."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from osgeo import gdal
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeatureSource,
    QgsWkbTypes,
)

from ..i18n import tr
from ..rules import gauss_kruger
from ..rules.area import RaggedPolygons, survey_areas
from ..rules.boxes import BoxGrid, bounds, meeting_pairs
from ..rules.rasterize import cell_owners
from ..rules.slope import SlopeSums, geographic_spacing, slope_degrees
from ..rules.survey import cgcs2000, geographic_crs, survey_constants
from ..rules.wkb import ragged_from_wkb
from .base import fail
from .parcels import has_real_crs, plain, repaired

FULL = "full"  # marker: the zone covers the whole parcel
AREA_CHUNK = 20000  # geometries per vectorised area pass
_PLAIN = (str, int, float)  # attribute values that need no conversion


def working_crs(source) -> QgsCoordinateReferenceSystem:
    """The parcels' CRS if projected; else the CGCS2000 3° Gauss–Krüger zone (EPSG 4534–4554,
    no zone prefix) whose central meridian is nearest the layer's centre."""
    crs = source.sourceCrs()
    if not crs.isGeographic():
        return crs
    first, last = survey_constants()["crs"]["gauss_kruger_3deg_plain"]
    lon = source.sourceExtent().center().x()
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
    by QGIS (C++, per geometry: faster than one osr call whose result comes back as Python
    tuples). Then every ring is measured in one vectorised pass.
    """

    def __init__(self, crs: QgsCoordinateReferenceSystem, context):
        target = QgsCoordinateReferenceSystem(geographic_crs())
        self.transform = QgsCoordinateTransform(crs, target, context.transformContext())
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
            return self.of(parcels.geometries)
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
    """The Gauss–Krüger grid whose inverse is exactly the operation QGIS chose (no datum
    shift, no axis swap, the transform context's choice included), else None."""
    operation = transform.instantiatedCoordinateOperationDetails().proj or transform.coordinateOperation()
    steps = [step.strip() for step in operation.split("+step")]
    if len(steps) != 3 or steps[0] != "+proj=pipeline" or not steps[1].startswith("+inv +proj=tmerc ") \
            or steps[2] != "+proj=unitconvert +xy_in=rad +xy_out=deg":
        return None
    return gauss_kruger.from_proj(steps[1][len("+inv "):], cgcs2000())


def vertices(geometries) -> RaggedPolygons:
    """The vertices of polygon geometries, as they are, in the ragged layout of rules/area.py."""
    return ragged_from_wkb([None if g is None or g.isEmpty() else bytes(g.asWkb()) for g in geometries])


def _to_working(geometry: QgsGeometry, transform, layer: str, fid) -> QgsGeometry:
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


def _valid(geometry: QgsGeometry):
    """(valid polygonal multi geometry, repaired?)"""
    if geometry.isGeosValid():
        return geometry, False
    return repaired(geometry), True


@dataclass
class Parcels:
    """Candidate parcels in the working CRS, in read order (row = position)."""

    crs: QgsCoordinateReferenceSystem
    fids: list = field(default_factory=list)
    attributes: list = field(default_factory=list)   # tuples of the requested fields
    geometries: list = field(default_factory=list)  # working CRS, valid
    repaired: list = field(default_factory=list)     # fids
    empty: list = field(default_factory=list)        # fids
    as_read: dict = field(default_factory=dict)      # row → the source's own geometry, where it
    #                                                  differs from ``geometries`` (empty, curved)
    area_m2: np.ndarray = None
    _vertices: RaggedPolygons = None
    _boxes: np.ndarray = None
    _grid: BoxGrid = None

    def vertex_arrays(self) -> RaggedPolygons:
        """Every parcel's vertices in the working CRS (read once: areas and slope share them)."""
        if self._vertices is None:
            self._vertices = vertices(self.geometries)
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


def read_parcels(source, crs, context, feedback, name: str, indexes=()) -> Parcels:
    """One pass: geometries to the working CRS (repaired), the attributes at ``indexes``
    (only those: converting every field of every parcel costs more than the overlay; NULL
    stays a QVariant — see ``column``). (Keeping the features for the output instead of
    reading them again was measured: no faster, 500 MB more.)"""
    transform = None
    if source.sourceCrs() != crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    out = Parcels(crs)
    flags = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
    total = max(source.featureCount(), 1)
    indexes = list(indexes)
    request = QgsFeatureRequest().setSubsetOfAttributes(indexes)
    fids, attributes, geometries, curved = out.fids, out.attributes, out.geometries, QgsWkbTypes.isCurvedType
    for row, feature in enumerate(source.getFeatures(request, flags)):
        if row % 5000 == 0:
            if feedback.isCanceled():
                break
            feedback.setProgress(100.0 * row / total)
        fid = feature.id()
        fids.append(fid)
        attributes.append(tuple(map(feature.attribute, indexes)))
        geometry = feature.geometry()
        if geometry.isEmpty():  # a null geometry is empty too
            out.empty.append(fid)
            out.as_read[row] = geometry
            geometries.append(QgsGeometry())
            continue
        if transform is None and not curved(geometry.wkbType()):  # most parcels: as read, if valid
            fixed = not geometry.isGeosValid()
            if fixed:
                geometry = repaired(geometry)
        else:
            if curved(geometry.wkbType()):
                out.as_read[row] = geometry
            geometry, fixed = _valid(_to_working(geometry, transform, name, fid))
        if fixed:
            out.repaired.append(fid)
        geometries.append(geometry)
    return out


def column(parcels: Parcels, position: int) -> list:
    """The values of one requested attribute, NULL → None."""
    return [v if v.__class__ in _PLAIN else plain(v) for v in (a[position] for a in parcels.attributes)]


@dataclass
class Zones:
    """Zones of one constraint role, in the working CRS, with what was repaired or skipped."""

    geometries: list = field(default_factory=list)
    read: int = 0
    repaired: int = 0
    filtered_out: int = 0


def read_zones(source, name: str, crs, context, applies, field_names) -> Zones:
    """Polygon zones of a constraint layer that count for its role (``applies(attrs)``)."""
    kind = QgsWkbTypes.geometryType(source.wkbType())
    if kind != QgsWkbTypes.PolygonGeometry:
        raise fail(tr("Constraint layer “{}” holds {} geometries; its zones must be polygons.").format(
            name, QgsWkbTypes.displayString(source.wkbType())))
    if not has_real_crs(source.sourceCrs()):
        raise fail(tr("Constraint layer “{}” has no coordinate reference system; set it before the overlay.")
                   .format(name))
    indexes = []
    for field_name in field_names:
        index = source.fields().lookupField(field_name)
        if index < 0:
            raise fail(tr("Constraint layer “{}” has no field “{}”, which the rule pack filters on.")
                       .format(name, field_name))
        indexes.append(index)
    transform = None
    if source.sourceCrs() != crs:
        transform = QgsCoordinateTransform(source.sourceCrs(), crs, context.transformContext())
    zones = Zones()
    request = QgsFeatureRequest().setSubsetOfAttributes(indexes)
    flags = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
    for feature in source.getFeatures(request, flags):
        zones.read += 1
        attributes = feature.attributes()
        if not applies({n: plain(attributes[i]) for n, i in zip(field_names, indexes)}):
            zones.filtered_out += 1
            continue
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            continue
        geometry, fixed = _valid(_to_working(geometry, transform, name, feature.id()))
        zones.repaired += int(fixed)
        if not geometry.isEmpty():
            zones.geometries.append(geometry)
    return zones


def overlay(parcels: Parcels, zones: Zones, feedback=None) -> dict:
    """row → FULL or the parcel's part inside the zones (a valid QgsGeometry)."""
    pieces = {}
    zone_boxes = np.array([[b.xMinimum(), b.yMinimum(), b.xMaximum(), b.yMaximum()]
                           for b in (zone.boundingBox() for zone in zones.geometries)]).reshape(-1, 4)
    zone_of, row_of = parcels.box_grid().pairs(zone_boxes, np.arange(len(zone_boxes)))
    starts = np.flatnonzero(np.diff(zone_of, prepend=-1)).tolist() + [len(zone_of)]
    zone_of, row_of = zone_of.tolist(), row_of.tolist()
    for start, stop in zip(starts[:-1], starts[1:]):
        if feedback is not None and feedback.isCanceled():
            break
        zone = zones.geometries[zone_of[start]]
        engine = QgsGeometry.createGeometryEngine(zone.constGet())
        engine.prepareGeometry()
        for row in row_of[start:stop]:
            if pieces.get(row) is FULL:
                continue
            parcel = parcels.geometries[row].constGet()
            if engine.contains(parcel):
                pieces[row] = FULL
            elif engine.intersects(parcel):
                result = engine.intersection(parcel)
                # GEOS can fail on a nearly degenerate pair: retry once through QgsGeometry.
                piece = polygons_of(QgsGeometry(result) if result is not None
                                    else parcels.geometries[row].intersection(zone))
                if piece.isEmpty():
                    continue
                pieces.setdefault(row, []).append(piece)
    return {row: (p if p is FULL else (p[0] if len(p) == 1 else polygons_of(QgsGeometry.unaryUnion(p))))
            for row, p in pieces.items()}


def boxes_of(geometries: list, rows) -> np.ndarray:
    """(len(geometries), 4) bounding boxes of the geometries at ``rows``; NaN elsewhere and
    for empty ones (for a few rows: cheaper than parsing every parcel's vertices)."""
    out = np.full((len(geometries), 4), np.nan)
    for row in rows:
        geometry = geometries[row]
        if not geometry.isEmpty():
            box = geometry.boundingBox()
            out[row] = (box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum())
    return out


def polygons_of(geometry: QgsGeometry) -> QgsGeometry:
    """The polygonal part of a GEOS result (an intersection may add lines and points)."""
    if geometry.isNull():
        return QgsGeometry()
    if geometry.type() == QgsWkbTypes.PolygonGeometry:
        return geometry
    parts = [g for g in geometry.asGeometryCollection() if g.type() == QgsWkbTypes.PolygonGeometry]
    return QgsGeometry.collectGeometry(parts) if parts else QgsGeometry()


def overlap_m2(parcels: Parcels, pieces: dict, area: OfficialArea) -> np.ndarray:
    out = np.zeros(len(parcels.fids))
    partial = [(row, g) for row, g in pieces.items() if g is not FULL]
    for row, g in pieces.items():
        if g is FULL:
            out[row] = parcels.area_m2[row]
    if partial:
        out[[r for r, _ in partial]] = area.of([g for _, g in partial])
    return out


def touching_pairs(parcels: Parcels, rows, others_mask: np.ndarray, feedback=None, once: bool = False,
                   first_only: bool = False):
    """Pairs (i, j) with i in ``rows``, j where ``others_mask`` holds, and the parcels touch
    or overlap (exact GEOS test on the pairs whose boxes meet, found for all at once by
    rules/boxes.py). ``once``: when ``rows`` are the rows of ``others_mask``, each unordered
    pair once (i < j), half the tests. ``first_only``: one pair per i at most (enough to
    know that i has such a neighbour)."""
    candidates_i, candidates_j = meeting_pairs(parcels.boxes(), rows, np.flatnonzero(others_mask))
    if once:
        keep = candidates_j > candidates_i
        candidates_i, candidates_j = candidates_i[keep], candidates_j[keep]
    first, second = [], []
    geometries = parcels.geometries
    starts = np.flatnonzero(np.diff(candidates_i, prepend=-1)).tolist() + [len(candidates_i)]
    candidates_i, candidates_j = candidates_i.tolist(), candidates_j.tolist()
    for k, (start, stop) in enumerate(zip(starts[:-1], starts[1:])):
        if k % 1000 == 0 and feedback is not None and feedback.isCanceled():
            break
        i = candidates_i[start]
        engine = QgsGeometry.createGeometryEngine(geometries[i].constGet())
        engine.prepareGeometry()
        for j in candidates_j[start:stop]:
            if engine.intersects(geometries[j].constGet()):
                first.append(i)
                second.append(j)
                if first_only:
                    break
    return np.array(first, dtype=np.int64), np.array(second, dtype=np.int64)


# ── slope from a DEM ─────────────────────────────────────────────────────────────────

STRIP_ROWS = 1024  # DEM rows per strip: bounds memory whatever the DEM's size


def dem_slope_stats(path: str, name: str, parcels: Parcels, threshold_deg: float, area: OfficialArea,
                    context):
    """(mean slope °, share steeper than the threshold) per parcel from a DEM file."""
    ds = gdal.Open(path)
    if ds is None:
        raise fail(tr("DEM “{}” could not be opened.").format(name))
    srs = ds.GetSpatialRef()
    if srs is None:
        raise fail(tr("DEM “{}” has no coordinate reference system; set it (e.g. EPSG:4528) before "
                      "computing slopes.").format(name))
    gt = ds.GetGeoTransform()
    if gt[2] or gt[4]:
        raise fail(tr("DEM “{}” is rotated; warp it to a north-up grid first.").format(name))
    band = ds.GetRasterBand(1)
    rows, cols = ds.RasterYSize, ds.RasterXSize
    dem_crs = QgsCoordinateReferenceSystem.fromWkt(srs.ExportToWkt())
    ids = _id_raster(parcels, dem_crs, gt, rows, cols, area, context)
    n = len(parcels.fids)
    cells = np.bincount(ids[ids >= 0].astype(np.int64), minlength=n)
    samples = _sample_pixels(parcels, dem_crs, gt, cells, rows, cols, context)
    sums = SlopeSums(n, threshold_deg)
    sampled = {}
    for top in range(0, rows, STRIP_ROWS):
        height = min(STRIP_ROWS, rows - top)
        slope, weight = _strip_slope(band, srs, gt, rows, cols, top, height)
        sums.add(ids[top:top + height], slope, weight)
        for r, (line, col) in samples.items():
            if top <= line < top + height:
                sampled[r] = slope[line - top, col]
    stats = sums.stats()
    mean, share = stats.mean, stats.steep_share
    for r, value in sampled.items():
        if np.isfinite(value):
            mean[r], share[r] = value, float(value > threshold_deg)
    return mean, share


def _strip_slope(band, srs, gt, rows, cols, top, height):
    """Slope (°) of DEM rows top … top+height−1, read with one row of margin each side."""
    first, last = max(0, top - 1), min(rows, top + height + 1)
    elevation = band.ReadAsArray(0, first, cols, last - first).astype(np.float64)
    nodata = band.GetNoDataValue()
    valid = np.isfinite(elevation) if nodata is None else (elevation != nodata) & np.isfinite(elevation)
    weight = None
    if srs.IsGeographic():
        dx, dy = geographic_spacing(last - first, gt[3] + first * gt[5], gt[1], gt[5], cgcs2000())
        weight = (dx * dy)[top - first: top - first + height]
    else:
        unit = srs.GetLinearUnits() or 1.0
        dx, dy = abs(gt[1]) * unit, abs(gt[5]) * unit
    slope = slope_degrees(elevation, valid, dx, dy)
    return slope[top - first: top - first + height], weight


def _dem_vertices(parcels: Parcels, dem_crs, area: OfficialArea, context) -> RaggedPolygons:
    """The parcels' vertices in the DEM's CRS."""
    if dem_crs == parcels.crs:
        return parcels.vertex_arrays()
    if area.grid is not None and dem_crs == area.transform.destinationCrs():
        lon, lat = area.grid.inverse(*parcels.vertex_arrays().coords.T)
        return parcels.vertex_arrays().with_coords(np.column_stack([lon, lat]))
    transform = QgsCoordinateTransform(parcels.crs, dem_crs, context.transformContext())
    moved = []
    for g in parcels.geometries:
        g = QgsGeometry(g)
        if not g.isEmpty():
            g.transform(transform)
        moved.append(g)
    return vertices(moved)


def _id_raster(parcels, dem_crs, gt, rows, cols, area, context) -> np.ndarray:
    """Each DEM cell holds the row of the parcel covering its centre, or −1 (GDAL's rule)."""
    polygons = _dem_vertices(parcels, dem_crs, area, context)
    x, y = polygons.coords[:, 0], polygons.coords[:, 1]
    return cell_owners(polygons.with_coords(np.column_stack([(x - gt[0]) / gt[1], (y - gt[3]) / gt[5]])),
                       rows, cols)


def _sample_pixels(parcels, dem_crs, gt, cells, rows, cols, context) -> dict:
    """row → (line, column) of a DEM cell inside each parcel too small to hold a cell centre."""
    small = [r for r in np.flatnonzero(cells == 0) if not parcels.geometries[r].isEmpty()]
    transform = None if dem_crs == parcels.crs else QgsCoordinateTransform(
        parcels.crs, dem_crs, context.transformContext())
    out = {}
    for r in small:
        xy = QgsPointXY(parcels.geometries[r].pointOnSurface().asPoint())
        if transform is not None:
            xy = transform.transform(xy)
        col, line = int((xy.x() - gt[0]) / gt[1]), int((xy.y() - gt[3]) / gt[5])
        if 0 <= line < rows and 0 <= col < cols:
            out[r] = (line, col)
    return out
