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

import sys
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


def main(argv=None) -> int:
    from offices import race_parser, race_table

    parser = race_parser(__doc__)
    parser.add_argument("--shared-new", type=int, default=40, help="new parcels every writer races on")
    parser.add_argument("--shared-started", type=int, default=40, help="started parcels every writer races on")
    parser.add_argument("--own", type=int, default=45, help="parcels only one writer walks")
    parser.add_argument("--jitter-ms", type=float, default=0.0, help="random wait before each request")
    args = parser.parse_args(argv)
    transitions = 8 * (args.shared_new + args.shared_started + args.own)
    failed = race_table(args.backend, args.runs, COLUMNS,
                        f"{args.writers} writers × {transitions} transitions",
                        lambda office, run: one_run(office, args, run))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
