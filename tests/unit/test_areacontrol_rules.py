"""控制面积调平 (rules/areacontrol.py) on figures worked out by hand (DOMAIN.md "Official area,
rounding and control"): whole cents, an equal share each, one more cent to the largest."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from land_balance.rules.areacontrol import (
    ControlRefusedError,
    MissingControlError,
    adjust,
    county_targets,
    mssm_of,
)

V1, V2, V3 = "3208260012010000000", "3208260012020000000", "3208260012030000000"
LAND, ISLAND = "00", "01"


def test_village_three_cents_over_three_parcels_one_each():
    # 100.00 + 250.50 + 40.25 = 390.75; control 390.78 → +0.03 → +0.01 each.
    out, rows = adjust([10000, 25050, 4025], [(V1, LAND)] * 3, {(V1, LAND): 39078}, {(V1, LAND): 39078}, 0.01)
    assert out.tolist() == [10001, 25051, 4026]
    assert rows[0].difference == 3 and rows[0].touched == 3 and rows[0].before == 39075


def test_village_four_cents_the_largest_takes_two():
    out, _ = adjust([10000, 25050, 4025], [(V1, LAND)] * 3, {(V1, LAND): 39079}, {(V1, LAND): 39079}, 0.02)
    assert out.tolist() == [10001, 25052, 4026]


def test_village_minus_two_cents_from_the_two_largest():
    out, rows = adjust([10000, 25050, 4025], [(V1, LAND)] * 3, {(V1, LAND): 39073}, {(V1, LAND): 39073}, 0.01)
    assert out.tolist() == [9999, 25049, 4025]
    assert rows[0].touched == 2


def test_land_and_island_are_balanced_separately():
    keys = [(V1, LAND), (V1, ISLAND), (V1, LAND), (V1, ISLAND)]
    targets = {(V1, LAND): 30001, (V1, ISLAND): 7001}
    out, rows = adjust([10000, 5000, 20000, 2000], keys, targets, targets, 0.01)
    assert out.tolist() == [10000, 5001, 20001, 2000]
    assert {(r.mssm, r.difference) for r in rows} == {(LAND, 1), (ISLAND, 1)}


def test_county_control_first_goes_to_the_largest_villages():
    # Villages 390.78, 1000.00, 500.00 = 1890.78; county 1890.80 → +2 cents: 1000.00 and 500.00.
    dcmj = {(V1, LAND): 39078, (V2, LAND): 100000, (V3, LAND): 50000}
    targets = county_targets(dcmj, {LAND: 189080, ISLAND: None}, 0.01)
    assert targets == {(V1, LAND): 39078, (V2, LAND): 100001, (V3, LAND): 50001}


def test_a_village_beyond_tolerance_is_refused_with_its_figures():
    with pytest.raises(ControlRefusedError) as refused:
        adjust([10000, 25050, 4025, 500], [(V1, LAND)] * 3 + [(V2, LAND)], {(V1, LAND): 39500, (V2, LAND): 500},
               {(V1, LAND): 39500, (V2, LAND): 500}, 0.01)
    (gap,) = refused.value.gaps
    assert (gap.zldwdm, gap.members, gap.total, gap.control, gap.difference) == (V1, 3, 39075, 39500, 425)
    assert gap.allowed == pytest.approx(3.0)


def test_a_county_beyond_tolerance_is_refused():
    with pytest.raises(ControlRefusedError) as refused:
        county_targets({(V1, LAND): 39078, (V2, LAND): 100000}, {LAND: 140000}, 0.01)
    assert refused.value.gaps[0].zldwdm == "" and refused.value.gaps[0].difference == 922


def test_a_control_village_without_parcels_is_refused():
    with pytest.raises(ControlRefusedError) as refused:
        adjust([10000], [(V1, LAND)], {(V1, LAND): 10000, (V2, LAND): 500}, {(V1, LAND): 10000, (V2, LAND): 500}, 0.01)
    assert refused.value.gaps[0].zldwdm == V2 and refused.value.gaps[0].members == 0


def test_parcels_of_a_village_missing_from_control():
    with pytest.raises(MissingControlError) as missing:
        adjust([10000, 200], [(V1, LAND), (V3, ISLAND)], {(V1, LAND): 10000}, {(V1, LAND): 10000}, 0.01)
    assert missing.value.keys == [(V3, ISLAND)]


def test_mssm_codes():
    assert mssm_of(None) == "00" and mssm_of("1") == "01" and mssm_of(" 01 ") == "01"


@given(st.lists(st.integers(1, 10**8), min_size=1, max_size=40), st.floats(-1, 1))
def test_every_village_adds_up_and_no_parcel_moves_more_than_a_cent(cents, share):
    # Within the tolerance of one cent a parcel, each parcel moves by a cent at most.
    target = sum(cents) + int(share * len(cents))
    targets = {(V1, LAND): target}
    out, _ = adjust(cents, [(V1, LAND)] * len(cents), targets, targets, 0.01)
    assert int(out.sum()) == target
    assert np.abs(out - np.array(cents)).max() <= 1
