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

import sys
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


def main(argv=None) -> int:
    from offices import race_parser, race_table

    parser = race_parser(__doc__)
    parser.add_argument("--pots", type=int, default=1, help="balances raced for")
    parser.add_argument("--rounds", type=int, default=20, help="draws a writer makes from each balance")
    parser.add_argument("--each", type=int, default=5000, help="what each balance holds")
    parser.add_argument("--amount", type=int, default=100, help="what each draw takes")
    args = parser.parse_args(argv)
    from journal_offices import GeoPackageJournalOffice, PostgisJournalOffice
    failed = race_table(args.backend, args.runs, COLUMNS,
                        f"{args.writers} writers × {args.pots * args.rounds} draws of {args.amount} from {args.pots} "
                        f"balance(s) of {args.each}", lambda office, run: one_run(office, args),
                        geopackage=GeoPackageJournalOffice, postgis=PostgisJournalOffice)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
