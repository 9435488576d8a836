"""The ledger journal in a GeoPackage: the workflow store's sidecar, or any .gpkg.

Tables `lb_journal_entry` (one row an entry: book, kind, year, ref, note, attributes as JSON
text, who, level, when — UTC ISO —, batch, pack) and `lb_journal_posting` (its signed whole
amounts per account and indicator), listed in gpkg_contents as attributes tables so QGIS opens
them. Append-only: triggers refuse UPDATE and DELETE. The journal keeps its own schema version
(lb_meta key `journal_schema_version`), apart from the workflow status's.

Opening, refusing a bad file untouched, WAL, the busy timeout and retries are the workflow
store's (store/geopackage.GeoPackageFile). `record` is one BEGIN IMMEDIATE transaction that
reads the book, runs rules.journal.check against it and appends the batch: a second writer
waits for the first to commit and then checks against what it wrote, so two processes drawing
the last 10 mu cannot both succeed. A GeoPackage has no users: the recording level is the
client's, as for the workflow status.
"""

from __future__ import annotations

import json

from ..rules.journal import Entry, Posting, check
from .base import new_batch_id, operating_system_user, utc_now
from .geopackage import INVISIBLE, GeoPackageFile
from .journal import Journal, book_summary

JOURNAL_SCHEMA_VERSION = 1
ENTRY_COLUMNS = "id, book, kind, year, ref, note, attributes, actor, level, at, batch, pack"

# Each migration takes the journal from version n-1 to n; never edit one that has shipped.
JOURNAL_MIGRATIONS = {
    1: f"""
CREATE TABLE lb_journal_entry (
    id INTEGER PRIMARY KEY AUTOINCREMENT, book TEXT NOT NULL, kind TEXT NOT NULL, year INTEGER NOT NULL,
    ref TEXT NOT NULL, note TEXT NOT NULL DEFAULT '', attributes TEXT NOT NULL DEFAULT '{{}}', actor TEXT NOT NULL,
    level TEXT NOT NULL, at TEXT NOT NULL, batch TEXT NOT NULL, pack TEXT NOT NULL DEFAULT '');
CREATE INDEX lb_journal_entry_book ON lb_journal_entry (book, kind, ref);
CREATE TABLE lb_journal_posting (
    id INTEGER PRIMARY KEY AUTOINCREMENT, entry_id INTEGER NOT NULL REFERENCES lb_journal_entry (id),
    account TEXT NOT NULL, indicator TEXT NOT NULL, amount INTEGER NOT NULL CHECK (typeof(amount) = 'integer'));
CREATE INDEX lb_journal_posting_entry ON lb_journal_posting (entry_id);
CREATE TRIGGER lb_journal_entry_no_update BEFORE UPDATE ON lb_journal_entry
    BEGIN SELECT RAISE(ABORT, 'lb_journal_entry is append-only'); END;
CREATE TRIGGER lb_journal_entry_no_delete BEFORE DELETE ON lb_journal_entry
    BEGIN SELECT RAISE(ABORT, 'lb_journal_entry is append-only'); END;
CREATE TRIGGER lb_journal_posting_no_update BEFORE UPDATE ON lb_journal_posting
    BEGIN SELECT RAISE(ABORT, 'lb_journal_posting is append-only'); END;
CREATE TRIGGER lb_journal_posting_no_delete BEFORE DELETE ON lb_journal_posting
    BEGIN SELECT RAISE(ABORT, 'lb_journal_posting is append-only'); END;
CREATE TRIGGER lb_journal_entry_ref BEFORE INSERT ON lb_journal_entry
    WHEN NEW.ref IS NULL OR trim(NEW.ref, {INVISIBLE}) = ''
    BEGIN SELECT RAISE(ABORT, 'lb_journal_entry: a reference needs a visible character'); END;
""",
}
TABLES = {"lb_journal_entry": "Land Balance ledger journal: entries",
          "lb_journal_posting": "Land Balance ledger journal: postings (whole amounts)"}


