"""Columnar reading of a whole OGR file layer (GDAL's Arrow stream), for the parcel reader.

A Processing source reads feature by feature through QGIS, which costs a few microseconds of
Python per parcel; for a GeoPackage or shapefile read whole (no selection, no subset string,
no unsaved edits) GDAL ≥ 3.6 hands out the same features as columns — the fids, the fields
asked for and the geometries as WKB — in batches, in the provider's order. The reader
(processing/parcels.py) then treats both the same way, so both paths give the same parcels.
"""

from __future__ import annotations

import codecs
import os
import threading
from dataclasses import dataclass

import numpy as np
from osgeo import gdal, ogr
from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProviderRegistry

from .gpkg_rtree import build_index, copy_index, has_rtree, literal, quoted

BATCH = 50000  # features per Arrow batch: progress and cancel between batches
DRIVERS = ("GPKG", "ESRI Shapefile")  # the file formats read this way (and tested)


@dataclass(frozen=True)
class OgrLayer:
    """Where a whole layer lives: file, layer name, driver, open options (the text encoding)."""

    path: str
    layer: str
    driver: str
    open_options: tuple = ()

    def open(self):
        """(dataset, layer) opened read-only; the dataset must be kept while the layer is used."""
        ds = gdal.OpenEx(self.path, gdal.OF_VECTOR | gdal.OF_READONLY, open_options=list(self.open_options))
        if ds is None:
            return None, None
        layer = ds.GetLayerByName(self.layer) if self.layer else ds.GetLayer(0)
        return ds, layer


def ogr_layer(layer, value) -> OgrLayer | None:
    """The file behind a Processing source parameter when the source is that whole file layer,
    else None (memory, PostGIS, a selection, a feature limit, a subset string, edits …)."""
    if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
            value.selectedFeaturesOnly or value.featureLimit >= 0 or getattr(value, "filterExpression", "")):
        return None
    if layer is None or layer.providerType() != "ogr" or layer.subsetString() or layer.isEditable():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = parts.get("path") or ""
    if not os.path.isfile(path) or parts.get("subset"):
        return None
    identified = gdal.IdentifyDriverEx(path, gdal.OF_VECTOR)
    driver = identified.ShortName if identified is not None else ""
    if driver not in DRIVERS:
        return None
    name = parts.get("layerName") or ""
    if not name:  # a layer given by its index (or none): look it up
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_READONLY)
        index = parts.get("layerId") or 0
        if ds is None or index >= ds.GetLayerCount():
            return None
        name = ds.GetLayer(index).GetName()
    options = ()
    if driver == "ESRI Shapefile":
        encoding = layer.dataProvider().encoding()
        try:
            codecs.lookup(encoding)
        except (LookupError, TypeError):
            return None  # "System" or unknown to Python: let QGIS decode it
        options = (f"ENCODING={encoding}",)
    return OgrLayer(path, name, driver, options)


@dataclass
class Columns:
    """A layer read as columns, in the provider's order."""

    fids: np.ndarray
    values: dict          # field name → list of Python values (None for NULL)


def _python_values(column, field_type) -> list:
    """An Arrow column as the Python values QGIS gives (str, int, float, date, None)."""
    mask = np.ma.getmaskarray(column) if np.ma.isMaskedArray(column) else None
    data = np.ma.getdata(column)
    if data.dtype.kind == "S":
        # A county has a few dozen townships and classes: decode each distinct value once.
        distinct, inverse = np.unique(data, return_inverse=True)
        if len(distinct) * 4 < len(data):
            texts = [b.decode("utf-8") for b in distinct.tolist()]
            values = [texts[i] for i in inverse.tolist()]
        else:
            values = [b.decode("utf-8") for b in data.tolist()]
    elif data.dtype.kind == "M":
        values = data.astype("datetime64[us]").astype(object).tolist()
        if field_type == ogr.OFTDate:
            values = [v.date() if v is not None else None for v in values]
    else:
        values = data.tolist()
    if mask is not None and mask.any():
        for row in np.flatnonzero(mask).tolist():
            values[row] = None
    return values


