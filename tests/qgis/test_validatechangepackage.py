"""landbalance:validatechangepackage: a clean package gives no error; each fault planted in a copy
of it is named by its rule and the BSM of the row that carries it."""

from __future__ import annotations

import shutil

import pytest
import shapely
import shapely.affinity
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

import survey_county as sc
from land_balance.exports.xlsx_read import as_rows, read_workbook
from land_balance.rules import package_rules

B = sc.bsm  # the worked example's numbers: DLTBGX 005, 010–013, 009, 014–017; DLTBGXGC 018–027


def run(package, base, **extra):
    import processing

    return processing.run("landbalance:validatechangepackage", {"PACKAGE": str(package), "BASE": base,
                                                                 "OUTPUT": "memory:", **extra},
                          feedback=QgsProcessingFeedback())


@pytest.fixture(scope="module")
def made(tmp_path_factory, provider):
    return sc.make_package(tmp_path_factory.mktemp("validate"))


def findings(result) -> list:
    return [(f["RULE"], f["BSM"], f["SEVERITY"], f["LAYER"]) for f in result["OUTPUT"].getFeatures()]


def test_a_clean_package_has_no_error(made, tmp_path):
    base, package = made
    result = run(package, base, REPORT=str(tmp_path / "report.xlsx"))
    assert (result["ERRORS"], result["WARNINGS"]) == (0, 0), findings(result)
    sheets = read_workbook(tmp_path / "report.xlsx")
    summary = as_rows(sheets["质检汇总"])
    assert summary[0][0] == "更新包质检汇总表"
    assert [r[0] for r in summary[3:3 + len(package_rules.rules())]] == [r.id for r in package_rules.rules()]
    assert summary[-1][:2] == ["合计", "质检结论：通过"]


def test_rules_are_numbered_once_with_names_and_severity():
    rules = package_rules.rules()
    assert len({r.id for r in rules}) == len(rules) >= 30
    assert all(r.name_zh and r.name_en and r.severity in ("错误", "警告") for r in rules)


# ── planted faults ───────────────────────────────────────────────────────────────────


def sql(path, statement):
    ds = ogr.Open(str(path), 1)
    ds.ExecuteSQL(statement)
    ds = None


def reshape(path, layer, bsm, change):
    ds = ogr.Open(str(path), 1)
    lyr = ds.GetLayerByName(layer)
    lyr.SetAttributeFilter(f"BSM = '{bsm}'")
    feature = lyr.GetNextFeature()
    shape = shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb()))
    feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(shapely.to_wkb(change(shape)))))
    lyr.SetFeature(feature)
    ds = None


def drop_field(path, layer, name):
    ds = ogr.Open(str(path), 1)
    lyr = ds.GetLayerByName(layer)
    lyr.DeleteField(lyr.GetLayerDefn().GetFieldIndex(name))
    ds = None


def drop_layer(path, name):
    ds = ogr.Open(str(path), 1)
    ds.DeleteLayer(name)
    ds = None


def bow_tie(shape):
    x0, y0, x1, y1 = shape.bounds
    return shapely.Polygon([(x0, y0), (x1, y1), (x1, y0), (x0, y1)])


