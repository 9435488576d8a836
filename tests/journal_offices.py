"""Ledger journals for the journal contract (tests/store/test_journal_contract.py), the attacks
(tests/pg/test_journal_attacks.py) and scripts/race_journal.py: an office per back end —
memory (the reference), and the status store's offices (tests/offices.py) handing out journal
desks — with the same back-end specific doors (raw SQL, the schema version, a fingerprint of
what must not change). The book and the refusal cases are here once, so the suites say only
what every journal must do.
"""

from __future__ import annotations

import dataclasses

from offices import GeoPackageOffice, PostgisOffice
from store_helpers import Desk

from land_balance.rules.journal import BookRules, Entry, JournalError, Posting
from land_balance.store.journal import MemoryJournal
from land_balance.store.journal_geopackage import GeoPackageJournal

BOOK = "reserve"
COUNTY, QUOTA, AREA = "county", "quota_mu", "area_m2"
RULES = BookRules(BOOK, non_negative=frozenset({(COUNTY, QUOTA), ("project/*", AREA)}),
                  unique_refs=frozenset({"deposit"}), levels={"deposit_province": "province"},
                  kinds=frozenset({"deposit", "deposit_province", "grant", "draw"}))
OTHER = BookRules("other")  # a second book in the same journal, with no rules


def entry(kind: str, ref, *postings, year: int = 2024, book: str = BOOK, **attributes) -> Entry:
    return Entry(book, kind, year, ref, tuple(Posting(*p) for p in postings), attributes.pop("note", ""),
                 attributes)


def grant(amount: int, ref: str = "G", year: int = 2024) -> Entry:
    return entry("grant", ref, (COUNTY, QUOTA, amount), year=year)


def draw(ref: str, amount: int, year: int = 2024) -> Entry:
    """A project uses `amount` of the county's quota (hundredths of a mu)."""
    return entry("draw", ref, (COUNTY, QUOTA, -amount), (f"used/{ref}", QUOTA, amount), year=year)


# After `grant(1000)` and a deposit of P1 by "li": a valid entry, then the one each code refuses.
REFUSED = {
    "insufficient": (draw("D-big", 1001), {"missing": 1, "balance": 1000, "account": COUNTY, "indicator": QUOTA}),
    "duplicate_ref": (entry("deposit", "P1", ("project/P1", AREA, 5)), {"year": 2023, "kind": "deposit"}),
    "level": (entry("deposit_province", "P9", ("province", AREA, 5)), {"level": "province", "actor_level": "county"}),
    "kind": (entry("withdraw", "W", (COUNTY, QUOTA, 1)), {"kind": "withdraw"}),
    "amount": (entry("grant", "G2", (COUNTY, QUOTA, 1.5)), {"amount": 1.5}),
    "book": (entry("grant", "G3", (COUNTY, QUOTA, 1), book="other"), {"book": "other", "expected": BOOK}),
    "empty": (entry("grant", "G4"), {"ref": "G4"}),
    "ref": (entry("grant", "\u3000\t", (COUNTY, QUOTA, 1)), {"ref": "\u3000\t"}),
}
SETUP = [grant(1000), entry("deposit", "P1", ("project/P1", AREA, 12345), year=2023, 名称="一号地块")]


def refusal(batch, existing=()) -> JournalError:
    """What the reference (MemoryJournal, rules/journal.py) refuses the batch with."""
    memory = MemoryJournal()
    memory.record(RULES, list(existing), actor="li")
    try:
        memory.record(RULES, batch, actor="li")
    except JournalError as err:
        return err
    raise AssertionError("the reference accepted the batch")


def only(office, *backends) -> None:
    """Skip a contract test that does not apply to this back end (processes, files, SQL for memory)."""
    import pytest

    if office.backend not in backends:
        pytest.skip(f"{office.backend}: {' and '.join(backends)} only")


class JournalDesk(Desk):
    """A technician at a journal (`store` is the journal). PostgreSQL knows the user and level
    from the login and ignores `actor` and `level`; the others take them from here."""

    def record(self, entries, rules: BookRules = RULES, **kw):
        return self.store.record(rules, entries, actor=self.actor, level=self.level, pack="test@1", **kw)


class MemoryJournalOffice:
    """The reference semantics: one process, no file, no SQL."""

    backend = "memory"

    def __init__(self):
        self.journal = MemoryJournal()

    def desk(self, user: str = "li", level: str = "county") -> JournalDesk:
        return JournalDesk(self.journal, user, level)


class GeoPackageJournalOffice(GeoPackageOffice):
    VERSION_KEY = "journal_schema_version"

    def desk(self, user: str = "li", level: str = "county") -> JournalDesk:
        return JournalDesk(GeoPackageJournal(self.path), user, level)


