"""landbalance:applychangepackage: the year-end DLTB, and the round trip apply → changepackage
on (base, the changed parcels of the result) giving the same package again."""

from __future__ import annotations

import shutil

import pytest
import shapely
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

import survey_county as sc
from land_balance.rules.survey_schema import layer_fields, pair_names
from reference_area import half_away


def apply(base, package, output):
    import processing

    return processing.run("landbalance:applychangepackage", {"BASE": base, "PACKAGE": str(package),
                                                              "OUTPUT": str(output)}, feedback=QgsProcessingFeedback())


@pytest.fixture(scope="module")
def applied(tmp_path_factory, provider):
    folder = tmp_path_factory.mktemp("apply")
    base, package = sc.make_package(folder)
    result = apply(base, package, folder / "yearend.gpkg")
    return folder, base, package, result


def layer_rows(path, name):
    return sc.package_rows(path, name)


def test_year_end_parcels(applied):
    folder, _, package, result = applied
    year_end = layer_rows(folder / "yearend.gpkg", "yearend")
    gx = layer_rows(package, "DLTBGX")
    # 8 base parcels, 6 replaced by 10: 12 (P1 and P7 as they were).
    assert (result["PARCELS"], result["REPLACED"], result["ADDED"]) == (12, 6, 10)
    assert sorted(r["BSM"] for r in year_end) == sorted([sc.bsm(1), sc.bsm(6)] + [r["BSM"] for r in gx])
    p1 = next(r for r in year_end if r["BSM"] == sc.bsm(1))
    assert p1["TBMJ"] == sc.parcel_record("P1")["TBMJ"] and p1["SJNF"] == 2022


def test_county_total_unchanged_by_a_package_of_xzqtzlx_0_pieces(applied):
    folder, _, package, _ = applied
    assert {r["XZQTZLX"] for r in layer_rows(package, "DLTBGXGC")} == {"0"}
    base_total = sum(round(sc.parcel_record(n)["TBMJ"] * 100) for n in sc.PARCELS)
    assert sum(round(r["TBMJ"] * 100) for r in layer_rows(folder / "yearend.gpkg", "yearend")) == base_total


def test_round_trip_gives_the_same_package(applied):
    import processing

    folder, base, package, _ = applied
    gx = layer_rows(package, "DLTBGX")
    year_end = layer_rows(folder / "yearend.gpkg", "yearend")
    changed = {r["BSM"] for r in gx}
    fields = [(f.name, f.type, f.length, f.precision) for f in layer_fields("DLTB")]
    rows = [r for r in year_end if r["BSM"] in changed]
    changes = sc.write_layer(folder / "again.gpkg", "changed", rows, [r["_geometry"] for r in rows], fields=fields)
    processing.run("landbalance:changepackage", {"BASE": base, "CHANGES": changes, "UPDATE_DATE": "2023-12-31",
                                                 "OUTPUT": str(folder / "pkg2.gpkg")}, feedback=QgsProcessingFeedback())
    for layer, codes in (("DLTBGX", [f.name for f in layer_fields("DLTB")]),
                         ("DLTBGXGC", ["BSM", "BGXW", "XZQTZLX", "TBBGMJ", "GXSJ"]
                          + [p + n for p in ("BGQ", "BGH") for n in pair_names()])):
        first, second = layer_rows(package, layer), layer_rows(folder / "pkg2.gpkg", layer)
        assert len(first) == len(second)
        for a, b in zip(first, second):
            assert {c: a[c] for c in codes} == {c: b[c] for c in codes}, (layer, a["BSM"])
            assert shapely.hausdorff_distance(a["_geometry"], b["_geometry"]) <= 0.001
            assert abs(a["_geometry"].area - b["_geometry"].area) < 1e-3


def test_the_base_is_never_modified(applied):
    folder, _, _, _ = applied
    ds = ogr.Open(str(folder / "base.gpkg"))
    assert ds.GetLayerByName("DLTB").GetFeatureCount() == len(sc.PARCELS)


def test_a_package_of_another_county_is_refused(applied, tmp_path):
    folder, base, package, _ = applied
    copy = tmp_path / "other.gpkg"
    shutil.copy(package, copy)
    ds = ogr.Open(str(copy), 1)
    ds.ExecuteSQL("UPDATE DLTBGX SET ZLDWDM = '320827' || substr(ZLDWDM, 7)")
    ds.ExecuteSQL("UPDATE DLTBGXGC SET BGQZLDWDM = '320827' || substr(BGQZLDWDM, 7)")
    ds = None
    with pytest.raises(QgsProcessingException, match="the package belongs to county 320827"):
        apply(base, copy, tmp_path / "out.gpkg")
    assert not (tmp_path / "out.gpkg").exists()


def test_a_base_in_another_crs_is_refused(applied, tmp_path):
    _, _, package, _ = applied
    base = sc.write_base(tmp_path / "base.gpkg", epsg=4490)
    with pytest.raises(QgsProcessingException, match="its CRS EPSG:4528 is not that of the base"):
        apply(base, package, tmp_path / "out.gpkg")
    assert not (tmp_path / "out.gpkg").exists()


def test_a_before_parcel_missing_from_the_base_is_refused(applied, tmp_path):
    _, _, package, _ = applied
    base = sc.write_base(tmp_path / "base.gpkg", names=("P1", "P2", "P3", "P4", "P5", "P6", "P7"))
    with pytest.raises(QgsProcessingException, match=f"field BGQTBBSM: the before-parcels {sc.bsm(7)} are not in"):
        apply(base, package, tmp_path / "out.gpkg")


def test_geographic_county_round_trip_keeps_the_total(tmp_path, provider):
    base, package = sc.make_package(tmp_path, epsg=4490)
    apply(base, package, tmp_path / "yearend.gpkg")
    total = sum(round(r["TBMJ"] * 100) for r in layer_rows(tmp_path / "yearend.gpkg", "yearend"))
    assert total == sum(round(half_away(sc.parcel_record(n)["TBMJ"]) * 100) for n in sc.PARCELS)
