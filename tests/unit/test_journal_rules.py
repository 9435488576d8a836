"""Ledger rules (rules/journal.py): balances derived from entries, refusals that say how much.

Seeds: 000_9e49406886a189a5.txt (reserve bank: a parcel banked once; quota used no more
than granted), 004_7872a60e71286313.txt (indicator bank: draw-downs within the balance).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from land_balance.rules.journal import BookRules, Entry, JournalError, Posting, balances, check

RULES = BookRules("bank", non_negative=frozenset({("county", "quota_mu")}), unique_refs=frozenset({"deposit"}),
                  levels={"deposit_province": "province"})


def entry(kind, ref, *postings, year=2023):
    return Entry("bank", kind, year, ref, tuple(Posting(*p) for p in postings))


GRANT = entry("grant", "2023", ("county", "quota_mu", 50000))  # 500.00 mu
DRAW = entry("draw", "林审字〔2023〕1号", ("county", "quota_mu", -30000), year=2024)


def test_balances_are_sums_of_postings_by_year():
    assert balances([GRANT, DRAW]) == {("county", "quota_mu"): 20000}
    assert balances([GRANT, DRAW], 2023) == {("county", "quota_mu"): 50000}
    assert balances([GRANT, DRAW], 2024, through=False) == {("county", "quota_mu"): -30000}


def test_a_draw_larger_than_the_balance_is_refused_with_the_missing_amount():
    too_much = entry("draw", "林审字〔2024〕7号", ("county", "quota_mu", -25000), year=2024)
    with pytest.raises(JournalError) as err:
        check(RULES, [GRANT, DRAW], [too_much])
    assert err.value.code == "insufficient" and err.value.details["missing"] == 5000
    check(RULES, [GRANT, DRAW], [entry("draw", "x", ("county", "quota_mu", -20000))])  # exactly to zero


def test_a_parcel_banked_twice_is_refused_with_when():
    first = Entry("bank", "deposit", 2023, "320826-17", (Posting("county", "area_m2", 123456),), at="2024-01-05")
    with pytest.raises(JournalError) as err:
        check(RULES, [first], [entry("deposit", "320826-17", ("county", "area_m2", 1))])
    assert err.value.code == "duplicate_ref" and err.value.details["year"] == 2023
    with pytest.raises(JournalError, match="already deposit"):
        twice = entry("deposit", "A", ("county", "area_m2", 1))
        check(RULES, [], [twice, twice])


def test_levels_kinds_and_amounts():
    with pytest.raises(JournalError) as err:
        check(RULES, [], [entry("deposit_province", "A", ("province", "area_m2", 1))], actor_level="city")
    assert err.value.code == "level"
    check(RULES, [], [entry("deposit_province", "A", ("province", "area_m2", 1))], actor_level="province")
    with pytest.raises(JournalError, match="whole units"):
        check(RULES, [], [entry("grant", "A", ("county", "quota_mu", 1.5))])
    with pytest.raises(JournalError) as err:
        check(BookRules("bank", kinds=frozenset({"grant"})), [], [entry("draw", "A", ("county", "quota_mu", -1))])
    assert err.value.code == "kind"


def test_an_account_pattern_guards_every_account_it_starts():
    """The indicator bank opens an account per project (county/<备案号>): one rule guards them all."""
    rules = BookRules("bank", non_negative=frozenset({("county/*", "area"), ("*", "grain_kg")}))
    opened = entry("register", "P1", ("county/P1", "area", 100), ("city/P1", "area", 50), ("city/P1", "grain_kg", 9))
    with pytest.raises(JournalError) as err:
        check(rules, [opened], [entry("draw", "D1", ("county/P1", "area", -101))])
    assert (err.value.code, err.value.details["account"], err.value.details["missing"]) == ("insufficient",
                                                                                           "county/P1", 1)
    with pytest.raises(JournalError) as err:
        check(rules, [opened], [entry("draw", "D2", ("city/P1", "grain_kg", -10))])
    assert err.value.details["missing"] == 1
    check(rules, [opened], [entry("draw", "D3", ("city/P1", "area", -60))])  # city areas are not guarded
    check(rules, [opened], [entry("draw", "D4", ("countyside", "area", -1))])  # "county/*" is a prefix, with the /


def test_the_running_balance_is_checked_posting_by_posting():
    """An entry that first takes and then puts back is refused at the taking (in order, like a bank)."""
    rules = BookRules("bank", non_negative=frozenset({("county", "q")}))
    with pytest.raises(JournalError) as err:
        check(rules, [entry("grant", "G", ("county", "q", 5))], [entry("swap", "S", ("county", "q", -8),
                                                                       ("county", "q", 8))])
    assert (err.value.details["missing"], err.value.details["balance"]) == (3, 5)


@pytest.mark.parametrize("ref", ["", " ", "\u3000", "\t\u200b", None, 17])
def test_an_entry_names_what_it_concerns(ref):
    with pytest.raises(JournalError) as err:
        check(RULES, [], [entry("grant", ref, ("county", "quota_mu", 1))])
    assert err.value.code == "ref" and err.value.details["ref"] == ref


@pytest.mark.parametrize("amount", [10 ** 15, -10 ** 15, True, 2.0])
def test_amounts_are_whole_and_plausible(amount):
    with pytest.raises(JournalError) as err:
        check(RULES, [], [entry("grant", "A", ("county", "quota_mu", amount))])
    assert err.value.code == "amount"
    check(RULES, [], [entry("grant", "A", ("county", "quota_mu", 10 ** 15 - 1))])


def _outcome(rules, existing, batch, level):
    try:
        check(rules, existing, batch, level)
    except JournalError as err:
        return err.code, err.details
    return None


_ENTRIES = st.builds(
    lambda kind, ref, year, postings: Entry("bank", kind, year, ref, tuple(Posting(*p) for p in postings),
                                            at=f"2024-01-0{year - 2020}", actor="li"),
    st.sampled_from(["grant", "draw", "deposit", "deposit_province"]), st.sampled_from(["A", "B", "C"]),
    st.integers(2021, 2025),
    st.lists(st.tuples(st.sampled_from(["county", "county/A", "city/B", "used"]),
                       st.sampled_from(["quota_mu", "area_m2"]), st.integers(-30, 30)), min_size=1, max_size=3))


@given(st.lists(_ENTRIES, max_size=12), st.lists(_ENTRIES, min_size=1, max_size=4),
       st.sampled_from(["county", "city", "province"]))
@settings(max_examples=300, deadline=None)
def test_a_batch_checked_against_the_books_summary_is_decided_as_against_every_entry(book, batch, level):
    """The stores check a batch against store/journal.book_summary (sums in SQL, the unique kinds'
    entries), not every entry: the same verdict, code and details."""
    from land_balance.store.journal import book_summary

    rules = BookRules("bank", non_negative=frozenset({("county", "quota_mu"), ("county/*", "area_m2")}),
                      unique_refs=frozenset({"deposit"}), levels={"deposit_province": "province"})
    summary = book_summary("bank", [e for e in book if e.kind in rules.unique_refs], balances(book))
    assert _outcome(rules, summary, batch, level) == _outcome(rules, book, batch, level)
