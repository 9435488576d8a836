"""landbalance:applychangepackage — 应用更新包: the year-end DLTB from the base and a package.

The base is never modified: the output is a new layer with the base's fields holding every base
parcel the package does not replace (its DLTBGXGC rows' BGQTBBSM), as it is, and every DLTBGX
parcel. Checked first, so nothing is half-written: the package's CRS and county are the base's,
every before-parcel exists in the base, and no new parcel takes a BSM the base still uses.
"""

from __future__ import annotations

from collections import Counter

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsGeometry,
    QgsProcessing,
    QgsWkbTypes,
)

from ..rules.package_rules.base import GC, GX, has_before, text
from .base import Cancelled, LandBalanceAlgorithm, LandSurveyGroup, fail
from .changepackage import layer_name
from .package_reader import check_matches_base, open_package
from .change_overlay import index_attributes
from .parcels import check_polygon_source, plain
from .source_encoding import fix_source_encoding

CAPABILITY = "applychangepackage"
BATCH = 5000


class ApplyChangePackage(LandSurveyGroup, LandBalanceAlgorithm):
    BASE = "BASE"
    PACKAGE = "PACKAGE"

    def name(self):
        return CAPABILITY

    def displayName(self):
        return self.tr("Apply a change package")

    def shortHelpString(self):
        return self.tr(
            "Applies an annual change-survey update package to the base DLTB, as the survey database does at the "
            "year's end (《第三次全国国土调查技术规程》TD/T 1055—2019 and the annual change survey's rules): every "
            "base parcel named as a before-parcel (BGQTBBSM) in DLTBGXGC is replaced by the DLTBGX parcels. The "
            "output is a new layer with the base's fields; the base is never modified. Refused before anything is "
            "written: a package in another CRS or of another county, a before-parcel the base lacks, a new BSM "
            "the base still uses.")

    def initAlgorithm(self, config=None):
        self.add_parcels(self.BASE, self.tr("Base parcels (DLTB)"),
                         self.tr("The DLTB the package was made from; it is read, never changed."))
        self.add_file(self.PACKAGE, self.tr("Update package (GeoPackage)"),
                      self.tr("A GeoPackage with DLTBGX and DLTBGXGC in the base's CRS."), "gpkg")
        self.add_sink(self.OUTPUT, self.tr("Year-end parcels (DLTB)"), self.tr(
            "A new layer with the base's fields: the parcels the package leaves as they were, and its DLTBGX "
            "parcels."), QgsProcessing.TypeVectorPolygon)
        self.add_outputs(("PARCELS", self.tr("Year-end parcels")), ("REPLACED", self.tr("Base parcels replaced")),
                         ("ADDED", self.tr("Update parcels added")))

    def processAlgorithm(self, parameters, context, feedback):
        fix_source_encoding(self, parameters, self.BASE, context, feedback)
        source = self.parameterAsSource(parameters, self.BASE, context)
        name = layer_name(self, parameters, self.BASE, context)
        check_polygon_source(source, name)
        path = self.parameterAsFile(parameters, self.PACKAGE, context)
        layers = open_package(path, feedback)
        for layer in (GX, GC):
            if not layers[layer].info.present:
                raise fail(self.tr("Update package “{}” has no layer {}.").format(path, layer))
        bsm_of, county = self._index(source, name, context, feedback)
        check_matches_base(layers, path, source.sourceCrs(), name, county)
        replaced = self._replaced(layers, path, bsm_of)
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, source.fields(),
                                          QgsWkbTypes.multiType(source.wkbType()), source.sourceCrs())
        if sink is None:
            raise self.invalidSinkError(parameters, self.OUTPUT)
        kept = self._copy_base(source, sink, replaced, feedback)
        added = self._add_parcels(source, sink, layers[GX])
        return {self.OUTPUT: dest, "PARCELS": kept + added, "REPLACED": len(replaced), "ADDED": added}

    def _index(self, source, name, context, feedback):
        """BSM → count over the base (duplicates refused), and its county; no geometry read."""
        base = index_attributes(source, name, (), context, feedback)
        bsm = Counter(text(b) for b in base.parcels.column("BSM"))
        twice = sorted(b for b, n in bsm.items() if n > 1 and b)
        if twice:
            raise fail(self.tr("Base layer “{}”, field BSM: {} parcels share their BSM ({}).").format(
                name, len(twice), "、".join(twice[:10])))
        return bsm, base.county

    def _replaced(self, layers, path, bsm_of) -> set:
        replaced = {text(r.get("BGQTBBSM")) for r in layers[GC].records if has_before(r)}
        missing = sorted(b for b in replaced if b not in bsm_of)
        if missing:
            raise fail(self.tr("Update package “{}”, layer DLTBGXGC, field BGQTBBSM: the before-parcels {} are not in "
                               "the base.").format(path, "、".join(missing[:10])))
        clash = sorted(text(r.get("BSM")) for r in layers[GX].records
                       if text(r.get("BSM")) in bsm_of and text(r.get("BSM")) not in replaced)
        if clash:
            raise fail(self.tr("Update package “{}”, layer DLTBGX, field BSM: {} is still used by a base parcel the "
                               "package does not replace.").format(path, "、".join(clash[:10])))
        return replaced

    def _copy_base(self, source, sink, replaced: set, feedback) -> int:
        index = source.fields().lookupField("BSM")
        total = max(source.featureCount(), 1)
        batch, written = [], 0
        to_multi = not QgsWkbTypes.isMultiType(source.wkbType())
        for n, feature in enumerate(source.getFeatures()):
            if n % 5000 == 0:
                if feedback.isCanceled():
                    raise Cancelled()
                feedback.setProgress(90.0 * n / total)
            if text(plain(feature.attribute(index))) in replaced:
                continue
            if to_multi and feature.hasGeometry():
                geometry = feature.geometry()
                geometry.convertToMultiType()
                feature.setGeometry(geometry)
            batch.append(feature)
            if len(batch) >= BATCH:
                written += self._flush(sink, batch)
        return written + self._flush(sink, batch)

    def _add_parcels(self, source, sink, layer) -> int:
        fields = source.fields()
        features = []
        for record, shape in zip(layer.records, layer.geometries):
            feature = QgsFeature(fields)
            # A GeoPackage output numbers the new rows itself: never carry the package's fid over.
            feature.setAttributes([None if f.name().lower() == "fid" else record.get(f.name()) for f in fields])
            geometry = QgsGeometry(shape)
            geometry.convertToMultiType()
            feature.setGeometry(geometry)
            features.append(feature)
        return self._flush(sink, features)

    def _flush(self, sink, batch) -> int:
        if batch and not sink.addFeatures(batch, QgsFeatureSink.FastInsert):
            raise fail(self.tr("Could not write to the output: {}").format(sink.lastError()))
        count = len(batch)
        batch.clear()
        return count


def algorithms(packs) -> list:
    return [ApplyChangePackage()]
