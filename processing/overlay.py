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
    QgsFeatureRequest,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingFeatureSource,
    QgsWkbTypes,
)

from ..i18n import tr
from ..rules.area import RaggedPolygons
from ..rules.boxes import meeting_pairs
from ..rules.rasterize import cell_owners
from ..rules.slope import SlopeSums, geographic_spacing, slope_degrees
from ..rules.survey import cgcs2000
from .base import Cancelled, fail
from .parcels import OfficialArea, Parcels, has_real_crs, made_valid, plain, polygonal_part, to_working, vertices

FULL = "full"  # marker: the zone covers the whole parcel
AREA_CHUNK = 20000  # geometries per vectorised area pass
_PLAIN = (str, int, float)  # attribute values that need no conversion


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
        geometry, fixed = made_valid(to_working(geometry, transform, name, feature.id()))
        zones.repaired += int(fixed)
        # Each part on its own: a dissolved layer is one feature of many parts, and a part's
        # box finds far fewer parcels, its GEOS tests see far fewer vertices, than the whole.
        zones.geometries += [part for part in geometry.asGeometryCollection() if not part.isEmpty()] \
            if geometry.isMultipart() else ([geometry] if not geometry.isEmpty() else [])
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
                piece = polygonal_part(QgsGeometry(result) if result is not None
                                    else parcels.geometries[row].intersection(zone))
                if piece.isEmpty():
                    continue
                pieces.setdefault(row, []).append(piece)
    return {row: (p if p is FULL else (p[0] if len(p) == 1 else polygonal_part(QgsGeometry.unaryUnion(p))))
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

STRIP_ROWS = 256  # DEM rows per strip: bounds memory whatever the DEM's size; progress and cancel between strips


def dem_slope_stats(path: str, name: str, parcels: Parcels, threshold_deg: float, area: OfficialArea,
                    context, feedback=None):
    """(mean slope °, share steeper than the threshold) per parcel from a DEM file; progress
    by strip of DEM rows, and a cancel between strips raises ``Cancelled``."""
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
        if feedback is not None:
            if feedback.isCanceled():
                raise Cancelled()
            feedback.setProgress(100.0 * top / rows)
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
    return cell_owners(_dem_vertices(parcels, dem_crs, area, context), rows, cols, (gt[0], gt[1], gt[3], gt[5]))


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