def read_columns(source: OgrLayer, field_names, geometries, feedback=None, total: int = 0) -> Columns | None:
    """fids and the named fields of every feature, the geometries handed to
    ``geometries(wkb, fids)`` batch by batch (WKB bytes, None without geometry); None if GDAL
    cannot stream this layer (the caller then reads it through QGIS). Raises
    ``InterruptedError`` on cancel."""
    ds, layer = source.open()
    if layer is None:
        return None
    definition = layer.GetLayerDefn()
    types = {definition.GetFieldDefn(i).GetName(): definition.GetFieldDefn(i).GetType()
             for i in range(definition.GetFieldCount())}
    wanted = set(field_names)
    if not wanted <= set(types):
        return None
    layer.SetIgnoredFields([name for name in types if name not in wanted])
    geometry_column = layer.GetGeometryColumn() or "wkb_geometry"
    fid_column = layer.GetFIDColumn() or "OGC_FID"
    try:
        stream = layer.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES", f"MAX_FEATURES_IN_BATCH={BATCH}"])
    except Exception:  # noqa: BLE001 — a driver without the stream: read through QGIS
        return None
    fids, values = [], {name: [] for name in field_names}
    done = 0
    for batch in stream:
        if feedback is not None:
            if feedback.isCanceled():
                raise InterruptedError()
            feedback.setProgress(100.0 * done / max(total, 1))
        fids.append(np.asarray(batch[fid_column], dtype=np.int64))
        done += len(fids[-1])
        for name in field_names:
            values[name] += _python_values(batch[name], types[name])
        column = batch.pop(geometry_column, None)
        wkb = [None] * len(fids[-1]) if column is None else [None if g is None else bytes(g) for g in column.tolist()]
        del batch, column
        geometries(wkb, fids[-1].tolist())
    del ds
    return Columns(np.concatenate(fids) if fids else np.zeros(0, dtype=np.int64), values)


# ── writing a GeoPackage in bulk ─────────────────────────────────────────────────────

_OGR_TYPES = {"double": ogr.OFTReal, "string": ogr.OFTString, "integer": ogr.OFTInteger64}


def gpkg_path(destination: str) -> str:
    """The file of a destination that is a plain new GeoPackage ('…/x.gpkg'), else ''."""
    if not destination or "|" in destination or ":" in os.path.splitdrive(destination)[1] \
            or not destination.lower().endswith(".gpkg"):
        return ""
    return destination


