"""The supplementary forest-land reserve bank (补充林地储备库) as a book of the ledger journal.

Ganzhou's pilot (seeds/000_9e49406886a189a5.txt 二(二)7–8, 二(三)1–2, 三(三)): restored
mining land, once accepted and changed to forest, enters the county bank (变更) and, after
the province's review, the provincial bank (入库); the province grants new forest-occupation
quota from the banked area (below the cap all to the county, above it the cap to the county
and the rest to a provincial pool); projects draw on the quota; banked parcels found badly
kept, degraded or lost are deducted from that year's quota; quota unused at the end of the
pilot lapses. Each of these is an entry (rules/journal.py) of the pack's book:

==================  ====================================================================
kind                postings (account, indicator, amount)
==================  ====================================================================
deposit             (county, area_m2, +cents)                 ref: the parcel's position
deposit_province    (province, area_m2, +cents)               ref: the same parcel
grant               (county, quota_mu, +county − settled), (province_pool, quota_mu, +pool),
                    (county_owed, quota_mu, −settled)         ref: the bank year
draw                (county | province_pool, quota_mu, −units) ref: the approval number
deduct              (county, area_m2, −cents) [(province, area_m2, −cents)],
                    (county, quota_mu, −applied), (county_owed, quota_mu, +owed)
lapse               (county, quota_mu, −balance), (province_pool, quota_mu, −balance)
==================  ====================================================================

Areas are whole cents of m² (official ellipsoidal areas), quota whole 10^-d mu (d from the
pack), every mu figure rounded once from the cents. A deduction comes off the county quota
granted for its year, never below zero: what that quota cannot cover is owed, and a grant
recorded after the deduction settles what is owed for its year — so the result does not
depend on the order the two were recorded in. Balances are never stored: they are sums of
the postings. Pure Python; the stores (store/journal.py) check and record.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from .errors import CodedError
from .journal import BookRules, Entry, Posting, balances
from .ledger import forest_quota, pilot_years, quota_decimals
from .packs import Pack, PackError
from .tables import round_ratio, unit_ratio

COUNTY, PROVINCE, POOL, OWED = "county", "province", "province_pool", "county_owed"
AREA, QUOTA = "area_m2", "quota_mu"
DEPOSIT, DEPOSIT_PROVINCE, GRANT, DRAW, DEDUCT, LAPSE = (
    "deposit", "deposit_province", "grant", "draw", "deduct", "lapse")
KINDS = (DEPOSIT, DEPOSIT_PROVINCE, GRANT, DRAW, DEDUCT, LAPSE)
LAPSE_REF = "lapse"


class BankError(CodedError):
    """An entry the bank's rules do not allow before the journal sees it: ``code`` is stable,
    ``details`` name the parcel, project or year and how much."""


@dataclass(frozen=True)
class DepositItem:
    """A parcel to deposit: its ref (position), area in cents and what the form says of it."""

    ref: str
    cents: int
    attributes: dict


@dataclass(frozen=True)
class DeductionItem:
    """A banked parcel found degraded or lost: its ref, the area lost (cents; None: all of
    its banked area) and why."""

    ref: str
    cents: int | None
    reason: str
    label: str = ""


@dataclass
class YearFigures:
    """One year of the bank, as the annual report shows it (areas in cents, quota in units)."""

    year: int
    banked_county: int = 0
    banked_province: int = 0
    quota_county: int = 0
    quota_pool: int = 0
    used_county: int = 0
    used_pool: int = 0
    deducted: int = 0
    lapsed: int = 0
    balance_county: int = 0
    balance_pool: int = 0
    owed: int = 0


class Bank:
    """The reserve bank of one rule pack: its book, its rules and the entries it may hold."""

    def __init__(self, pack: Pack):
        section = pack.section("bank_ledger")
        if section is None:
            raise PackError(pack.path, "bank_ledger", "is required for the reserve-bank ledger but missing")
        self.pack = pack
        self.book = section["book"]
        self.entry_step = section["entry_step"]
        self.decimals = quota_decimals(pack)
        self.draw_accounts = tuple(section["draw_accounts"])
        self.levels = dict(section.get("levels", {}))
        self.first_year, self.last_year = pilot_years(pack)
        if self.first_year is None:
            raise PackError(pack.path, "pack.valid_years", "is required for the reserve-bank ledger (the pilot years)")

    @property
    def rules(self) -> BookRules:
        return BookRules(
            self.book,
            non_negative=frozenset({(COUNTY, AREA), (PROVINCE, AREA), (COUNTY, QUOTA), (POOL, QUOTA),
                                    (OWED, QUOTA)}),
            unique_refs=frozenset({DEPOSIT, DEPOSIT_PROVINCE, GRANT, DRAW, DEDUCT, LAPSE}),
            levels=self.levels, kinds=frozenset(KINDS))

    # — units —
    def units(self, cents: int) -> int:
        """Cents of m² as whole quota units (10^-d mu), rounded once, half away from zero."""
        num, den = unit_ratio("mu", self.decimals)
        return int(round_ratio(int(cents) * num, den))

    def mu(self, units: int) -> float:
        return round(units / 10**self.decimals, self.decimals)

    def text(self, units: int) -> str:
        """Quota units as the figure is written: '612.35'."""
        return f"{units / 10**self.decimals:.{self.decimals}f}"

    def check_year(self, year: int) -> None:
        """Entries belong to the pilot years (pack.valid_years)."""
        if not self.first_year <= int(year) <= self.last_year:
            raise BankError("year_outside", f"{year} is outside the pilot {self.first_year}–{self.last_year}",
                            year=int(year), first=self.first_year, last=self.last_year)

    def _entry(self, kind, year, ref, postings, note="", **attributes) -> Entry:
        return Entry(self.book, kind, int(year), str(ref), tuple(Posting(*p) for p in postings), note, attributes)

    # — deposits —
    def deposits(self, items, year: int) -> list:
        """County-bank deposits of ``year``; a parcel without area is refused by name."""
        self.check_year(year)
        out = []
        for item in items:
            if item.cents <= 0:
                raise BankError("zero_area", f"{item.ref}: no area", ref=item.ref,
                                label=item.attributes.get("label", item.ref))
            out.append(self._entry(DEPOSIT, year, item.ref, [(COUNTY, AREA, int(item.cents))],
                                   **dict(item.attributes, cents=int(item.cents))))
        return out

    def province_deposits(self, existing, refs, year: int) -> list:
        """The provincial bank takes parcels of the county bank, with their county area."""
        self.check_year(year)
        banked = {e.ref: e for e in existing if e.kind == DEPOSIT}
        out = []
        for ref in refs:
            county = banked.get(ref)
            if county is None:
                raise BankError("not_banked", f"{ref}: not in the county bank", ref=ref)
            cents = county.attributes.get("cents", _posted(county, COUNTY, AREA))
            out.append(self._entry(DEPOSIT_PROVINCE, year, ref, [(PROVINCE, AREA, cents)],
                                   **dict(county.attributes, county_year=county.year)))
        return out

    # — quota —
    def banked_cents(self, existing, year: int) -> int:
        return sum(_posted(e, COUNTY, AREA) for e in existing if e.kind == DEPOSIT and e.year == int(year))

    def grant(self, existing, year: int, banked_cents: int | None = None):
        """The quota grant of ``year`` from its county deposits (or ``banked_cents``): the
        pack's cap rule; what is owed for the year's deductions is settled from it.
        Returns (entry, QuotaSplit)."""
        self.check_year(year)
        cents = self.banked_cents(existing, year) if banked_cents is None else int(banked_cents)
        split = forest_quota(self.pack, self.mu(self.units(cents)), int(year))
        owed = _year_sum(existing, year, OWED, QUOTA)
        settled = min(owed, split.county)
        postings = [(COUNTY, QUOTA, split.county - settled), (POOL, QUOTA, split.pool)]
        if settled:
            postings.append((OWED, QUOTA, -settled))
        entry = self._entry(GRANT, year, str(int(year)), postings, split.rule, banked_cents=cents,
                            banked=split.banked, county=split.county, pool=split.pool, settled=settled,
                            branch=split.branch)
        return entry, split

    def draw(self, existing, year: int, project: str, approval: str, units: int, account: str = COUNTY) -> Entry:
        """A forest-occupation project using quota (refused by the journal if the balance is short)."""
        self.check_year(year)
        if account not in self.draw_accounts:
            raise BankError("account", f"quota cannot be drawn from {account!r}", account=account,
                            known=list(self.draw_accounts))
        if not (project or "").strip() or not (approval or "").strip():
            raise BankError("project_missing", "a draw-down needs the project's name and approval number",
                            project=project or "", approval=approval or "")
        if units <= 0:
            raise BankError("zero_area", f"{approval}: no area to draw", ref=approval)
        return self._entry(DRAW, year, approval.strip(), [(account, QUOTA, -int(units))], project.strip(),
                           project=project.strip(), approval=approval.strip(), units=int(units))

    def deductions(self, existing, items, year: int) -> list:
        """Deductions of ``year`` for banked parcels found badly kept, degraded or lost: the
        area leaves the bank(s); its mu come off the county quota granted for the year, as
        far as that quota (and the county's balance) goes — the rest is owed."""
        self.check_year(year)
        existing = list(existing)
        banked = {e.ref: e for e in existing if e.kind == DEPOSIT}
        in_province = {e.ref for e in existing if e.kind == DEPOSIT_PROVINCE}
        granted = {e.year: e for e in existing if e.kind == GRANT}
        room = self._room(existing, year, granted)
        balance = balances(existing).get((COUNTY, QUOTA), 0)
        out = []
        for item in items:
            deposit = banked.get(item.ref)
            if deposit is None:
                raise BankError("not_banked", f"{item.label or item.ref}: not in the county bank", ref=item.ref,
                                label=item.label or item.ref)
            held = deposit.attributes.get("cents", _posted(deposit, COUNTY, AREA))
            cents = held if item.cents is None else int(item.cents)
            if cents <= 0:
                raise BankError("zero_area", f"{item.label or item.ref}: no area", ref=item.ref,
                                label=item.label or item.ref)
            if self.units(cents) > self.units(held):
                raise BankError("too_large", f"{item.label or item.ref}: {cents} cents deducted, {held} banked",
                                ref=item.ref, label=item.label or item.ref, cents=cents, banked=held)
            # A deposit read back from a form knows its area to the form's 0.01 mu only.
            cents = min(cents, held)
            units = self.units(cents)
            applied = max(min(units, room, balance), 0)
            room, balance = room - applied, balance - applied
            postings = [(COUNTY, AREA, -cents)] + ([(PROVINCE, AREA, -cents)] if item.ref in in_province else [])
            postings += [(COUNTY, QUOTA, -applied)] if applied else []
            postings += [(OWED, QUOTA, units - applied)] if units > applied else []
            out.append(self._entry(DEDUCT, year, item.ref, postings, item.reason, reason=item.reason, cents=cents,
                                   units=units, applied=applied, owed=units - applied,
                                   deposit_year=deposit.year, **_parcel_facts(deposit)))
        return out

    def _room(self, existing, year: int, granted: dict) -> int:
        """What is left of the county quota granted for ``year`` to take deductions from."""
        grant = granted.get(int(year))
        if grant is None:
            return 0
        taken = grant.attributes.get("settled", 0) + sum(
            e.attributes.get("applied", 0) for e in existing if e.kind == DEDUCT and e.year == int(year))
        return max(grant.attributes.get("county", 0) - taken, 0)

    def lapse(self, existing, now_year: int) -> Entry:
        """Quota unused at the end of the pilot lapses (recorded in its last year)."""
        if int(now_year) <= self.last_year:
            raise BankError("pilot_running", f"the pilot runs to {self.last_year}", year=int(now_year),
                            last=self.last_year)
        held = balances(existing)
        county, pool = held.get((COUNTY, QUOTA), 0), held.get((POOL, QUOTA), 0)
        if not county and not pool:
            raise BankError("nothing_to_lapse", "no unused quota", last=self.last_year)
        return self._entry(LAPSE, self.last_year, LAPSE_REF, [(COUNTY, QUOTA, -county), (POOL, QUOTA, -pool)],
                           county=county, pool=pool)

    # — the annual report —
    def figures(self, entries) -> list:
        """Per year from the first entry to the last: banked, quota, used, deducted, lapsed,
        and the balances at the year's end (derived from the postings)."""
        entries = list(entries)
        if not entries:
            return []
        years = range(min(e.year for e in entries), max(e.year for e in entries) + 1)
        out = {y: YearFigures(y) for y in years}
        for e in entries:
            f = out[e.year]
            if e.kind == DEPOSIT:
                f.banked_county += _posted(e, COUNTY, AREA)
            elif e.kind == DEPOSIT_PROVINCE:
                f.banked_province += _posted(e, PROVINCE, AREA)
            elif e.kind == GRANT:
                f.quota_county += e.attributes.get("county", _posted(e, COUNTY, QUOTA))
                f.quota_pool += _posted(e, POOL, QUOTA)
            elif e.kind == DRAW:
                f.used_county -= _posted(e, COUNTY, QUOTA)
                f.used_pool -= _posted(e, POOL, QUOTA)
            elif e.kind == DEDUCT:
                f.deducted += e.attributes.get("units", 0)
            elif e.kind == LAPSE:
                f.lapsed -= _posted(e, COUNTY, QUOTA) + _posted(e, POOL, QUOTA)
        for y in years:
            held = balances(entries, y)
            out[y].balance_county = held.get((COUNTY, QUOTA), 0)
            out[y].balance_pool = held.get((POOL, QUOTA), 0)
            out[y].owed = held.get((OWED, QUOTA), 0)
        return [out[y] for y in years]


def _posted(entry: Entry, account: str, indicator: str) -> int:
    return sum(p.amount for p in entry.postings if p.account == account and p.indicator == indicator)


def _year_sum(entries, year: int, account: str, indicator: str) -> int:
    return sum(_posted(e, account, indicator) for e in entries if e.year == int(year))


def _parcel_facts(deposit: Entry) -> dict:
    keep = ("number", "label", "township", "parcel_id", "x", "y", "land_class")
    return {k: deposit.attributes[k] for k in keep if k in deposit.attributes}


def entries_by_year_kind(entries) -> dict:
    """{(year, kind): [entries]} in recording order: the parcels and projects behind each figure."""
    out = defaultdict(list)
    for e in entries:
        out[(e.year, e.kind)].append(e)
    return dict(out)
