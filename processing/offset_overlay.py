"""landbalance:offsetoverlay_<pack id> — 补充林地两期叠加: the forest-offset packs' two-year overlay.

Ganzhou's pilot (seeds/000_9e49406886a189a5.txt, DOMAIN.md section 1): overlay an earlier
and a later year's parcel layers; the pieces that were mining land (0602) before and are
forest land after are the supplementary forest land, each with its official area, restored
yes/no (the later parcel's BZ marker), numbered from 1 per county as the reserve-bank form
(附件2) wants, with the centre in CGCS2000 Gauss–Krüger coordinates.
"""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProcessing,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QVariant

from ..rules import landclass
from ..rules.area import round_half_away
from ..rules.boxes import BoxGrid
from ..rules.gauss_kruger import survey_xy
from ..rules.survey import cgcs2000, decimals, m2_to_mu, official_m2
from ..i18n import pick
from .base import PackAlgorithm, fail
from .layer_output import name_on_load
from .pack_registry import with_refusal_note
from .overlay import boxes_of
from .parcels import (
    OfficialArea, cgcs2000_crs, check_polygon_source, plain, polygonal_part, read_parcels, report_reading,
    working_crs,
)
from .source_encoding import fix_source_encoding

YES, NO = "是", "否"
PIECE_FIELDS = (
    ("TBH", QVariant.Int, 0, 0), ("TBMJ_MU", QVariant.Double, 15, 2), ("X", QVariant.Double, 15, 3),
    ("Y", QVariant.Double, 15, 3), ("DLQK", QVariant.String, 60, 0), ("STXF", QVariant.String, 4, 0),
    ("RKMJ_MU", QVariant.Double, 15, 2), ("RKTBR", QVariant.String, 40, 0), ("COUNTY", QVariant.String, 12, 0),
    ("ZLDWDM", QVariant.String, 19, 0), ("ZLDWMC", QVariant.String, 255, 0), ("BGQ_BSM", QVariant.String, 18, 0),
    ("BGQ_DLBM", QVariant.String, 5, 0), ("BGH_BSM", QVariant.String, 18, 0), ("BGH_DLBM", QVariant.String, 5, 0),
    ("RULES", QVariant.String, 80, 0), ("BGH_TBMJ", QVariant.Double, 15, 2),
)


CAPABILITY = "offsetoverlay"


def offset_rule_sets(pack) -> list:
    return [rs for rs in pack.rule_sets if rs["kind"] == "offset"]


def applies(pack) -> bool:
    return bool(offset_rule_sets(pack))