GX, GC = "DLTBGX", "DLTBGXGC"
FAULTS = {  # name: (plant(path), rule, BSM named, severity)
    "no process layer": (lambda p: drop_layer(p, GC), "R102", "", "错误"),
    "field missing": (lambda p: drop_field(p, GX, "ZLDWMC"), "R103", "", "错误"),
    "three decimals": (lambda p: sql(p, f"UPDATE {GX} SET TBMJ = TBMJ + 0.001 WHERE BSM = '{B(12)}'"), "R105", B(12),
                       "错误"),
    "class name": (lambda p: sql(p, f"UPDATE {GX} SET DLMC = '水田' WHERE BSM = '{B(10)}'"), "R201", B(10), "错误"),
    "ownership code": (lambda p: sql(p, f"UPDATE {GC} SET BGHQSXZ = '99' WHERE BSM = '{B(19)}'"), "R202", B(19),
                       "错误"),
    "slope grade on forest": (lambda p: sql(p, f"UPDATE {GX} SET GDPDJB = '2' WHERE BSM = '{B(11)}'"), "R203", B(11),
                              "错误"),
    "kcxs too large": (lambda p: sql(p, f"UPDATE {GX} SET KCXS = 1.2 WHERE BSM = '{B(12)}'"), "R204", B(12), "错误"),
    "width on forest": (lambda p: sql(p, f"UPDATE {GX} SET XZDWKD = 3 WHERE BSM = '{B(5)}'"), "R205", B(5), "错误"),
    "bgxw code": (lambda p: sql(p, f"UPDATE {GC} SET BGXW = '5' WHERE BSM = '{B(21)}'"), "R206", B(21), "错误"),
    "mssm code": (lambda p: sql(p, f"UPDATE {GX} SET MSSM = '07' WHERE BSM = '{B(13)}'"), "R207", B(13), "错误"),
    "empty name": (lambda p: sql(p, f"UPDATE {GX} SET ZLDWMC = NULL WHERE BSM = '{B(14)}'"), "R301", B(14), "错误"),
    "short bsm": (lambda p: sql(p, f"UPDATE {GC} SET BSM = '32082621100000002' WHERE BSM = '{B(22)}'"), "R401",
                  "32082621100000002", "错误"),
    "base bsm reused": (lambda p: sql(p, f"UPDATE {GX} SET BSM = '{B(1)}' WHERE BSM = '{B(16)}'"), "R402", B(1),
                        "错误"),
    "tbbh twice": (lambda p: sql(p, f"UPDATE {GX} SET TBBH = '1' WHERE BSM = '{B(10)}'"), "R403", B(10), "错误"),
    "unknown before": (lambda p: sql(p, f"UPDATE {GC} SET BGQTBBSM = '320826211099999999' WHERE BSM = '{B(26)}'"),
                       "R404", B(26), "错误"),
    "unknown after": (lambda p: sql(p, f"UPDATE {GC} SET BGHTBBSM = '320826211099999999' WHERE BSM = '{B(27)}'"),
                      "R405", B(27), "错误"),
    "pieces do not add up": (lambda p: sql(p, f"UPDATE {GC} SET TBBGMJ = TBBGMJ + 0.01, BGQTBDLMJ = BGQTBDLMJ + 0.01,"
                                              f" BGHTBDLMJ = BGHTBDLMJ + 0.01 WHERE BSM = '{B(24)}'"), "R501", B(24),
                             "错误"),
    "parcel area": (lambda p: sql(p, f"UPDATE {GX} SET TBMJ = TBMJ + 0.01, TBDLMJ = TBDLMJ + 0.01 "
                                     f"WHERE BSM = '{B(15)}'"), "R502", B(15), "错误"),
    "before ridge": (lambda p: sql(p, f"UPDATE {GC} SET BGQKCMJ = 5 WHERE BSM = '{B(21)}'"), "R503", B(21), "错误"),
    "after ridge": (lambda p: sql(p, f"UPDATE {GC} SET BGHKCMJ = BGHKCMJ + 0.01 WHERE BSM = '{B(21)}'"), "R504",
                    B(21), "错误"),
    "parcel ridge": (lambda p: sql(p, f"UPDATE {GX} SET KCMJ = KCMJ - 0.01, TBDLMJ = TBDLMJ + 0.01 "
                                      f"WHERE BSM = '{B(12)}'"), "R505", B(12), "错误"),
    "piece shape": (lambda p: reshape(p, GC, B(20), lambda s: s.buffer(-1.0, join_style="mitre")), "R506", B(20),
                    "警告"),
    "negative area": (lambda p: sql(p, f"UPDATE {GC} SET TBBGMJ = -TBBGMJ WHERE BSM = '{B(22)}'"), "R507", B(22),
                      "错误"),
    "crossed ring": (lambda p: reshape(p, GX, B(13), bow_tie), "R601", B(13), "错误"),
    "overlap": (lambda p: reshape(p, GX, B(10), lambda s: s.buffer(2.0, join_style="mitre")), "R602", B(10), "错误"),
    "outside": (lambda p: reshape(p, GX, B(17), lambda s: shapely.affinity.translate(s, 0, 30)), "R603", B(17),
                "错误"),
    "sliver parcel": (lambda p: reshape(p, GX, B(13), lambda s: shapely.box(*s.centroid.buffer(0.1).bounds)), "R605",
                      B(13), "错误"),
    "bgxw 1 with a new parcel": (lambda p: sql(p, f"UPDATE {GC} SET BGXW = '1' WHERE BSM = '{B(19)}'"), "R701",
                                 B(19), "错误"),
    "xzqtzlx": (lambda p: sql(p, f"UPDATE {GC} SET XZQTZLX = '1' WHERE BSM = '{B(20)}'"), "R702", B(20), "错误"),
    "before copy": (lambda p: sql(p, f"UPDATE {GC} SET BGQDLBM = '0302', BGQDLMC = '竹林地' WHERE BSM = '{B(25)}'"),
                    "R703", B(25), "错误"),
    "after copy": (lambda p: sql(p, f"UPDATE {GC} SET BGHZLDWMC = '别村' WHERE BSM = '{B(26)}'"), "R704", B(26),
                   "错误"),
}


