"""The GEOS side of a change package: base parcels cut by the change polygons into pieces.

Everything happens in the base's own CRS (the package is written in it, and a parcel that keeps
its BSM keeps its geometry exactly); areas come from the survey formula whatever the CRS. The
base is read once for its geometries (as WKB) and the few fields numbering needs; only the
parcels a change touches are read again for all their attributes. Candidate pairs come from one
numpy join of bounding boxes (rules/boxes.py); each change polygon is prepared once (GEOS).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

import numpy as np
from qgis.core import QgsFeatureRequest, QgsGeometry

from ..i18n import tr
from ..rules.boxes import BoxGrid
from ..rules.change_codes import county_of
from ..rules.tables import cents_of
from .base import Cancelled, fail
from .parcels import (
    OfficialArea,
    Parcels,
    check_fields,
    check_geodetic,
    made_valid,
    plain,
    polygonal_part,
    read_parcels,
)

#: Base fields read for every parcel: identity and numbering.
INDEX_FIELDS = ("BSM", "TBBH", "ZLDWDM")


@dataclass
class Base:
    """The base DLTB: every parcel's geometry (WKB, base CRS) and numbering fields."""

    name: str
    source: object
    parcels: Parcels
    county: str
    field_names: tuple  # the DLTB-named fields the layer has

    def geometry(self, row: int) -> QgsGeometry:
        geometry = QgsGeometry()
        blob = self.parcels.wkb[row]
        if blob is not None:
            geometry.fromWkb(blob)
        return geometry

    def attributes(self, rows, names) -> list:
        """All ``names`` of the parcels at ``rows`` (one filtered request, no geometry)."""
        fids = [self.parcels.fids[r] for r in rows]
        fields = self.source.fields()
        indexes = [fields.lookupField(n) for n in names]
        request = QgsFeatureRequest().setFilterFids(fids).setFlags(QgsFeatureRequest.NoGeometry)
        request.setSubsetOfAttributes([i for i in indexes if i >= 0])
        found = {}
        for feature in self.source.getFeatures(request):
            found[feature.id()] = {n: (plain(feature.attribute(i)) if i >= 0 else None) for n, i in zip(names, indexes)}
        return [found[f] for f in fids]


def index_base(source, name: str, names, context, feedback) -> Base:
    """The base's geometries and numbering fields, and its county (the ZLDWDM most of its
    parcels lie in)."""
    parcels = read_parcels(source, context, feedback, name, INDEX_FIELDS, crs=source.sourceCrs(),
                           keep_geometries=False)
    return _based(source, name, names, parcels)


def index_attributes(source, name: str, names, context, feedback) -> Base:
    """The base's numbering fields and county without its geometries (one attribute-only pass:
    checking and applying a package need the geometry of the parcels it names only —
    ``load_geometries``)."""
    indexes = check_fields(source, name, INDEX_FIELDS)
    check_geodetic(source, name, context)
    parcels = Parcels(source.sourceCrs(), INDEX_FIELDS)
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.NoGeometry).setSubsetOfAttributes(indexes)
    for n, feature in enumerate(source.getFeatures(request)):
        if n % 10000 == 0 and feedback.isCanceled():
            raise Cancelled()
        parcels.fids.append(feature.id())
        parcels.attributes.append(tuple(map(feature.attribute, indexes)))
    parcels.wkb = [None] * len(parcels.fids)
    return _based(source, name, names, parcels)


def load_geometries(base: Base, rows) -> None:
    """The geometries (made valid, base CRS) of the parcels at ``rows``, in one filtered request."""
    row_of = {base.parcels.fids[r]: r for r in rows}
    request = QgsFeatureRequest().setFilterFids(list(row_of)).setNoAttributes()
    for feature in base.source.getFeatures(request):
        geometry = feature.geometry()
        if not geometry.isEmpty():
            geometry, _ = made_valid(geometry)
            base.parcels.wkb[row_of[feature.id()]] = bytes(geometry.asWkb())


