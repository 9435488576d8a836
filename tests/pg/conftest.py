"""A throw-away PostgreSQL/PostGIS cluster for the PostGIS store's tests.

initdb/pg_ctl as the postgres user (when run as root) on a free localhost port; stopped and
removed at the end of the session. Skipped, saying why, only when the server binaries are
not installed (`make test` installs postgresql and postgresql-15-postgis-3).
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest


def server_bin() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def as_owner(args, owner):
    if os.geteuid() == 0:
        return ["runuser", "-u", owner, "--", *args]
    return args


@pytest.fixture(scope="session")
def pg_cluster():
    bin_dir = server_bin()
    if bin_dir is None:
        pytest.skip("PostgreSQL server binaries not installed (apt-get install postgresql postgresql-15-postgis-3)")
    owner = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
    root = Path(tempfile.mkdtemp(prefix="lb-pg-"))
    data, sockets = root / "data", root / "sockets"
    sockets.mkdir()
    if os.geteuid() == 0:
        shutil.chown(root, owner)
        shutil.chown(sockets, owner)
    port = free_port()
    subprocess.run(as_owner([str(bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                             "-E", "UTF8", "--locale=C.UTF-8"], owner), check=True, capture_output=True)
    subprocess.run(as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-w", "-l", str(root / "log"), "-o",
                             f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off", "start"], owner),
                   check=True, capture_output=True)
    try:
        yield {"host": "127.0.0.1", "port": port, "user": "postgres", "dbname": "postgres"}
    finally:
        subprocess.run(as_owner([str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], owner),
                       capture_output=True)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture()
def pg_database(pg_cluster, request):
    """A fresh database with PostGIS and the installed status store; yields admin keywords."""
    import psycopg2

    name = "lb_" + request.node.name.lower().replace("[", "_").replace("]", "")[:40]
    admin = psycopg2.connect(**pg_cluster)
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}"')  # test-made name, not user input
        cur.execute(f'CREATE DATABASE "{name}"')
    admin.close()
    params = dict(pg_cluster, dbname=name)
    db = psycopg2.connect(**params)
    with db, db.cursor() as cur:
        try:
            cur.execute("CREATE EXTENSION IF NOT EXISTS postgis")
        except psycopg2.Error:
            pytest.skip("PostGIS extension not installed (apt-get install postgresql-15-postgis-3)")
    db.close()
    from land_balance.store.postgis import PostgisStore

    PostgisStore.install(params)
    return params


def make_login(params: dict, login: str, level: str | None) -> dict:
    """A technician's login role, with its level role if given; returns its connection keywords."""
    import psycopg2
    from psycopg2 import sql

    db = psycopg2.connect(**params)
    db.autocommit = True
    with db.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (login,))
        if cur.fetchone() is None:
            cur.execute(sql.SQL("CREATE ROLE {} LOGIN").format(sql.Identifier(login)))
    db.close()
    if level:
        from land_balance.store.postgis import PostgisStore

        PostgisStore.grant(params, login, level)
    return dict(params, user=login)


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
