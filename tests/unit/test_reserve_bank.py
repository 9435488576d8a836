"""The reserve bank as a journal book (rules/reserve_bank.py) on the reference journal.

Seed 000_9e49406886a189a5.txt: 二(二)7–8 (county bank, provincial bank), 二(三)2 (quota:
cap 500 mu, the pool, valid in the pilot 2022–2024 only), 三(三) (degraded parcels are
deducted from that year's quota). Balances after a sequence of entries are computed by hand.
"""

from __future__ import annotations

import pytest

from land_balance.rules.journal import JournalError
from land_balance.rules.packs import load_packs
from land_balance.rules.reserve_bank import (
    AREA, COUNTY, DEDUCT, OWED, POOL, PROVINCE, QUOTA, Bank, BankError, DeductionItem, DepositItem,
)
from land_balance.rules.reserve_form import mu_to_cents
from land_balance.store.journal import MemoryJournal

PACK = load_packs().get("ganzhou_forest_offset")


@pytest.fixture()
def bank():
    return Bank(PACK)


@pytest.fixture()
def journal():
    return MemoryJournal()


def parcel(ref, hundredths):
    """A parcel of exactly ``hundredths`` 0.01 mu (its cents rounded once back give them)."""
    return DepositItem(ref, mu_to_cents(hundredths), {"label": ref, "number": 1})


def record(journal, bank, entries, level="county"):
    return journal.record(bank.rules, entries, actor="test", level=level, pack=PACK.label)


def held(journal, bank, account, indicator=QUOTA, year=None):
    return journal.balances(bank.book, year).get((account, indicator), 0)


def test_book_from_the_pack(bank):
    assert bank.book == "ganzhou_forest_reserve_bank" and bank.entry_step == "change"
    assert (bank.first_year, bank.last_year, bank.decimals) == (2022, 2024, 2)
    assert bank.rules.levels["deposit_province"] == "province"
    assert bank.units(mu_to_cents(61235)) == 61235  # mu → cents → mu gives the same figure


def test_612_35_mu_banked_gives_500_to_the_county_and_112_35_to_the_pool(bank, journal):
    items = [parcel("A", 40000), parcel("B", 21235)]
    record(journal, bank, bank.deposits(items, 2023))
    assert bank.units(held(journal, bank, COUNTY, AREA)) == 61235
    grant, split = bank.grant(journal.entries(bank.book), 2023)
    record(journal, bank, [grant])
    assert held(journal, bank, COUNTY) == 50000 and held(journal, bank, POOL) == 11235
    assert split.branch == "above_cap" and "612.35" in grant.note


@pytest.mark.parametrize("hundredths, county, pool", [(50000, 50000, 0), (49999, 49999, 0), (50001, 50000, 1)])
def test_at_and_around_the_cap(bank, journal, hundredths, county, pool):
    record(journal, bank, bank.deposits([parcel("A", hundredths)], 2022))
    grant, _ = bank.grant(journal.entries(bank.book), 2022)
    record(journal, bank, [grant])
    assert (held(journal, bank, COUNTY), held(journal, bank, POOL)) == (county, pool)


def test_a_parcel_banked_twice_is_refused_with_when(bank, journal):
    record(journal, bank, bank.deposits([parcel("3740948.3,40425763.5", 842)], 2023))
    with pytest.raises(JournalError) as err:
        record(journal, bank, bank.deposits([parcel("X", 100), parcel("3740948.3,40425763.5", 842)], 2024))
    assert err.value.code == "duplicate_ref" and err.value.details["year"] == 2023
    assert len(journal.entries(bank.book)) == 1  # the refused batch recorded nothing, not even X


def test_years_outside_the_pilot_are_refused(bank, journal):
    with pytest.raises(BankError) as err:
        bank.deposits([parcel("A", 100)], 2021)
    assert err.value.code == "year_outside" and err.value.details["first"] == 2022
    with pytest.raises(BankError):
        bank.draw([], 2025, "某项目", "赣林审〔2025〕1号", 100)