def _based(source, name, names, parcels: Parcels) -> Base:
    if not parcels.fids:
        raise fail(tr("Layer “{}” has no features: there is no base to change.").format(name))
    county = Counter(county_of(z) for z in parcels.column("ZLDWDM")).most_common(1)[0][0]
    if not county:
        raise fail(tr("Base layer “{}”, field ZLDWDM: no parcel has a 坐落单位代码 whose first 6 digits name "
                      "the county.").format(name))
    present = tuple(n for n in names if source.fields().lookupField(n) >= 0)
    return Base(name, source, parcels, county, present)


def read_base(source, name: str, names, context, feedback) -> Base:
    """The base to make a package from: duplicate or empty BSMs are refused, naming them."""
    base = index_base(source, name, names, context, feedback)
    parcels = base.parcels
    counts = Counter(str(b).strip() for b in parcels.column("BSM") if b is not None)
    twice = sorted(b for b, n in counts.items() if n > 1)
    if twice:
        raise fail(tr("Base layer “{}”, field BSM: {} parcels share their BSM ({}); every parcel needs its own "
                      "标识码 before a package can be made.").format(name, len(twice), "、".join(twice[:10])))
    blank = [fid for fid, b in zip(parcels.fids, parcels.column("BSM")) if b is None or not str(b).strip()]
    if blank:
        raise fail(tr("Base layer “{}”, feature {}: field BSM is empty.").format(name, blank[0]))
    return base


@dataclass
class Cut:
    """Pieces of the base under the change polygons, and what is left of each touched parcel."""

    change_pieces: list = field(default_factory=list)  # (change row, base row, geometry)
    remainders: dict = field(default_factory=dict)  # base row → geometry left (absent: nothing left)
    touched: list = field(default_factory=list)  # base rows, ascending
    outside_m2: dict = field(default_factory=dict)  # change row → official m² outside the base


def check_overlaps(changes: Parcels, name: str, area: OfficialArea, feedback) -> None:
    """Change polygons overlapping each other by a cent of a m² or more: which one wins is not for
    the tool to guess; refused with both feature ids."""
    boxes = changes.boxes()
    rows = np.arange(len(changes.fids))
    first, second = BoxGrid(boxes, rows).pairs(boxes, rows)
    keep = first < second
    overlaps = []
    for i, j in zip(first[keep].tolist(), second[keep].tolist()):
        if feedback.isCanceled():
            raise Cancelled()
        a, b = changes.geometries[i], changes.geometries[j]
        if a.isEmpty() or b.isEmpty() or not a.intersects(b):
            continue
        common = polygonal_part(a.intersection(b))
        if not common.isEmpty():
            overlaps.append((i, j, common))
    if not overlaps:
        return
    m2 = area.of([g for _, _, g in overlaps])
    real = [(i, j, a) for (i, j, _), a in zip(overlaps, m2) if int(cents_of(a)) > 0]
    if real:
        i, j, a = real[0]
        raise fail(tr("Change layer “{}”: features {} and {} overlap ({:.2f} m²); which one is the land's new "
                      "state is not for the tool to guess. Correct the change polygons ({} overlaps).").format(
            name, changes.fids[i], changes.fids[j], a, len(real)))


