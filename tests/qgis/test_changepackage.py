"""landbalance:changepackage through Processing on the hand-made county of tests/survey_county.py.

Expected values are worked out here independently: pieces cut with shapely, measured with the
reference formula (pyproj + plain Python), the area balance and the numbering applied by hand
as DOMAIN.md "Change packages" states them.
"""

from __future__ import annotations

import math

import pytest
import shapely
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

import survey_county as sc
from land_balance.exports.xlsx_read import as_rows, read_workbook
from reference_area import half_away

GX_FIELDS = ("BSM", "TBBH", "DLBM", "DLMC", "ZLDWDM", "ZLDWMC", "QSDWDM", "TBMJ", "KCXS", "KCMJ", "TBDLMJ",
             "GDPDJB", "GDLX", "XZDWKD", "CZCSXM", "SJNF", "TBYBH")


def run(parameters):
    import processing

    return processing.run("landbalance:changepackage", parameters, feedback=QgsProcessingFeedback())


def rows_of(path, layer):
    ds = ogr.Open(str(path))
    out = []
    for feature in ds.GetLayerByName(layer):
        record = {feature.GetFieldDefnRef(i).GetName(): feature.GetField(i) for i in range(feature.GetFieldCount())}
        record["_wkb"] = bytes(feature.GetGeometryRef().ExportToWkb())
        out.append(record)
    return out


@pytest.fixture(scope="module")
def package(tmp_path_factory, provider):
    folder = tmp_path_factory.mktemp("changepackage")
    base = sc.write_base(folder / "base.gpkg")
    changes = sc.write_changes(folder / "changes.gpkg")
    result = run({"BASE": base, "CHANGES": changes, "UPDATE_DATE": "2023-12-31", "OUTPUT": str(folder / "pkg.gpkg"),
                  "LIST": str(folder / "list.xlsx")})
    return result, rows_of(folder / "pkg.gpkg", "DLTBGX"), rows_of(folder / "pkg.gpkg", "DLTBGXGC"), folder


