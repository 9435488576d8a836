"""landbalance:forestplanstats and landbalance:forestplanatlas through Processing, on a hand-made
forest one map whose every table is recomputed here in plain Python from tests/reference_area.py.

Rule source: seed 002 (the plan's indicators and annex tables, baseline 2020, targets 2025 and 2035),
DOMAIN.md section 3 and "Indicators and classes used by the ledgers" (BH_DJ Ⅰ–Ⅳ, forest categories
11/12/21/22, BCLD 1/2/3); "Official area, rounding and control" (areas in cents, tables foot).
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

import pytest
from osgeo import gdal, ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer
from gpkg import add_feature, create_layer
from test_areastatistics import X0, Y0, expected_tbmj

from land_balance.exports.xlsx_read import as_rows, read_workbook
from land_balance.rules.packs import BUILTIN_DIR, load_packs

gdal.UseExceptions()


def rect(x, y, w, h, hole=None):
    ring = f"{X0 + x} {Y0 + y},{X0 + x + w} {Y0 + y},{X0 + x + w} {Y0 + y + h},{X0 + x} {Y0 + y + h},{X0 + x} {Y0 + y}"
    if hole is None:
        return f"POLYGON(({ring}))"
    hx, hy, hw, hh = hole
    inner = (f"{X0 + hx} {Y0 + hy},{X0 + hx} {Y0 + hy + hh},{X0 + hx + hw} {Y0 + hy + hh},{X0 + hx + hw} {Y0 + hy},"
             f"{X0 + hx} {Y0 + hy}")
    return f"POLYGON(({ring}),({inner}))"


BOW_TIE = (f"POLYGON(({X0 + 900} {Y0},{X0 + 1100} {Y0 + 150},{X0 + 1100} {Y0},{X0 + 900} {Y0 + 150},"
           f"{X0 + 900} {Y0}))")
MULTI = (f"MULTIPOLYGON((({X0} {Y0 + 600},{X0 + 120} {Y0 + 600},{X0 + 120} {Y0 + 700},{X0} {Y0 + 600})),"
         f"(({X0 + 200} {Y0 + 600},{X0 + 330} {Y0 + 610},{X0 + 320} {Y0 + 720},{X0 + 200} {Y0 + 600})))")

FIELDS = ("ZLDWMC", "DLBM", "BH_DJ", "SEN_LIN_LB", "QI_YUAN", "BCLD")
# (ZLDWMC, DLBM, BH_DJ, SEN_LIN_LB, QI_YUAN, BCLD, XU_JI m³, WKT in EPSG:4528)
ONE_MAP = [
    ("青岩镇", "0301", "1", "11", "11", "1", 150.5, rect(0, 0, 300, 200)),
    ("青岩镇", "0301", "Ⅱ", "11", "21", "1", 80.0, rect(300, 0, 250, 260, hole=(350, 50, 40, 60))),
    ("青岩镇", "0305", "3", "12", "11", "2", None, rect(0, 200, 180, 170)),
    ("青岩镇", "0103", None, None, None, "3", None, rect(180, 260, 210, 140)),
    ("石板镇", "0307", "4", "22", None, "1", None, MULTI),
    ("石板镇", "0302", "IV", "21", "21", "2", 0.0, rect(600, 0, 123.4, 321.7)),
    ("石板镇", "0404", None, None, None, "3", None, rect(600, 400, 90, 77.7)),
    ("燕楼镇", "0301", "2", "11", "11", "1", 60.0, BOW_TIE),
    ("燕楼镇", "0307", "III", "12", "21", "1", None, rect(1200, 0, 333.3, 111.1)),
]
FOREST_LAND = {"0301", "0302", "0303", "0304", "0305", "0306", "0307"}
GRADE = {"1": "I", "2": "II", "Ⅱ": "II", "3": "III", "III": "III", "4": "IV", "IV": "IV"}


def write_one_map(path, rows=ONE_MAP, layer="LDBHYZT"):
    ds, out = create_layer(path, layer, 4528, fields=FIELDS)
    out.CreateField(ogr.FieldDefn("XU_JI", ogr.OFTReal))
    for town, code, grade, category, origin, change, stock, wkt in rows:
        values = dict(zip(FIELDS, (town, code, grade, category, origin, change)), XU_JI=stock)
        add_feature(out, values, ogr.CreateGeometryFromWkt(wkt))
    del out, ds
    return f"{path}|layername={layer}"


def write_boundaries(path, towns):
    ds, out = create_layer(path, "XZQ", 4528, fields=("XZQMC",))
    for i, town in enumerate(towns):
        add_feature(out, {"XZQMC": town}, ogr.CreateGeometryFromWkt(rect(-50 + 500 * i, -50, 500, 900)))
    del out, ds
    return f"{path}|layername=XZQ"


@pytest.fixture()
def one_map(tmp_path):
    return write_one_map(tmp_path / "forest.gpkg")


def cents(wkt) -> int:
    return int(round(Decimal(repr(expected_tbmj(wkt))) * 100))


def in_unit(total_cents: int, unit: str) -> Decimal:
    per_m2, places = {"ha": (Decimal(1) / 10_000, "0.0001"), "mu": (Decimal(15) / 10_000, "0.01")}[unit]
    return (Decimal(total_cents) / 100 * per_m2).quantize(Decimal(places), rounding=ROUND_HALF_UP)


def stats(provider, parameters, algorithm="landbalance:forestplanstats", feedback=None):
    import processing

    return processing.run(algorithm, parameters, feedback=feedback or QgsProcessingFeedback())


def run_stats(provider, source, tmp_path, **extra):
    xlsx = tmp_path / "附表.xlsx"
    result = stats(provider, {"INPUT": source, "XLSX": str(xlsx), "INDICATORS": "memory:", "TABLES": "memory:",
                              **extra})
    return result, read_workbook(xlsx)


def sheet_rows(book, prefix):
    name = next(n for n in book if n.startswith(prefix))
    return as_rows(book[name])


def body(rows):
    """The data rows and the 合计 row of a cross sheet (title, unit line, two header rows first)."""
    end = next(i for i, r in enumerate(rows) if r[0] == "合计")
    return rows[4:end], rows[end]


def expected_cells(key_of, columns, scope=FOREST_LAND):
    """(township, column) → cents, summed here from the reference areas."""
    out = {}
    for row in ONE_MAP:
        if scope is not None and row[1] not in scope:
            continue
        key = key_of(row)
        if key in columns:
            out[(row[0], key)] = out.get((row[0], key), 0) + cents(row[7])
    return out


def check_cross(rows, columns, expected, units=("ha", "mu")):
    """Every cell within one rounding unit of the independent sum; every row and column foots;
    the county total is the exact total rounded once."""
    data, total = body(rows)
    width = len(columns) + 1  # 合计, then the columns
    assert [r[0] for r in data] == sorted({t for t, _ in expected} | {r[0] for r in data})
    for u, unit in enumerate(units):
        step = Decimal("0.0001") if unit == "ha" else Decimal("0.01")
        start = 1 + u * width
        for r in data + [total]:
            values = [Decimal(repr(v)) for v in r[start:start + width]]
            assert sum(values[1:]) == values[0], f"{unit} row {r[0]} does not foot"
            for i, (key, value) in enumerate(zip(columns, values[1:])):
                if r is total:
                    assert value == sum(Decimal(repr(d[start + 1 + i])) for d in data)
                else:
                    exact = in_unit(expected.get((r[0], key), 0), unit)
                    assert abs(value - exact) <= step, f"{unit} {r[0]} {key}: {value} vs {exact}"
        assert Decimal(repr(total[start])) == in_unit(sum(expected.values()), unit)


def test_tables_recomputed_independently_and_footing(one_map, provider, tmp_path):
    result, book = run_stats(provider, one_map, tmp_path)
    assert result["RULES"] == "huaxi_forest_plan@1.1.0" and result["PARCELS"] == len(ONE_MAP)
    assert result["FOREST_LAND_PARCELS"] == 7
    classes = ["0301", "0302", "0303", "0304", "0305", "0306", "0307"]
    check_cross(sheet_rows(book, "附表2"), classes, expected_cells(lambda r: r[1], classes))
    grades = ["I", "II", "III", "IV"]
    check_cross(sheet_rows(book, "附表3"), grades, expected_cells(lambda r: GRADE.get(r[2]), grades))
    categories = ["11", "12", "21", "22"]
    check_cross(sheet_rows(book, "附表4"), categories, expected_cells(lambda r: r[3], categories))
    change = sheet_rows(book, "附表5")
    expected = expected_cells(lambda r: r[5], ["2", "3"], scope=None)
    data, total = body(change)
    assert [r[0] for r in data] == sorted(["燕楼镇", "石板镇", "青岩镇"])
    for r in data + [total]:
        for start, unit in ((1, "ha"), (4, "mu")):
            gain, loss, net = (Decimal(repr(v)) for v in r[start:start + 3])
            assert net == gain - loss
            if r is not total:
                assert abs(gain - in_unit(expected.get((r[0], "2"), 0), unit)) <= Decimal("0.01")
                assert abs(loss - in_unit(expected.get((r[0], "3"), 0), unit)) <= Decimal("0.01")
    for column in range(1, 7):
        assert Decimal(repr(total[column])) == sum(Decimal(repr(r[column])) for r in data)


def test_indicators_measured_from_the_data(one_map, provider, tmp_path):
    result, book = run_stats(provider, one_map, tmp_path)
    rows = {r[1]: r for r in sheet_rows(book, "附表1")[3:9]}
    forest_land = sum(cents(r[7]) for r in ONE_MAP if r[1] in FOREST_LAND)
    assert rows["林地保有量"][4] == float(in_unit(forest_land, "ha"))
    forest = sum(cents(r[7]) for r in ONE_MAP if r[1] in {"0301", "0302"})
    assert rows["森林保有量"][4] == float(in_unit(forest, "ha"))
    natural = sum(cents(r[7]) for r in ONE_MAP if r[1] in {"0301", "0302"} and r[4] == "11")
    assert rows["天然林保有量"][4] == float(in_unit(natural, "ha"))
    key = sum(cents(r[7]) for r in ONE_MAP if r[1] in FOREST_LAND and r[3] == "11")
    share = (Decimal(key) * 100 / forest_land).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert rows["重点公益林地比率"][4] == float(share)
    arbor = sum(cents(r[7]) for r in ONE_MAP if r[1] == "0301")
    per_ha = Decimal("290.5") / (Decimal(arbor) / 1_000_000)
    assert rows["林地生产率"][4] == float(per_ha.quantize(Decimal("0.01"), ROUND_HALF_UP))
    assert rows["占用林地定额"][4] == "—"
    layer = result["INDICATORS"]
    by_id = {f["ID"]: f for f in layer.getFeatures()}
    assert by_id["forest_land_retention"]["BASELINE"] == float(in_unit(forest_land, "ha"))
    assert by_id["occupation_quota"]["BASELINE"] is None or by_id["occupation_quota"]["BASELINE"].isNull()


def test_table_layer_holds_the_same_numbers_as_the_sheets(one_map, provider, tmp_path):
    result, book = run_stats(provider, one_map, tmp_path)
    cells = list(result["TABLES"].getFeatures())
    grade_rows = {(f["TOWNSHIP"], f["COLUMN_KEY"], f["ROW_KIND"]): f for f in cells
                  if f["TABLE_ID"] == "protection_grade"}
    data, total = body(sheet_rows(book, "附表3"))
    for r in data:
        for i, grade in enumerate(["I", "II", "III", "IV"]):
            feature = grade_rows[(r[0], grade, "cell")]
            assert feature["AREA_HA"] == pytest.approx(r[2 + i]) and feature["AREA_MU"] == pytest.approx(r[7 + i])
        assert grade_rows[(r[0], "", "township")]["AREA_HA"] == pytest.approx(r[1])
    assert grade_rows[("合计", "", "total")]["AREA_MU"] == pytest.approx(total[6])
    assert grade_rows[("合计", "", "total")]["PARCELS"] == 7
    net = [f for f in cells if f["TABLE_ID"] == "forest_change" and f["ROW_KIND"] == "net"]
    assert len(net) == 4  # three townships and the county


def test_targets_from_a_county_pack(one_map, provider, tmp_path):
    """A county enters the approved plan's targets in its copy of the pack: the table shows them
    and the change against the measured baseline."""
    import processing
    from land_balance.processing.forest_plan_stats import ForestPlanStatistics

    text = (BUILTIN_DIR / "huaxi_forest_plan.toml").read_text(encoding="utf-8")
    text = text.replace('measure = "area"\nnature = "binding"\n[[plan.indicators]]\nid = "forest_retention"',
                        'measure = "area"\nnature = "binding"\ntargets = [7.5, 8.0]\n[[plan.indicators]]\n'
                        'id = "forest_retention"', 1)
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "huaxi_forest_plan.toml").write_text(text, encoding="utf-8")
    algorithm = ForestPlanStatistics(load_packs([tmp_path / "packs"]))
    algorithm.initAlgorithm()
    result = processing.run(algorithm, {"INPUT": one_map, "XLSX": str(tmp_path / "t.xlsx"), "INDICATORS": "memory:",
                                        "TABLES": "memory:", "BASE_YEAR": 2021})
    first = next(result["INDICATORS"].getFeatures())
    forest_land = in_unit(sum(cents(r[7]) for r in ONE_MAP if r[1] in FOREST_LAND), "ha")
    assert (first["NEAR_TARGET"], first["END_TARGET"], first["BASE_YEAR"]) == (7.5, 8.0, 2021)
    assert first["NEAR_CHANGE"] == pytest.approx(float(Decimal("7.5") - forest_land), abs=1e-9)
    header = sheet_rows(read_workbook(tmp_path / "t.xlsx"), "附表1")[2]
    assert "2021" in header[4] and "2025" in header[5] and "2035" in header[6]


def message_of(provider, parameters, tmp_path) -> str:
    with pytest.raises(QgsProcessingException) as err:
        stats(provider, {"XLSX": str(tmp_path / "bad.xlsx"), "INDICATORS": "memory:", "TABLES": "memory:",
                         **parameters})
    assert not (tmp_path / "bad.xlsx").exists()  # nothing half-written
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]
    return str(err.value)


def test_unknown_grade_and_category_reported_per_value_with_counts(provider, tmp_path):
    rows = [list(r) for r in ONE_MAP]
    rows[0][2] = rows[1][2] = "5"
    rows[4][2] = None
    rows[5][3] = "31"
    source = write_one_map(tmp_path / "bad.gpkg", rows)
    text = message_of(provider, {"INPUT": source}, tmp_path)
    assert "BH_DJ" in text and "“5” in 2 parcels" in text and "in 1 parcels" in text
    assert "SEN_LIN_LB" in text and "“31” in 1 parcels" in text


def test_empty_township_is_refused_naming_the_parcels(provider, tmp_path):
    rows = [list(r) for r in ONE_MAP]
    rows[2][0] = ""
    text = message_of(provider, {"INPUT": write_one_map(tmp_path / "bad.gpkg", rows)}, tmp_path)
    assert "1 parcels have no township" in text and "ZLDWMC" in text


def test_layer_without_forest_land_is_refused(provider, tmp_path):
    rows = [r for r in ONE_MAP if r[1] not in FOREST_LAND]
    text = message_of(provider, {"INPUT": write_one_map(tmp_path / "bad.gpkg", rows)}, tmp_path)
    assert "has no forest land" in text and "0103 ×1" in text


def test_missing_field_is_named(one_map, provider, tmp_path):
    text = message_of(provider, {"INPUT": one_map, "GRADE_FIELD": "BHDJ"}, tmp_path)
    assert "no field “BHDJ”" in text


def test_cancelled_run_writes_nothing(one_map, provider, tmp_path):
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException):
        stats(provider, {"INPUT": one_map, "XLSX": str(tmp_path / "c.xlsx"), "INDICATORS": "memory:",
                         "TABLES": "memory:"}, feedback=feedback)
    assert not (tmp_path / "c.xlsx").exists()


def pdf_pages(path) -> int:
    """Pages of a PDF as GDAL's PDF driver (poppler) reads it: proof the file is valid."""
    assert Path(path).read_bytes()[:5] == b"%PDF-"
    ds = gdal.Open(str(path))
    names = [k for k in ds.GetMetadata("SUBDATASETS") if k.endswith("_NAME")]
    return len(names) or 1


