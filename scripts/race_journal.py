"""Racing drawers on the ledger journal: draws expected vs found, what was drawn, what is left, refusals.

    .venv/bin/python scripts/race_journal.py --runs 10                       # both back ends, one balance
    .venv/bin/python scripts/race_journal.py --runs 10 --pots 25 --rounds 1 --each 200   # 25 balances

Each run uses a fresh journal (a GeoPackage in a temporary folder; a new database in a
throw-away PostgreSQL cluster, the book registered by its administrator): `--pots` parcels'
accounts of `--each` (cents of m²) are deposited, then `--writers` processes started together
each draw `--amount` from every pot in turn, `--rounds` times, one batch a draw. A run passes
when every success a drawer was told of is its entry in the book, every pot is drawn exactly to
what it held (never below zero) and every refusal says how much is missing — the amount less the
balance it found (tests/journal_offices.py tally_draw_race, the same check as
tests/store/test_journal_contract.py). Exit status 1 if any run fails.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / ".build"), str(REPO / "tests")]

COLUMNS = ("expected", "found", "drawn", "left", "refused")


def one_run(office, args) -> dict:
    from journal_offices import fill_pots, run_draw_race, tally_draw_race

    with office.desk("admin", "province") as admin:
        fill_pots(admin, args.pots, args.each)
    results = run_draw_race(office, args.writers, args.pots, args.rounds, args.amount)
    with office.desk("admin", "province") as admin:
        tally = tally_draw_race(admin, results, args.pots, args.each, args.amount)
    for problem in tally["problems"][:5]:
        print(f"  {problem}", file=sys.stderr)
    return dict(tally, ok="NO" if tally["problems"] else "yes")


def offices(backend: str, runs: int):
    """(run, office) for fresh journals of `backend`."""
    from journal_offices import GeoPackageJournalOffice, PostgisJournalOffice

    if backend == "geopackage":
        for run in range(runs):
            with tempfile.TemporaryDirectory(prefix="lb-race-") as folder:
                yield run, GeoPackageJournalOffice(Path(folder) / "race.gpkg")
        return
    from pg_cluster import fresh_databases

    for run, params in fresh_databases(runs):
        yield run, PostgisJournalOffice(params)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--backend", choices=("geopackage", "postgis", "both"), default="both")
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--pots", type=int, default=1, help="balances raced for")
    parser.add_argument("--rounds", type=int, default=20, help="draws a writer makes from each balance")
    parser.add_argument("--each", type=int, default=5000, help="what each balance holds")
    parser.add_argument("--amount", type=int, default=100, help="what each draw takes")
    args = parser.parse_args(argv)
    failed = 0
    for backend in (("geopackage", "postgis") if args.backend == "both" else (args.backend,)):
        print(f"{backend}: {args.writers} writers × {args.pots * args.rounds} draws of {args.amount} from "
              f"{args.pots} balance(s) of {args.each}, {args.runs} runs")
        print("  run " + " ".join(f"{c:>9}" for c in COLUMNS) + "   ok")
        totals = dict.fromkeys(COLUMNS, 0)
        for run, office in offices(backend, args.runs):
            row = one_run(office, args)
            failed += row["ok"] != "yes"
            print(f"  {run:>3} " + " ".join(f"{row[c]!s:>9}" for c in COLUMNS) + f"   {row['ok']}")
            for c in COLUMNS:
                totals[c] += row[c]
        print("  sum " + " ".join(f"{totals[c]!s:>9}" for c in COLUMNS))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