def _names_only(path):
    """P5's BGXW 1 row turned into a names-only change: the class back to 采矿用地 on both layers."""
    sql(path, f"UPDATE {GX} SET DLBM = '0602', DLMC = '采矿用地', CZCSXM = '204', ZLDWMC = '王庄新村' "
              f"WHERE BSM = '{B(5)}'")
    sql(path, f"UPDATE {GC} SET BGHDLBM = '0602', BGHDLMC = '采矿用地', BGHCZCSXM = '204', BGHZLDWMC = '王庄新村' "
              f"WHERE BSM = '{B(18)}'")


FAULTS["names only"] = (_names_only, "R705", B(18), "警告")


@pytest.mark.parametrize("fault", sorted(FAULTS))
def test_a_planted_fault_is_named_by_rule_and_bsm(made, tmp_path, fault):
    base, package = made
    copy = tmp_path / "faulty.gpkg"
    shutil.copy(package, copy)
    plant, rule, bsm, severity = FAULTS[fault]
    plant(copy)
    found = findings(run(copy, base))
    named = [f for f in found if f[0] == rule]
    assert named, f"{rule} not reported: {found}"
    if bsm is not None:
        assert any(f[1] == bsm for f in named), named
    assert all(f[2] == severity for f in named), named


def test_gap_names_the_piece_of_the_uncovered_parcel(made, tmp_path):
    base, package = made
    copy = tmp_path / "gap.gpkg"
    shutil.copy(package, copy)
    reshape(copy, GX, B(16), lambda s: s.buffer(-3.0, join_style="mitre"))
    result = run(copy, base)
    gap = [f for f in result["OUTPUT"].getFeatures() if f["RULE"] == "R604"]
    assert len(gap) == 1 and f"变更前图斑 {B(4)}" in gap[0]["MESSAGE"]


def test_findings_carry_the_geometry_of_their_row(made, tmp_path):
    base, package = made
    copy = tmp_path / "faulty.gpkg"
    shutil.copy(package, copy)
    sql(copy, f"UPDATE {GX} SET DLMC = '水田' WHERE BSM = '{B(10)}'")
    (finding,) = [f for f in run(copy, base)["OUTPUT"].getFeatures() if f["RULE"] == "R201"]
    assert finding.geometry().area() == pytest.approx(50 * 60, rel=1e-6)
    assert finding["RULE_NAME"] == "地类编码与地类名称一致" and finding["LAYER"] == GX


def test_geographic_county_is_clean_apart_from_the_crs_warning(tmp_path, provider):
    base, package = sc.make_package(tmp_path, epsg=4490)
    result = run(package, base)
    assert result["ERRORS"] == 0
    assert {f[0] for f in findings(result)} == {"R101"}


def test_a_package_of_another_county_is_refused(made, tmp_path):
    base, package = made
    copy = tmp_path / "other.gpkg"
    shutil.copy(package, copy)
    sql(copy, f"UPDATE {GX} SET ZLDWDM = '320827' || substr(ZLDWDM, 7)")
    sql(copy, f"UPDATE {GC} SET BGQZLDWDM = '320827' || substr(BGQZLDWDM, 7)")
    with pytest.raises(QgsProcessingException, match="field ZLDWDM: the package belongs to county 320827, the base"):
        run(copy, base)


def test_a_base_in_another_crs_is_refused(made, tmp_path):
    _, package = made
    base = sc.write_base(tmp_path / "base4490.gpkg", epsg=4490)
    with pytest.raises(QgsProcessingException, match="layer DLTBGX: its CRS EPSG:4528 is not that of the base"):
        run(package, base)
