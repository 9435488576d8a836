"""The requisition–compensation indicator bank on the journal (seeds 003, 004; DOMAIN.md
"Indicators and classes used by the ledgers"), a sequence worked by hand.

Shaanxi pack: 20 % of each indicator to the provincial pool at registration; draw-downs from
the county bank, then the city bank; trades within ±15 % of the guide price. Amounts: area and
paddy in hundredths of a mu, grain in kg. Yield (国家利用等别): grade g → 1550 − 100 g kg/mu.
"""

from __future__ import annotations

import pytest

from land_balance.rules import indicator_bank as bank
from land_balance.rules.grades import grade_scale
from land_balance.rules.indicator_bank import AREA, GRAIN, PADDY, Amounts, BankError
from land_balance.rules.journal import JournalError
from land_balance.rules.packs import load_packs
from land_balance.store.journal import MemoryJournal


@pytest.fixture(scope="module")
def pack():
    return load_packs().get("shaanxi_measures")


@pytest.fixture(scope="module")
def scale(pack):
    return grade_scale(pack, "bank")


def record(journal, entries):
    return journal.record(bank.book_rules(), entries, actor="test")


def balances(journal):
    return bank.bank_balances(journal.entries(bank.BOOK))


def test_grain_capacity_from_area_and_grade(scale):
    """100 mu at grade 5 → 100 × 1050 = 105 000 kg; 1 mu = 6 666 667 cents … at grade 15 (50 kg)."""
    assert bank.grain_of_mu_units(scale, 10_000, 5) == 105_000
    assert bank.grain_of_parts(scale, [(6_666_667, 15), (6_666_667, 1)]) == 50 * 100 + 1450 * 100
    assert bank.hundredths(12.345) == 1235 and bank.hundredths("0.01") == 1


def test_a_sequence_with_refusals(pack, scale):
    journal = MemoryJournal()
    p1 = bank.Registration("610000-2023-001", "某镇土地整治项目", 2023,
                           Amounts(10_000, 4_000, bank.grain_of_mu_units(scale, 10_000, 5)), "county", 5,
                           "陕自然资验〔2023〕1号", "2023-06-30", "2028-06-30")
    p2 = bank.Registration("610000-2023-002", "市级工矿复垦项目", 2023, Amounts(5_000, 0, 37_500), "city", 8)
    record(journal, bank.register(pack, [], [p1, p2]))
    # 20 % to the pool: area 2 000 / 1 000, paddy 800, grain 21 000 / 7 500
    assert balances(journal) == {
        "county": {AREA: 8_000, PADDY: 3_200, GRAIN: 84_000},
        bank.POOL: {AREA: 3_000, PADDY: 800, GRAIN: 28_500},
        "city": {AREA: 4_000, PADDY: 0, GRAIN: 30_000}}

    with pytest.raises(BankError) as err:  # registered twice
        bank.register(pack, journal.entries(bank.BOOK), [p1])
    assert err.value.code == "duplicate" and err.value.details["year"] == 2023

    # 90 mu area: 80 from the county, 10 from the city; paddy 10 mu from the county;
    # grain 90 000 kg: 84 000 county + 6 000 city
    d1 = bank.Draw("YD-2024-01", "某工业园区用地", 2024, Amounts(9_000, 1_000, 90_000))
    record(journal, bank.draw(pack, journal.entries(bank.BOOK), [d1]))
    after_d1 = {"county": {AREA: 0, PADDY: 2_200, GRAIN: 0}, bank.POOL: {AREA: 3_000, PADDY: 800, GRAIN: 28_500},
                "city": {AREA: 3_000, PADDY: 0, GRAIN: 24_000}}
    assert balances(journal) == after_d1
    assert journal.entries(bank.BOOK, kind="draw")[0].attributes["banks"] == ["city", "county"]

    # 40 mu with 30 mu paddy: 3 000 area and 2 200 paddy are left → missing 1 000 and 800
    d2 = bank.Draw("YD-2024-02", "某道路用地", 2024, Amounts(4_000, 3_000, 0))
    with pytest.raises(BankError) as err:
        bank.draw(pack, journal.entries(bank.BOOK), [d2])
    assert err.value.code == "insufficient"
    assert err.value.details["missing"] == {AREA: 1_000, PADDY: 800}
    assert balances(journal) == after_d1  # nothing changed

    # a batch with one impossible draw records nothing
    small = bank.Draw("YD-2024-03", "小项目", 2024, Amounts(100, 0, 0))
    with pytest.raises(BankError):
        bank.draw(pack, journal.entries(bank.BOOK), [small, d2])
    assert balances(journal) == after_d1

    record(journal, bank.deduct(pack, journal.entries(bank.BOOK), [
        bank.Deduction("610000-2023-001", 2024, Amounts(0, 500, 0), "新增耕地被占用且无法整改")]))
    assert balances(journal)["county"][PADDY] == 1_700
    with pytest.raises(BankError) as err:
        bank.deduct(pack, journal.entries(bank.BOOK), [bank.Deduction("610000-2099-999", 2024, Amounts(100), "x")])
    assert err.value.code == "unknown_project" and err.value.details["ref"] == "610000-2099-999"
    with pytest.raises(BankError) as err:
        bank.draw(pack, journal.entries(bank.BOOK), [bank.Draw("YD-9", "x", 2024, Amounts(1), ("610000-2099-999",))])
    assert err.value.code == "unknown_project"

    # sell 10 mu of the city bank at exactly +15 % of 100 000 yuan/mu: allowed
    sell = bank.Trade("JY-2024-01", "sell", "西安市某区", 2024, Amounts(1_000), 11_500_000, 10_000_000, "city")
    record(journal, bank.trade(pack, journal.entries(bank.BOOK), [sell]))
    assert balances(journal)["city"][AREA] == 2_000
    assert journal.entries(bank.BOOK, kind="trade_out")[0].attributes["value_fen"] == 115_000_000
    dear = bank.Trade("JY-2024-02", "buy", "宝鸡市某县", 2024, Amounts(1_000), 11_500_100, 10_000_000)
    with pytest.raises(BankError) as err:
        bank.trade(pack, journal.entries(bank.BOOK), [dear])
    assert err.value.code == "price" and (err.value.details["low"], err.value.details["high"]) == (8_500_000,
                                                                                                   11_500_000)
    cheap = bank.Trade("JY-2024-03", "buy", "宝鸡市某县", 2024, Amounts(1_000, 0, 9_000), 8_500_000, 10_000_000)
    record(journal, bank.trade(pack, journal.entries(bank.BOOK), [cheap]))
    assert balances(journal)["county"] == {AREA: 1_000, PADDY: 1_700, GRAIN: 9_000}

    rows = {(r.bank, r.ref): r for r in bank.ledger(journal.entries(bank.BOOK))}
    p1_row = rows[("county", "610000-2023-001")]
    assert p1_row.registered == {AREA: 8_000, PADDY: 3_200, GRAIN: 84_000}
    assert p1_row.drawn == {AREA: 8_000, PADDY: 1_000, GRAIN: 84_000}
    assert p1_row.deducted[PADDY] == 500 and p1_row.balance == {AREA: 0, PADDY: 1_700, GRAIN: 0}
    assert p1_row.attributes["certificate"] == "陕自然资验〔2023〕1号"
    assert rows[("city", "610000-2023-002")].traded[AREA] == -1_000
    assert rows[("county", "JY-2024-03")].traded == {AREA: 1_000, PADDY: 0, GRAIN: 9_000}
    assert rows[(bank.POOL, "610000-2023-001")].balance == {AREA: 2_000, PADDY: 800, GRAIN: 21_000}
    assert [r.bank for r in bank.ledger(journal.entries(bank.BOOK))][:2] == ["county", "county"]
    # through 2023: only the registrations
    assert {(r.bank, r.ref): r.balance[AREA] for r in bank.ledger(journal.entries(bank.BOOK), 2023)} == {
        ("county", "610000-2023-001"): 8_000, (bank.POOL, "610000-2023-001"): 2_000,
        ("city", "610000-2023-002"): 4_000, (bank.POOL, "610000-2023-002"): 1_000}


