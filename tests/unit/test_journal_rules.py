"""Ledger rules (rules/journal.py): balances derived from entries, refusals that say how much.

Seeds: 000_9e49406886a189a5.txt (reserve bank: a parcel banked once; quota used no more
than granted), 004_7872a60e71286313.txt (indicator bank: draw-downs within the balance).
"""

from __future__ import annotations

import pytest

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
