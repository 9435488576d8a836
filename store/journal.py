"""The ledger journal store's one interface (GeoPackage and PostGIS back ends).

Ledgers (rules/journal.py) live beside the workflow status in the same store location — a
county's GeoPackage sidecar or its shared PostgreSQL database — with the same discipline:
append-only (no UPDATE or DELETE, even for the owner), every ``record`` call one
transaction that checks the book's rules against everything already recorded (under a
lock: two technicians cannot both draw the last 10 mu), the same roles lb_county ⊂ lb_city
⊂ lb_province in PostgreSQL, where the database checks again. Balances are derived from
the entries on every read, never stored. No Qt/QGIS here.
"""

from __future__ import annotations

import dataclasses

from ..rules.journal import BookRules, Entry, Posting, balances, check
from .base import new_batch_id, utc_now


class Journal:
    """What every journal back end offers."""

    backend = "abstract"

    def record(self, rules: BookRules, entries, actor: str | None = None, level: str = "county",
               pack: str = "", progress=None) -> list:
        """Check ``entries`` against ``rules`` and all entries already in the book, then append
        them in one transaction; returns them with id, actor, level, time, batch and pack (this
        ``pack``, else the entry's) filled in. Raises rules.journal.JournalError (nothing
        recorded) when the book does not allow them. ``progress(done, total)`` is called as
        entries are written (not yet committed)."""
        raise NotImplementedError

    def entries(self, book: str, kind: str | None = None, ref: str | None = None) -> list:
        """The book's entries in the order they were recorded."""
        raise NotImplementedError

    def balances(self, book: str, year: int | None = None, through: bool = True) -> dict:
        """(account, indicator) → balance, derived from the entries."""
        return balances(self.entries(book), year, through)

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def book_summary(book: str, unique_entries, sums) -> list:
    """What rules.journal.check needs of a book, read without every entry: the entries of the
    kinds whose reference is unique (when and by whom; no postings) and one entry carrying the
    book's sum per (account, indicator) — the balances of all its postings. Checking a batch
    against it decides exactly as against the whole book (tests/unit/test_journal_rules.py)."""
    total = Entry(book, "", 0, "", tuple(Posting(a, i, int(s)) for (a, i), s in sorted(sums.items())))
    return [dataclasses.replace(e, postings=()) for e in unique_entries] + [total]


class MemoryJournal(Journal):
    """The reference semantics in memory (tests, dry runs): what every back end must do."""

    backend = "memory"

    def __init__(self):
        self._entries = []

    def record(self, rules, entries, actor=None, level="county", pack="", progress=None):
        entries = list(entries)
        check(rules, self.entries(rules.book), entries, level)
        at, batch = utc_now(), new_batch_id()
        done = [dataclasses.replace(entry, id=len(self._entries) + i + 1, actor=actor or "", level=level, at=at,
                                    batch=batch, pack=pack or entry.pack) for i, entry in enumerate(entries)]
        self._entries.extend(done)
        return done

    def entries(self, book, kind=None, ref=None):
        return [e for e in self._entries if e.book == book and (kind is None or e.kind == kind)
                and (ref is None or e.ref == ref)]

    def close(self):
        pass


__all__ = ["BookRules", "Entry", "Journal", "MemoryJournal"]
