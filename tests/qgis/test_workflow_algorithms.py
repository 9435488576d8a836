"""landbalance:setstatus and landbalance:statusreport through Processing on a hand-made county.

Rules: ../shared/seeds/000_9e49406886a189a5.txt (forest-offset steps, 公示5个工作日).
"""

from __future__ import annotations

import datetime as dt

import pytest
from bad_store_files import newer_store_in_rollback_journal_mode, snapshot, text_renamed_gpkg, xlsx_workbook
from qgis.core import QgsProcessingException, QgsProcessingFeedback, QgsVectorLayer

from handmade_county import write_county

from land_balance.i18n import tr
from land_balance.store.geopackage import GeoPackageStore

FOREST = "ganzhou_forest_offset"


@pytest.fixture()
def county(tmp_path):
    """A hand-made county (tests/handmade_county.py): 16 parcels, 3 restored mining parcels."""
    return write_county(tmp_path / "county.gpkg")


def programme_index(provider):
    """Programmes are shown by name and given by pack id (static), not by position."""
    alg = provider.algorithm("setstatus")
    choice = alg.parameterDefinition("PROGRAMME")
    assert FOREST in choice.ids and choice.labels[choice.ids.index(FOREST)] in ("赣州市林地占补平衡试点",
                                                                                   "Ganzhou forest-land offset pilot")
    return FOREST


def run(name, **params):
    import processing

    return processing.run(f"landbalance:{name}", params)


def mining(county):
    return f"{county}|layername=DLTB"


def test_setstatus_moves_matching_parcels_in_one_transaction(county, provider):
    index = programme_index(provider)
    expr = "\"BZ\" = '矿山生态修复'"
    first = run("setstatus", INPUT=mining(county), EXPRESSION=expr, PROGRAMME=index, STEP="申请", DATE="2025-09-20")
    assert first["COUNT"] > 0 and first["STORE"] == str(county.with_name("county_workflow.gpkg"))
    run("setstatus", INPUT=mining(county), EXPRESSION=expr, PROGRAMME=index, STEP="verify", DATE="2025-09-22")
    run("setstatus", INPUT=mining(county), EXPRESSION=expr, PROGRAMME=index, STEP="notice", DATE="2025-09-26")
    with GeoPackageStore(county.with_name("county_workflow.gpkg")) as store:
        statuses = store.statuses(FOREST)
    assert len(statuses) == first["COUNT"]
    assert {s.step for s in statuses} == {"notice"}
    assert {s.due for s in statuses} == {"2025-10-10"}  # 5 working days over National Day 2025
    # skipping is refused for all, nothing changes: the parcels are not at 确认, before 造林
    with pytest.raises(QgsProcessingException, match="is at Public notice .* not at Confirm as this request expects"):
        run("setstatus", INPUT=mining(county), EXPRESSION=expr, PROGRAMME=index, STEP="afforest")
    with pytest.raises(QgsProcessingException, match="not allowed"):
        run("setstatus", INPUT=mining(county), EXPRESSION=expr, PROGRAMME=index, STEP="afforest", SEEN_STEP="公示")
    run("setstatus", INPUT=mining(county), EXPRESSION=expr, PROGRAMME=index, STEP="confirm")
    # an advance to 核实 with a note is not taken for a send-back (issue 10 §8)
    with pytest.raises(QgsProcessingException, match="not at Apply as this request expects"):
        run("setstatus", INPUT=mining(county), EXPRESSION=expr, PROGRAMME=index, STEP="verify", NOTE="核实完毕")
    # sending back needs the step seen and a reason with a visible character
    with pytest.raises(QgsProcessingException, match="SEEN_STEP"):
        run("setstatus", INPUT=mining(county), EXPRESSION=expr, PROGRAMME=index, STEP="verify", ACTION=1)
    for reason in ("", "\t", "\u3000\u200b"):
        with pytest.raises(QgsProcessingException, match="needs a reason"):
            run("setstatus", INPUT=mining(county), EXPRESSION=expr, PROGRAMME=index, STEP="verify", ACTION=1,
                SEEN_STEP="confirm", NOTE=reason)
    with GeoPackageStore(county.with_name("county_workflow.gpkg")) as store:
        assert {s.step for s in store.statuses(FOREST)} == {"confirm"}
    run("setstatus", INPUT=mining(county), EXPRESSION=expr, PROGRAMME=index, STEP="verify", ACTION=1,
        SEEN_STEP="确认", NOTE="异议成立")
    for step in ("notice", "confirm", "afforest", "accept", "change"):
        run("setstatus", INPUT=mining(county), EXPRESSION=expr, PROGRAMME=index, STEP=step)
    with pytest.raises(QgsProcessingException, match="recorded by the Province level"):  # 入库: the province's
        run("setstatus", INPUT=mining(county), EXPRESSION=expr, PROGRAMME=index, STEP="bank", LEVEL=0)
    assert run("setstatus", INPUT=mining(county), EXPRESSION=expr, PROGRAMME=index, STEP="bank",
               LEVEL=2)["COUNT"] == first["COUNT"]


