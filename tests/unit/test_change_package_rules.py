"""Change-package rules on plain numbers (rules/change_*.py), against figures worked out by hand
from DOMAIN.md "Change packages for the annual land-change survey"."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from land_balance.rules.change_balance import balance, settle_slivers
from land_balance.rules.change_codes import after_attributes, change_types, county_of, land_differs
from land_balance.rules.change_list import change_list, hectares
from land_balance.rules.change_numbering import BsmCounter, TbbhCounter, split_bsm
from land_balance.rules.change_package import (
    CHANGE,
    REMAINDER,
    AfterSpec,
    BalanceError,
    ChangeInputError,
    Settings,
    assemble,
)
from land_balance.rules.packs import load_packs
from land_balance.rules.ridge import coefficient_table

COUNTY = "320826"
V1 = "3208260012010000000"
KCXS = coefficient_table(load_packs().get("county_survey"))


def parcel(bsm, tbbh, dlbm, dlmc, tbmj, **extra):
    record = {"BSM": bsm, "YSDM": "2001010100", "TBBH": tbbh, "DLBM": dlbm, "DLMC": dlmc, "QSXZ": "30",
              "QSDWDM": V1, "QSDWMC": "王庄村", "ZLDWDM": V1, "ZLDWMC": "王庄村", "TBMJ": tbmj, "KCXS": 0.0,
              "KCMJ": 0.0, "TBDLMJ": tbmj, "FRDBS": "0", "MSSM": "00", "SJNF": 2022}
    record.update(extra)
    return record


# ── numbering ─────────────────────────────────────────────────────────────────────────


def test_new_bsm_continues_the_county_highest_serial():
    counter = BsmCounter(["320826211000000005", "320826211000000123", "320827211000009999", "bad"], COUNTY)
    assert counter.next() == "320826211000000124" and counter.next() == "320826211000000125"
    assert split_bsm("320826211000000124") == ("320826", "2110", 124)


def test_new_tbbh_continues_the_village_highest_over_dltb_and_dltbgx():
    counter = TbbhCounter([(V1, "12"), (V1, "7"), (V1, "x3"), ("other", "40")])
    assert counter.next(V1) == "13"
    counter.see(V1, "20")  # a DLTBGX parcel numbered meanwhile
    assert counter.next(V1) == "21" and counter.next("new village") == "1"


# ── change types ──────────────────────────────────────────────────────────────────────


@pytest.mark.parametrize("before, after, same, expected", [
    (V1, V1, True, ("1", "0")),
    (V1, V1, False, ("2", "0")),
    ("3208270012010000000", V1, False, ("2", "1")),  # moved in
    (V1, "3208270012010000000", False, ("2", "2")),  # moved out: left out of the package
    (None, V1, False, ("3", "3")),  # gained
    (V1, None, False, ("0", "4")),  # lost
    ("3208270012010000000", "3208270012020000000", False, None),  # another county's business
])
def test_bgxw_and_xzqtzlx(before, after, same, expected):
    assert change_types(before, after, COUNTY, same) == expected


def test_only_identity_location_or_ownership_is_no_land_change():
    before = parcel("320826211000000001", "5", "0103", "旱地", 1000.0, GDPDJB="2", GDLX="PD", KCXS=0.034)
    moved = dict(before, BSM="320826211000000099", TBBH="9", QSDWDM="X", QSDWMC="李村", ZLDWMC="李村", QSXZ="20")
    assert not land_differs(before, moved)
    assert land_differs(before, dict(before, DLBM="0101", DLMC="水田"))
    assert land_differs(before, dict(before, ZZSXDM="LS"))
    assert not land_differs(before, dict(before, KCMJ=1.0, TBDLMJ=2.0, BZ="note"))  # areas, BZ: no pair


def test_after_attributes_take_location_from_the_base_and_class_from_the_change():
    base = parcel("320826211000000001", "5", "0602", "采矿用地", 900.0, CZCSXM="204", XZDWKD=0.0)
    attrs = after_attributes({"ZLDWMC": "新名"}, base, "0301")
    assert attrs["DLBM"] == "0301" and attrs["DLMC"] == "乔木林地"
    assert attrs["ZLDWDM"] == V1 and attrs["ZLDWMC"] == "新名" and attrs["QSXZ"] == "30"
    assert attrs["CZCSXM"] is None  # a class attribute: not kept when the class changes
    assert after_attributes({}, base, "0602")["CZCSXM"] == "204"
    assert county_of(V1) == COUNTY and county_of("") == ""


# ── area balance ──────────────────────────────────────────────────────────────────────


def test_one_piece_takes_the_old_tbmj_whole():
    assert balance([0], [99996], [100000]).tolist() == [100000]


def test_several_pieces_share_the_difference_largest_first():
    # TBMJ 1000.00; pieces 600.00 + 399.99 = 999.99 → +0.01 to the larger.
    assert balance([0, 0], [60000, 39999], [100000]).tolist() == [60001, 39999]
    # 3 pieces, −0.04: one cent each and one more off the largest.
    assert balance([0, 0, 0], [50000, 30002, 20002], [100000]).tolist() == [49998, 30001, 20001]


def test_pieces_without_before_parcel_keep_their_area():
    assert balance([-1, 0], [123, 500], [400]).tolist() == [123, 400]


def test_sliver_merges_into_a_touching_piece_of_the_same_after_parcel():
    keep, cents, merged = settle_slivers([40000, 5, 59999, 7], [0, 0, 1, 2], {1: [0, 2], 3: [2]}, limit=10)
    assert keep.tolist() == [True, False, True, False]
    assert cents.tolist() == [40005, 0, 59999, 0]
    assert merged.tolist() == [-2, 0, -2, -1]  # piece 3 has no neighbour of its after-parcel: dropped


@given(st.lists(st.integers(11, 10**7), min_size=1, max_size=12), st.integers(-30, 30))
def test_pieces_always_add_up_to_the_before_parcel(cents, difference):
    total = sum(cents) + difference
    out = balance([0] * len(cents), cents, [total])
    assert int(out.sum()) == total
    assert np.abs(out - np.array(cents)).max() <= abs(difference) // len(cents) + 1


# ── a whole package, worked by hand ───────────────────────────────────────────────────


def hand_package(**settings):
    """Base A (旱地 0103, 1000.00 m², grade 2 PD → KCXS 0.034) and B (乔木林地, 500.00 m²) in one
    village (TBBH up to 5, BSM serials up to 10). A change X (乔木林地) covers 400.00 m² of A and
    a 0.05 m² sliver of B; A keeps a remainder of 599.99 m², B one of 499.95 m²."""
    a = parcel("320826211000000003", "4", "0103", "旱地", 1000.0, KCXS=0.034, KCMJ=34.0, TBDLMJ=966.0,
               KCDLBM="1203", GDPDJB="2", GDLX="PD", ZZSXDM="LS", ZZSXMC="粮食作物")
    b = parcel("320826211000000010", "5", "0301", "乔木林地", 500.0)
    afters = [AfterSpec(CHANGE, 7, change={"DLBM": "0301"}, new_class="0301"),
              AfterSpec(REMAINDER, 0, base_row=0), AfterSpec(REMAINDER, 1, base_row=1)]
    # pieces: (A, X) 400.00, (B, X) 0.05 sliver touching (A, X), (A, R_A) 599.99, (B, R_B) 499.95
    options = dict(county=COUNTY, update_date=dt.date(2023, 12, 31), kcxs_table=KCXS,
                   bsm_counter=BsmCounter([a["BSM"], b["BSM"]], COUNTY),
                   tbbh_counter=TbbhCounter([(V1, "4"), (V1, "5")]), piece_tolerance_cents=50)
    options.update(settings)
    return assemble([a, b], afters, [0, 1, 0, 1], [0, 0, 1, 2], [40000, 5, 59999, 49995], {1: [0]},
                    Settings(**options))


def test_hand_package_parcels():
    package = hand_package()
    assert package.slivers_merged == 1 and package.left_out_attribute_only == 1  # B is unchanged
    x, rest = package.gx
    # A: 400.00 + 0.05 (merged) + 599.99 = 1000.04 → −0.04: two cents off each piece.
    assert (x["BSM"], x["TBBH"], x["DLBM"], x["TBMJ"], x["KCMJ"], x["TBDLMJ"]) == \
        ("320826211000000011", "6", "0301", 400.03, 0.0, 400.03)
    assert x["ZLDWDM"] == V1 and x["KCDLBM"] is None and x["GDPDJB"] is None and x["ZZSXDM"] is None
    # The remainder keeps A's attributes: KCMJ = round(599.97 × 0.034) = 20.40.
    assert (rest["BSM"], rest["TBBH"], rest["DLBM"], rest["TBMJ"], rest["KCMJ"], rest["TBDLMJ"]) == \
        ("320826211000000012", "7", "0103", 599.97, 20.40, 579.57)
    assert rest["ZZSXDM"] == "LS" and rest["SJNF"] == 2023 and rest["TBYBH"] is None


def test_hand_package_pieces():
    package = hand_package()
    first, second = package.gc
    assert (first["BSM"], first["BGXW"], first["XZQTZLX"], first["TBBGMJ"]) == ("320826211000000013", "2", "0", 400.03)
    assert (first["BGQTBBSM"], first["BGHTBBSM"]) == ("320826211000000003", "320826211000000011")
    # 400.03 × 0.034 = 13.60102 → 13.60 before; forest has no 田坎 after.
    assert (first["BGQKCMJ"], first["BGQTBDLMJ"], first["BGHKCMJ"], first["BGHTBDLMJ"]) == (13.60, 386.43, 0.0, 400.03)
    assert (second["BSM"], second["TBBGMJ"], second["BGQKCMJ"], second["BGHKCMJ"]) == \
        ("320826211000000014", 599.97, 20.40, 20.40)
    assert sum(r["TBBGMJ"] for r in package.gc) == pytest.approx(1000.00)
    assert first["GXSJ"] == dt.date(2023, 12, 31) and package.parcels_changed == 1


def test_hand_package_change_list():
    rows = change_list(hand_package().gc)
    # The class row takes min(386.43, 400.03); the lost 田坎 is a 1203 → 0301 row; the remainder
    # is a pure split with equal codes: skipped.
    assert [(r.before[7], r.after[7], r.cents) for r in rows] == [("0103", "0301", 38643), ("1203", "0301", 1360)]
    assert sum(r.cents for r in rows) == 40003
    assert hectares(rows, 2) == [4, 0] and hectares(rows, 4) == [386, 14]


def test_same_geometry_keeps_bsm_and_attribute_only_stays_out():
    base = parcel("320826211000000003", "4", "0602", "采矿用地", 800.0)
    settings = Settings(COUNTY, dt.date(2023, 12, 31), KCXS, BsmCounter([base["BSM"]], COUNTY),
                        TbbhCounter([(V1, "4")]), 50)
    forest = assemble([base], [AfterSpec(CHANGE, 1, change={}, new_class="0301")], [0], [0], [80001], {}, settings)
    (row,), (piece,) = forest.gx, forest.gc
    assert (row["BSM"], row["TBBH"], row["TBMJ"]) == ("320826211000000003", "4", 800.0)
    assert (piece["BGXW"], piece["BGQTBBSM"], piece["BGHTBBSM"]) == ("1", base["BSM"], base["BSM"])
    renamed = assemble([base], [AfterSpec(CHANGE, 1, change={"ZLDWMC": "新村", "QSDWMC": "新村"},
                                          new_class="0602")], [0], [0], [80001], {}, settings)
    assert renamed.gx == [] and renamed.gc == [] and renamed.left_out_attribute_only == 1


def test_new_cultivated_land_takes_kcxs_from_the_county_table():
    base = parcel("320826211000000003", "4", "0404", "其他草地", 800.0)
    settings = Settings(COUNTY, dt.date(2023, 12, 31), KCXS, BsmCounter([base["BSM"]], COUNTY),
                        TbbhCounter([(V1, "4")]), 50)
    spec = AfterSpec(CHANGE, 1, change={"GDLX": "TT"}, new_class="0103", dem_grade="3")
    (row,) = assemble([base], [spec], [0], [0], [80000], {}, settings).gx
    assert (row["GDPDJB"], row["GDLX"], row["KCXS"], row["KCDLBM"]) == ("3", "TT", 0.052, "1203")
    assert (row["KCMJ"], row["TBDLMJ"]) == (41.6, 758.4)  # 800 × 0.052
    with pytest.raises(ChangeInputError) as no_grade:
        assemble([base], [AfterSpec(CHANGE, 9, new_class="0103")], [0], [0], [80000], {}, settings)
    assert (no_grade.value.kind, no_grade.value.fid) == ("gdpdjb", 9)
    with pytest.raises(ChangeInputError) as no_type:
        assemble([base], [AfterSpec(CHANGE, 9, change={"GDPDJB": "4"}, new_class="0103")], [0], [0], [80000], {},
                 settings)
    assert no_type.value.kind == "kcxs" and "GDLX" in no_type.value.value
    with pytest.raises(ChangeInputError) as unknown:
        assemble([base], [AfterSpec(CHANGE, 9, new_class="9999")], [0], [0], [80000], {}, settings)
    assert unknown.value.kind == "class"


def test_a_before_parcel_whose_pieces_cannot_balance_is_refused():
    base = parcel("320826211000000003", "4", "0602", "采矿用地", 0.05)
    settings = Settings(COUNTY, dt.date(2023, 12, 31), KCXS, BsmCounter([base["BSM"]], COUNTY),
                        TbbhCounter([(V1, "4")]), 50)
    afters = [AfterSpec(CHANGE, 1, new_class="0301"), AfterSpec(REMAINDER, 0, base_row=0)]
    with pytest.raises(BalanceError) as refused:
        assemble([base], afters, [0, 0], [0, 1], [5000, 100], {}, settings)
    assert refused.value.bsm == base["BSM"] and refused.value.tbmj == 5


def test_moved_out_pieces_are_left_out():
    base = parcel("320826211000000003", "4", "0602", "采矿用地", 800.0)
    settings = Settings(COUNTY, dt.date(2023, 12, 31), KCXS, BsmCounter([base["BSM"]], COUNTY),
                        TbbhCounter([(V1, "4")]), 50)
    afters = [AfterSpec(CHANGE, 1, change={"ZLDWDM": "3208270012010000000"}, new_class="0301"),
              AfterSpec(REMAINDER, 0, base_row=0)]
    package = assemble([base], afters, [0, 0], [0, 1], [30000, 50000], {}, settings)
    assert [r["DLBM"] for r in package.gx] == ["0602"] and package.left_out_moved_out == 1
    assert [r["TBBGMJ"] for r in package.gc] == [500.0]
