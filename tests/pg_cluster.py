"""A throw-away PostgreSQL/PostGIS cluster for the PostgreSQL store's tests and scripts/race_store.py.

initdb/pg_ctl as the postgres user (when run as root) on a free localhost port, `trust`
authentication (each technician is a login role without a password); stopped and removed
by `stop`. The tests skip, saying why, only when the server binaries are not installed
(`make test` installs postgresql and postgresql-15-postgis-3).
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


class Cluster:
    """One running cluster; `admin` are the superuser's connection keywords."""

    def __init__(self, bin_dir: Path):
        self.bin_dir = bin_dir
        self.owner = "postgres" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
        self.root = Path(tempfile.mkdtemp(prefix="lb-pg-"))
        self.admin = {}

    def start(self) -> dict:
        data, sockets = self.root / "data", self.root / "sockets"
        sockets.mkdir()
        if os.geteuid() == 0:
            shutil.chown(self.root, self.owner)
            shutil.chown(sockets, self.owner)
        port = free_port()
        subprocess.run(as_owner([str(self.bin_dir / "initdb"), "-D", str(data), "-U", "postgres", "--auth=trust",
                                 "-E", "UTF8", "--locale=C.UTF-8"], self.owner), check=True, capture_output=True)
        subprocess.run(as_owner([str(self.bin_dir / "pg_ctl"), "-D", str(data), "-w", "-l", str(self.root / "log"),
                                 "-o", f"-p {port} -k {sockets} -c listen_addresses=127.0.0.1 -c fsync=off "
                                 "-c max_connections=200", "start"], self.owner), check=True, capture_output=True)
        self.admin = {"host": "127.0.0.1", "port": port, "user": "postgres", "dbname": "postgres"}
        return self.admin

    def stop(self) -> None:
        subprocess.run(as_owner([str(self.bin_dir / "pg_ctl"), "-D", str(self.root / "data"), "-m", "immediate",
                                 "stop"], self.owner), capture_output=True)
        shutil.rmtree(self.root, ignore_errors=True)


def create_database(admin: dict, name: str) -> dict | None:
    """A fresh database with PostGIS; its keywords, or None when PostGIS is not installed."""
    import psycopg2

    db = psycopg2.connect(**admin)
    db.autocommit = True
    with db.cursor() as cur:
        cur.execute(f'DROP DATABASE IF EXISTS "{name}"')  # test-made name, not user input
        cur.execute(f'CREATE DATABASE "{name}"')
    db.close()
    params = dict(admin, dbname=name)
    db = psycopg2.connect(**params)
    try:
        with db, db.cursor() as cur:
            cur.execute("CREATE EXTENSION IF NOT EXISTS postgis")
    except psycopg2.Error:
        return None
    finally:
        db.close()
    return params


def fresh_databases(runs: int, prefix: str = "race"):
    """(run, admin keywords) of `runs` new databases with the stores installed, in one throw-away
    cluster stopped afterwards (scripts/race_store.py, scripts/race_journal.py)."""
    from land_balance.store.postgis import PostgisStore

    if server_bin() is None:
        raise SystemExit("PostgreSQL server binaries not installed (apt-get install postgresql-15-postgis-3)")
    cluster = Cluster(server_bin())
    try:
        admin = cluster.start()
        for run in range(runs):
            params = create_database(admin, f"{prefix}_{run}")
            if params is None:
                raise SystemExit("PostGIS extension not installed (apt-get install postgresql-15-postgis-3)")
            PostgisStore.install(params)
            yield run, params
    finally:
        cluster.stop()


def query(params: dict, sql: str, args=()):
    """Run SQL in its own transaction as the user of `params`: its rows, or None; raises the database's error."""
    import psycopg2

    db = psycopg2.connect(**params)
    try:
        with db, db.cursor() as cur:
            cur.execute(sql, args)
            return cur.fetchall() if cur.description else None
    finally:
        db.close()


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


def install_version_2(params: dict, workflow) -> None:
    """Replace the store by one as the previous release (schema version 2) installed it, with
    `workflow`'s steps registered the way that release did."""
    import psycopg2

    from land_balance.store.postgis_schema import ROLES, SCHEMA_V2

    db = psycopg2.connect(**params)
    with db, db.cursor() as cur:
        cur.execute("DROP SCHEMA landbalance CASCADE")
        cur.execute(ROLES)
        cur.execute(SCHEMA_V2)
        for i, s in enumerate(workflow.steps):
            cur.execute("INSERT INTO landbalance.step VALUES (%s, %s, %s, %s, %s)",
                        (workflow.programme, s.id, i, s.level, list(s.back_to)))
    db.close()