def test_setstatus_on_a_selection_and_bad_input(county, provider):
    from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProject

    index = programme_index(provider)
    layer = QgsVectorLayer(mining(county), "DLTB", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds(sorted(layer.allFeatureIds())[:3])
        source = QgsProcessingFeatureSourceDefinition(layer.id(), True)
        assert run("setstatus", INPUT=source, PROGRAMME=index, STEP="apply")["COUNT"] == 3
        with pytest.raises(QgsProcessingException, match="no step “plant”"):
            run("setstatus", INPUT=source, PROGRAMME=index, STEP="plant")
        with pytest.raises(QgsProcessingException, match="DATE"):  # a date parameter: refused before the run
            run("setstatus", INPUT=source, PROGRAMME=index, STEP="verify", DATE="20 Sept")
        assert run("setstatus", INPUT=source, PROGRAMME=index, STEP="verify", NOTE="ok")["COUNT"] == 3
        with pytest.raises(QgsProcessingException, match="nothing was changed"):
            run("setstatus", INPUT=mining(county), EXPRESSION="1 = 0", PROGRAMME=index, STEP="apply")
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def test_statusreport_table_and_xlsx(county, provider, tmp_path):
    index = programme_index(provider)
    expr = "\"BZ\" = '矿山生态修复'"
    moved = run("setstatus", INPUT=mining(county), EXPRESSION=expr, PROGRAMME=index, STEP="apply",
                DATE="2025-09-20")["COUNT"]
    ids = sorted(f.id() for f in QgsVectorLayer(mining(county), "x", "ogr").getFeatures(expr))
    half = f"$id IN ({', '.join(map(str, ids[::2]))})"
    run("setstatus", INPUT=mining(county), EXPRESSION=half, PROGRAMME=index, STEP="verify", DATE="2025-09-22")
    run("setstatus", INPUT=mining(county), EXPRESSION=half, PROGRAMME=index, STEP="notice", DATE="2025-09-26")
    xlsx = tmp_path / "report.xlsx"
    result = run("statusreport", INPUT=mining(county), PROGRAMME=index, TODAY="2025-10-13",
                 OUTPUT=str(tmp_path / "report.gpkg"), XLSX=str(xlsx))
    assert result["PARCELS"] == moved
    notice = len(ids[::2])
    assert result["OVERDUE"] == notice  # due 10 Oct 2025, reported 13 Oct
    table = QgsVectorLayer(str(tmp_path / "report.gpkg"), "t", "ogr")
    rows = [{name: f[name] for name in table.fields().names()} for f in table.getFeatures()]
    all_towns = tr("All townships")
    totals = {r["STEP"]: r for r in rows if r["ZLDWMC"] == all_towns}
    assert set(totals) == {"apply", "notice"}
    assert totals["apply"]["PARCELS"] + totals["notice"]["PARCELS"] == moved
    assert totals["notice"]["OVERDUE"] == notice and totals["apply"]["OVERDUE"] == 0
    for step, total in totals.items():  # township rows foot to the step's total, in m² and in mu
        towns = [r for r in rows if r["STEP"] == step and r["ZLDWMC"] != all_towns]
        assert sum(r["PARCELS"] for r in towns) == total["PARCELS"]
        assert round(sum(r["AREA_M2"] for r in towns), 2) == total["AREA_M2"]
        assert round(sum(r["AREA_MU"] for r in towns), 2) == total["AREA_MU"]
    # the official area is the survey formula's (computed apart: pyproj + the formula written out)
    from handmade_county import parcels
    from test_areastatistics import expected_tbmj

    expected = sum(expected_tbmj(wkt) for values, wkt in parcels() if values["BZ"] == "矿山生态修复")
    assert sum(t["AREA_M2"] for t in totals.values()) == pytest.approx(expected, abs=0.01 * moved)
    from land_balance.exports.xlsx_read import as_rows, read_workbook

    book = read_workbook(xlsx)
    summary, overdue = (as_rows(cells) for cells in book.values())
    assert len(book) == 2
    assert "流程状态报告" in summary[0][0] or "status report" in summary[0][0]
    total_row = next(r for r in summary if r[0] == "合计")
    assert total_row[2] == moved and total_row[5] == notice
    step_rows = [r for r in summary[3:] if r[1] in ("小计",)]
    assert round(sum(r[4] for r in step_rows), 2) == total_row[4]  # mu foots
    listed = [r for r in overdue[3:] if r[0] and r[0] != "合计"]
    assert len(listed) == notice and dt.date.fromisoformat(listed[0][4]) == dt.date(2025, 10, 10)


def test_a_cancelled_report_writes_nothing(county, provider, tmp_path):
    """Issue: a cancelled status report wrote unread parcels with area 0 as if complete."""
    import processing
    from qgis.core import QgsProcessingFeedback

    run("setstatus", INPUT=mining(county), EXPRESSION="\"BZ\" = '矿山生态修复'", PROGRAMME=FOREST, STEP="apply",
        DATE="2025-09-20")
    feedback = QgsProcessingFeedback()
    feedback.cancel()
    out, xlsx = tmp_path / "report.gpkg", tmp_path / "report.xlsx"
    with pytest.raises(QgsProcessingException):
        processing.run("landbalance:statusreport", {"INPUT": mining(county), "PROGRAMME": FOREST,
                                                    "OUTPUT": str(out), "XLSX": str(xlsx)}, feedback=feedback)
    assert not out.exists() and not xlsx.exists()
    assert not list(tmp_path.glob(".~*"))  # no temporary file left behind


def test_a_report_never_creates_a_store(county, provider, tmp_path):
    """Issue: a mistyped store path silently created an empty store and reported 0 parcels."""
    typo = tmp_path / "workflw.gpkg"
    with pytest.raises(QgsProcessingException, match="workflw.gpkg"):
        run("statusreport", INPUT=mining(county), PROGRAMME=FOREST, STORE=str(typo),
            OUTPUT=str(tmp_path / "r.gpkg"))
    assert not typo.exists()


class LogFeedback(QgsProcessingFeedback):
    def __init__(self):
        super().__init__()
        self.lines = []

    def pushInfo(self, info):  # noqa: N802 — Qt API
        self.lines.append(info)

    def pushWarning(self, warning):  # noqa: N802 — Qt API
        self.lines.append(warning)


def test_setstatus_says_when_a_due_date_is_provisional(county, provider):
    import processing

    expr = "\"BZ\" = '矿山生态修复'"
    for step, day in (("apply", "2030-12-23"), ("verify", "2030-12-24")):
        run("setstatus", INPUT=mining(county), EXPRESSION=expr, PROGRAMME=FOREST, STEP=step, DATE=day)
    feedback = LogFeedback()  # 公示 from Monday 30 Dec 2030, in years the calendar does not know: Mon–Fri
    processing.run("landbalance:setstatus", dict(INPUT=mining(county), EXPRESSION=expr, PROGRAMME=FOREST,
                                                 STEP="notice", DATE="2030-12-30"), feedback=feedback)
    log = "\n".join(feedback.lines)
    assert "Due date 2031-01-06 is provisional" in log and "calendar" in log


@pytest.mark.parametrize("make", [text_renamed_gpkg, xlsx_workbook, newer_store_in_rollback_journal_mode,
                                  lambda folder: folder / "missing" / "workflow.gpkg"],
                         ids=["text", "xlsx", "newer", "no-folder"])
def test_setstatus_names_a_bad_store_file_and_leaves_it_unchanged(county, provider, tmp_path, make):
    store = make(tmp_path)
    before = snapshot(store)
    with pytest.raises(QgsProcessingException) as err:
        run("setstatus", INPUT=mining(county), EXPRESSION="\"BZ\" = '矿山生态修复'", PROGRAMME=FOREST, STEP="apply",
            STORE=str(store))
    assert str(store) in str(err.value) and "Traceback" not in str(err.value)
    assert snapshot(store) == before