class PostgisJournalOffice(PostgisOffice):
    VERSION_KEY = "journal_schema_version"
    ROWS = "SELECT id, book, kind, ref FROM landbalance.journal_entry ORDER BY id"

    def __init__(self, admin: dict):
        from land_balance.store.journal_postgis import PostgisJournal

        self.admin = admin
        with PostgisJournal(admin) as journal:  # the administrator registers the books
            journal.register_book(RULES)
            journal.register_book(OTHER)

    def desk(self, user: str = "li", level: str = "county") -> JournalDesk:
        from land_balance.store.journal_postgis import PostgisJournal

        params = self.login(user, level)
        return JournalDesk(PostgisJournal(params), params["user"], level)


def open_journal_desk(spec: dict) -> JournalDesk:
    """The desk a spec describes (in a child process)."""
    if spec["backend"] == "geopackage":
        return JournalDesk(GeoPackageJournal(spec["path"]), spec["actor"], spec["level"])
    from land_balance.store.journal_postgis import PostgisJournal

    return JournalDesk(PostgisJournal(spec["params"]), spec["params"]["user"], spec["level"])


def pot(k: int) -> str:
    return f"project/P{k:02d}"


def fill_pots(desk, pots: int, each: int) -> None:
    """Deposit `each` (cents of m²) in each of `pots` parcels' accounts: the balances racers draw."""
    desk.record([entry("deposit", f"P{k:02d}", (pot(k), AREA, each)) for k in range(pots)])


def draw_from(ref: str, k: int, amount: int) -> Entry:
    return entry("draw", ref, (pot(k), AREA, -amount), (f"used/{ref}", AREA, amount))


def draw_race(spec: dict, pots: int, rounds: int, amount: int) -> dict:
    """After the parent's "go" (store_helpers.start_together): for each pot in turn, draw `amount`
    from it `rounds` times, one batch each — so all racers reach each balance's end together;
    what was recorded and what refused, with the details."""
    import sys

    desk = open_journal_desk(spec)
    print("ready", flush=True)
    sys.stdin.readline()
    done, refused = [], []
    for k in range(pots):
        for r in range(rounds):
            ref = f"{desk.actor}-{k:02d}-{r:03d}"
            try:
                recorded = desk.record([draw_from(ref, k, amount)])[0]
                done.append([ref, recorded.id])
            except JournalError as err:
                refused.append([ref, err.code, err.details.get("missing"), err.details.get("balance")])
    desk.store.close()
    return {"actor": desk.actor, "done": done, "refused": refused}


RACER = """
import json
from journal_offices import draw_race
print(json.dumps(draw_race(json.loads(sys.argv[1]), *map(int, sys.argv[2:]))))
"""


def run_draw_race(office, writers: int, pots: int, rounds: int, amount: int) -> list:
    """`writers` processes drawing at once (started together); their results."""
    import json

    from store_helpers import run_together

    return run_together(RACER, [(json.dumps(office.spec(f"racer{i}", "county")), pots, rounds, amount)
                                for i in range(writers)])


def tally_draw_race(journal, results: list, pots: int, each: int, amount: int) -> dict:
    """What racing drawers were told against the book: each success is its entry, each pot's
    balance is its deposit less what was drawn from it — never below zero, exactly zero when
    more was asked than it held —, and every refusal says how much is missing (the amount less
    the balance it found)."""
    entries = [e for e in journal.entries(BOOK) if e.kind == "draw"]
    told = sorted(ref for r in results for ref, _ in r["done"])
    refused = [x for r in results for x in r["refused"]]
    left = journal.balances(BOOK)
    problems = []
    if sorted(e.ref for e in entries) != told:
        problems.append(f"{len(entries)} draws in the book, {len(told)} told success")
    for r in results:
        mine = sorted([e.ref, e.id] for e in entries if e.actor == r["actor"])
        if mine != sorted(r["done"]):
            problems.append(f"{r['actor']}: told success ≠ its entries")
    problems += [f"{ref}: {code} missing {missing} with {found} left" for ref, code, missing, found in refused
                 if code != "insufficient" or missing != amount - found or not 0 < missing <= amount]
    asked = sum(len(r["done"]) + len(r["refused"]) for r in results) // pots
    for k in range(pots):
        drawn = sum(amount for ref in told if ref.split("-")[1] == f"{k:02d}")
        expected = min(each, amount * asked) // amount * amount
        if drawn != expected or left.get((pot(k), AREA), 0) != each - drawn:
            problems.append(f"{pot(k)}: {drawn} drawn of {each} (expected {expected}), "
                            f"{left.get((pot(k), AREA), 0)} left")
    return {"expected": pots * (min(each, amount * asked) // amount), "found": len(entries),
            "drawn": amount * len(told), "left": sum(left.get((pot(k), AREA), 0) for k in range(pots)),
            "refused": len(refused), "problems": problems}


def without_stamps(e: Entry) -> Entry:
    """An entry as the client gave it (what the store adds taken off)."""
    return dataclasses.replace(e, id=0, actor="", level="", at="", batch="", pack="")
