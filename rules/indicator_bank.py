"""The requisition–compensation indicator bank (补充耕地指标储备库) as a journal.

Seeds 003 and 004, DOMAIN.md "Indicators and classes used by the ledgers": a registered
new-cultivated-land project, keyed by its supervision-system record number (备案号), puts
three indicators in a bank — new cultivated area, new paddy area (hundredths of a mu) and
grain-production capacity (whole kg, from the area and its quality grade through the pack's
yield per grade); where the pack has a pool share (Shaanxi 20 %, seed 004 六) that share goes
to the provincial pool at registration. An occupying project draws each indicator separately
from the county bank first and then the city bank (seed 004 七: the pack's use order); a
cross-city trade may agree a price at most ±15 % from the guide price (seed 004 六);
new land later occupied is deducted (核减) with its reason.

Accounts are ``<bank>/<备案号>`` (``county/…``, ``city/…``, ``province_pool/…``): a bank's
balance is the sum of its projects', and a draw-down says which project's indicators it used.
Everything here is pure: it reads the book's entries and returns the entries to record (or a
BankError with what is missing); the journal store records them in one transaction and checks
the balances again under its lock (rules/journal.py, store/journal.py).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from fractions import Fraction

from .errors import CodedError
from .grades import GradeScale
from .journal import ANY, BookRules, Entry, Posting
from .ledger import exact, nearest_int, price_band, provincial_pool_share
from .packs import BANK_INDICATORS, Pack, PackError
from .tables import unit_per_m2

BOOK = "cropland_indicators"
AREA, PADDY, GRAIN = BANK_INDICATORS
POOL = "province_pool"
REGISTER, DRAW, TRADE_IN, TRADE_OUT, DEDUCT = "register", "draw", "trade_in", "trade_out", "deduct"
KINDS = (REGISTER, DRAW, TRADE_IN, TRADE_OUT, DEDUCT)
#: Units of the indicators' whole amounts: hundredths of a mu, hundredths of a mu, kg.
UNITS = {AREA: ("mu", 2), PADDY: ("mu", 2), GRAIN: ("kg", 0)}


class BankError(CodedError):
    """A request the bank refuses; ``code`` is stable, ``details`` say what and how much.

    duplicate (ref, year, at), unknown_project (ref), insufficient (ref, missing {indicator:
    amount}, available), price (price, low, high, guide), amount (ref, indicator, amount),
    paddy (ref: more paddy than area), reason (ref), bank (bank, allowed)."""


@dataclass(frozen=True)
class Amounts:
    """Whole amounts of the three indicators (hundredths of a mu, hundredths of a mu, kg)."""

    area: int = 0
    paddy: int = 0
    grain: int = 0

    def by_indicator(self) -> dict:
        return {AREA: self.area, PADDY: self.paddy, GRAIN: self.grain}

    def check(self, ref: str, paddy_within_area: bool = True) -> Amounts:
        """Whole, non-negative, not all zero; paddy part of the area where it must be (a
        project's new land, an occupation) — a deduction or trade may move paddy alone."""
        for indicator, amount in self.by_indicator().items():
            if not isinstance(amount, int) or amount < 0:
                raise BankError("amount", f"{ref}: {indicator} {amount!r} is not a whole non-negative amount",
                                ref=ref, indicator=indicator, amount=amount)
        if paddy_within_area and self.paddy > self.area:
            raise BankError("paddy", f"{ref}: paddy {self.paddy} exceeds area {self.area}", ref=ref,
                            paddy=self.paddy, area=self.area)
        if not any(self.by_indicator().values()):
            raise BankError("amount", f"{ref}: nothing to record", ref=ref, indicator="", amount=0)
        return self


def hundredths(value) -> int:
    """A number given to 2 decimals (mu, yuan) in whole hundredths (0.01 mu, fen), as written:
    12.345 → 1235 (half away from zero), never 1234 from 12.344999… in binary."""
    return nearest_int(exact(value) * 100)


def grain_of_parts(scale: GradeScale, parts) -> int:
    """kg of grain capacity of (cents of m², grade) parts: Σ mu × yield of the grade, rounded once."""
    per_cent = unit_per_m2("mu") / 100
    return nearest_int(sum(int(cents) * per_cent * Fraction(scale.yield_of(grade)) for cents, grade in parts))


def grain_of_mu_units(scale: GradeScale, hundredths: int, grade: int) -> int:
    """kg of grain capacity of an area in hundredths of a mu at one grade."""
    return nearest_int(Fraction(int(hundredths), 100) * Fraction(scale.yield_of(grade)))


def bank_section(pack: Pack) -> dict:
    bank = pack.section("bank")
    if bank is None:
        raise PackError(pack.path, "bank", "is required for the indicator bank but missing")
    return bank


def account(bank: str, ref: str) -> str:
    return f"{bank}/{ref}"


def split_account(name: str) -> tuple:
    bank, _, ref = name.partition("/")
    return bank, ref


# ── requests ───────────────────────────────────────────────────────────────────────


@dataclass(frozen=True)
class Registration:
    """A project's accepted new cultivated land entering ``bank``."""

    ref: str  # 备案号
    name: str
    year: int
    amounts: Amounts
    bank: str = "county"
    grade: int | None = None
    certificate: str = ""  # 验收文号 / acceptance certificate
    accepted: str = ""  # ISO date
    maintenance_end: str = ""  # ISO date
    note: str = ""


@dataclass(frozen=True)
class Draw:
    """An occupying project (its own reference) drawing indicators; ``sources``: the
    registered projects (备案号) to draw from first, in that order — else the use order."""

    ref: str
    name: str
    year: int
    amounts: Amounts
    sources: tuple = ()
    note: str = ""


@dataclass(frozen=True)
class Deduction:
    """核减: indicators of a registered project taken back (new land later occupied …)."""

    ref: str
    year: int
    amounts: Amounts
    reason: str


@dataclass(frozen=True)
class Trade:
    """A cross-city trade (contract ``ref``): ``sell`` from ``bank`` or ``buy`` into it, at
    ``price_fen`` per mu of area, against the guide price."""

    ref: str
    direction: str  # "sell" | "buy"
    counterparty: str
    year: int
    amounts: Amounts
    price_fen: int
    guide_fen: int
    bank: str = "county"
    sources: tuple = ()
    note: str = ""


# ── the book ────────────────────────────────────────────────────────────────────────


def book_rules() -> BookRules:
    """Every project account of every bank stays ≥ 0 for each indicator (one pattern for the
    accounts projects open, so the rules do not change as the book grows and a database can
    hold them); a project is registered once; a trade contract is recorded once."""
    return BookRules(BOOK, non_negative=frozenset((ANY, i) for i in BANK_INDICATORS),
                     unique_refs=frozenset({REGISTER, TRADE_IN, TRADE_OUT}), kinds=frozenset(KINDS))


def project_balances(entries) -> dict:
    """account → {indicator: balance}, accounts in the order they were opened."""
    out = {}
    for entry in entries:
        for p in entry.postings:
            out.setdefault(p.account, {i: 0 for i in BANK_INDICATORS})[p.indicator] += p.amount
    return out


def bank_balances(entries) -> dict:
    """bank → {indicator: balance}."""
    out = {}
    for name, amounts in project_balances(entries).items():
        bank = split_account(name)[0]
        totals = out.setdefault(bank, {i: 0 for i in BANK_INDICATORS})
        for indicator, amount in amounts.items():
            totals[indicator] += amount
    return out


def registrations(entries) -> dict:
    """备案号 → its register entry."""
    return {e.ref: e for e in entries if e.kind == REGISTER}


def _entry(pack: Pack, kind: str, year: int, ref: str, postings, note: str, attributes: dict) -> Entry:
    return Entry(BOOK, kind, int(year), str(ref), tuple(p for p in postings if p.amount), note, attributes,
                 pack=pack.label)


def register(pack: Pack, existing, requests) -> list:
    """The entries registering ``requests``; refused whole on a project already registered
    (naming when) or one named twice."""
    banks = bank_section(pack)["use_order"]
    known = registrations(existing)
    seen, out = {}, []
    pooled = pack.section("pool") is not None
    for request in requests:
        request.amounts.check(request.ref)
        _check_bank(request.ref, request.bank, banks)
        earlier = known.get(request.ref) or seen.get(request.ref)
        if earlier is not None:
            raise BankError("duplicate", f"{request.ref} is already registered", ref=request.ref,
                            year=earlier.year, at=earlier.at, actor=earlier.actor)
        postings = []
        for indicator, amount in request.amounts.by_indicator().items():
            keep, pool = provincial_pool_share(pack, amount) if pooled else (amount, 0)
            postings.append(Posting(account(request.bank, request.ref), indicator, keep))
            postings.append(Posting(account(POOL, request.ref), indicator, pool))
        attributes = {"name": request.name, "bank": request.bank, "grade": request.grade,
                      "certificate": request.certificate, "accepted": request.accepted,
                      "maintenance_end": request.maintenance_end}
        entry = _entry(pack, REGISTER, request.year, request.ref, postings, request.note or request.name, attributes)
        seen[request.ref] = entry
        out.append(entry)
    return out


def _drawable(entries, banks, sources, known: dict) -> list:
    """Accounts to draw from, in order: the named sources (in the given order, within the
    allowed banks), else every account of each bank in turn, oldest first."""
    accounts = [a for a in project_balances(entries) if split_account(a)[0] in banks]
    if not sources:
        return [a for bank in banks for a in accounts if split_account(a)[0] == bank]
    out = []
    for ref in sources:
        if ref not in known and not any(split_account(a)[1] == ref for a in accounts):
            raise BankError("unknown_project", f"{ref} is not in the bank", ref=ref)
        out += [a for bank in banks for a in accounts if a == account(bank, ref)]
    return out


def _take(ref: str, amounts: Amounts, order: list, running: dict) -> list:
    """Postings taking each indicator from the accounts in order; refused with every
    indicator's missing amount when the accounts do not hold enough."""
    postings, missing, available = [], {}, {}
    for indicator, wanted in amounts.by_indicator().items():
        left = wanted
        have = sum(max(running.get(a, {}).get(indicator, 0), 0) for a in order)
        available[indicator] = have
        for name in order:
            if left == 0:
                break
            take = min(max(running.get(name, {}).get(indicator, 0), 0), left)
            if take:
                postings.append(Posting(name, indicator, -take))
                left -= take
        if left:
            missing[indicator] = left
    if missing:
        raise BankError("insufficient", f"{ref}: short by {missing}", ref=ref, missing=missing, available=available)
    for p in postings:
        running[p.account][p.indicator] += p.amount
    return postings


def _book(existing) -> tuple:
    """(entries, registrations by 备案号, running balances per account) of the book so far."""
    existing = list(existing)
    return existing, registrations(existing), project_balances(existing)


def _check_bank(ref: str, name: str, banks) -> None:
    if name not in banks:
        raise BankError("bank", f"{ref}: no bank {name!r}", bank=name, allowed=list(banks))


def draw(pack: Pack, existing, requests) -> list:
    """Draw-down entries, each indicator from the banks in the pack's use order; the whole
    batch is refused when any request cannot be met (with its missing amounts)."""
    banks = bank_section(pack)["use_order"]
    existing, known, running = _book(existing)
    out = []
    for request in requests:
        request.amounts.check(request.ref)
        order = _drawable(existing, banks, request.sources, known)
        postings = _take(request.ref, request.amounts, order, running)
        attributes = {"name": request.name, "sources": sorted({split_account(p.account)[1] for p in postings}),
                      "banks": sorted({split_account(p.account)[0] for p in postings})}
        out.append(_entry(pack, DRAW, request.year, request.ref, postings, request.note or request.name, attributes))
    return out


def deduct(pack: Pack, existing, requests) -> list:
    """核减 entries: each from its registered project's bank account, with the reason."""
    existing, known, running = _book(existing)
    out = []
    for request in requests:
        if not request.reason.strip():
            raise BankError("reason", f"{request.ref}: a deduction needs its reason", ref=request.ref)
        request.amounts.check(request.ref, paddy_within_area=False)
        entry = known.get(request.ref)
        if entry is None:
            raise BankError("unknown_project", f"{request.ref} is not registered", ref=request.ref)
        postings = _take(request.ref, request.amounts, [account(entry.attributes["bank"], request.ref)], running)
        out.append(_entry(pack, DEDUCT, request.year, request.ref, postings, request.reason,
                          {"reason": request.reason}))
    return out


def trade(pack: Pack, existing, requests) -> list:
    """Trade entries; a price outside the pack's band around the guide price is refused with
    the allowed range."""
    banks = bank_section(pack)["use_order"]
    existing, known, running = _book(existing)
    out = []
    for request in requests:
        request.amounts.check(request.ref, paddy_within_area=False)
        _check_bank(request.ref, request.bank, banks)
        low, high = price_band(pack, request.guide_fen)
        if not low <= request.price_fen <= high:
            raise BankError("price", f"{request.ref}: price {request.price_fen} outside {low}–{high}",
                            ref=request.ref, price=request.price_fen, low=low, high=high, guide=request.guide_fen)
        value = nearest_int(Fraction(request.price_fen * request.amounts.area, 100))
        attributes = {"counterparty": request.counterparty, "price_fen": request.price_fen,
                      "guide_fen": request.guide_fen, "value_fen": value, "bank": request.bank,
                      "name": request.note or request.counterparty}
        if request.direction == "buy":
            postings = [Posting(account(request.bank, request.ref), i, a)
                        for i, a in request.amounts.by_indicator().items()]
            for p in postings:
                running.setdefault(p.account, {i: 0 for i in BANK_INDICATORS})[p.indicator] += p.amount
            kind = TRADE_IN
        elif request.direction == "sell":
            order = _drawable(existing, [request.bank], request.sources, known)
            postings = _take(request.ref, request.amounts, order, running)
            attributes["sources"] = sorted({split_account(p.account)[1] for p in postings})
            kind = TRADE_OUT
        else:
            raise ValueError(f"trade direction {request.direction!r} is neither buy nor sell")
        out.append(_entry(pack, kind, request.year, request.ref, postings, request.note, attributes))
    return out


# ── the ledger report ─────────────────────────────────────────────────────────────────


@dataclass
class AccountLedger:
    """One bank account (a project's, or a purchase's) with its totals per indicator."""

    bank: str
    ref: str
    name: str = ""
    attributes: dict = field(default_factory=dict)
    registered: dict = field(default_factory=lambda: {i: 0 for i in BANK_INDICATORS})
    drawn: dict = field(default_factory=lambda: {i: 0 for i in BANK_INDICATORS})
    traded: dict = field(default_factory=lambda: {i: 0 for i in BANK_INDICATORS})  # sold (−) / bought (+)
    deducted: dict = field(default_factory=lambda: {i: 0 for i in BANK_INDICATORS})

    @property
    def balance(self) -> dict:
        return {i: self.registered[i] + self.traded[i] - self.drawn[i] - self.deducted[i] for i in BANK_INDICATORS}


def ledger(entries, through_year: int | None = None) -> list:
    """Every account's registered, drawn, traded, deducted and balance (through a year),
    banks in the order county, city, province pool, then others; accounts oldest first."""
    accounts = {}
    register_of = registrations(entries)
    for entry in entries:
        if through_year is not None and entry.year > through_year:
            continue
        for p in entry.postings:
            bank, ref = split_account(p.account)
            row = accounts.get(p.account)
            if row is None:
                source = register_of.get(ref) or entry
                row = accounts[p.account] = AccountLedger(bank, ref, source.attributes.get("name", ""),
                                                          dict(source.attributes))
            if entry.kind == REGISTER:
                row.registered[p.indicator] += p.amount
            elif entry.kind == DRAW:
                row.drawn[p.indicator] -= p.amount
            elif entry.kind == DEDUCT:
                row.deducted[p.indicator] -= p.amount
            else:
                row.traded[p.indicator] += p.amount
    rank = {"county": 0, "city": 1, "province": 2, POOL: 3}
    return sorted(accounts.values(), key=lambda r: rank.get(r.bank, 4))