def test_atlas_has_the_overview_and_one_page_per_township(one_map, provider, tmp_path):
    towns = ["燕楼镇", "石板镇", "青岩镇", "马铃乡"]  # 马铃乡 has no forest land: a page all the same
    pdf = tmp_path / "图集.pdf"
    result = stats(provider, {"INPUT": one_map, "BOUNDARIES": write_boundaries(tmp_path / "xzq.gpkg", towns),
                              "OUTPUT": str(pdf)}, "landbalance:forestplanatlas")
    assert result["PAGES"] == len(towns) + 1 == pdf_pages(pdf)
    merged = tmp_path / "merged.pdf"
    result = stats(provider, {"INPUT": one_map, "OUTPUT": str(merged)}, "landbalance:forestplanatlas")
    assert result["PAGES"] == 3 + 1 == pdf_pages(merged)  # township outlines merged from their parcels


def test_atlas_refuses_townships_without_a_boundary(one_map, provider, tmp_path):
    with pytest.raises(QgsProcessingException) as err:
        stats(provider, {"INPUT": one_map, "BOUNDARIES": write_boundaries(tmp_path / "xzq.gpkg", ["青岩镇"]),
                         "OUTPUT": str(tmp_path / "a.pdf")}, "landbalance:forestplanatlas")
    assert "燕楼镇" in str(err.value) and "石板镇" in str(err.value)
    assert not (tmp_path / "a.pdf").exists()


