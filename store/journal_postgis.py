"""The ledger journal in the county's shared PostgreSQL database (psycopg2, which QGIS ships).

Same interface and semantics as MemoryJournal, with the database deciding (schema and the one
recording function: store/journal_schema.py). An administrator installs it with the status
store (`PostgisJournal.install(params)` = PostgisStore.install) and registers each book's rules
(`register_book(rules)`); a technician's login, with the role lb_county, lb_city or
lb_province, records through `landbalance.journal_record` only. The client first checks the
batch itself with rules.journal.check — only so that a refusal it can foresee is worded
without a round trip —; the database checks again under the book's lock, and its refusals
come back as the same JournalError codes and details. Who, when, the level and the ids are
the database's: `actor` and `level` given to `record` are ignored.
"""

from __future__ import annotations

import json
import time

from ..rules.journal import LEVELS, BookRules, Entry, JournalError, Posting, check
from .base import StoreError
from .journal import Journal, book_summary
from .journal_schema import JOURNAL_SCHEMA_VERSION, VERSION_KEY, journal_version, refuse_newer_journal
from .pg_security import database_refusal
from .postgis import RETRIES, RETRY_CODES, PostgisConnection, PostgisStore, _psycopg2, session_level
from .postgis_schema import DEFAULT_TIME_ZONE, UTC_TEXT

JOURNAL_CODES = {"insufficient", "duplicate_ref", "level", "kind", "amount", "book", "empty", "ref"}
CHUNK = 1000  # entries a call: the transaction (and the book's lock) spans the whole batch


