"""landbalance:siteselection through Processing on hand-made candidates (an eligibility output's
fields), optima worked out by hand; the plan table, the .xlsx, the chain to setstatus, bad input
and a QGIS without SciPy.

Seeds: ../shared/seeds/003_33b11e000febcf0b.txt (Lianshui targets, paddy where possible),
001_c8e0ce7e1182633b.txt (contiguous blocks next to existing cultivated land preferred).
Costs are the Lianshui pack's illustrative figures: pond (1104) 18 000 dry / 24 000 paddy yuan
per mu, unused land (0404) 15 000 / 23 000, sand (1205) 32 000 dry only, mining land (0602)
55 000 / 68 000.
"""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer
from qgis.PyQt.QtCore import QVariant

from exports_check import sheet_rows
from ledger_data import X0, Y0, box, write
from test_workflow_algorithms import LogFeedback as Log

pytest.importorskip("scipy.optimize", reason="site selection needs SciPy (python3-scipy)")

LIANSHUI = "lianshui_requisition"


def parcel(bsm, dlbm, mu, x, y=0, eligible="是", township="南集镇", w=40, h=40, **extra):
    return {"BSM": bsm, "DLBM": dlbm, "ZLDWMC": township, "ELIGIBLE": eligible, "NET_AREA_MU": float(mu),
            "wkt": box(X0 + x, Y0 + y, w, h), **extra}


# Target 6 mu. Greedy (cheapest per mu first) takes I (unused land, 15 000/mu) and then J
# (1104, 18 000/mu; 6 mu, larger than K): 15 000 + 108 000 = 123 000 yuan. The optimum is I + K,
# exactly 6 mu: 15 000 + 90 000 = 105 000. L is 否 and M's township has no target.
GREEDY_TRAP = [parcel("I", "0404", 1, 0), parcel("J", "1104", 6, 100), parcel("K", "1104", 5, 200),
               parcel("L", "0404", 20, 300, eligible="否"), parcel("M", "0404", 9, 400, township="石湖镇")]


def run(feedback=None, **params):
    import processing

    defaults = {"PROGRAMME": LIANSHUI, "OUTPUT": "TEMPORARY_OUTPUT", "PLAN": "TEMPORARY_OUTPUT", "TIME_LIMIT": 20}
    return processing.run("landbalance:siteselection", {**defaults, **params}, feedback=feedback)


def features(layer):
    """Each feature's attributes by field name, NULL as None."""
    layer = QgsVectorLayer(layer, "t", "ogr") if isinstance(layer, str) else layer
    return [{name: None if isinstance(v, QVariant) and v.isNull() else v
             for name, v in zip(layer.fields().names(), f.attributes())} for f in layer.getFeatures()]


def targets_table(tmp_path, rows, name="targets"):
    return write(tmp_path / "targets.gpkg", name, [
        {"TOWNSHIP": t, "YEAR": y, "TARGET_MU": float(mu), "wkt": box(X0 + 5000 + 10 * k, Y0, 1, 1)}
        for k, (t, y, mu) in enumerate(rows)])


def test_least_cost_beats_the_greedy_choice(tmp_path, provider):
    candidates = write(tmp_path / "c.gpkg", "eligibility", GREEDY_TRAP)
    log = Log()
    result = run(log, INPUT=candidates, TARGETS=targets_table(tmp_path, [("南集", 2024, 6)]))
    assert result["TOTAL_COST"] == 105_000 and result["GREEDY_COST"] == 123_000
    assert result["STATUS"] == "optimal" and result["OPTIMALITY_GAP"] == pytest.approx(0, abs=1e-9)
    assert result["SELECTED_MU"] == 6 and result["SELECTED_PARCELS"] == 2 and result["SHORTFALL_MU"] == 0
    chosen = {f["BSM"]: f for f in features(result["OUTPUT"])}
    assert {b for b, f in chosen.items() if f["SELECTED"] == "是"} == {"I", "K"}
    assert chosen["I"]["YEAR"] == 2024 and chosen["I"]["TOWNSHIP_TARGET"] == "南集"
    assert chosen["K"]["RESULT"] == "旱地" and chosen["K"]["COST_YUAN"] == 90_000
    assert chosen["L"]["SELECTED"] == "否" and chosen["L"]["YEAR"] is None
    assert any("123,000" in line and "18,000" in line for line in log.lines)  # the greedy comparison
    assert any("石湖镇" in line for line in log.lines)  # a township without a target is named