def test_atlas_table_is_the_grade_table(one_map, provider, tmp_path):
    """The atlas's page tables come from the same footed table: the overview's 合计 equals the
    annex grade table's total."""
    from land_balance.processing import forest_plan_atlas

    captured = {}
    original = forest_plan_atlas.atlas.atlas_layers

    def capture(*args, **kwargs):
        captured["rows"] = args[4]
        return original(*args, **kwargs)

    forest_plan_atlas.atlas.atlas_layers = capture
    try:
        stats(provider, {"INPUT": one_map, "OUTPUT": str(tmp_path / "a.pdf")}, "landbalance:forestplanatlas")
    finally:
        forest_plan_atlas.atlas.atlas_layers = original
    _, book = run_stats(provider, one_map, tmp_path)
    _, total = body(sheet_rows(book, "附表3"))
    overview = [r for r in captured["rows"] if r.page == 0]
    assert [r.label for r in overview] == ["Ⅰ级保护林地", "Ⅱ级保护林地", "Ⅲ级保护林地", "Ⅳ级保护林地", "合计"]
    assert overview[-1].areas == (f"{total[1]:.4f}", f"{total[6]:.2f}") and overview[-1].parcels == 7


def test_headless_qgis_process_writes_tables_and_atlas(demo_county, tmp_path):
    import qgis_headless

    data, manifest = demo_county
    env = qgis_headless.make_home(tmp_path / "home")
    source = f"{data / 'county.gpkg'}|layername=LDBHYZT"
    stats_out = qgis_headless.run(env, "landbalance:forestplanstats", INPUT=source, XLSX=str(tmp_path / "s.xlsx"),
                                  INDICATORS=str(tmp_path / "i.gpkg"), TABLES=str(tmp_path / "t.gpkg"))["results"]
    assert stats_out["PARCELS"] == manifest["layers"]["LDBHYZT"]
    atlas = qgis_headless.run(env, "landbalance:forestplanatlas", INPUT=source,
                              BOUNDARIES=f"{data / 'county.gpkg'}|layername=XZQ",
                              OUTPUT=str(tmp_path / "a.pdf"))["results"]
    assert atlas["PAGES"] == manifest["county"]["townships"] + 1 == pdf_pages(tmp_path / "a.pdf")
    assert QgsVectorLayer(str(tmp_path / "t.gpkg"), "t", "ogr").featureCount() > 0