class GeoPackageJournal(GeoPackageFile, Journal):
    backend = "geopackage"
    VERSION_KEY = "journal_schema_version"
    VERSION = JOURNAL_SCHEMA_VERSION

    def __init__(self, path, create: bool = True):
        self._open(path, create)

    def _create_or_migrate(self):
        version = self.schema_version()  # again, inside the lock: another process may have done it
        self._refuse_newer(version)
        self._start_file()
        for target in range(version + 1, JOURNAL_SCHEMA_VERSION + 1):
            self._executescript(JOURNAL_MIGRATIONS[target])
            self._set_version(target)
        for table, description in TABLES.items():
            self._register(table, description)

    # — writing —
    def record(self, rules, entries, actor=None, level="county", pack="", progress=None):
        entries = list(entries)
        actor = actor or operating_system_user()

        def body():
            check(rules, self._summary(rules), entries, level)
            return self._append(entries, actor, level, pack, progress)

        return self._transaction(body)

    def _append(self, entries, actor: str, level: str, pack: str, progress) -> list:
        at, batch, done = utc_now(), new_batch_id(), []
        for i, e in enumerate(entries):
            entry_pack = pack or e.pack
            cursor = self.db.execute(
                f"INSERT INTO lb_journal_entry ({ENTRY_COLUMNS}) VALUES (NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (e.book, e.kind, e.year, e.ref, e.note or "", _json(e.attributes), actor, level, at, batch,
                 entry_pack))
            self.db.executemany("INSERT INTO lb_journal_posting (entry_id, account, indicator, amount) "
                                "VALUES (?, ?, ?, ?)",
                                [(cursor.lastrowid, p.account, p.indicator, p.amount) for p in e.postings])
            done.append(Entry(e.book, e.kind, e.year, e.ref, tuple(e.postings), e.note or "", dict(e.attributes or {}),
                              cursor.lastrowid, actor, level, at, batch, entry_pack))
            if progress is not None:
                progress(i + 1, len(entries))
        return done

    def _summary(self, rules) -> list:
        """The book as check() needs it, summed in SQL (store/journal.book_summary)."""
        sums = {(a, i): s for a, i, s in self._read(
            "SELECT p.account, p.indicator, sum(p.amount) FROM lb_journal_posting p JOIN lb_journal_entry e "
            "ON e.id = p.entry_id WHERE e.book = ? GROUP BY p.account, p.indicator", (rules.book,))}
        unique = [e for kind in sorted(rules.unique_refs) for e in self._book(rules.book, kind, postings=False)]
        return book_summary(rules.book, unique, sums)

    # — reading —
    def entries(self, book, kind=None, ref=None):
        return self._book(book, kind, ref)

    def _book(self, book: str, kind=None, ref=None, postings: bool = True) -> list:
        where, args = ["e.book = ?"], [book]
        for column, value in (("kind", kind), ("ref", ref)):
            if value is not None:
                where.append(f"e.{column} = ?")  # column names are ours, values are parameters
                args.append(value)
        condition = " AND ".join(where)
        by_entry = {}
        rows = self._read("SELECT p.entry_id, p.account, p.indicator, p.amount FROM lb_journal_posting p "
                          f"JOIN lb_journal_entry e ON e.id = p.entry_id WHERE {condition} ORDER BY p.id",
                          args) if postings else ()
        for entry_id, account, indicator, amount in rows:
            by_entry.setdefault(entry_id, []).append(Posting(account, indicator, amount))
        columns = ", ".join(f"e.{c}" for c in ENTRY_COLUMNS.split(", "))
        return [Entry(book_, kind_, year, ref_, tuple(by_entry.get(id_, ())), note,
                      json.loads(attributes) if attributes != "{}" else {}, id_, actor, level, at, batch, pack)
                for id_, book_, kind_, year, ref_, note, attributes, actor, level, at, batch, pack in self._read(
                    f"SELECT {columns} FROM lb_journal_entry e WHERE {condition} ORDER BY e.id", args)]


def _json(attributes) -> str:
    return json.dumps(attributes or {}, ensure_ascii=False, sort_keys=True)