class GpkgCopy:
    """A whole source layer copied into a new GeoPackage at ``path`` (one layer named after
    the file, multi-part geometries, a GeoPackage's own fids — a shapefile's renumbered 1…n in
    read order), then completed by ``finish``.

    The copy and its spatial index are GDAL's (C++, the GIL released), in a thread started
    at once, so it runs while the algorithm reads and measures. A GeoPackage source's own
    R-tree, when it fits the copy, becomes the copy's index (processing/gpkg_rtree.py: GDAL
    3.6 would otherwise build it row by row, longer than the copy takes). Built under a temporary name
    in the same folder, moved into place when complete; ``abandon`` (cancel, error) leaves
    nothing, not even the file QGIS made for the output. The thread touches no QGIS object
    and no GEOS; it asks ``is_canceled`` only (a plain flag). ``finish`` then adds fields
    with their values (one SQL UPDATE) and replaces a few geometries, in a second thread that
    starts when the copy ends; ``wait`` joins it."""

    def __init__(self, path: str, source: OgrLayer, is_canceled=lambda: False):
        self.path = path
        folder, name = os.path.split(os.path.abspath(path))
        self.layer_name = os.path.splitext(name)[0]
        self.partial = os.path.join(folder, f".{self.layer_name}.{os.getpid()}.partial.gpkg")
        self.source, self._is_canceled, self._error = source, is_canceled, None
        self.keeps_fids = source.driver == "GPKG"
        self._thread = threading.Thread(target=self._copy, name="land_balance copy", daemon=True)
        self._thread.start()

    def _copy(self):
        _unsynchronised()
        try:
            ds, layer = self.source.open()
            take_index = self.keeps_fids and has_rtree(ds, layer)
            # fids kept (a GeoPackage's fid column named "fid", as a renumbered copy's is)
            fids = ["-preserve_fid"] if self.keeps_fids else ["-unsetFid"]
            copied = gdal.VectorTranslate(
                self.partial, ds, layers=[self.source.layer], layerName=self.layer_name,
                geometryType="PROMOTE_TO_MULTI", options=fids,
                layerCreationOptions=["FID=fid"] + (["SPATIAL_INDEX=NO"] if take_index else []),
                callback=lambda *_: 0 if self._is_canceled() else 1)
            if copied is None:
                self._error = gdal.GetLastErrorMsg() or "copy failed"
            copied = None  # closing builds the spatial index (unless taken from the source)
            if take_index and self._error is None and not self._is_canceled() and not copy_index(
                    self.partial, self.source.path, layer.GetName(), layer.GetGeometryColumn()):
                build_index(self.partial)  # the source's index did not fit: GDAL's own
        except Exception as err:  # noqa: BLE001 — reported by finish()
            self._error = str(err) or "copy failed"

    def finish(self, added, values: dict, geometries: dict, fids) -> None:
        """Fields ``added`` ((name, kind, length, precision); kind "double", "string" or
        "integer") filled from ``values`` (name → a value per row); rows' geometries replaced
        (row → WKB in the source's CRS, None for none) — in the thread, after the copy, while
        the caller goes on; ``wait`` tells how it ended. ``fids``: the source's fid of each
        row, as read."""
        copying = self._thread

        def complete():
            _unsynchronised()
            copying.join()
            if self._error is None and not self._is_canceled():
                try:
                    self._complete(added, values, geometries, fids)
                except Exception as err:  # noqa: BLE001 — reported by wait()
                    self._error = str(err) or "write failed"

        self._thread = threading.Thread(target=complete, name="land_balance complete", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        """Until the output is in place; InterruptedError on cancel, RuntimeError when GDAL failed."""
        self._thread.join()
        if self._is_canceled():
            raise InterruptedError()
        if self._error:
            raise RuntimeError(self._error)

    def _complete(self, added, values: dict, geometries: dict, fids) -> None:
        count = len(fids)
        fids = [int(fid) for fid in fids] if self.keeps_fids else list(range(1, count + 1))
        _add_fields(self.partial, added)
        _fill(self.partial, self.partial + ".values", self.layer_name, [a[0] for a in added], values, fids)
        _replace_geometries(self.partial, {fids[row]: blob for row, blob in geometries.items()})
        ds = gdal.OpenEx(self.partial, gdal.OF_VECTOR)
        written = ds.GetLayer(0).GetFeatureCount()
        ds = None
        if written != count:
            raise RuntimeError(f"{written} of {count} features written")
        with open(self.partial, "rb+") as done:  # one flush to disk for the whole file
            os.fsync(done.fileno())
        os.replace(self.partial, self.path)

    def abandon(self) -> None:
        self._thread.join()
        if os.path.exists(self.path):
            os.remove(self.path)

    def __enter__(self):
        return self

    def __exit__(self, kind, value, traceback):
        if kind is not None:
            self.abandon()
        self._thread.join()
        for leftover in (self.partial, self.partial + ".values", self.partial + "-journal"):
            if os.path.exists(leftover):
                os.remove(leftover)
        return False


def _unsynchronised() -> None:
    """This thread's SQLite writes skip the flush to disk after each transaction: the file is
    a temporary one, flushed once when complete (``_complete``) before it takes the output's name."""
    gdal.SetThreadLocalConfigOption("OGR_SQLITE_SYNCHRONOUS", "OFF")


def _add_fields(partial, added):
    ds = gdal.OpenEx(partial, gdal.OF_VECTOR | gdal.OF_UPDATE)
    layer = ds.GetLayer(0)
    existing = {layer.GetLayerDefn().GetFieldDefn(i).GetName().upper()
                for i in range(layer.GetLayerDefn().GetFieldCount())}
    for name, kind, length, precision in added:
        if name.upper() in existing:
            continue  # the source's own field of that name takes the new values
        definition = ogr.FieldDefn(name, _OGR_TYPES[kind])
        definition.SetWidth(length)
        definition.SetPrecision(precision)
        layer.CreateField(definition)
    ds = None


def _fill(partial, values_db, layer_name, names, values: dict, fids: list):
    """One UPDATE in GDAL's own SQLite connection (it knows the GeoPackage's SQL functions)
    from a side database filled by Python's sqlite3 (executemany: no per-row SQL), keyed by
    the copy's fid of each row; RuntimeError when a row of the copy has none of the values."""
    import sqlite3

    columns = ", ".join(f"c{k}" for k in range(len(names)))
    with sqlite3.connect(values_db) as db:
        db.execute("PRAGMA synchronous = OFF")  # a scratch file, read once below
        db.execute(f"CREATE TABLE v(fid INTEGER PRIMARY KEY, {columns})")
        rows = zip(fids, *(values[name] for name in names))
        db.executemany(f"INSERT INTO v VALUES (?, {', '.join('?' * len(names))})", rows)
    db.close()
    targets = ", ".join(quoted(name) for name in names)
    table = quoted(layer_name)
    ds = gdal.OpenEx(partial, gdal.OF_VECTOR | gdal.OF_UPDATE)
    ds.ExecuteSQL("PRAGMA journal_mode = OFF")  # a file nobody sees until it is complete
    ds.ExecuteSQL(f"ATTACH DATABASE {literal(values_db)} AS lb_values")
    ds.ExecuteSQL(f"UPDATE {table} SET ({targets}) = (SELECT {columns} FROM lb_values.v WHERE "
                  f"lb_values.v.fid = {table}.fid)")
    result = ds.ExecuteSQL(f"SELECT count(*) FROM {table} WHERE fid NOT IN (SELECT fid FROM lb_values.v)")
    unmatched = result.GetNextFeature().GetField(0)
    ds.ReleaseResultSet(result)
    ds.ExecuteSQL("DETACH DATABASE lb_values")
    ds = None
    if unmatched:
        raise RuntimeError(f"{unmatched} rows of the copy are not the rows read")


def _replace_geometries(partial, geometries: dict):
    if not geometries:
        return
    ds = gdal.OpenEx(partial, gdal.OF_VECTOR | gdal.OF_UPDATE)
    layer = ds.GetLayer(0)
    layer.StartTransaction()
    for fid, blob in geometries.items():  # the triggers GDAL made keep the spatial index in step
        feature = layer.GetFeature(fid)
        geometry = ogr.CreateGeometryFromWkb(blob) if blob else None
        if geometry is not None and geometry.GetGeometryType() in (ogr.wkbPolygon, ogr.wkbPolygon25D):
            geometry = ogr.ForceToMultiPolygon(geometry)
        feature.SetGeometry(geometry)
        layer.SetFeature(feature)
    layer.CommitTransaction()
    ds = None


def source_wkb(source: OgrLayer, fids) -> dict:
    """fid → WKB of a few features as the source holds them (None without geometry)."""
    ds, layer = source.open()
    out = {}
    for fid in fids:
        feature = layer.GetFeature(fid)
        geometry = feature.GetGeometryRef() if feature is not None else None
        out[fid] = bytes(geometry.ExportToIsoWkb()) if geometry is not None else None
    del ds
    return out
