"""`make bench` (ledger journal): recording one draw-down on a book of many entries.

(a) ours: GeoPackageJournal.record — the batch checked against the book's summary (sums per
    (account, indicator) and the unique kinds' entries, read in SQL: store/journal.book_summary)
    inside one BEGIN IMMEDIATE transaction, then appended.
(b) the obvious way: the same transaction, but the batch checked against every entry of the
    book read back (entries(), then rules.journal.check) — what MemoryJournal does in memory.
(c) reading the book alone (entries()): what every report does.

The book: `--entries` draw-downs of 1 from a county quota, one deposit per 10 entries (a unique
kind). Median of `--repeat` records of one draw each; both books end identical.

    python bench/bench_journal.py --entries 20000
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_area import machine

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / ".build"), str(REPO / "tests")]


def book(entries: int) -> list:
    from journal_offices import draw, entry, grant

    out = [grant(10 ** 9)]
    for i in range(entries):
        out.append(entry("deposit", f"P{i}", (f"project/P{i}", "area_m2", 5)) if i % 10 == 0 else draw(f"D{i}", 1))
    return out


def timed(work, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main(argv=None) -> int:
    from journal_offices import BOOK, RULES, draw

    from land_balance.rules.journal import check
    from land_balance.store.journal_geopackage import GeoPackageJournal

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--entries", type=int, default=20000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args(argv)
    print(f"ledger journal, GeoPackage, a book of {args.entries} entries — {machine()}")
    with tempfile.TemporaryDirectory() as folder:
        ours, obvious = GeoPackageJournal(Path(folder) / "a.gpkg"), GeoPackageJournal(Path(folder) / "b.gpkg")
        for journal in (ours, obvious):
            journal.record(RULES, book(args.entries), actor="bench")
        ours_count, obvious_count = iter(range(10 ** 6)), iter(range(10 ** 6))

        def read_every_entry():
            batch = [draw(f"X{next(obvious_count)}", 1)]

            def body():
                check(RULES, obvious.entries(BOOK), batch)
                return obvious._append(batch, "bench", "county", "", None)

            obvious._transaction(body)

        a = timed(lambda: ours.record(RULES, [draw(f"X{next(ours_count)}", 1)], actor="bench"), args.repeat)
        b = timed(read_every_entry, args.repeat)
        c = timed(lambda: ours.entries(BOOK), args.repeat)
        assert ours.balances(BOOK) == obvious.balances(BOOK)
        ours.close()
        obvious.close()
    print(f"  (a) record one draw, checked against the book's summary  {a * 1000:8.1f} ms")
    print(f"  (b) record one draw, checked against every entry read    {b * 1000:8.1f} ms")
    print(f"  (c) read the whole book (entries())                       {c * 1000:8.1f} ms")
    print(f"  a / b = {a / b:.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