def test_zero_area_parcel_is_refused_by_name(bank):
    with pytest.raises(BankError) as err:
        bank.deposits([DepositItem("A", 0, {"label": "图斑号 3"})], 2023)
    assert err.value.code == "zero_area" and err.value.details["label"] == "图斑号 3"


def test_sequence_of_deposits_draws_and_deductions_with_refusals(bank, journal):
    """2022: 300.00 mu banked → 300.00 to the county; a 120.00 mu project; a 200.00 mu project
    refused (short by 20.00); a parcel of 50.00 mu lost → deducted; 2023: 650.00 mu banked →
    500.00 + 150.00 pool; a pool project of 100.00; a deduction of 40.00 mu in 2023 whose
    quota is 500.00 → all applied; lapse after the pilot."""
    record(journal, bank, bank.deposits([parcel("A", 25000), parcel("B", 5000)], 2022))
    record(journal, bank, [bank.grant(journal.entries(bank.book), 2022)[0]])
    record(journal, bank, [bank.draw(journal.entries(bank.book), 2022, "甲项目", "林审1号", 12000)])
    with pytest.raises(JournalError) as err:
        record(journal, bank, [bank.draw(journal.entries(bank.book), 2022, "乙项目", "林审2号", 20000)])
    assert err.value.code == "insufficient" and err.value.details["missing"] == 2000  # 20.00 mu short
    assert held(journal, bank, COUNTY) == 18000  # the refused draw changed nothing
    record(journal, bank, bank.deductions(journal.entries(bank.book), [DeductionItem("B", None, "灭失")], 2022))
    assert held(journal, bank, COUNTY) == 13000 and bank.units(held(journal, bank, COUNTY, AREA)) == 25000
    with pytest.raises(JournalError) as err:  # a parcel deducted twice
        record(journal, bank, bank.deductions(journal.entries(bank.book), [DeductionItem("B", None, "灭失")], 2022))
    assert err.value.code == "duplicate_ref"

    record(journal, bank, bank.deposits([parcel("C", 65000)], 2023))
    record(journal, bank, [bank.grant(journal.entries(bank.book), 2023)[0]])
    assert (held(journal, bank, COUNTY), held(journal, bank, POOL)) == (63000, 15000)
    record(journal, bank, [bank.draw(journal.entries(bank.book), 2023, "丙项目", "林审3号", 10000, POOL)])
    record(journal, bank, bank.deductions(journal.entries(bank.book), [DeductionItem("A", mu_to_cents(4000), "退化")],
                                          2023))
    assert (held(journal, bank, COUNTY), held(journal, bank, POOL), held(journal, bank, OWED)) == (59000, 5000, 0)
    assert bank.units(held(journal, bank, COUNTY, AREA)) == 25000 - 4000 + 65000

    with pytest.raises(BankError) as err:
        bank.lapse(journal.entries(bank.book), 2024)
    assert err.value.code == "pilot_running"
    record(journal, bank, [bank.lapse(journal.entries(bank.book), 2025)])
    assert (held(journal, bank, COUNTY), held(journal, bank, POOL)) == (0, 0)

    figures = {f.year: f for f in bank.figures(journal.entries(bank.book))}
    f22, f23, f24 = figures[2022], figures[2023], figures[2024]
    assert (bank.units(f22.banked_county), f22.quota_county, f22.used_county) == (30000, 30000, 12000)
    assert f22.deducted == 5000
    assert (f22.balance_county, f23.quota_pool, f23.used_pool, f23.deducted) == (13000, 15000, 10000, 4000)
    assert (f23.balance_county, f23.balance_pool, f24.lapsed, f24.balance_county) == (59000, 5000, 64000, 0)


