"""Racing writers on the workflow status stores: events expected vs found, duplicates, refusals.

    .venv/bin/python scripts/race_store.py --runs 10            # both back ends, 4 writers × 1 000
    .venv/bin/python scripts/race_store.py --backend postgis --runs 20 --jitter-ms 2

Each run uses a fresh store (a GeoPackage in a temporary folder; a new database in a
throw-away PostgreSQL cluster): parcels already started by another user, then `--writers`
processes started together, each walking 125 parcels through the 8 forest-offset steps (one
transaction per request, made on the step it last saw): new parcels every writer races on,
started ones every writer races on, and its own. A run passes when every success a writer was
told of is its event in the log, every refusal names the parcel and another writer, no step
is recorded twice and the status table is the log's last event (tests/store_helpers.py
tally_race — the same check as tests/store/test_concurrency.py). Exit status 1 if any run fails.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / ".build"), str(REPO / "tests")]

COLUMNS = ("expected", "found", "duplicates", "refused", "contested", "interleaved")


def one_run(office, args, run: int) -> dict:
    from offices import WF
    from store_helpers import run_race, tally_race

    from land_balance.store.base import Request

    with office.desk("pre", "province") as pre:
        pre.apply([Request.advance(f"E{i:04d}", None, "apply") for i in range(args.shared_started)])
    results = run_race(office.spec, args.writers, args.shared_new, args.shared_started, args.own,
                       jitter_ms=args.jitter_ms, seed=run)
    with office.open() as store:
        tally = tally_race(store, WF.programme, results, args.shared_started, strict=False)
    for problem in tally["problems"][:5]:
        print(f"  run {run}: {problem}", file=sys.stderr)
    return dict(tally, ok="NO" if tally["problems"] else "yes")


def offices(backend: str, runs: int):
    """(run, office) for fresh stores of `backend`."""
    from offices import GeoPackageOffice, PostgisOffice

    if backend == "geopackage":
        for run in range(runs):
            with tempfile.TemporaryDirectory(prefix="lb-race-") as folder:
                yield run, GeoPackageOffice(Path(folder) / "race.gpkg")
        return
    from pg_cluster import Cluster, create_database, server_bin

    from land_balance.store.postgis import PostgisStore

    if server_bin() is None:
        raise SystemExit("PostgreSQL server binaries not installed (apt-get install postgresql-15-postgis-3)")
    cluster = Cluster(server_bin())
    try:
        admin = cluster.start()
        for run in range(runs):
            params = create_database(admin, f"race_{run}")
            if params is None:
                raise SystemExit("PostGIS extension not installed (apt-get install postgresql-15-postgis-3)")
            PostgisStore.install(params)
            yield run, PostgisOffice(params)
    finally:
        cluster.stop()


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=("geopackage", "postgis", "both"), default="both")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--shared-new", type=int, default=40, help="new parcels every writer races on")
    parser.add_argument("--shared-started", type=int, default=40, help="started parcels every writer races on")
    parser.add_argument("--own", type=int, default=45, help="parcels only one writer walks")
    parser.add_argument("--jitter-ms", type=float, default=0.0, help="random wait before each request")
    args = parser.parse_args(argv)
    transitions = 8 * (args.shared_new + args.shared_started + args.own)
    failed = 0
    for backend in (("geopackage", "postgis") if args.backend == "both" else (args.backend,)):
        print(f"{backend}: {args.writers} writers × {transitions} transitions, {args.runs} runs")
        print("  run " + " ".join(f"{c:>11}" for c in COLUMNS) + "   ok")
        totals = dict.fromkeys(COLUMNS, 0)
        for run, office in offices(backend, args.runs):
            row = one_run(office, args, run)
            failed += row["ok"] != "yes"
            print(f"  {run:>3} " + " ".join(f"{row[c]!s:>11}" for c in COLUMNS) + f"   {row['ok']}")
            for c in COLUMNS:
                totals[c] += row[c]
        print("  sum " + " ".join(f"{totals[c]!s:>11}" for c in COLUMNS))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
