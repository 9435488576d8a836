"""Reading parcel layers for the rules: checks, repair, reprojection to CGCS2000, WKB.

The one place where QGIS features become the plain arrays rules/ works on. Features are
read in bulk, never queried one by one; invalid geometries are repaired, counted and
kept (one output row per input feature, always).
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
    QgsProcessingFeatureSource,
    QgsWkbTypes,
)

from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

from ..i18n import tr
from ..rules.area import survey_areas
from ..rules.survey import cgcs2000, geographic_crs, official_m2
from ..rules.wkb import ragged_from_wkb
from .base import fail


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
    """The polygons of a geometry (makeValid may return lines or points beside them)."""
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


@dataclass
class ParcelGeometries:
    """What the rules need from a parcel layer, in read order."""

    fids: list = field(default_factory=list)
    keys: list = field(default_factory=list)
    wkb: list = field(default_factory=list)  # CGCS2000 geographic, one blob per feature
    repaired: set = field(default_factory=set)  # fids whose geometry was invalid and repaired
    empty: list = field(default_factory=list)  # fids without geometry

    def official_areas(self, chunk: int = 20000) -> np.ndarray:
        """TBMJ of every parcel: the survey's ellipsoidal area, m², 2 decimals.

        In chunks, so that the formula's per-vertex temporaries stay small on a county."""
        ellipsoid = cgcs2000()
        parts = [survey_areas(ragged_from_wkb(self.wkb[i:i + chunk]), ellipsoid)
                 for i in range(0, len(self.wkb), chunk)]
        return official_m2(np.concatenate(parts)) if parts else np.zeros(0)


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


def read_parcels(source, context, feedback, key_indexes=(), name: str = "") -> ParcelGeometries:
    """One pass over the source: group keys and each geometry as CGCS2000 WKB (reprojected
    by the feature iterator itself, in C++), repairing and counting invalid geometries."""
    request = QgsFeatureRequest().setSubsetOfAttributes(list(key_indexes))
    target = cgcs2000_crs()
    failed = []
    # A transformed circular arc stays an arc in degrees, which it is not on the ground:
    # curved layers are segmentised in their own CRS first, then transformed here.
    curved = QgsWkbTypes.isCurvedType(source.wkbType())
    transform = None
    if source.sourceCrs() != target and curved:
        transform = QgsCoordinateTransform(source.sourceCrs(), target, context.transformContext())
    elif source.sourceCrs() != target:
        request.setDestinationCrs(target, context.transformContext())
        request.setTransformErrorCallback(lambda feature: failed.append(feature.id()))
    flags = QgsProcessingFeatureSource.FlagSkipGeometryValidityChecks
    total = source.featureCount()
    step = 100.0 / total if total > 0 else 0
    out = ParcelGeometries()
    for i, feature in enumerate(source.getFeatures(request, flags)):
        if feedback.isCanceled():
            break
        fid = feature.id()
        out.fids.append(fid)
        # feature.attributes() converts every field to Python: 30 fields cost more than the area.
        out.keys.append(tuple(plain(feature.attribute(j)) for j in key_indexes))
        geometry = feature.geometry()
        if geometry.isNull() or geometry.isEmpty():
            out.empty.append(fid)
            out.wkb.append(None)
            continue
        if QgsWkbTypes.isCurvedType(geometry.wkbType()):
            geometry = QgsGeometry(geometry.constGet().segmentize())
        if not geometry.isGeosValid():
            geometry = repaired(geometry)
            out.repaired.add(fid)
        if transform is not None:
            try:
                geometry.transform(transform)
            except QgsCsException:
                failed.append(fid)
                continue
        out.wkb.append(bytes(geometry.asWkb()))
        if step and i % 1000 == 0:
            feedback.setProgress(i * step)
    if failed:
        raise fail(tr("Layer “{}”, feature {}: its coordinates cannot be transformed to CGCS2000 "
                      "(check the layer's CRS).").format(name, failed[0]))
    return out