def test_whole_layer_target_and_binding_paddy_share(tmp_path, provider):
    candidates = write(tmp_path / "c.gpkg", "eligibility", GREEDY_TRAP)
    # At least half of the 6 mu as paddy: K paddy (5 × 24 000) + I dry (15 000) = 135 000;
    # J paddy alone costs 144 000; I paddy + K dry = 23 000 + 90 000 but 1 mu < half.
    result = run(INPUT=candidates, TARGET_MU=6, PLAN_YEAR=2025, PADDY_SHARE_MIN=0.5)
    assert result["TOTAL_COST"] == 135_000 and result["PADDY_MU"] == 5
    chosen = {f["BSM"]: f for f in features(result["OUTPUT"]) if f["SELECTED"] == "是"}
    assert set(chosen) == {"I", "K"} and chosen["K"]["RESULT"] == "水田"  # M (9 mu) could serve too
    assert chosen["K"]["TOWNSHIP_TARGET"] == "全部" and chosen["K"]["YEAR"] == 2025


def test_binding_grade_and_budget(tmp_path, provider):
    rows = [dict(p, GRADE=g) for p, g in zip(GREEDY_TRAP, (12, 7, 8, 5, 5))]
    candidates = write(tmp_path / "c.gpkg", "eligibility", rows)
    table = targets_table(tmp_path, [("南集", 2024, 6)])
    # Area-weighted grade ≤ 8: I (12) + K (8) weighs 8.67; J alone (7) costs 108 000.
    graded = run(INPUT=candidates, TARGETS=table, GRADE_FIELD="GRADE", GRADE_MAX=8)
    assert graded["TOTAL_COST"] == 108_000
    plan = {(r["TOWNSHIP"], r["YEAR"]): r for r in features(graded["PLAN"])}
    assert plan[("南集", 2024)]["GRADE"] == 7
    # 100 000 yuan buys at most 5 mu (K): the rest is reported short, not an error.
    log = Log()
    poor = run(log, INPUT=candidates, TARGETS=table, BUDGET=100_000)
    assert poor["TOTAL_COST"] <= 100_000 and poor["SHORTFALL_MU"] == pytest.approx(1)
    assert any("预算" in line for line in log.lines)


def test_pack_targets_infeasible_township_and_plan_table(tmp_path, provider):
    # Pack targets for 2023: 南集 30 mu (has 40 mu of ponds), 黄营 40 mu (has 10 mu), the
    # other 14 townships nothing at all.
    rows = [parcel(f"N{k}", "1104", 10, 100 * k) for k in range(4)]
    rows += [parcel("H1", "1104", 10, 0, y=500, township="黄营镇")]
    candidates = write(tmp_path / "c.gpkg", "eligibility", rows)
    xlsx = tmp_path / "方案.xlsx"
    log = Log()
    result = run(log, INPUT=candidates, PLAN_YEAR=2023, XLSX=str(xlsx))
    assert result["SHORTFALL_MU"] == pytest.approx(600 - 30 - 10)
    plan = {(r["TOWNSHIP"], r["YEAR"]): r for r in features(result["PLAN"])}
    assert plan[("南集", 2023)]["CHOSEN_MU"] == 30 and plan[("南集", 2023)]["GAP_MU"] == 0
    assert plan[("黄营", 2023)]["GAP_MU"] == 30 and plan[("黄营", 2023)]["NOTE"] == "可选净面积 10.00亩 < 目标 40.00亩"
    assert plan[("高沟", 2023)]["NOTE"] == "无可选地块"
    assert plan[("合计", 0)]["TARGET_MU"] == 600 and plan[("合计", 0)]["COST_WAN"] == pytest.approx(72)
    assert any("黄营 2023" in line and "30.00" in line for line in log.lines)
    body = sheet_rows(xlsx, 0)
    total = next(r for r in body if r and r[0] == "合计")
    assert 600 in total and 72 in total  # target and cost (万元) of the 合计 row


