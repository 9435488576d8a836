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
import datetime as _dt
import uuid

from ..rules.journal import BookRules, Entry, balances, check


class Journal:
    """What every journal back end offers."""

    backend = "abstract"

    def record(self, rules: BookRules, entries, actor: str | None = None, level: str = "county",
               pack: str = "") -> list:
        """Check ``entries`` against ``rules`` and all entries already in the book, then append
        them in one transaction; returns them with id, actor, level, time and batch filled in.
        Raises rules.journal.JournalError (nothing recorded) when the book does not allow them."""
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


class MemoryJournal(Journal):
    """The reference semantics in memory (tests, dry runs): what every back end must do."""

    backend = "memory"

    def __init__(self):
        self._entries = []

    def record(self, rules, entries, actor=None, level="county", pack=""):
        entries = list(entries)
        check(rules, self.entries(rules.book), entries, level)
        at = _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="milliseconds")
        batch = uuid.uuid4().hex
        done = []
        for entry in entries:
            done.append(dataclasses.replace(entry, id=len(self._entries) + 1, actor=actor or "", level=level, at=at,
                                            batch=batch, pack=pack))
            self._entries.append(done[-1])
        return done

    def entries(self, book, kind=None, ref=None):
        return [e for e in self._entries if e.book == book and (kind is None or e.kind == kind)
                and (ref is None or e.ref == ref)]

    def close(self):
        pass


__all__ = ["BookRules", "Entry", "Journal", "MemoryJournal"]
