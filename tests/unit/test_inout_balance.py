"""The in/out balance verdict (seed 001_c8e0ce7e1182633b.txt 二(五)), worked by hand.

1 mu = 10000/15 m²; areas are cents of m². 0.01 mu = 6.6667 m² = 667 cents (rounded).
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from land_balance.rules.grades import GradeError, grade_scale, weighted_mean
from land_balance.rules.inout_balance import (
    BALANCED, NOT_BALANCED, BalanceError, BalanceRules, Border, Flow, gap_hundredths, mu_units,
    neighbour_grades, short_mu_units, verdict_of, verdicts,
)
from land_balance.rules.packs import load_packs


@pytest.fixture(scope="module")
def pack():
    return load_packs().get("anhui_inout")


@pytest.fixture(scope="module")
def scale(pack):
    return grade_scale(pack, "balance")  # 国家利用等别 1–15, 1 best


def flow(key, m2_cents, grade=7, paddy=False, exemption="", group=""):
    return Flow(key, m2_cents, paddy, grade, "341122", group, exemption)


def test_balanced_to_the_cent(scale):
    """In exactly equals out (100 000.00 m² = 150 mu): balanced."""
    v = verdict_of([flow("I1", 10_000_000)], [flow("O1", 10_000_000)], scale)
    assert v.verdict == BALANCED and v.area_short_cents == 0
    assert mu_units(v.in_cents) == 15_000  # 150.00 mu


def test_short_by_one_cent_is_short(scale):
    v = verdict_of([flow("I1", 9_999_999)], [flow("O1", 10_000_000)], scale)
    assert v.verdict == NOT_BALANCED and v.area_short_cents == 1
    assert short_mu_units(v.area_short_cents) == 1  # shown as 0.01 mu, never 0.00


def test_short_by_a_hundredth_of_a_mu(scale):
    """0.01 mu = 6.67 m²: 667 cents short → 0.01 mu short (667 × 3/2000 = 1.0005 hundredths)."""
    v = verdict_of([flow("I1", 10_000_000 - 667)], [flow("O1", 10_000_000)], scale)
    assert v.verdict == NOT_BALANCED
    assert short_mu_units(v.area_short_cents) == 1


def test_paddy_short_alone_fails(scale):
    """Area in 2 000 m² ≥ out 1 500 m², but paddy in 500 m² < paddy out 1 000 m²."""
    ins = [flow("I1", 150_000, paddy=False), flow("I2", 50_000, paddy=True)]
    outs = [flow("O1", 100_000, paddy=True), flow("O2", 50_000)]
    v = verdict_of(ins, outs, scale)
    assert v.area_short_cents == 0 and v.paddy_short_cents == 50_000
    assert v.verdict == NOT_BALANCED
    assert short_mu_units(v.paddy_short_cents) == 75  # 500 m² = 0.75 mu


def test_grade_worse_fails_and_equal_passes(scale):
    """In: 300 m² of grade 6 and 100 m² of grade 10 → (1800 + 1000) / 400 = 7.0.
    Out 400 m² of grade 7 → equal: balanced. Out grade 6.5 (200 m² of 6, 200 of 7) → worse by 0.5."""
    ins = [flow("I1", 30_000, 6), flow("I2", 10_000, 10)]
    assert verdict_of(ins, [flow("O1", 40_000, 7)], scale).verdict == BALANCED
    v = verdict_of(ins, [flow("O1", 20_000, 6), flow("O2", 20_000, 7)], scale)
    assert v.in_grade == 7 and v.out_grade == Fraction(13, 2)
    assert v.verdict == NOT_BALANCED and v.grade_gap == Fraction(1, 2)
    assert gap_hundredths(v.grade_gap) == 50


def test_higher_is_better_scale_flips_the_comparison(pack):
    from dataclasses import replace

    higher = replace(grade_scale(pack, "balance"), better="higher")
    ins, outs = [flow("I1", 40_000, 6)], [flow("O1", 40_000, 7)]
    assert verdict_of(ins, outs, higher).verdict == NOT_BALANCED
    assert verdict_of(outs, ins, higher).verdict == BALANCED


def test_exempt_outflows_do_not_count(pack, scale):
    """Out 3 000 m², of which 2 000 m² state ecological retirement; in 1 000 m² → balanced.
    The exempt parcel's worse grade does not count either."""
    rules = BalanceRules.of(pack)
    outs = [flow("O1", 100_000, 7), flow("O2", 200_000, 2, exemption=rules.exemption("生态退耕"))]
    v = verdict_of([flow("I1", 100_000, 7)], outs, scale)
    assert v.out_cents == 300_000 and v.exempt_cents == 200_000 and v.counted_out_cents == 100_000
    assert v.out_grade == 7 and v.verdict == BALANCED