def test_toolbox_lists_both_algorithms_with_help_citing_the_plan(provider):
    from qgis.core import QgsProcessingAlgorithm

    algorithms = {a.name(): a for a in provider.algorithms()}
    stats_alg, atlas_alg = algorithms["forestplanstats"], algorithms["forestplanatlas"]
    for algorithm in (stats_alg, atlas_alg):
        assert algorithm.groupId() == "forestplan"
        assert "《贵阳市花溪区新一轮林地保护利用规划编制工作方案》" in algorithm.shortHelpString()
        assert all(p.help() for p in algorithm.parameterDefinitions())
    # The toolbox runs a print-layout export in the main thread.
    assert atlas_alg.flags() & QgsProcessingAlgorithm.FlagNoThreading
    assert {o.name() for o in stats_alg.outputDefinitions()} >= {"XLSX", "INDICATORS", "TABLES", "FOREST_LAND_HA"}


def test_atlas_checks_grades_even_when_the_pack_has_no_grade_table(provider, tmp_path):
    import processing
    from land_balance.processing.forest_plan_atlas import ForestPlanAtlas

    text = (BUILTIN_DIR / "huaxi_forest_plan.toml").read_text(encoding="utf-8")
    start = text.index('[[plan.tables]]\nid = "protection_grade"')
    text = text[:start] + text[text.index("[[plan.tables]]", start + 10):]
    (tmp_path / "packs").mkdir()
    (tmp_path / "packs" / "huaxi_forest_plan.toml").write_text(text, encoding="utf-8")
    algorithm = ForestPlanAtlas(load_packs([tmp_path / "packs"]))
    algorithm.initAlgorithm()
    rows = [list(r) for r in ONE_MAP]
    rows[7][2] = "Ⅴ"
    with pytest.raises(QgsProcessingException) as err:
        processing.run(algorithm, {"INPUT": write_one_map(tmp_path / "bad.gpkg", rows),
                                   "OUTPUT": str(tmp_path / "a.pdf")})
    assert "“Ⅴ” in 1 parcels" in str(err.value) and not (tmp_path / "a.pdf").exists()