def spread_by_hand(piece_cents: list, tbmj_cents: int) -> list:
    """DOMAIN.md: one piece takes TBMJ whole; several share the difference in cents, largest first."""
    if len(piece_cents) == 1:
        return [tbmj_cents]
    difference = tbmj_cents - sum(piece_cents)
    step = 1 if difference > 0 else -1
    out = [c + step * (abs(difference) // len(piece_cents)) for c in piece_cents]
    for k in sorted(range(len(out)), key=lambda k: (-piece_cents[k], k))[:abs(difference) % len(piece_cents)]:
        out[k] += step
    return out


def cents(m2: float) -> int:
    return int(round(half_away(m2) * 100))


def expected_pieces():
    """(before, after label) → TBBGMJ cents, by shapely + reference formula + the hand rule."""
    changes = [g for g, _ in sc.CHANGES]
    c1, c2, c3, c4, c5, _ = changes
    geometry = {n: spec[5] for n, spec in sc.PARCELS.items()}
    measured = {
        ("P5", "C1"): geometry["P5"],
        ("P2", "C2"): geometry["P2"].intersection(c2), ("P3", "C2"): geometry["P3"].intersection(c2),
        ("P4", "C3"): geometry["P4"].intersection(c3), ("P8", "C4"): geometry["P8"].intersection(c4),
        ("P6", "C5"): geometry["P6"],  # + the 0.05 m² sliver of P2, merged into it
        ("P2", "R"): geometry["P2"].difference(c2).difference(c5), ("P3", "R"): geometry["P3"].difference(c2),
        ("P4", "R"): geometry["P4"].difference(c3), ("P8", "R"): geometry["P8"].difference(c4),
    }
    piece_cents = {key: cents(sc.reference_area(sc.lonlat(g))) for key, g in measured.items()}
    sliver = geometry["P2"].intersection(c5)
    assert 0.04 < sc.reference_area(sc.lonlat(sliver)) < 0.06
    out = {}
    for parcel in sc.PARCELS:
        keys = [k for k in piece_cents if k[0] == parcel]
        if keys:
            tbmj = cents(sc.official(geometry[parcel]))
            out.update(zip(keys, spread_by_hand([piece_cents[k] for k in keys], tbmj)))
    return out, piece_cents


def test_outputs(package):
    result = package[0]
    assert (result["PIECES"], result["PARCELS"], result["PARCELS_CHANGED"]) == (10, 10, 6)
    # 15 mu of P5 and 4.5 mu of P2 become forest; C3 makes 9 mu of dry land, 0.47 mu of it 田坎; C4 takes 2.25 mu
    # of paddy for a pond. Nominal mu (the ellipsoid trims each 100 m × 100 m box by about 1.3 m²).
    assert result["CHANGE_MU_FOREST"] == pytest.approx(19.5, abs=0.01)
    assert result["CHANGE_MU_BUILT_UP"] == pytest.approx(-19.5, abs=0.01)
    assert result["CHANGE_MU_CROPLAND"] == pytest.approx(9.0 - 0.47 - 2.25, abs=0.01)
    assert result["CHANGE_MU_WATER"] == pytest.approx(2.25, abs=0.01)
    assert result["CHANGE_MU_OTHER"] == pytest.approx(0.47, abs=0.01)
    assert result["CHANGE_MU_TRANSPORT"] == 0 and result["RULES"] == "county_survey@1.0.0"


def test_update_parcels_numbered_as_the_rules_say(package):
    _, gx, _, _ = package
    got = [(r["BSM"], r["TBBH"], r["DLBM"], r["ZLDWDM"]) for r in gx]
    # BSM: P5 and P6 keep theirs (same geometry: P6 plus a merged 0.05 m² sliver); new ones continue the
    # county's highest serial 9; TBBH continue each village's highest (V1: 7, V2: 3), changes first.
    assert got == [
        (sc.bsm(5), "3", "0301", sc.V1),  # C1 on P5
        (sc.bsm(10), "8", "0301", sc.V1), (sc.bsm(11), "4", "0301", sc.V2),  # C2 cut at the village boundary
        (sc.bsm(12), "5", "0103", sc.V2),  # C3
        (sc.bsm(13), "6", "1104", sc.V2),  # C4, clipped to the county
        (sc.bsm(9), "7", "1003", sc.V1),  # C5
        (sc.bsm(14), "9", "0602", sc.V1), (sc.bsm(15), "7", "0301", sc.V2),  # remainders of P2, P3
        (sc.bsm(16), "8", "0404", sc.V2), (sc.bsm(17), "9", "0101", sc.V2),  # of P4, P8
    ]


def test_update_parcel_attributes(package):
    _, gx, _, _ = package
    by_bsm = {r["BSM"]: r for r in gx}
    dry = by_bsm[sc.bsm(12)]
    # Grass becomes dry land: KCXS from the county table (grade 3, TT → 0.052), KCMJ = round(TBMJ × 0.052).
    assert (dry["GDPDJB"], dry["GDLX"], dry["KCXS"], dry["KCDLBM"]) == ("3", "TT", 0.052, "1203")
    assert dry["KCMJ"] == half_away(dry["TBMJ"] * 0.052) and dry["TBDLMJ"] == pytest.approx(dry["TBMJ"] - dry["KCMJ"])
    road = by_bsm[sc.bsm(9)]
    assert (road["XZDWKD"], road["DLMC"]) == (12.0, "公路用地")
    forest = by_bsm[sc.bsm(5)]
    assert forest["CZCSXM"] is None and forest["TBYBH"] == f"{sc.COUNTY}{5:012d}"
    rest = by_bsm[sc.bsm(14)]
    assert (rest["DLBM"], rest["CZCSXM"], rest["QSDWMC"], rest["TBYBH"]) == ("0602", "204", "王庄村", None)
    assert all(r["SJNF"] == 2023 for r in gx)
    assert sc.bsm(6) not in by_bsm  # P7: names only → left out


def test_pieces_balance_to_the_cent(package):
    _, gx, gc, _ = package
    expected, measured = expected_pieces()
    before = {sc.bsm(spec[0]): name for name, spec in sc.PARCELS.items()}
    label = {r["BSM"]: ("R" if r["BSM"] in {sc.bsm(s) for s in (14, 15, 16, 17)} else None) for r in gx}
    change_of = {sc.bsm(5): "C1", sc.bsm(10): "C2", sc.bsm(11): "C2", sc.bsm(12): "C3", sc.bsm(13): "C4",
                 sc.bsm(9): "C5"}
    got = {(before[r["BGQTBBSM"]], label[r["BGHTBBSM"]] or change_of[r["BGHTBBSM"]]): cents(r["TBBGMJ"]) for r in gc}
    assert got == expected
    for parcel in {k[0] for k in got}:  # every before-parcel's pieces add up to its TBMJ exactly
        tbmj = cents(sc.official(sc.PARCELS[parcel][5]))
        assert sum(v for k, v in got.items() if k[0] == parcel) == tbmj
    for key, value in got.items():  # and each piece stays within a few cents of its own formula area
        assert abs(value - measured[key]) <= 6
    for record in gx:  # a parcel's TBMJ is the sum of its pieces
        assert cents(record["TBMJ"]) == sum(cents(r["TBBGMJ"]) for r in gc if r["BGHTBBSM"] == record["BSM"])


def test_process_rows(package):
    _, gx, gc, _ = package
    assert [r["BSM"] for r in gc] == [sc.bsm(s) for s in range(18, 28)]
    kinds = {(r["BGQTBBSM"], r["BGHTBBSM"]): (r["BGXW"], r["XZQTZLX"]) for r in gc}
    assert kinds[(sc.bsm(5), sc.bsm(5))] == ("1", "0") and kinds[(sc.bsm(9), sc.bsm(9))] == ("1", "0")
    assert all(v == ("2", "0") for k, v in kinds.items() if k[0] != k[1])
    dry = next(r for r in gc if r["BGHTBBSM"] == sc.bsm(12))
    assert (dry["BGQDLBM"], dry["BGHDLBM"], dry["BGQKCMJ"], dry["BGQTBDLMJ"]) == ("0404", "0103", 0.0, dry["TBBGMJ"])
    assert dry["BGHKCMJ"] == half_away(dry["TBBGMJ"] * 0.052)
    assert dry["BGHKCMJ"] + dry["BGHTBDLMJ"] == pytest.approx(dry["TBBGMJ"])
    assert all(r["GXSJ"] == "2023/12/31" for r in gc)
    assert {r["BGQZLDWMC"] for r in gc if r["BGQZLDWDM"] == sc.V2} == {"李庄村"}
    assert all(r["YSDM"] == "2001010100" for r in gc)


def test_village_boundary_is_never_crossed(package):
    _, gx, _, _ = package
    for record in gx:
        shape = shapely.from_wkb(record["_wkb"])
        west = shape.bounds[2] <= sc.X0 + 200 + 1e-6
        east = shape.bounds[0] >= sc.X0 + 200 - 1e-6
        assert west or east
        assert (record["ZLDWDM"] == sc.V1) == west or record["BSM"] == sc.bsm(9)


def test_change_list_foots(package):
    _, _, gc, folder = package
    (sheet,) = read_workbook(folder / "list.xlsx").values()
    rows = as_rows(sheet)
    assert rows[0][0] == "土地变更一览表"
    body = [r for r in rows if isinstance(r[0], int)]
    total = next(r for r in rows if r[0] == "合计")
    # The before and after classes of each row (the 8th code of each side), BGMJ in m² and ha.
    pairs = sorted((r[8], r[23]) for r in body)
    assert pairs == sorted([("0602", "0301"), ("0404", "0103"), ("0404", "1203"), ("0101", "1104"),
                            ("1006", "1003"), ("0602", "0301")])
    assert total[-2] == pytest.approx(sum(r[-2] for r in body), abs=1e-6)
    assert round(sum(r[-1] for r in body), 2) == total[-1]  # hectares foot to the total
    assert total[-1] == round(total[-2] / 10000, 2)
    # C3's 田坎: a 0404 → 1203 row of KCMJ, and the class row takes min(TBDLMJ before, after).
    dry = next(r for r in gc if r["BGHDLBM"] == "0103")
    ridge = next(r for r in body if r[23] == "1203")
    assert ridge[-2] == pytest.approx(dry["BGHKCMJ"])
    assert next(r for r in body if r[23] == "0103")[-2] == pytest.approx(dry["BGHTBDLMJ"])


def test_geographic_base_gives_the_same_package(tmp_path, provider, package):
    _, gx, gc, _ = package
    base = sc.write_base(tmp_path / "base.gpkg", epsg=4490)
    changes = sc.write_changes(tmp_path / "changes.gpkg")
    run({"BASE": base, "CHANGES": changes, "UPDATE_DATE": "2023-12-31", "OUTPUT": str(tmp_path / "pkg.gpkg")})
    geo_gx, geo_gc = rows_of(tmp_path / "pkg.gpkg", "DLTBGX"), rows_of(tmp_path / "pkg.gpkg", "DLTBGXGC")
    assert [(r["BSM"], r["TBBH"], r["TBMJ"]) for r in geo_gx] == [(r["BSM"], r["TBBH"], r["TBMJ"]) for r in gx]
    assert [(r["BGQTBBSM"], r["BGHTBBSM"], r["TBBGMJ"]) for r in geo_gc] == \
        [(r["BGQTBBSM"], r["BGHTBBSM"], r["TBBGMJ"]) for r in gc]
    assert ogr.Open(str(tmp_path / "pkg.gpkg")).GetLayerByName("DLTBGX").GetSpatialRef().GetAuthorityCode(None) \
        == "4490"


# ── bad input ────────────────────────────────────────────────────────────────────────


def test_overlapping_changes_are_refused_with_both_ids(tmp_path, provider):
    base = sc.write_base(tmp_path / "base.gpkg")
    changes = sc.write_changes(tmp_path / "changes.gpkg", [(sc.box(10, 10, 50, 50), {"DLBM": "0301"}),
                                                           (sc.box(40, 40, 50, 50), {"DLBM": "0302"})])
    with pytest.raises(QgsProcessingException, match=r"features 1 and 2 overlap \(399\.9\d m²\)"):
        run({"BASE": base, "CHANGES": changes, "UPDATE_DATE": "2023-12-31", "OUTPUT": str(tmp_path / "p.gpkg")})
    assert not (tmp_path / "p.gpkg").exists()


def test_change_outside_the_base_is_refused(tmp_path, provider):
    base = sc.write_base(tmp_path / "base.gpkg")
    changes = sc.write_changes(tmp_path / "changes.gpkg", [(sc.box(1000, 1000, 50, 50), {"DLBM": "0301"})])
    with pytest.raises(QgsProcessingException, match="feature 1: the polygon lies outside the base parcels"):
        run({"BASE": base, "CHANGES": changes, "UPDATE_DATE": "2023-12-31", "OUTPUT": str(tmp_path / "p.gpkg")})


def test_duplicate_bsm_in_the_base_is_refused(tmp_path, provider):
    records = [sc.parcel_record("P1"), dict(sc.parcel_record("P2"), BSM=sc.bsm(1))]
    base = sc.write_layer(tmp_path / "base.gpkg", "DLTB", records, [sc.PARCELS["P1"][5], sc.PARCELS["P2"][5]])
    changes = sc.write_changes(tmp_path / "changes.gpkg", [(sc.box(10, 10, 50, 50), {"DLBM": "0301"})])
    with pytest.raises(QgsProcessingException, match=f"field BSM: 1 parcels share their BSM \\({sc.bsm(1)}\\)"):
        run({"BASE": base, "CHANGES": changes, "UPDATE_DATE": "2023-12-31", "OUTPUT": str(tmp_path / "p.gpkg")})


def test_base_without_a_needed_field_is_refused(tmp_path, provider):
    fields = [("BSM", "text", 18, 0), ("DLBM", "text", 5, 0), ("ZLDWDM", "text", 19, 0), ("TBMJ", "real", 15, 2)]
    base = sc.write_layer(tmp_path / "base.gpkg", "DLTB", [sc.parcel_record("P1")], [sc.PARCELS["P1"][5]],
                          fields=fields)
    changes = sc.write_changes(tmp_path / "changes.gpkg", [(sc.box(10, 10, 50, 50), {"DLBM": "0301"})])
    with pytest.raises(QgsProcessingException, match="Base layer “base” has no field “TBBH”"):
        run({"BASE": base, "CHANGES": changes, "UPDATE_DATE": "2023-12-31", "OUTPUT": str(tmp_path / "p.gpkg")})


def test_new_cultivated_land_needs_a_slope_grade(tmp_path, provider):
    base = sc.write_base(tmp_path / "base.gpkg")
    changes = sc.write_changes(tmp_path / "changes.gpkg", [(sc.box(310, 10, 50, 50), {"DLBM": "0103"})])
    with pytest.raises(QgsProcessingException, match="feature 1: the land becomes cultivated .* no GDPDJB"):
        run({"BASE": base, "CHANGES": changes, "UPDATE_DATE": "2023-12-31", "OUTPUT": str(tmp_path / "p.gpkg")})


def test_slope_grade_from_a_dem(tmp_path, provider):
    from osgeo import gdal, osr

    # A plane rising 0.2 m per metre eastward: 11.3°, grade 3 (6–15°); PD → KCXS 0.078.
    ds = gdal.GetDriverByName("GTiff").Create(str(tmp_path / "dem.tif"), 120, 60, 1, gdal.GDT_Float32)
    ds.SetGeoTransform((sc.X0 - 50, 5, 0, sc.Y0 + 250, 0, -5))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4528)
    ds.SetProjection(srs.ExportToWkt())
    import numpy as np

    ds.GetRasterBand(1).WriteArray(np.tile((np.arange(120) * 5 * 0.2).astype(np.float32), (60, 1)))
    ds = None
    base = sc.write_base(tmp_path / "base.gpkg")
    changes = sc.write_changes(tmp_path / "changes.gpkg", [(sc.box(310, 10, 50, 50), {"DLBM": "0103", "GDLX": "PD"})])
    run({"BASE": base, "CHANGES": changes, "UPDATE_DATE": "2023-12-31", "DEM": str(tmp_path / "dem.tif"),
         "OUTPUT": str(tmp_path / "p.gpkg")})
    dry = next(r for r in rows_of(tmp_path / "p.gpkg", "DLTBGX") if r["DLBM"] == "0103")
    assert math.degrees(math.atan(0.2)) == pytest.approx(11.31, abs=0.01)
    assert (dry["GDPDJB"], dry["KCXS"]) == ("3", 0.078)


def test_moved_to_another_county_is_left_out(tmp_path, provider):
    base = sc.write_base(tmp_path / "base.gpkg")
    other = "3208270012010000000"
    changes = sc.write_changes(tmp_path / "changes.gpkg", [(sc.box(0, 0, 40, 100), {"DLBM": "0103", "ZLDWDM": other})])
    result = run({"BASE": base, "CHANGES": changes, "UPDATE_DATE": "2023-12-31", "OUTPUT": str(tmp_path / "p.gpkg")})
    gx, gc = rows_of(tmp_path / "p.gpkg", "DLTBGX"), rows_of(tmp_path / "p.gpkg", "DLTBGXGC")
    assert [r["ZLDWDM"] for r in gx] == [sc.V1] and [r["XZQTZLX"] for r in gc] == ["0"]
    assert result["PIECES"] == 1