def test_exemption_spellings_and_unknown(pack):
    rules = BalanceRules.of(pack)
    assert rules.exemption("ecological_retirement") == rules.exemption("国家安排的生态退耕") == "ecological_retirement"
    assert rules.exemption(" 合法农转用 ") == "legal_conversion"
    assert rules.exemption(None) == rules.exemption("") == ""
    with pytest.raises(BalanceError) as err:
        rules.exemption("修路")
    assert err.value.code == "exemption" and err.value.details["value"] == "修路"
    assert "国家安排的生态退耕" in err.value.details["known"]


def test_classes_in_and_out(pack):
    rules = BalanceRules.of(pack)
    assert rules.in_is_paddy("0101") and not rules.in_is_paddy("0103")
    with pytest.raises(BalanceError) as err:
        rules.in_is_paddy("0301")
    assert err.value.code == "in_not_cropland"
    assert rules.out_is_paddy("101", "1104")  # a spreadsheet's 101 is 0101
    with pytest.raises(BalanceError) as err:
        rules.out_is_paddy("1104", "0201")
    assert err.value.code == "out_not_cropland"
    with pytest.raises(BalanceError) as err:
        rules.out_is_paddy("0103", "0101")
    assert err.value.code == "out_still_cropland"


def test_grade_parsing(scale):
    assert scale.parse(5) == 5 and scale.parse("7") == 7 and scale.parse(8.0) == 8
    assert scale.parse(None) is None and scale.parse(" ") is None
    for bad, code in ((0, "range"), (16, "range"), ("7.5", "not_integer"), ("好", "not_integer")):
        with pytest.raises(GradeError) as err:
            scale.parse(bad)
        assert err.value.code == code


def test_grades_from_neighbours_longest_border():
    """Inflow 0 touches neighbours A (12 m, grade 5), B (30 m, grade 8), C (30 m, grade 3, key 'C'):
    B and C tie at 30 m → the smaller key, B. Inflow 1 touches only an ungraded parcel → none."""
    keys = ["A", "B", "C", "D"]
    grades = [5, 8, 3, None]
    borders = [Border(0, 0, 12.0), Border(0, 2, 30.0), Border(0, 1, 30.0), Border(1, 3, 50.0)]
    assert neighbour_grades(borders, grades, keys) == {0: (8, "B", 30.0)}


def test_verdicts_by_group_and_county(scale):
    ins = [flow("I1", 100_000, group="南集镇"), flow("I2", 10_000, group="高沟镇")]
    outs = [flow("O1", 50_000, group="南集镇"), flow("O2", 50_000, group="高沟镇")]
    found = verdicts(ins, outs, scale, by_group=True)
    assert found[("341122", "南集镇")].verdict == BALANCED
    assert found[("341122", "高沟镇")].verdict == NOT_BALANCED
    assert found[("341122",)].verdict == BALANCED  # the county as a whole
    assert found[("341122",)].in_parcels == 2


def test_no_inflow_at_all(scale):
    v = verdict_of([], [flow("O1", 10_000)], scale)
    assert v.verdict == NOT_BALANCED and v.grade_gap is None and v.in_grade is None


def test_weighted_mean_is_exact():
    assert weighted_mean([1, 2], [1, 2]) == Fraction(5, 3)
    assert weighted_mean([], []) is None