def test_named_sources_go_first(pack):
    entries = bank.register(pack, [], [bank.Registration("A", "a", 2023, Amounts(500)),
                                       bank.Registration("B", "b", 2023, Amounts(500))])
    entries = [e.__class__(**{**e.__dict__, "id": i + 1}) for i, e in enumerate(entries)]
    (taken,) = bank.draw(pack, entries, [bank.Draw("X", "x", 2024, Amounts(500), ("B", "A"))])
    assert [(p.account, p.amount) for p in taken.postings] == [("county/B", -400), ("county/A", -100)]
    (taken,) = bank.draw(pack, entries, [bank.Draw("X", "x", 2024, Amounts(500))])
    assert [(p.account, p.amount) for p in taken.postings] == [("county/A", -400), ("county/B", -100)]


def test_the_journal_refuses_a_draw_planned_on_a_stale_book(pack):
    """Two technicians plan the last 80 mu at once: the second is refused by the journal's own check."""
    journal = MemoryJournal()
    record(journal, bank.register(pack, [], [bank.Registration("A", "a", 2023, Amounts(10_000))]))
    stale = journal.entries(bank.BOOK)
    first = bank.draw(pack, stale, [bank.Draw("X1", "x", 2024, Amounts(8_000))])
    second = bank.draw(pack, stale, [bank.Draw("X2", "y", 2024, Amounts(8_000))])
    record(journal, first)
    with pytest.raises(JournalError) as err:
        record(journal, second)
    assert err.value.code == "insufficient" and err.value.details["missing"] == 8_000
    assert balances(journal)["county"][AREA] == 0


def test_bad_amounts(pack):
    for amounts, code in ((Amounts(100, 200), "paddy"), (Amounts(-1), "amount"), (Amounts(0, 0, 0), "amount")):
        with pytest.raises(BankError) as err:
            bank.register(pack, [], [bank.Registration("A", "a", 2023, amounts)])
        assert err.value.code == code
    with pytest.raises(BankError) as err:
        bank.register(pack, [], [bank.Registration("A", "a", 2023, Amounts(1)), bank.Registration("A", "b", 2023,
                                                                                                   Amounts(1))])
    assert err.value.code == "duplicate"
    with pytest.raises(BankError) as err:
        bank.register(pack, [], [bank.Registration("A", "a", 2023, Amounts(1), "province")])
    assert err.value.code == "bank" and err.value.details["allowed"] == ["county", "city"]


def test_lianshui_has_no_pool(pack):
    lianshui = load_packs().get("lianshui_requisition")
    entries = bank.register(lianshui, [], [bank.Registration("L1", "涟水项目", 2023, Amounts(1_000, 500, 9_000))])
    assert {p.account for p in entries[0].postings} == {"county/L1"}
