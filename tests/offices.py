"""An office with a status store, GeoPackage or PostgreSQL: it hands out desks (a technician
with a level at the store) and describes them for child processes; its few back-end specific
doors (raw SQL, the schema version, a fingerprint of what must not change) are here, so the
contract tests (tests/store) and scripts/race_store.py say only what every store must do.
"""

from __future__ import annotations

import sqlite3

from pg_cluster import make_login, query
from store_helpers import Desk, forest_workflow

from land_balance.store.geopackage import GeoPackageStore

WF = forest_workflow()


class GeoPackageOffice:
    backend = "geopackage"
    VERSION_KEY = "schema_version"

    def __init__(self, path):
        self.path = path
        self.calendar = None

    def spec(self, user: str, level: str) -> dict:
        return {"backend": self.backend, "path": str(self.path), "actor": user, "level": level}

    def desk(self, user: str = "li", level: str = "county") -> Desk:
        return Desk(GeoPackageStore(self.path), user, level, self.calendar)

    def register(self, calendar) -> None:
        """The working calendar the clients use (a GeoPackage has no users: each client brings it)."""
        self.calendar = calendar

    def table(self, name: str) -> str:
        return f"lb_{name}"

    def execute(self, user: str, sql: str, args=()):
        """Raw SQL on the store's file (anyone with the file can)."""
        db = sqlite3.connect(self.path)
        try:
            db.execute(sql, args)
            db.commit()
        finally:
            db.close()

    def set_schema_version(self, version: int) -> None:
        self.execute("admin", "UPDATE lb_meta SET value = ? WHERE key = ?", (str(version), self.VERSION_KEY))

    def open(self):
        return GeoPackageStore(self.path)

    def fingerprint(self) -> tuple:
        """The store's file, byte for byte, and the files beside it."""
        return self.path.read_bytes(), sorted(p.name for p in self.path.parent.iterdir())


class PostgisOffice:
    backend = "postgis"
    VERSION_KEY = "schema_version"
    ROWS = "SELECT id, parcel_id, to_step FROM landbalance.event ORDER BY id"  # the log: what must not change

    def __init__(self, admin: dict):
        self.admin = admin
        self.register(None)

    def login(self, user: str, level: str) -> dict:
        # one login per user and level: roles are the cluster's, shared by every test database
        return make_login(self.admin, f"{user}_{level}", level)

    def spec(self, user: str, level: str) -> dict:
        return {"backend": self.backend, "params": self.login(user, level), "level": level}

    def desk(self, user: str = "li", level: str = "county") -> Desk:
        from land_balance.store.postgis import PostgisStore

        params = self.login(user, level)
        return Desk(PostgisStore(params), params["user"], level)

    def register(self, calendar) -> None:
        """The administrator registers the programme's steps and working calendar in the database."""
        from land_balance.store.postgis import PostgisStore

        with PostgisStore(self.admin) as admin:
            admin.register_workflow(WF, calendar)

    def table(self, name: str) -> str:
        return f"landbalance.{name}"

    def execute(self, user: str, sql: str, args=()):
        """Raw SQL as `user`'s own login (a county technician with psql), or as the owner ("admin")."""
        return query(self.admin if user == "admin" else self.login(user, "county"), sql.replace("?", "%s"), args)

    def set_schema_version(self, version: int) -> None:
        self.execute("admin", "UPDATE landbalance.meta SET value = ? WHERE key = ?", (str(version), self.VERSION_KEY))

    def open(self):
        from land_balance.store.postgis import PostgisStore

        return PostgisStore(self.admin)

    def fingerprint(self) -> tuple:
        """The schema's tables, columns, functions and settings, and the log's rows."""
        return tuple(query(self.admin, sql) for sql in (
            "SELECT table_name, column_name, data_type, is_identity FROM information_schema.columns "
            "WHERE table_schema = 'landbalance' ORDER BY 1, 2",
            "SELECT p.proname, md5(pg_get_functiondef(p.oid)) FROM pg_proc p "
            "JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'landbalance' ORDER BY 1",
            "SELECT * FROM landbalance.meta ORDER BY key", self.ROWS))


def fresh_offices(backend: str, runs: int, geopackage=GeoPackageOffice, postgis=PostgisOffice):
    """(run, office) for `runs` fresh stores of `backend`: a GeoPackage in a temporary folder, or a
    new database in one throw-away PostgreSQL cluster (scripts/race_store.py, race_journal.py)."""
    import tempfile
    from pathlib import Path

    if backend == "geopackage":
        for run in range(runs):
            with tempfile.TemporaryDirectory(prefix="lb-race-") as folder:
                yield run, geopackage(Path(folder) / "race.gpkg")
        return
    from pg_cluster import fresh_databases

    for run, params in fresh_databases(runs):
        yield run, postgis(params)


def race_parser(description: str):
    """The race scripts' command line: --backend, --runs, --writers (each script adds its own)."""
    import argparse

    parser = argparse.ArgumentParser(description=description, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=("geopackage", "postgis", "both"), default="both")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--writers", type=int, default=4)
    return parser


def race_table(which: str, runs: int, columns, heading, one_run, **offices) -> int:
    """Print one row a run and the sums, per back end ("both": GeoPackage, then PostgreSQL);
    `one_run(office, run)` returns the row (its "ok" says whether the run passed). The number
    of failed runs."""
    failed = 0
    for backend in (("geopackage", "postgis") if which == "both" else (which,)):
        print(f"{backend}: {heading}, {runs} runs")
        print("  run " + " ".join(f"{c:>11}" for c in columns) + "   ok")
        totals = dict.fromkeys(columns, 0)
        for run, office in fresh_offices(backend, runs, **offices):
            row = one_run(office, run)
            failed += row["ok"] != "yes"
            print(f"  {run:>3} " + " ".join(f"{row[c]!s:>11}" for c in columns) + f"   {row['ok']}")
            for c in columns:
                totals[c] += row[c]
        print("  sum " + " ".join(f"{totals[c]!s:>11}" for c in columns))
    return failed
