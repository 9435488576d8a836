"""Reading an update package (DLTBGX, DLTBGXGC) and the base it belongs to.

Shared by the validator and apply: each package layer's rows as plain dicts with their
geometries, field definitions and CRS; the refusals a technician must fix before anything can
be checked or applied (not a GeoPackage, a base in another CRS, a package of another county).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import QgsFeatureRequest, QgsGeometry, QgsVectorLayer, QgsWkbTypes

from ..i18n import tr
from ..rules.change_codes import county_of
from ..rules.package_rules.base import GC, GX, LAYERS, LayerInfo
from .base import Cancelled, fail
from .changepackage import field_definitions
from .parcels import plain


@dataclass
class PackageLayer:
    info: LayerInfo
    records: list = field(default_factory=list)
    geometries: list = field(default_factory=list)
    crs: object = None


def open_package(path: str, feedback) -> dict:
    """{'DLTBGX': PackageLayer, 'DLTBGXGC': PackageLayer}; a missing layer is marked absent."""
    if not path or not Path(path).is_file():
        raise fail(tr("Update package “{}” does not exist.").format(path))
    out = {}
    for name in LAYERS:
        layer = QgsVectorLayer(f"{path}|layername={name}", name, "ogr")
        if not layer.isValid():
            out[name] = PackageLayer(LayerInfo(present=False))
            continue
        out[name] = _read_layer(layer, feedback)
    if not any(layer.info.present for layer in out.values()):
        raise fail(tr("“{}” holds neither DLTBGX nor DLTBGXGC: it is not an update package.").format(path))
    return out


def _read_layer(layer: QgsVectorLayer, feedback) -> PackageLayer:
    crs = layer.crs()
    epsg = crs.postgisSrid() if crs.isValid() and crs.authid().startswith("EPSG:") else None
    info = LayerInfo(present=True, polygon=layer.geometryType() == QgsWkbTypes.PolygonGeometry, crs_epsg=epsg,
                     crs_geographic=crs.isGeographic(), fields=field_definitions(layer))
    names = layer.fields().names()
    out = PackageLayer(info, crs=crs)
    for n, feature in enumerate(layer.getFeatures(QgsFeatureRequest())):
        if n % 5000 == 0 and feedback.isCanceled():
            raise Cancelled()
        out.records.append({name: plain(value) for name, value in zip(names, feature.attributes())})
        out.geometries.append(QgsGeometry(feature.geometry()))
    return out


def package_county(layers: dict) -> str:
    """The county most of the package's locations lie in."""
    codes = Counter(county_of(r.get("ZLDWDM")) for r in layers[GX].records)
    codes.update(county_of(r.get("BGQZLDWDM")) for r in layers[GC].records)
    codes.pop("", None)
    return codes.most_common(1)[0][0] if codes else ""


def check_matches_base(layers: dict, package_path: str, base_crs, base_name: str, base_county: str) -> None:
    """A package is checked or applied against its own county's base, in the same CRS."""
    for name, layer in layers.items():
        if layer.info.present and layer.crs is not None and layer.crs != base_crs:
            raise fail(tr("Update package “{}”, layer {}: its CRS {} is not that of the base “{}” ({}); a package "
                          "is made from and applied to a base in its own CRS.").format(
                package_path, name, layer.crs.authid() or layer.crs.description(), base_name,
                base_crs.authid() or base_crs.description()))
    county = package_county(layers)
    if county and county != base_county:
        raise fail(tr("Update package “{}”, field ZLDWDM: the package belongs to county {}, the base “{}” to "
                      "county {}.").format(package_path, county, base_name, base_county))
