"""The one table type that foots (rules/tables.py), checked against totals computed apart.

Rule source: DOMAIN.md "Official area, rounding and control" — a table foots in every unit,
parents first ("village rows first, then the classes inside a row"); 调平 spreads a control
difference in whole cents, the largest rows first.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from land_balance.rules.tables import (
    CrossTable, FootedTable, Quantity, apportion, footed_units, round_ratio, spread, unit_ratio,
)

MU = Quantity("mu", "mu", 2)
HA = Quantity("ha", "ha", 4)
M2 = Quantity("m2", "m2", 2)
PARCELS = Quantity("parcels")


def independent(cents: int, per_m2: Decimal, decimals: int) -> Decimal:
    """The total in a unit, by decimal arithmetic (not the code under test)."""
    exact = Decimal(cents) / 100 * per_m2
    return exact.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


MU_PER_M2 = Decimal(15) / Decimal(10000)
HA_PER_M2 = Decimal(1) / Decimal(10000)


def test_unit_ratios_are_exact():
    assert unit_ratio("mu", 2) == (3, 2000)  # 1 cent of m² = 0.0015 hundredths of a mu
    assert unit_ratio("ha", 4) == (1, 100)
    assert unit_ratio("m2", 2) == (1, 1)


def test_round_ratio_is_half_away_from_zero():
    assert round_ratio(5, 10) == 1 and round_ratio(-5, 10) == -1 and round_ratio(4, 10) == 0
    assert list(round_ratio(np.array([15, 25, -25]), 10)) == [2, 3, -3]


def test_three_thirds_of_a_mu():
    """1 mu = 666.67 m² in three parcels: 0.34 + 0.33 + 0.33, never 0.33 × 3 = 0.99."""
    cents = [22222, 22222, 22223]
    assert list(footed_units(cents, "mu", 2)) == [33, 33, 34]
    assert sum(footed_units(cents, "mu", 2)) == 100


def test_apportion_takes_surplus_from_the_smallest_remainders():
    assert list(apportion([14, 14, 12], 10, 3)) == [1, 1, 1]
    assert list(apportion([19, 11, 10], 10, 2)) == [1, 1, 0]  # 1.9 + 1.1 + 1.0 → 2: the 1.0 gives one up
    assert list(apportion([-15, 25], 10, 1)) == [-2, 3]  # −1.5 and 2.5 tie: the larger value goes up


def test_spread_worked_example():
    """d = +0.05 m² over three villages: one cent each (5 div 3) and the two largest one more."""
    assert list(spread([1000, 3000, 2000], 6005)) == [1001, 3002, 2002]
    assert list(spread([1000, 3000, 2000], 5998)) == [1000, 2999, 1999]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.integers(0, 10**9), min_size=1, max_size=40), st.integers(-2000, 2000))
def test_spread_reaches_the_target_largest_first(cents, delta):
    target = sum(cents) + delta
    out = spread(cents, target)
    assert int(out.sum()) == target
    change = out - np.asarray(cents)
    order = np.lexsort((np.arange(len(cents)), -np.asarray(cents)))
    assert all(abs(change[order][i]) >= abs(change[order][i + 1]) for i in range(len(cents) - 1))
    assert change.max() - change.min() <= 1


records = st.lists(
    st.tuples(st.sampled_from(["南集", "黄营", "唐集", "石湖"]), st.sampled_from(["0101", "0103", "0301", "0602"]),
              st.integers(0, 5 * 10**8)),
    min_size=1, max_size=80)


@settings(max_examples=200, deadline=None)
@given(records)
def test_every_level_foots_in_every_unit(items):
    table = FootedTable(("town", "class"), (PARCELS, M2, MU, HA), subtotals=(1,))
    table.add_many([(t, c) for t, c, _ in items], {"area": [a for _, _, a in items]})
    total = table.total()
    all_cents = sum(a for _, _, a in items)
    assert total.units["m2"] == all_cents and total.units["parcels"] == len(items)
    assert Decimal(total.units["mu"]) / 100 == independent(all_cents, MU_PER_M2, 2)
    assert Decimal(total.units["ha"]) / 10000 == independent(all_cents, HA_PER_M2, 4)
    rows = table.rows()
    subtotals = [r for r in rows if r.kind == "subtotal"]
    details = [r for r in rows if r.kind == "detail"]
    for q in ("m2", "mu", "ha", "parcels"):
        assert sum(r.units[q] for r in subtotals) == total.units[q]
        for s in subtotals:
            assert sum(r.units[q] for r in details if r.key[0] == s.key[0]) == s.units[q]
    for r in details:  # no row moves by a whole unit from its exact value
        exact = Decimal(r.cents["area"]) / 100 * MU_PER_M2 * 100
        assert abs(Decimal(r.units["mu"]) - exact) < 1


def test_cross_table_foots_in_rows_and_columns():
    table = FootedTable(("town", "class"), (MU, PARCELS))
    for town, cls, cents in [("A", "0101", 22222), ("A", "0301", 22222), ("B", "0101", 22223),
                             ("B", "0602", 100000), ("C", "0301", 1)]:
        table.add((town, cls), cents, {"parcels": 1})
    cross = table.cross()
    assert isinstance(cross, CrossTable)
    assert cross.row_labels == ["A", "B", "C"] and cross.column_labels == ["0101", "0301", "0602"]
    for r in cross.row_labels:
        assert sum(cross.cell(r, c, MU) for c in cross.column_labels) == cross.row_total(r, MU)
    assert sum(cross.column_total(c, MU) for c in cross.column_labels) == cross.grand_total(MU)
    assert sum(cross.row_total(r, MU) for r in cross.row_labels) == cross.grand_total(MU)
    assert cross.grand_total(MU) == 250  # 166668 cents = 250.002 mu → 2.50 mu… in hundredths
    assert cross.cell("C", "0602", MU) == 0


def test_control_total_spreads_cents_before_units():
    table = FootedTable(("village",), (M2, MU), control={"area": 300005})
    for village, cents in [("V1", 100000), ("V2", 200000)]:
        table.add((village,), cents)
    rows = table.rows()
    assert [r.units["m2"] for r in rows] == [100002, 200003]
    assert table.total().units["m2"] == 300005


def test_custom_order_and_empty_labels():
    order = {0: lambda label: {"耕地": 0, "林地": 1}.get(label, 9)}
    table = FootedTable(("group",), (MU,), order=order)
    for group in ["其他", "林地", "耕地", None]:
        table.add((group,), 66667)
    assert [r.key[0] for r in table.rows()] == ["耕地", "林地", None, "其他"]


def test_a_key_of_the_wrong_length_is_refused():
    table = FootedTable(("a", "b"), (MU,))
    with pytest.raises(ValueError, match="2 key columns"):
        table.add(("x",), 1)
