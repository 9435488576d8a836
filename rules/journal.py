"""Ledgers as append-only journals: entries of signed postings, balances derived, never stored.

Every bank a county keeps — the supplementary forest-land reserve bank (seed 000: deposits,
quota grants, draw-downs, deductions, lapses) and the requisition–compensation indicator
bank (seeds 003, 004: registered projects' area, paddy and grain indicators, the provincial
pool share, draw-downs in the pack's use order, trades, 核减 deductions) — is a journal:

* an **entry** is one event (kind, year, the parcel or project it concerns, a reason, who
  recorded it and when) with one or more **postings**;
* a **posting** moves a signed whole amount of one **indicator** (e.g. ``area_m2`` in cents of
  m², ``quota_mu`` in hundredths of a mu, ``grain_kg`` in whole kg) into or out of one
  **account** (a bank level or pool: county, city, province, province_pool …);
* a **balance** is the sum of the postings of (account, indicator), by year if asked —
  derived from the entries every time, so it can never disagree with them.

What a book allows is said by its ``BookRules`` (built by the capability from its pack):
which (account, indicator) may never go below zero, which entry kinds may name a reference
only once (a parcel is deposited once), and which level may record each kind. ``check``
refuses a batch that breaks one, with a code and details the adapters word in the user's
language; a refused batch records nothing. Pure Python: the stores (store/journal*.py) run
the same check inside their transaction, and the PostGIS store again in the database
(store/journal_schema.py mirrors every rule here, code for code).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from .errors import CodedError
from .visible_text import has_visible_character

LEVELS = ("county", "city", "province")
ANY = "*"  # an account ending in it stands for every account starting with what precedes it
MAX_AMOUNT = 10 ** 15 - 1  # no ledger holds 10^13 mu in hundredths: beyond is a typing error


class JournalError(CodedError):
    """A batch a book does not allow: ``code`` is stable, ``details`` name what and how much."""


@dataclass(frozen=True)
class Posting:
    account: str
    indicator: str
    amount: int  # signed, in whole units of the indicator (see module docstring)


@dataclass(frozen=True)
class Entry:
    """One event of a book. ``ref`` is what it concerns (a parcel key, a project's 备案号, a
    quota year …); ``attributes`` anything else worth keeping (JSON-able: names, grades,
    certificates, prices, approval numbers). The store fills id, actor, at, batch."""

    book: str
    kind: str
    year: int
    ref: str
    postings: tuple
    note: str = ""
    attributes: dict = field(default_factory=dict)
    id: int = 0
    actor: str = ""
    level: str = ""
    at: str = ""
    batch: str = ""
    pack: str = ""


@dataclass(frozen=True)
class BookRules:
    """What a book allows (built by a capability from its rule pack).

    ``non_negative``: (account, indicator) pairs whose balance may never go below zero (a
    draw-down larger than the balance is refused with the missing amount); an account
    ending in ``*`` guards every account starting with what precedes it (``county/*``:
    each county project's account; ``*``: every account) — so a book whose accounts open
    as projects register keeps the same rules, which a database can hold;
    ``unique_refs``: entry kinds whose ``ref`` may appear once in the book (a parcel already
    banked is refused with when it was banked); ``levels``: kind → the lowest level that may
    record it (default county); ``kinds``: the entry kinds the book knows (empty: any).
    """

    book: str
    non_negative: frozenset = frozenset()
    unique_refs: frozenset = frozenset()
    levels: dict = field(default_factory=dict)
    kinds: frozenset = frozenset()


def balances(entries, year: int | None = None, through: bool = True) -> dict:
    """(account, indicator) → balance of the entries (of ``year``; ``through``: up to and
    including that year, else that year alone)."""
    out = defaultdict(int)
    for entry in entries:
        if year is not None and (entry.year > year if through else entry.year != year):
            continue
        for p in entry.postings:
            out[(p.account, p.indicator)] += p.amount
    return dict(out)


def guarded(non_negative, account: str, indicator: str) -> bool:
    """Whether (account, indicator) may never go below zero under ``non_negative``."""
    if (account, indicator) in non_negative:
        return True
    return any(a.endswith(ANY) and i == indicator and account.startswith(a[:-1]) for a, i in non_negative)


def level_rank(level: str) -> int:
    if level not in LEVELS:
        raise JournalError("level", f"unknown level {level!r} (known: {', '.join(LEVELS)})", level=level)
    return LEVELS.index(level)


def check(rules: BookRules, existing, batch, actor_level: str = "county") -> None:
    """Refuse ``batch`` (new entries) if, after ``existing``, it breaks the book's rules."""
    level_rank(actor_level)
    seen = {}
    for entry in existing:
        if entry.kind in rules.unique_refs:
            seen[(entry.kind, entry.ref)] = entry
    for entry in batch:
        _check_entry(rules, entry, actor_level)
        if entry.kind in rules.unique_refs:
            earlier = seen.get((entry.kind, entry.ref))
            if earlier is not None:
                raise JournalError("duplicate_ref", f"{entry.ref}: already {entry.kind} in {earlier.year} "
                                                    f"({earlier.at or 'this batch'})",
                                   ref=entry.ref, kind=entry.kind, year=earlier.year, at=earlier.at,
                                   actor=earlier.actor)
            seen[(entry.kind, entry.ref)] = entry
    _check_balances(rules, existing, batch)


def _check_entry(rules: BookRules, entry: Entry, actor_level: str) -> None:
    if entry.book != rules.book:
        raise JournalError("book", f"entry for book {entry.book!r} recorded in {rules.book!r}",
                           book=entry.book, expected=rules.book)
    if rules.kinds and entry.kind not in rules.kinds:
        raise JournalError("kind", f"{rules.book}: no entry kind {entry.kind!r}", kind=entry.kind,
                           known=sorted(rules.kinds))
    if not isinstance(entry.ref, str) or not has_visible_character(entry.ref):
        raise JournalError("ref", f"{rules.book}: a {entry.kind} entry needs a reference with a visible character "
                                  f"(got {entry.ref!r})", kind=entry.kind, ref=entry.ref)
    if not entry.postings:
        raise JournalError("empty", f"{entry.ref}: an entry without postings", ref=entry.ref)
    for p in entry.postings:
        if not isinstance(p.amount, int) or isinstance(p.amount, bool) or abs(p.amount) > MAX_AMOUNT:
            raise JournalError("amount", f"{entry.ref}: amounts are whole units up to {MAX_AMOUNT}, got {p.amount!r}",
                               ref=entry.ref, amount=p.amount)
    needed = rules.levels.get(entry.kind, "county")
    if level_rank(actor_level) < level_rank(needed):
        raise JournalError("level", f"{entry.kind} is recorded by the {needed} level, not the {actor_level}",
                           kind=entry.kind, level=needed, actor_level=actor_level)


def _check_balances(rules: BookRules, existing, batch) -> None:
    """Every guarded balance stays ≥ 0 after each entry of the batch, in order."""
    if not rules.non_negative:
        return
    running = balances(existing)
    for entry in batch:
        for p in entry.postings:
            key = (p.account, p.indicator)
            running[key] = running.get(key, 0) + p.amount
            if running[key] < 0 and guarded(rules.non_negative, *key):
                raise JournalError("insufficient", f"{entry.ref}: {p.account} {p.indicator} would be "
                                                   f"{running[key]}, short by {-running[key]}",
                                   ref=entry.ref, account=p.account, indicator=p.indicator,
                                   missing=-running[key], balance=running[key] - p.amount, kind=entry.kind)
