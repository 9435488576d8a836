"""WKB parsing, the land-class table, grouped statistics and GBK sniffing (no QGIS)."""

from __future__ import annotations

import numpy as np
import pytest
import shapely

from land_balance.processing.shapefile_encoding import guess_shapefile_encoding
from land_balance.rules import landclass
from land_balance.rules.area import RaggedPolygons, survey_areas
from land_balance.rules.statistics import AREA_HA, AREA_MU, area_table
from land_balance.rules.survey import cgcs2000, slope_grade
from land_balance.rules.wkb import WkbError, ragged_from_wkb

SHAPES = [
    shapely.box(119, 33, 119.01, 33.01),
    shapely.MultiPolygon([shapely.box(119, 33, 119.01, 33.01), shapely.box(119.02, 33, 119.03, 33.01)]),
    shapely.box(119, 33, 119.01, 33.01).difference(shapely.box(119.002, 33.002, 119.005, 33.005)),
    shapely.MultiPolygon([shapely.Polygon([(119, 33), (119.02, 33.001), (119.01, 33.02)])]),  # the fast path
]


@pytest.mark.parametrize(
    "encode",
    [
        lambda g: shapely.to_wkb(g, flavor="iso"),
        lambda g: shapely.to_wkb(g, byte_order=0),
        lambda g: shapely.to_wkb(shapely.force_3d(g, 7.0), flavor="iso"),
        lambda g: shapely.to_wkb(shapely.force_3d(g, 7.0), flavor="extended", include_srid=True),
        lambda g: shapely.to_wkb(shapely.set_srid(g, 4490), flavor="extended", include_srid=True),
    ],
)
def test_wkb_variants_give_the_same_areas(encode):
    expected = survey_areas(RaggedPolygons.from_shapely(SHAPES), cgcs2000())
    got = survey_areas(ragged_from_wkb([encode(g) for g in SHAPES]), cgcs2000())
    assert np.allclose(got, expected, rtol=0, atol=1e-6)


def test_wkb_none_is_an_empty_feature_and_lines_are_refused():
    assert ragged_from_wkb([None, b""]).count == 2
    with pytest.raises(WkbError, match="feature 1"):
        ragged_from_wkb([shapely.to_wkb(SHAPES[0]), shapely.to_wkb(shapely.LineString([(0, 0), (1, 1)]))])


def test_landclass_table():
    assert landclass.lookup("0101").name == "水田"
    assert landclass.lookup(101).name == "水田"  # a code that lost its leading zero in Excel
    assert landclass.lookup("0602").group == "城镇村及工矿用地"
    assert landclass.expand(["耕地"]) == {"0101", "0102", "0103"}
    assert landclass.expand(["03"]) == {"0301", "0302", "0305", "0307"}
    assert landclass.label("9999", "group") == ("9999", "未知地类 9999")
    assert landclass.label(None, "code")[1] == "未知地类 (空)"
    with pytest.raises(KeyError):
        landclass.expand(["07X9"])
    with pytest.raises(ValueError):
        landclass.lookup("0101").label("township")


def test_slope_grades_follow_the_survey():
    """GDPDJB: 1 ≤ 2°, 2 = 2–6°, 3 = 6–15°, 4 = 15–25°, 5 > 25° (DOMAIN.md, 田坎)."""
    assert list(slope_grade([0, 2, 2.01, 6, 14.9, 25, 25.01])) == ["1", "1", "2", "2", "3", "4", "5"]


def test_summary_rows_foot_and_classes_follow_the_standard():
    keys = [("南集镇", "耕地")] * 3 + [("黄营镇", "耕地"), ("南集镇", "林地"), (None, "耕地")]
    tbmj = [1000.01, 2000.02, 3000.03, 666.67, 333.33, 0.01]
    table = area_table(keys, tbmj, class_level="group")
    rows, total = table.detail(), table.total()
    # townships in text order (None first), land classes in the standard's order: 耕地 before 林地
    assert [r.key for r in rows] == [(None, "耕地"), ("南集镇", "耕地"), ("南集镇", "林地"), ("黄营镇", "耕地")]
    assert sum(r.units["parcels"] for r in rows) == 6 == total.units["parcels"]
    assert sum(r.units["m2"] for r in rows) == total.units["m2"] == 700007
    assert round(sum(r.value(AREA_MU) for r in rows), 2) == total.value(AREA_MU) == 10.5
    assert round(sum(r.value(AREA_HA) for r in rows), 4) == total.value(AREA_HA) == 0.7


def test_summary_of_many_small_groups_still_foots():
    rng = np.random.default_rng(7)
    tbmj = np.round(rng.uniform(10, 5000, 2000), 2)
    keys = [(f"g{i % 37}",) for i in range(2000)]
    table = area_table(keys, tbmj)
    rows, total = table.detail(), table.total()
    assert len(rows) == 37
    assert sum(r.units["mu"] for r in rows) == total.units["mu"]
    assert sum(r.units["ha"] for r in rows) == total.units["ha"]
    # the total computed apart: Σ m² (cents) × 15 / 10000, rounded half up once
    cents = int(np.round(tbmj * 100).sum())
    assert total.units["mu"] == (cents * 15 * 2 + 10000) // 20000


def _write_dbf(path, values, encoding):
    """A minimal dBASE III file with one character field."""
    import struct

    encoded = [v.encode(encoding) for v in values]
    width = max(len(e) for e in encoded)
    header = struct.pack("<BBBBIHH20x", 3, 124, 1, 1, len(values), 32 + 32 + 1, 1 + width)
    field = struct.pack("<11sc4xB15x", b"ZLDWMC", b"C", width)
    records = b"".join(b" " + e.ljust(width, b" ") for e in encoded)
    path.write_bytes(header + field + b"\r" + records + b"\x1a")


def test_gbk_shapefile_without_cpg_is_detected(tmp_path):
    _write_dbf(tmp_path / "t.dbf", ["南集镇", "涟城街道"], "gbk")
    (tmp_path / "t.shp").write_bytes(b"")
    assert guess_shapefile_encoding(tmp_path / "t.shp") == "GBK"
    (tmp_path / "t.cpg").write_text("GBK")
    assert guess_shapefile_encoding(tmp_path / "t.shp") is None  # declared: nothing to fix


def test_utf8_and_ascii_shapefiles_are_left_alone(tmp_path):
    _write_dbf(tmp_path / "u.dbf", ["南集镇"], "utf-8")
    _write_dbf(tmp_path / "a.dbf", ["Nanji"], "ascii")
    assert guess_shapefile_encoding(tmp_path / "u.shp") is None
    assert guess_shapefile_encoding(tmp_path / "a.shp") is None
    assert guess_shapefile_encoding(tmp_path / "missing.shp") is None