def test_deduction_larger_than_the_years_quota_is_owed(bank, journal):
    """A 400.00 mu parcel lost in a year whose county quota is 300.00: 300.00 applied, 100.00 owed;
    the county quota stays at zero, never below."""
    record(journal, bank, bank.deposits([parcel("A", 30000), parcel("B", 40000)], 2022))
    # 2022: 700.00 banked → 500.00 county, 200.00 pool
    record(journal, bank, [bank.grant(journal.entries(bank.book), 2022)[0]])
    record(journal, bank, bank.deposits([parcel("C", 30000)], 2023))
    record(journal, bank, [bank.grant(journal.entries(bank.book), 2023)[0]])
    assert held(journal, bank, COUNTY) == 80000
    [deduction] = bank.deductions(journal.entries(bank.book), [DeductionItem("B", None, "灭失")], 2023)
    record(journal, bank, [deduction])
    assert (deduction.attributes["applied"], deduction.attributes["owed"]) == (30000, 10000)
    assert (held(journal, bank, COUNTY), held(journal, bank, OWED)) == (50000, 10000)


def test_deduction_before_the_grant_is_settled_by_it(bank, journal):
    """Order does not matter: deducted first (all owed, no quota yet), granted after — the grant
    settles what its year owes."""
    record(journal, bank, bank.deposits([parcel("A", 20000), parcel("B", 5000)], 2023))
    record(journal, bank, bank.deductions(journal.entries(bank.book), [DeductionItem("B", None, "退化")], 2023))
    assert held(journal, bank, OWED) == 5000
    grant, _ = bank.grant(journal.entries(bank.book), 2023)
    record(journal, bank, [grant])
    assert (held(journal, bank, COUNTY), held(journal, bank, OWED)) == (25000 - 5000, 0)
    assert grant.attributes["settled"] == 5000


def test_deduction_of_an_unbanked_or_too_large_parcel(bank, journal):
    record(journal, bank, bank.deposits([parcel("A", 1000)], 2023))
    with pytest.raises(BankError) as err:
        bank.deductions(journal.entries(bank.book), [DeductionItem("Z", None, "灭失", "图斑号 9")], 2023)
    assert err.value.code == "not_banked" and err.value.details["label"] == "图斑号 9"
    with pytest.raises(BankError) as err:
        bank.deductions(journal.entries(bank.book), [DeductionItem("A", mu_to_cents(1001), "灭失")], 2023)
    assert err.value.code == "too_large"
    # a deposit read back from a form holds its area to 0.01 mu: the parcel's own m² may be a little more
    [whole] = bank.deductions(journal.entries(bank.book), [DeductionItem("A", mu_to_cents(1000) + 300, "灭失")], 2023)
    assert whole.attributes["cents"] == mu_to_cents(1000) and whole.attributes["units"] == 1000


def test_province_bank_takes_county_parcels_and_its_level(bank, journal):
    record(journal, bank, bank.deposits([parcel("A", 1000)], 2023))
    entries = bank.province_deposits(journal.entries(bank.book), ["A"], 2023)
    with pytest.raises(JournalError) as err:
        record(journal, bank, entries, level="county")
    assert err.value.code == "level"
    record(journal, bank, entries, level="province")
    assert held(journal, bank, PROVINCE, AREA) == held(journal, bank, COUNTY, AREA)
    with pytest.raises(BankError):
        bank.province_deposits(journal.entries(bank.book), ["nope"], 2023)
    # a parcel of both banks lost leaves both
    record(journal, bank, bank.deductions(journal.entries(bank.book), [DeductionItem("A", None, "灭失")], 2023))
    assert held(journal, bank, PROVINCE, AREA) == 0 == held(journal, bank, COUNTY, AREA)
    assert journal.entries(bank.book, DEDUCT)[0].attributes["owed"] == 1000


def test_draw_needs_project_and_approval(bank):
    with pytest.raises(BankError) as err:
        bank.draw([], 2023, "", "林审1号", 100)
    assert err.value.code == "project_missing"
    with pytest.raises(BankError) as err:
        bank.draw([], 2023, "甲", "林审1号", 100, "province")
    assert err.value.code == "account"
