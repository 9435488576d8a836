"""Writing small GeoPackage layers for tests (OGR only, no QGIS)."""

from __future__ import annotations

from osgeo import ogr, osr


def create_layer(path, name, epsg, geom_type=ogr.wkbMultiPolygon, with_crs=True, fields=()):
    """A new layer in a (new or existing) GeoPackage, with text fields; returns (dataset, layer)."""
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.Open(str(path), 1) if path.exists() else driver.CreateDataSource(str(path))
    srs = None
    if with_crs:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
    layer = ds.CreateLayer(name, srs, geom_type)
    for field_name in fields:
        layer.CreateField(ogr.FieldDefn(field_name, ogr.OFTString))
    return ds, layer


def add_feature(layer, values: dict, geometry, geom_type=ogr.wkbMultiPolygon):
    """One feature; None values and a None geometry are left unset (NULL)."""
    feature = ogr.Feature(layer.GetLayerDefn())
    for field_name, value in values.items():
        if value is not None:
            feature.SetField(field_name, value)
    if geometry is not None:
        feature.SetGeometry(ogr.ForceToMultiPolygon(geometry) if geom_type == ogr.wkbMultiPolygon else geometry)
    layer.CreateFeature(feature)
