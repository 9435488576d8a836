"""A GeoPackage copy's spatial index taken over from its source instead of built anew.

GDAL 3.6 builds a new GeoPackage's R-tree row by row when the dataset closes (~9 µs a
parcel: longer than the copy itself). When the source layer is a GeoPackage layer with its
own R-tree and the copy keeps the source's fids, the source's tree indexes the copy's rows
already: its three shadow tables (``rtree_<t>_<geom>_node``, ``_rowid``, ``_parent``) are
copied verbatim (milliseconds). Everything else — the virtual table, GDAL's triggers that
keep the index in step with later edits, the gpkg_extensions row — is GDAL's own SQL for a
table of these very names, taken from an empty GeoPackage GDAL makes in memory.

Nothing is trusted: the index is installed in one transaction and kept only when SQLite
finds the tree sound (rtreecheck), every non-empty geometry of the copy has exactly one
entry, and every entry's box is that geometry's envelope as the R-tree stores it (float32,
rounded outwards). A source index left stale by a program that bypassed GDAL's triggers,
another R-tree layout, a refused write or any error rolls the transaction back; the caller
then lets GDAL build the index (``build_index``).
"""

from __future__ import annotations

import contextlib
import uuid

from osgeo import gdal, ogr

RTREE = "gpkg_rtree_index"
SHADOWS = ("node", "rowid", "parent")
# The R-tree stores float32 boxes rounded outwards: one to two float32 steps (2⁻²³ relative).
SLACK = 2.5e-7


class MisfitError(Exception):
    """The source's index does not fit the copy: GDAL builds it instead."""


def quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def sql(ds, statement: str) -> list:
    """Rows of one statement in GDAL's connection (GeoPackage SQL functions included);
    MisfitError on any SQLite or GDAL error (whether GDAL's Python exceptions are on or off:
    another plugin may have switched them on)."""
    gdal.ErrorReset()
    try:
        result = ds.ExecuteSQL(statement)
    except RuntimeError as err:
        raise MisfitError(str(err)) from None
    if gdal.GetLastErrorType() >= gdal.CE_Failure:
        message = gdal.GetLastErrorMsg()
        if result is not None:
            ds.ReleaseResultSet(result)
        raise MisfitError(message)
    if result is None:
        return []
    rows = [[feature.GetField(i) for i in range(feature.GetFieldCount())] for feature in result]
    ds.ReleaseResultSet(result)
    return rows


def has_rtree(ds, layer) -> bool:
    """The source layer (a GeoPackage's, opened by GDAL) declares an R-tree that exists."""
    table, column = layer.GetName(), layer.GetGeometryColumn()
    if not column:
        return False
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        declared = sql(ds, "SELECT count(*) FROM gpkg_extensions WHERE extension_name = 'gpkg_rtree_index' AND "
                           f"lower(table_name) = lower({literal(table)}) AND "
                           f"lower(column_name) = lower({literal(column)})")
        exists = sql(ds, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND "
                         f"name = {literal(f'rtree_{table}_{column}')}")
        return declared == [[1]] and exists == [[1]]
    except Exception:  # noqa: BLE001 — no usable index (e.g. no gpkg_extensions table)
        return False
    finally:
        gdal.PopErrorHandler()


def copy_index(path: str, source_path: str, source_table: str, source_column: str) -> bool:
    """Give the GeoPackage at ``path`` (one layer, no spatial index, the source's fids) the
    R-tree of ``source_table``/``source_column`` in the GeoPackage ``source_path``. True when
    done; False, and the file as it was, when anything does not fit."""
    gdal.PushErrorHandler("CPLQuietErrorHandler")
    try:
        ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
        layer = ds.GetLayer(0) if ds is not None else None
        if layer is None or not layer.GetFIDColumn() or not layer.GetGeometryColumn():
            return False
        table, column, fid = layer.GetName(), layer.GetGeometryColumn(), layer.GetFIDColumn()
        statements, extension = _gdal_index_sql(table, column, fid)
        sql(ds, f"ATTACH DATABASE {literal(source_path)} AS lb_source")
        try:
            if ds.StartTransaction() != ogr.OGRERR_NONE:
                return False
            try:
                _install(ds, statements, extension, f"rtree_{source_table}_{source_column}")
                _verify(ds, table, column, fid)
            except Exception:  # noqa: BLE001 — whatever went wrong, the file is left as it was
                ds.RollbackTransaction()
                return False
            return ds.CommitTransaction() == ogr.OGRERR_NONE
        finally:
            _detach(ds)
    except Exception:  # noqa: BLE001 — nothing installed: GDAL builds the index
        return False
    finally:
        ds = None
        gdal.PopErrorHandler()


def build_index(path: str) -> None:
    """GDAL builds the spatial index of the GeoPackage's one layer (the general path)."""
    ds = gdal.OpenEx(path, gdal.OF_VECTOR | gdal.OF_UPDATE)
    layer = ds.GetLayer(0)
    sql(ds, f"SELECT CreateSpatialIndex({literal(layer.GetName())}, {literal(layer.GetGeometryColumn())})")
    ds = None


