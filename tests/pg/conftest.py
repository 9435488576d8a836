"""PostgreSQL store tests with QGIS: a saved QGIS connection whose credentials live in QGIS's
authentication database. The cluster and databases come from tests/conftest.py (pg_cluster.py)."""

from __future__ import annotations

import pytest
from pg_cluster import make_login


@pytest.fixture()
def auth_connection(pg_database, qgis_app):
    from qgis.core import QgsApplication, QgsAuthMethodConfig, QgsDataSourceUri, QgsProviderRegistry
    from store_helpers import forest_workflow

    from land_balance.store.postgis import PostgisStore

    with PostgisStore(pg_database) as admin:
        admin.register_workflow(forest_workflow())
    login = make_login(pg_database, "tech_auth", "county")
    manager = QgsApplication.authManager()
    if not manager.masterPasswordIsSet():
        manager.setMasterPassword("test-master", True)
    config = QgsAuthMethodConfig("Basic")
    config.setName("land balance county")
    config.setConfig("username", login["user"])
    config.setConfig("password", "unused-with-trust")
    ok, config = manager.storeAuthenticationConfig(config)
    assert ok
    uri = QgsDataSourceUri()
    uri.setConnection(login["host"], str(login["port"]), login["dbname"], "", "", QgsDataSourceUri.SslDisable,
                      config.id())
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    metadata.saveConnection(metadata.createConnection(uri.uri(False), {}), "county office")
    yield "county office", config.id()
    metadata.deleteConnection("county office")
    manager.removeAuthenticationConfig(config.id())
