"""The update package GeoPackage (DLTBGX, DLTBGXGC), written with OGR, all or nothing.

Field definitions are the county's own DLTB definitions (type, length, precision) where they
agree with the standard's type, the standard's (rules/survey_layers.toml) otherwise; the lengths
the standard fixes (BSM Char(18), TBBH Char(8), areas Float(15,2), KCXS Float(6,4) …) are always
the standard's. Each field carries its Chinese name as the GeoPackage's alternative name. The
file is written under a temporary name in the target folder and moved into place at the end.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from pathlib import Path

from osgeo import ogr, osr

from ..rules.survey_schema import layer_fields, layer_name_zh
from .atomic import replacing

OGR_TYPES = {"text": ogr.OFTString, "real": ogr.OFTReal, "integer": ogr.OFTInteger, "date": ogr.OFTDate}


@dataclass(frozen=True)
class FieldDef:
    name: str
    type: str  # text | real | integer | date
    length: int
    precision: int
    alias: str


@dataclass
class LayerData:
    """One layer to write: its name, field definitions, rows (dicts by field name) and each
    row's geometry as WKB (MultiPolygon, in the package's CRS)."""

    name: str
    fields: list
    rows: list
    wkb: list


class PackageError(RuntimeError):
    """The package could not be written (folder, disk, file in use …)."""


def package_fields(layer: str, base_defs: dict) -> list:
    """The fields of a package layer: ``base_defs`` maps the county's DLTB field names to
    (type, length, precision) as its layer declares them."""
    out = []
    for spec in layer_fields(layer):
        source = _source_name(layer, spec.name)
        own = base_defs.get(source) if source else None
        if own is not None and not spec.fixed and own[0] == spec.type:
            out.append(FieldDef(spec.name, spec.type, int(own[1]), int(own[2]), spec.name_zh))
        else:
            out.append(FieldDef(spec.name, spec.type, spec.length, spec.precision, spec.name_zh))
    return out


def _source_name(layer: str, name: str) -> str:
    """The DLTB field a package field copies its definition from ('' for the process fields)."""
    if layer != "DLTBGXGC":
        return name
    if name[:3] in ("BGQ", "BGH") and len(name) > 3:
        pair = name[3:]
        return "BSM" if pair == "TBBSM" else pair
    return ""


def write_package(path, crs_wkt: str, layers) -> Path:
    """Write ``layers`` (LayerData) into a new GeoPackage at ``path``; returns the path."""
    path = Path(path)
    if not path.parent.is_dir():
        raise PackageError(f"folder {path.parent} does not exist")
    try:
        with replacing(path, ".gpkg", create=False) as temporary:  # OGR creates the file itself
            _write(temporary, crs_wkt, layers)
    except (OSError, RuntimeError) as err:
        raise PackageError(f"{path} could not be written: {err}") from None
    return path


def _write(path: str, crs_wkt: str, layers) -> None:
    driver = ogr.GetDriverByName("GPKG")
    srs = osr.SpatialReference()
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    if srs.SetFromUserInput(crs_wkt) != 0:
        raise RuntimeError(f"unknown coordinate reference system {crs_wkt[:60]}")
    ds = driver.CreateDataSource(path)
    if ds is None:
        raise RuntimeError(f"cannot create {path}")
    try:
        for data in layers:
            _write_layer(ds, srs, data)
    finally:
        ds = None


def _write_layer(ds, srs, data: LayerData) -> None:
    layer = ds.CreateLayer(data.name, srs, ogr.wkbMultiPolygon, options=[
        "GEOMETRY_NAME=geom", f"DESCRIPTION={layer_name_zh(data.name)}"])
    if layer is None:
        raise RuntimeError(f"cannot create layer {data.name}")
    for spec in data.fields:
        definition = ogr.FieldDefn(spec.name, OGR_TYPES[spec.type])
        if spec.type in ("text", "real"):
            definition.SetWidth(spec.length)
            definition.SetPrecision(spec.precision)
        definition.SetAlternativeName(spec.alias)
        if layer.CreateField(definition) != 0:
            raise RuntimeError(f"cannot create field {data.name}.{spec.name}")
    definition = layer.GetLayerDefn()
    setters = [_setter(spec) for spec in data.fields]
    layer.StartTransaction()
    for row, wkb in zip(data.rows, data.wkb):
        feature = ogr.Feature(definition)
        for index, (spec, setter) in enumerate(zip(data.fields, setters)):
            value = row.get(spec.name)
            if value is not None and value != "":
                setter(feature, index, value)
        if wkb is not None:
            feature.SetGeometryDirectly(ogr.CreateGeometryFromWkb(bytes(wkb)))
        if layer.CreateFeature(feature) != 0:
            raise RuntimeError(f"cannot write a feature of {data.name}")
    layer.CommitTransaction()


def _setter(spec: FieldDef):
    """A typed setter (skips OGR's run-time dispatch: a third of the write time on big packages)."""
    if spec.type == "text":
        return lambda f, i, v: f.SetFieldString(i, str(v).strip())  # never cut: a value too long is for R105
    if spec.type == "real":
        return lambda f, i, v: f.SetField(i, round(float(v), spec.precision) if spec.precision else float(v))
    if spec.type == "integer":
        return lambda f, i, v: f.SetFieldInteger64(i, int(round(float(v))))
    return _set_date


def _set_date(feature, index: int, value) -> None:
    if isinstance(value, str):
        value = _dt.date.fromisoformat(value.replace("/", "-")[:10])
    feature.SetField(index, value.year, value.month, value.day, 0, 0, 0, 0)
