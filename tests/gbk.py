"""Write a county-style shapefile: GBK text, no .cpg, LDID 0 (tests only)."""

from __future__ import annotations

from pathlib import Path

from osgeo import gdal, ogr, osr


def write_gbk_shapefile(path: Path, rows, epsg: int = 4528) -> Path:
    """rows: (ZLDWMC, WKT). QGIS sets SHAPE_ENCODING="" process-wide once it has opened a
    shapefile, which would make OGR write UTF-8; unset it while writing."""
    previous = gdal.GetConfigOption("SHAPE_ENCODING")
    gdal.SetConfigOption("SHAPE_ENCODING", None)
    try:
        ds = ogr.GetDriverByName("ESRI Shapefile").CreateDataSource(str(path))
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(epsg)
        layer = ds.CreateLayer(path.stem, srs, ogr.wkbPolygon, options=["ENCODING=CP936"])
        layer.CreateField(ogr.FieldDefn("ZLDWMC", ogr.OFTString))
        for town, wkt in rows:
            feature = ogr.Feature(layer.GetLayerDefn())
            feature.SetField("ZLDWMC", town)
            feature.SetGeometry(ogr.ForceToPolygon(ogr.CreateGeometryFromWkt(wkt)))
            layer.CreateFeature(feature)
        ds = None
    finally:
        gdal.SetConfigOption("SHAPE_ENCODING", previous)
    path.with_suffix(".cpg").unlink(missing_ok=True)
    dbf = bytearray(path.with_suffix(".dbf").read_bytes())
    dbf[29] = 0
    path.with_suffix(".dbf").write_bytes(bytes(dbf))
    assert rows[0][0].encode("gbk") in dbf, "the .dbf is not GBK"
    return path