class PostgisJournal(PostgisConnection, Journal):
    backend = "postgis"
    WHAT = "ledger journal"

    def __init__(self, params: dict):
        self._open(params, isolation="READ COMMITTED")  # the database refuses a stale snapshot

    @staticmethod
    def install(params: dict, time_zone: str = DEFAULT_TIME_ZONE) -> None:
        """Install or upgrade the status store and the journal (administrator; PostgisStore.install)."""
        PostgisStore.install(params, time_zone)

    def _check_schema(self) -> None:
        with self.db.cursor() as cur:
            cur.execute("SELECT to_regclass('landbalance.meta')")
            version = journal_version(cur) if cur.fetchone()[0] is not None else 0
        self.db.rollback()
        if version == 0:
            raise StoreError("this database has no Land Balance ledger journal: an administrator installs it "
                             "(PostgisJournal.install)", "no_store", path=self.path, key=VERSION_KEY)
        refuse_newer_journal(version, self.path)
        if version < JOURNAL_SCHEMA_VERSION:
            raise StoreError(f"the ledger journal has {VERSION_KEY} {version}; this plugin needs "
                             f"{JOURNAL_SCHEMA_VERSION}: an administrator upgrades it (PostgisJournal.install)",
                             "older_schema", path=self.path, version=version, known=JOURNAL_SCHEMA_VERSION,
                             key=VERSION_KEY)

    def schema_version(self) -> int:
        with self.db.cursor() as cur:
            version = journal_version(cur)
        self.db.rollback()
        return version

    # — the books' rules (administrator) —
    def register_book(self, rules: BookRules) -> None:
        """Put a book's rules in the database, where journal_record checks every batch against them.
        Again whenever they change (a pack's levels or kinds): until then recording is refused."""
        pg = _psycopg2()
        from psycopg2.extras import execute_values

        try:
            with self.db, self.db.cursor() as cur:
                cur.execute("DELETE FROM landbalance.journal_book WHERE book = %s", (rules.book,))
                cur.execute("INSERT INTO landbalance.journal_book (book, kinds, unique_refs) VALUES (%s, %s, %s)",
                            (rules.book, sorted(rules.kinds), sorted(rules.unique_refs)))
                execute_values(cur, "INSERT INTO landbalance.journal_guard (book, account, indicator) VALUES %s",
                               [(rules.book, a, i) for a, i in sorted(rules.non_negative)])
                execute_values(cur, "INSERT INTO landbalance.journal_level (book, kind, level) VALUES %s",
                               [(rules.book, k, v) for k, v in sorted(_levels(rules).items())])
        except pg.Error as err:
            raise self._refusal(err) from None

    def registered_rules(self, book: str) -> BookRules | None:
        """The rules the database holds for `book` (None: never registered)."""
        with self.db.cursor() as cur:
            cur.execute("SELECT kinds, unique_refs FROM landbalance.journal_book WHERE book = %s", (book,))
            row = cur.fetchone()
            if row is None:
                self.db.rollback()
                return None
            cur.execute("SELECT account, indicator FROM landbalance.journal_guard WHERE book = %s", (book,))
            guards = frozenset(cur.fetchall())
            cur.execute("SELECT kind, level FROM landbalance.journal_level WHERE book = %s", (book,))
            levels = dict(cur.fetchall())
        self.db.rollback()
        return BookRules(book, non_negative=guards, unique_refs=frozenset(row[1]), levels=levels,
                         kinds=frozenset(row[0]))

    # — writing —
    def record(self, rules, entries, actor=None, level=None, pack="", progress=None):
        entries = list(entries)
        registered = self.registered_rules(rules.book)
        if registered is None:
            raise StoreError(f"ledger journal {self.path}: the rules of book {rules.book} are not registered; an "
                             "administrator registers them (register_book)", "book_not_registered", book=rules.book,
                             path=self.path)
        if _normal(registered) != _normal(rules):
            raise StoreError(f"ledger journal {self.path}: the database holds other rules for book {rules.book} "
                             "than this plugin's; an administrator registers them again (register_book)",
                             "book_rules_differ", book=rules.book, path=self.path)
        own_level = session_level(self.db)
        if own_level is None:
            raise StoreError(f"ledger journal {self.path}: this user has none of the roles lb_county, lb_city, "
                             "lb_province", "no_role", user="")
        check(rules, self._summary(rules), entries, own_level)  # to word what can be foreseen
        if not entries:
            return []
        pg = _psycopg2()
        rows = [_row(e, pack) for e in entries]
        for attempt in range(RETRIES):
            try:
                with self.db:
                    stamps = self._record_once(rules.book, rows, progress)
                break
            except pg.Error as err:
                if err.pgcode in RETRY_CODES and attempt < RETRIES - 1:
                    time.sleep(0.05 * (attempt + 1))
                    continue
                raise self._refusal(err) from None
            except ValueError as err:  # psycopg2: text with a NUL character
                raise StoreError(f"ledger journal {self.path}: {err}", "bad_text", reason=str(err)) from None
        return [Entry(e.book, e.kind, e.year, e.ref, tuple(e.postings), e.note or "", dict(e.attributes or {}), id_,
                      stamp["actor"], stamp["level"], stamp["at"], stamp["batch"], row["pack"])
                for e, row, (id_, stamp) in zip(entries, rows, stamps)]

    def _record_once(self, book: str, rows: list, progress) -> list:
        """(id, stamp) per entry: the batch in calls of CHUNK entries, one transaction."""
        out = []
        with self.db.cursor() as cur:
            for start in range(0, len(rows), CHUNK):
                chunk = rows[start:start + CHUNK]
                cur.execute("SELECT landbalance.journal_record(%s, %s::jsonb)",
                            (book, json.dumps(chunk, ensure_ascii=False)))
                stamp = cur.fetchone()[0]
                out += [(id_, stamp) for id_ in stamp["ids"]]
                if progress is not None:
                    progress(start + len(chunk), len(rows))
        return out

    def _refusal(self, err) -> Exception:
        refused = database_refusal(err, JournalError)
        if refused is not None:
            if refused.code in JOURNAL_CODES:
                return refused
            return StoreError(f"ledger journal {self.path}: {refused}", refused.code, path=self.path,
                              **refused.details)
        message = (getattr(err, "diag", None) and err.diag.message_primary) or str(err).strip()
        code = "permission" if err.pgcode == "42501" else "database"
        return StoreError(f"ledger journal {self.path}: {message}", code, reason=message, path=self.path)

    def _summary(self, rules: BookRules) -> list:
        """The book as check() needs it, summed by the database (store/journal.book_summary)."""
        with self.db.cursor() as cur:
            cur.execute("SELECT p.account, p.indicator, sum(p.amount) FROM landbalance.journal_posting p "
                        "JOIN landbalance.journal_entry e ON e.id = p.entry_id WHERE e.book = %s "
                        "GROUP BY p.account, p.indicator", (rules.book,))
            sums = {(a, i): s for a, i, s in cur.fetchall()}
        self.db.rollback()
        unique = [e for kind in sorted(rules.unique_refs) for e in self.entries(rules.book, kind)]
        return book_summary(rules.book, unique, sums)

    # — reading —
    def entries(self, book, kind=None, ref=None):
        with self.db.cursor() as cur:
            cur.execute("SELECT e.id, e.book, e.kind, e.year, e.ref, e.note, e.attributes, e.actor, e.level, "
                        + UTC_TEXT.format("e.at") + ", e.batch, e.pack, coalesce(jsonb_agg(jsonb_build_array("
                        "p.account, p.indicator, p.amount) ORDER BY p.id) FILTER (WHERE p.id IS NOT NULL), '[]') "
                        "FROM landbalance.journal_entry e LEFT JOIN landbalance.journal_posting p ON p.entry_id = e.id "
                        "WHERE e.book = %s AND (%s IS NULL OR e.kind = %s) AND (%s IS NULL OR e.ref = %s) "
                        "GROUP BY e.id ORDER BY e.id", (book, kind, kind, ref, ref))
            rows = cur.fetchall()
        self.db.rollback()
        return [Entry(b, k, year, r, tuple(Posting(*p) for p in postings), note, attributes, id_, actor, level, at,
                      batch, pack)
                for id_, b, k, year, r, note, attributes, actor, level, at, batch, pack, postings in rows]


def _row(entry: Entry, pack: str) -> dict:
    return {"book": entry.book, "kind": entry.kind, "year": entry.year, "ref": entry.ref, "note": entry.note or "",
            "attributes": entry.attributes or {}, "pack": pack or entry.pack or "",
            "postings": [{"account": p.account, "indicator": p.indicator, "amount": p.amount} for p in entry.postings]}


def _levels(rules: BookRules) -> dict:
    """The kinds recorded above the county level (county is every kind's default)."""
    return {kind: level for kind, level in rules.levels.items() if level != LEVELS[0]}


def _normal(rules: BookRules) -> tuple:
    return (rules.book, frozenset(rules.non_negative), frozenset(rules.unique_refs), _levels(rules),
            frozenset(rules.kinds))