def cut(changes: Parcels, base: Base, area: OfficialArea, feedback) -> Cut:
    """Every change polygon ∩ base parcel (a prepared change against the parcels whose boxes meet
    it: ``contains`` gives the whole parcel), then each touched parcel minus its changes."""
    out = Cut()
    grid = base.parcels.box_grid()
    boxes = changes.boxes()
    change_rows, base_rows = grid.pairs(boxes, np.arange(len(changes.fids)))
    covering: dict = {}  # base row → change rows
    whole = set()
    starts = np.flatnonzero(np.diff(change_rows, prepend=-1)).tolist() + [len(change_rows)]
    change_rows, base_rows = change_rows.tolist(), base_rows.tolist()
    for n, (start, stop) in enumerate(zip(starts[:-1], starts[1:])):
        if n % 200 == 0:
            if feedback.isCanceled():
                raise Cancelled()
            feedback.setProgress(100.0 * n / max(len(starts), 1))
        i = change_rows[start]
        engine = QgsGeometry.createGeometryEngine(changes.geometries[i].constGet())
        engine.prepareGeometry()
        for j in base_rows[start:stop]:
            parcel = base.geometry(j)
            if parcel.isEmpty():
                continue
            if engine.contains(parcel.constGet()):
                piece = parcel
                whole.add(j)
            elif engine.intersects(parcel.constGet()):
                piece = polygonal_part(QgsGeometry(engine.intersection(parcel.constGet())))
                if piece.isEmpty():
                    continue
            else:
                continue
            out.change_pieces.append((i, j, piece))
            covering.setdefault(j, []).append(i)
    out.touched = sorted(covering)
    for j in out.touched:
        if j in whole:
            continue
        parcel = base.geometry(j)
        cover = [changes.geometries[i] for i in covering[j]]
        rest = polygonal_part(parcel.difference(cover[0] if len(cover) == 1 else QgsGeometry.unaryUnion(cover)))
        if not rest.isEmpty():
            out.remainders[j] = rest
    out.outside_m2 = _outside(changes, out, area)
    return out


def _outside(changes: Parcels, cut_: Cut, area: OfficialArea) -> dict:
    """Official m² of each change polygon that lies on no base parcel (clipped off, reported)."""
    pieces_of: dict = {}
    for i, _, piece in cut_.change_pieces:
        pieces_of.setdefault(i, []).append(piece)
    total = area.of(changes.geometries)
    covered = np.zeros(len(changes.fids))
    if cut_.change_pieces:
        m2 = area.of([p for _, _, p in cut_.change_pieces])
        np.add.at(covered, [i for i, _, _ in cut_.change_pieces], m2)
    out = {}
    for i in range(len(changes.fids)):
        if i not in pieces_of:
            out[i] = float(total[i])
        elif total[i] - covered[i] > 0.005:
            rest = polygonal_part(changes.geometries[i].difference(QgsGeometry.unaryUnion(pieces_of[i])))
            if not rest.isEmpty():
                out[i] = float(area.of([rest])[0])
    return out


def shares_boundary(a: QgsGeometry, b: QgsGeometry) -> bool:
    """Whether two pieces have a stretch of boundary in common (not just a point)."""
    engine = QgsGeometry.createGeometryEngine(a.constGet())
    matrix = engine.relate(b.constGet())
    return bool(matrix) and matrix[4] in "12"


def union(geometries) -> QgsGeometry:
    """One (multi)polygon of pieces that share boundaries (one piece: itself)."""
    geometries = [g for g in geometries if not g.isEmpty()]
    if len(geometries) == 1:
        out = QgsGeometry(geometries[0])
    else:
        out = polygonal_part(QgsGeometry.unaryUnion(geometries))
    out.convertToMultiType()
    return out


def without_sliver_parts(geometries: list, area: OfficialArea, limit_m2: float) -> list:
    """The pieces with their polygon parts of ``limit_m2`` or less left out (GEOS leaves such
    crumbs along boundaries cut twice); a piece made only of crumbs is kept whole, for the area
    balance's sliver rule."""
    multi = [k for k, g in enumerate(geometries) if g.isMultipart() and g.constGet().numGeometries() > 1]
    if not multi:
        return geometries
    parts = [(k, part) for k in multi for part in geometries[k].asGeometryCollection()]
    m2 = area.of([p for _, p in parts])
    kept: dict = {}
    for (k, part), a in zip(parts, m2.tolist()):
        if a > limit_m2:
            kept.setdefault(k, []).append(part)
    out = list(geometries)
    for k, keep in kept.items():
        if len(keep) < geometries[k].constGet().numGeometries():
            out[k] = QgsGeometry.collectGeometry(keep)
    return out
