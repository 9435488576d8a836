"""Where a layer's status store lives, and opening it (QGIS side: project, layers, auth manager).
The ledger journal lives at the same locations, in the same file or database (open_journal).

A location is either a GeoPackage path (the parcels' own .gpkg, or a sidecar next to the
QGIS project) or 'postgres:<name of a QGIS PostgreSQL connection>'. Passwords are never
part of a location: they come from the connection's QGIS authentication configuration
(or an auth-config id given to the algorithm), resolved only when the store is opened.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsApplication, QgsDataSourceUri, QgsProject, QgsProviderRegistry

from .base import StoreError
from .geopackage import GeoPackageStore

POSTGRES = "postgres:"
SIDECAR_SUFFIX = "_workflow.gpkg"


def layer_file(layer_source: str) -> Path | None:
    """The file behind an OGR layer source ('…/county.gpkg|layername=DLTB'), if any."""
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer_source)
    path = parts.get("path") or ""
    return Path(path) if path else None


def default_location(layer_source: str = "", provider: str = "ogr") -> str:
    """A sidecar GeoPackage next to the project, else next to the parcels' file.

    Not inside the parcels' own GeoPackage by default: QGIS reads a GeoPackage without
    taking SQLite locks, so a write by the store would leave the parcel layer blank until it
    is reloaded. The parcels' own file can still be chosen explicitly (the dock reloads it).
    """
    if provider == "postgres":
        raise StoreError("a PostGIS layer's status store is a PostgreSQL connection: choose it in the store field",
                         "postgis_layer")
    project = QgsProject.instance().fileName()
    if project:
        project_path = Path(project)
        return str(project_path.with_name(project_path.stem + SIDECAR_SUFFIX))
    path = layer_file(layer_source) if layer_source else None
    if path is not None:
        return str(path.with_name(path.stem + SIDECAR_SUFFIX))
    raise StoreError("no place for a status store: save the project or give a GeoPackage path", "no_place")


def reload_layers_on(store_path: str) -> None:
    """Reopen project layers read from the store's file: an outside write leaves them blank."""
    target = Path(store_path).resolve()
    for layer in QgsProject.instance().mapLayers().values():
        if layer.providerType() == "ogr":
            path = layer_file(layer.source())
            if path is not None and path.resolve() == target:
                layer.dataProvider().reloadData()
                layer.triggerRepaint()


def connection_uri(name: str) -> str:
    """The URI of a saved QGIS PostgreSQL connection (with its authcfg id, if it has one)."""
    from qgis.core import QgsProviderConnectionException

    try:
        connection = QgsProviderRegistry.instance().providerMetadata("postgres").findConnection(name)
    except QgsProviderConnectionException:
        connection = None
    if connection is None:
        raise StoreError(f"no QGIS PostgreSQL connection named {name!r}", "no_connection", name=name)
    return connection.uri()


def connection_params(name: str, authcfg: str = "") -> dict:
    """psycopg2 keywords for a QGIS PostgreSQL connection, the password through the auth manager."""
    uri = QgsDataSourceUri(connection_uri(name))
    if authcfg:
        uri.setAuthConfigId(authcfg)
    if uri.authConfigId():
        uri = expand_auth(uri)
    params = {"host": uri.host() or None, "port": uri.port() or None, "dbname": uri.database() or None,
              "user": uri.username() or None, "password": uri.password() or None}
    if uri.service():
        params["service"] = uri.service()
    return {k: v for k, v in params.items() if v}


def expand_auth(uri: QgsDataSourceUri) -> QgsDataSourceUri:
    """The URI with the user and password of its auth configuration, in memory only."""
    ok, items = QgsApplication.authManager().updateDataSourceUriItems(
        [uri.connectionInfo(False)], uri.authConfigId(), "postgres")
    if not ok:
        raise StoreError(f"QGIS authentication configuration {uri.authConfigId()!r} could not be read "
                         "(is the master password set?)", "auth", authcfg=uri.authConfigId())
    return QgsDataSourceUri(" ".join(items))


def open_store(location: str, authcfg: str = "", create: bool = True):
    """The StatusStore for a location; with create=False a missing GeoPackage is a StoreError."""
    if location.startswith(POSTGRES):
        from .postgis import PostgisStore

        return PostgisStore(connection_params(location[len(POSTGRES):], authcfg))
    if not location:
        raise StoreError("no status store given", "no_place")
    return GeoPackageStore(location, create=create)


def open_journal(location: str, authcfg: str = "", create: bool = True):
    """The ledger Journal at a store location (the workflow store's GeoPackage or database);
    with create=False a missing GeoPackage is a StoreError."""
    if location.startswith(POSTGRES):
        from .journal_postgis import PostgisJournal

        return PostgisJournal(connection_params(location[len(POSTGRES):], authcfg))
    if not location:
        raise StoreError("no ledger store given", "no_place")
    from .journal_geopackage import GeoPackageJournal

    return GeoPackageJournal(location, create=create)