def test_contiguity_bonus_prefers_parcels_next_to_cultivated_land(tmp_path, provider):
    rows = [parcel("P1", "0404", 2, 0), parcel("P2", "1104", 2, 200),  # 30 000 / 36 000 yuan
            parcel("P0", "0101", 3, 240, eligible="否")]              # paddy field east of P2
    candidates = write(tmp_path / "c.gpkg", "eligibility", rows)
    table = targets_table(tmp_path, [("南集", 2024, 2)])
    plain = run(INPUT=candidates, TARGETS=table)
    assert plain["TOTAL_COST"] == 30_000
    preferred = run(INPUT=candidates, TARGETS=table, PREFER_CONTIGUOUS=True, CONTIGUITY_BONUS=5000)
    chosen = [f["BSM"] for f in features(preferred["OUTPUT"]) if f["SELECTED"] == "是"]
    assert chosen == ["P2"] and preferred["TOTAL_COST"] == 36_000  # 36 000 − 2 × 5 000 < 30 000


def test_selected_parcels_go_to_the_workflow(tmp_path, provider):
    import processing

    candidates = write(tmp_path / "c.gpkg", "eligibility", GREEDY_TRAP)
    out = tmp_path / "selected.gpkg"
    run(INPUT=candidates, TARGETS=targets_table(tmp_path, [("南集", 2024, 6)]), OUTPUT=str(out))
    moved = processing.run("landbalance:setstatus", {
        "INPUT": str(out), "EXPRESSION": "\"SELECTED\" = '是'", "PROGRAMME": LIANSHUI, "STEP": "选址立项",
        "LEVEL": 1, "STORE": str(tmp_path / "workflow.gpkg"), "DATE": "2024-03-01"})  # 选址立项: the city records it
    assert moved["COUNT"] == 2


def test_bad_input_is_named(tmp_path, provider):
    candidates = write(tmp_path / "c.gpkg", "eligibility", GREEDY_TRAP)
    with pytest.raises(QgsProcessingException, match="quality-grade field"):
        run(INPUT=candidates, TARGET_MU=6, PLAN_YEAR=2024, GRADE_MAX=8)
    with pytest.raises(QgsProcessingException, match="no field “AREA”"):
        run(INPUT=candidates, TARGET_MU=6, PLAN_YEAR=2024, AREA_FIELD="AREA")
    with pytest.raises(QgsProcessingException, match="plan year"):
        run(INPUT=candidates, TARGET_MU=6)
    with pytest.raises(QgsProcessingException, match="no targets for 2030"):
        run(INPUT=candidates, PLAN_YEAR=2030)
    bad = write(tmp_path / "bad.gpkg", "eligibility", [parcel("X", "1104", 1, 0, NET=-5.0)])
    with pytest.raises(QgsProcessingException, match="parcel X: “-5.0” in field NET"):
        run(INPUT=bad, TARGET_MU=1, PLAN_YEAR=2024, AREA_FIELD="NET")
    table = write(tmp_path / "t.gpkg", "targets", [{"TOWNSHIP": "南集", "YEAR": "明年", "TARGET_MU": 5.0,
                                                     "wkt": box(X0, Y0, 1, 1)}])
    with pytest.raises(QgsProcessingException, match="明年"):
        run(INPUT=candidates, TARGETS=table)


def test_without_scipy_the_algorithm_says_what_to_install(provider, monkeypatch):
    from land_balance.processing import siteselection
    from land_balance.processing.registry import algorithms_for
    from land_balance.rules.packs import load_packs

    monkeypatch.setattr(siteselection, "solver_missing", lambda: "No module named 'scipy'")
    built = algorithms_for(load_packs(), ("siteselection",))
    assert [a.name() for a in built] == ["siteselection"]
    assert "python3-scipy" in built[0].shortHelpString()
    with pytest.raises(QgsProcessingException, match="apt install python3-scipy"):
        run(INPUT="unused", TARGET_MU=1, PLAN_YEAR=2024)
