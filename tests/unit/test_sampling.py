"""Verification samples (rules/sampling.py): share, minimality, reproducibility.

Seeds: 000_9e49406886a189a5.txt 二(三)1 (city 30 %, province 15 % of the total area),
004_7872a60e71286313.txt 三 (province ≥ 30 % of the projects).
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from land_balance.rules import sampling
from land_balance.rules.packs import load_packs
from land_balance.rules.reserve_form import mu_to_cents

PACKS = load_packs()
GANZHOU = {r["id"]: r for r in PACKS.get("ganzhou_forest_offset").section("sampling")}
SHAANXI = {r["id"]: r for r in PACKS.get("shaanxi_measures").section("sampling")}
CITY, PROVINCE = GANZHOU["city_check"], GANZHOU["province_recheck"]

areas = st.lists(st.integers(min_value=1, max_value=5_000_000), min_size=1, max_size=60)  # cents of m²


def keys(n):
    return [f"P{i:04d}" for i in range(n)]


def reached(cents, sample):
    return int(np.asarray(cents)[sample.order].sum())


@settings(max_examples=200, deadline=None)
@given(areas, st.integers(0, 2**32 - 1), st.sampled_from([CITY, PROVINCE]))
def test_sample_reaches_the_share_and_is_minimal(cents, seed, rule):
    sample = sampling.draw(cents, keys(len(cents)), rule, seed)
    total = sum(cents)
    got = reached(cents, sample)
    assert Fraction(got) >= Fraction(str(rule["share"])) * total  # exact, in cents of m²
    assert sampling.shown_units(got) >= sample.target_shown  # and as the checklist shows it in mu
    assert sampling.is_minimal(cents, sample.order, sample.targets[None].need)
    assert len(set(sample.order)) == len(sample.order)


@settings(max_examples=100, deadline=None)
@given(areas, st.integers(0, 2**32 - 1))
def test_same_seed_same_sample_whatever_the_row_order(cents, seed):
    n = len(cents)
    first = sampling.draw(cents, keys(n), CITY, seed)
    shuffled = np.random.default_rng(seed + 1).permutation(n)
    again = sampling.draw([cents[i] for i in shuffled], [keys(n)[i] for i in shuffled], CITY, seed)
    assert [keys(n)[i] for i in first.order] == [keys(n)[shuffled[i]] for i in again.order]


def test_another_seed_another_sample():
    cents = list(np.random.default_rng(7).integers(10_000, 900_000, 80))
    samples = {tuple(sorted(sampling.draw(cents, keys(80), CITY, seed).order)) for seed in range(20)}
    assert len(samples) == 20


@settings(max_examples=100, deadline=None)
@given(areas, st.integers(0, 2**32 - 1), st.lists(st.sampled_from("ABC"), min_size=60, max_size=60))
def test_every_stratum_reaches_its_share(cents, seed, labels):
    strata = labels[:len(cents)]
    sample = sampling.draw(cents, keys(len(cents)), CITY, seed, strata=strata)
    for label in set(strata):
        rows = [i for i in range(len(cents)) if strata[i] == label]
        total = sum(cents[i] for i in rows)
        got = [i for i in sample.order if strata[i] == label]
        assert 10 * sum(cents[i] for i in got) >= 3 * total
        assert sampling.is_minimal(cents, got, sample.targets[label].need)


@settings(max_examples=100, deadline=None)
@given(areas, st.integers(0, 2**32 - 1))
def test_recheck_is_drawn_from_the_city_sample(cents, seed):
    """The province re-checks 15 % of the total area among the parcels the city checked."""
    city = sampling.draw(cents, keys(len(cents)), CITY, seed)
    checked = np.zeros(len(cents), dtype=bool)
    checked[city.order] = True
    recheck = sampling.draw(cents, keys(len(cents)), PROVINCE, seed + 1, population=checked)
    assert set(recheck.order) <= set(city.order)
    assert 100 * reached(cents, recheck) >= 15 * sum(cents)
    assert sampling.is_minimal(cents, recheck.order, recheck.targets[None].need)


def test_population_too_small_says_how_much():
    cents = [100_000] * 10
    population = [True] + [False] * 9
    with pytest.raises(sampling.SamplingError) as err:
        sampling.draw(cents, keys(10), CITY, 1, population=population)
    assert err.value.code == "insufficient"
    assert err.value.details["available"] == 100_000 and err.value.details["need"] == 300_000


def test_worked_example_by_hand():
    """Ten parcels of 1.00 … 10.00 mu (55 mu): the city needs 16.50 mu; every sample reaches it
    and drops none it could spare."""
    mu = list(range(1, 11))
    cents = [mu_to_cents(m * 100) for m in mu]
    target = sampling.area_target(sum(cents), CITY)
    assert target.shown == 1650  # 30 % of 55.00 mu
    for seed in range(50):
        sample = sampling.draw(cents, keys(10), CITY, seed)
        got = sum(mu[i] for i in sample.order)
        assert got >= 16.5 and got - min(mu[i] for i in sample.order) < 16.5


def test_count_basis_for_projects():
    """Shaanxi: at least 30 % of 17 projects = 6, whatever their size."""
    sample = sampling.draw([1] * 17, keys(17), SHAANXI["province_recheck"], 3)
    assert len(sample.order) == 6 and sample.target_shown == 6


def test_draw_numbers_follow_the_draw():
    cents = [50_000, 60_000, 70_000, 80_000]
    sample = sampling.draw(cents, keys(4), CITY, 11)
    numbers = sample.draw_numbers(4)
    assert sorted(numbers[numbers > 0].tolist()) == list(range(1, len(sample.order) + 1))
    assert [int(numbers[i]) for i in sample.order] == list(range(1, len(sample.order) + 1))


def test_target_shown_never_above_what_a_sample_reads():
    """share × total just above a cent boundary of mu: the threshold is raised to what reads as
    the target, so the checklist's SAMPLED is never below its TARGET."""
    for total in range(1, 20_000, 7):
        target = sampling.area_target(total, CITY)
        assert sampling.shown_units(target.need) >= target.shown
        assert target.need * 10 >= 3 * total