class ForestOffsetAlgorithm(PackAlgorithm):
    CAPABILITY = CAPABILITY
    EARLIER = "EARLIER"
    FILLED_BY = "FILLED_BY"

    def __init__(self, pack=None):
        super().__init__(pack)
        self.spec = offset_rule_sets(pack)[0] if pack else None

    def displayName(self):
        return self.tr("Two-year overlay: {}").format(pick(self.pack.name_zh, self.pack.name_en))

    def group(self):
        return self.tr("Forest-land offset")

    def groupId(self):
        return "forestoffset"

    def shortHelpString(self):
        return self.tr(
            "Overlays an earlier and a later year's parcel layers (rule pack {}, {}): "
            "every piece that was one of the classes {} before and is one of {} after is a supplementary "
            "forest-land parcel. One row per piece: TBH (图斑号, from 1 per county), TBMJ_MU (图斑面积, the whole "
            "later parcel), X and Y (the piece's centre — a point inside it when its centroid falls outside — "
            "in CGCS2000 3° Gauss–Krüger coordinates of its own zone, whatever the layers' CRS: X the northing, "
            "Y the easting with the zone number in front, as the survey database stores them), DLQK (地类情况), "
            "STXF (生态修复情况 是/否 from the marker {}), RKMJ_MU (入库面积, the piece's official ellipsoidal "
            "area, mu), RKTBR (入库填报人) and BGH_TBMJ (the later parcel's official area, m²). Its rows are the "
            "rows of the reserve-bank form (landbalance:reservebankform).")\
            .format(self.pack.label, self.pack.document_zh, "、".join(self.spec["before_classes"]),
                    "、".join(self.spec["after_classes"]), self.spec["restored_marker"]["field"])

    def initAlgorithm(self, config=None):
        self.add_parcels(self.INPUT, self.tr("Parcels of the later year (DLTB)"), self.tr(
            "The later year's land-survey parcels (annual change survey) with DLBM, BSM, ZLDWDM and the restoration "
            "marker field."))
        self.add_parcels(self.EARLIER, self.tr("Parcels of the earlier year"), self.tr(
            "The earlier year's parcels (三调 or the previous change survey) with DLBM, BSM, ZLDWDM."))
        self.add_text(self.FILLED_BY, self.tr("Filled in by (入库填报人)"),
                      self.tr("The name of whoever fills in the reserve-bank form; written in every row."), default="")
        self.add_sink(self.OUTPUT, self.tr("Supplementary forest-land pieces"), self.tr(
            "One polygon per piece that was mining land before and is forest land after, with the form's columns."),
            QgsProcessing.TypeVectorPolygon)
        self.add_outputs(("PIECES", self.tr("Pieces")), ("BANK_AREA_MU", self.tr("Bank area (mu)")))
        self.add_rules_output()

    def _read(self, parameters, key, context, feedback, crs=None):
        fix_source_encoding(self, parameters, key, context, feedback)
        source = self.parameterAsSource(parameters, key, context)
        name = self.input_name(parameters, key, context)
        check_polygon_source(source, name)
        marker = self.spec["restored_marker"]["field"]
        needed = ["DLBM", "BSM", "ZLDWDM"] + ([marker] if key == self.INPUT else [])
        crs = crs or working_crs(source)
        optional = [f for f in ["ZLDWMC"] if source.fields().lookupField(f) >= 0]
        parcels = read_parcels(source, context, feedback, name, needed + optional, crs)
        report_reading(parcels, name, feedback)
        index = {f: parcels.fields.index(f) if f in parcels.fields else -1 for f in needed + ["ZLDWMC"]}
        return parcels, index

    def processAlgorithm(self, parameters, context, feedback):
        later, li = self._read(parameters, self.INPUT, context, feedback)
        earlier, ei = self._read(parameters, self.EARLIER, context, feedback, later.crs)
        before = landclass.expand(self.spec["before_classes"])
        after = landclass.expand(self.spec["after_classes"])
        marker = self.spec["restored_marker"]
        now = [r for r, a in enumerate(later.attributes) if landclass.normalise_code(plain(a[li["DLBM"]])) in after]
        then = [e for e, a in enumerate(earlier.attributes)
                if landclass.normalise_code(plain(a[ei["DLBM"]])) in before]
        # All (later, earlier) pairs whose boxes meet, in one numpy join (rules/boxes.py); only
        # the parcels of the classes in question are boxed.
        grid = BoxGrid(boxes_of(earlier.geometries, then), then)
        rows, others = (pairs.tolist() for pairs in grid.pairs(boxes_of(later.geometries, now)[now], now))
        pieces = []  # (later row, earlier row, geometry)
        engine, current = None, None
        for k, (r, e) in enumerate(zip(rows, others)):
            if k % 1000 == 0 and feedback.isCanceled():
                return {}
            if r != current:
                current = r
                engine = QgsGeometry.createGeometryEngine(later.geometries[r].constGet())
                engine.prepareGeometry()
            other = earlier.geometries[e].constGet()
            if not engine.intersects(other):
                continue
            piece = polygonal_part(QgsGeometry(engine.intersection(other)))
            if not piece.isEmpty():
                pieces.append((r, e, piece))
        area = OfficialArea(later.crs, context)
        piece_m2 = area.of([p for _, _, p in pieces]) if pieces else np.zeros(0)
        # Parcels that only touch give pieces of no area (0.00 m² once rounded): not pieces.
        kept = np.flatnonzero(official_m2(piece_m2) > 0) if pieces else np.zeros(0, dtype=int)
        if len(kept) < len(pieces):
            feedback.pushInfo(self.tr("{} pieces of no area (parcels that only touch) left out.").format(
                len(pieces) - len(kept)))
            pieces, piece_m2 = [pieces[k] for k in kept], piece_m2[kept]
        later_m2 = area.of([later.geometries[r] for r, _, _ in pieces]) if pieces else np.zeros(0)
        return self._write(parameters, context, later, li, earlier, ei, pieces, piece_m2, later_m2, marker)

    def _write(self, parameters, context, later, li, earlier, ei, pieces, piece_m2, later_m2, marker):
        fields = QgsFields()
        for name, kind, length, precision in PIECE_FIELDS:
            type_name = {QVariant.Int: "integer", QVariant.Double: "double"}.get(kind, "string")
            fields.append(QgsField(name, kind, type_name, length, precision))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields, QgsWkbTypes.MultiPolygon,
                                          later.crs)
        if sink is None:
            raise self.invalidSinkError(parameters, self.OUTPUT)
        filled_by = self.parameterAsString(parameters, self.FILLED_BY, context)
        digits = decimals("area_mu")
        piece_mu = round_half_away(m2_to_mu(round_half_away(piece_m2, 2)), digits)
        later_tbmj = official_m2(later_m2)
        whole_mu = round_half_away(m2_to_mu(later_tbmj), digits)
        centre_x, centre_y = centres_xy([p for _, _, p in pieces], later.crs, context)
        county_of = [str(plain(later.attributes[r][li["ZLDWDM"]]) or "")[:6] for r, _, _ in pieces]
        bsm = [str(plain(later.attributes[r][li["BSM"]]) or "") for r, _, _ in pieces]
        order = sorted(range(len(pieces)), key=lambda k: (county_of[k], bsm[k], pieces[k][1]))
        number, seen, features = {}, {}, []
        for k in order:
            seen[county_of[k]] = seen.get(county_of[k], 0) + 1
            number[k] = seen[county_of[k]]
        label = f"{self.pack.label}:{self.spec['id']}"
        for k in order:
            r, e, piece = pieces[k]
            la, ea = later.attributes[r], earlier.attributes[e]
            code = landclass.normalise_code(plain(la[li["DLBM"]]))
            found = landclass.lookup(code)
            restored = str(plain(la[li[marker["field"]]]) or "").strip() in marker["values"]
            feature = QgsFeature(fields)
            feature.setAttributes([
                number[k], float(whole_mu[k]), round(float(centre_x[k]), 3), round(float(centre_y[k]), 3),
                found.name if found else code, YES if restored else NO, float(piece_mu[k]), filled_by,
                county_of[k], plain(la[li["ZLDWDM"]]), plain(la[li["ZLDWMC"]]) if li["ZLDWMC"] >= 0 else None,
                str(plain(ea[ei["BSM"]]) or ""), landclass.normalise_code(plain(ea[ei["DLBM"]])), bsm[k], code, label,
                float(later_tbmj[k]),
            ])
            geometry = QgsGeometry(piece)
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
            features.append(feature)
        if features and not sink.addFeatures(features, QgsFeatureSink.FastInsert):
            raise fail(self.tr("Could not write to the output: {}").format(sink.lastError()))
        total = float(round_half_away(float(np.sum(piece_mu)), digits))
        name_on_load(context, dest, self.tr("Supplementary forest land_{}").format(
            pick(self.pack.name_zh, self.pack.name_en)))
        return {self.OUTPUT: dest, "PIECES": len(features), "BANK_AREA_MU": total,
                "RULES": with_refusal_note(label, self.pack)}


def inside_centre(geometry: QgsGeometry) -> QgsPointXY:
    """The centroid, or a point inside the polygon when the centroid falls outside it."""
    centroid = geometry.centroid()
    if not centroid.isEmpty() and geometry.contains(centroid):
        return centroid.asPoint()
    return geometry.pointOnSurface().asPoint()


def centres_xy(geometries, crs, context) -> tuple:
    """(X northing, Y easting with zone prefix) of each polygon's inside centre, in CGCS2000
    3° Gauss–Krüger of its own zone, as the reserve-bank form asks whatever the layer's CRS."""
    if not geometries:
        return np.zeros(0), np.zeros(0)
    transform = QgsCoordinateTransform(crs, cgcs2000_crs(), context.transformContext())
    points = [transform.transform(inside_centre(g)) for g in geometries]
    x, y, _ = survey_xy([p.x() for p in points], [p.y() for p in points], cgcs2000())
    return x, y


Algorithm = ForestOffsetAlgorithm