def _gdal_index_sql(table: str, column: str, fid: str) -> tuple:
    """(statements, gpkg_extensions row) GDAL writes to give a layer of these names its
    R-tree: taken from an empty GeoPackage GDAL makes in memory with that layer indexed."""
    scratch = f"/vsimem/land_balance_rtree_{uuid.uuid4().hex}.gpkg"
    try:
        ds = gdal.GetDriverByName("GPKG").Create(scratch, 0, 0, 0, gdal.GDT_Unknown)
        if ds is None:
            raise MisfitError("scratch GeoPackage")
        ds.CreateLayer(table, None, ogr.wkbMultiPolygon,
                       options=[f"GEOMETRY_NAME={column}", f"FID={fid}", "SPATIAL_INDEX=YES"])
        ds = None  # GDAL creates the (empty) index on close
        ds = gdal.OpenEx(scratch, gdal.OF_VECTOR)
        objects = sql(ds, "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY rowid")
        extension = sql(ds, "SELECT table_name, column_name, extension_name, definition, scope FROM gpkg_extensions "
                            f"WHERE extension_name = '{RTREE}'")
        ds = None
    finally:
        gdal.Unlink(scratch)
    return objects, extension


def _install(ds, objects: list, extension: list, source_rtree: str) -> None:
    """In the copy: what GDAL made in the scratch GeoPackage and the copy lacks (the
    gpkg_extensions table, the R-tree virtual table, its triggers), then the source's tree."""
    present = {name for name, in sql(ds, "SELECT name FROM main.sqlite_master")}
    virtual = [(name, text) for kind, name, _, text in objects
               if kind == "table" and text.upper().startswith("CREATE VIRTUAL TABLE")]
    if len(virtual) != 1 or virtual[0][0] in present or len(extension) != 1:
        raise MisfitError("not GDAL's index")
    rtree, definition = virtual[0]
    shadows = {f"{rtree}_{suffix}" for suffix in SHADOWS}
    source_definition = sql(ds, "SELECT sql FROM lb_source.sqlite_master WHERE type = 'table' AND "
                                f"name = {literal(source_rtree)}")
    if [[_using(definition)]] != [[_using(text)] for text, in source_definition]:
        raise MisfitError("another R-tree layout")
    for kind, name, _, text in objects:
        if name in present or name in shadows:
            continue
        if name != "gpkg_extensions" and name != rtree and not (kind == "trigger" and name.startswith(rtree)):
            raise MisfitError(f"the copy lacks {name}")  # not an index object: GDAL's copy differs
        sql(ds, text)
    sql(ds, "INSERT INTO gpkg_extensions (table_name, column_name, extension_name, definition, scope) VALUES ("
            + ", ".join("NULL" if v is None else literal(str(v)) for v in extension[0]) + ")")
    for suffix in SHADOWS:
        target, origin = f"{rtree}_{suffix}", f"{source_rtree}_{suffix}"
        columns = _columns(ds, "main", target)
        if columns != _columns(ds, "lb_source", origin):
            raise MisfitError(f"{origin} differs")
        listed = ", ".join(quoted(c) for c in columns)
        sql(ds, f"DELETE FROM main.{quoted(target)}")
        sql(ds, f"INSERT INTO main.{quoted(target)} ({listed}) SELECT {listed} FROM lb_source.{quoted(origin)}")


def _verify(ds, table: str, column: str, fid: str) -> None:
    """The installed tree is sound and holds exactly the copy's non-empty geometries, each
    under its own fid with its own envelope."""
    rtree = f"rtree_{table}_{column}"
    t, g, f = quoted(table), quoted(column), quoted(fid)
    box = " AND ".join(
        f"r.{side} {'<=' if low else '>='} e.{side} AND r.{side} {'>=' if low else '<='} "
        f"e.{side} {'-' if low else '+'} {SLACK} * abs(e.{side})"
        for side, low in (("minx", True), ("maxx", False), ("miny", True), ("maxy", False)))
    envelopes = (f"SELECT {f} AS id, ST_MinX({g}) AS minx, ST_MaxX({g}) AS maxx, ST_MinY({g}) AS miny, "
                 f"ST_MaxY({g}) AS maxy FROM {t} WHERE {g} IS NOT NULL AND NOT ST_IsEmpty({g})")
    (geometries, entries, rows, matching, sound), = sql(ds, f"""SELECT
        (SELECT count(*) FROM {t} WHERE {g} IS NOT NULL AND NOT ST_IsEmpty({g})),
        (SELECT count(*) FROM {quoted(rtree)}),
        (SELECT count(*) FROM {quoted(rtree + '_rowid')}),
        (SELECT count(*) FROM {quoted(rtree)} r JOIN ({envelopes}) e ON e.id = r.id WHERE {box}),
        rtreecheck({literal(rtree)})""")
    if not (geometries == entries == rows == matching) or sound != "ok":
        raise MisfitError(f"index does not match: {geometries} geometries, {entries} entries, {rows} ids, "
                     f"{matching} boxes, {sound}")


def _detach(ds) -> None:
    with contextlib.suppress(RuntimeError):  # closing the connection detaches it too
        ds.ExecuteSQL("DETACH DATABASE lb_source")


def _using(definition: str) -> str:
    """The module and columns of a CREATE VIRTUAL TABLE statement (what follows USING)."""
    at = definition.upper().find(" USING ")
    return " ".join(definition[at:].split()) if at >= 0 else ""


def _columns(ds, schema: str, table: str) -> list:
    return [name for name, in sql(ds, f"SELECT name FROM pragma_table_info({literal(table)}, {literal(schema)})")]
