"""landbalance:inoutbalance through Processing (seed 001_c8e0ce7e1182633b.txt 二(五)).

Areas are checked against an independent computation of the official area (tests/ledger_data.py).
"""

from __future__ import annotations

import pytest
from qgis.core import QgsProcessingException, QgsVectorLayer

from exports_check import sheet_rows
from ledger_data import X0, Y0, box, cents, mu, write

P = box(X0, Y0, 100, 80)  # ≈ 8 000 m² ≈ 12 mu
TINY = box(X0 + 500, Y0, 2.6, 2.6)  # ≈ 6.76 m²: just over 0.01 mu
BIG = box(X0 + 600, Y0, 60, 50)


def run(**params):
    import processing

    base = {"PROGRAMME": "anhui_inout", "YEAR": 2023, "OUTPUT": "TEMPORARY_OUTPUT"}
    base.update(params)
    return processing.run("landbalance:inoutbalance", base)


def out_row(bsm, wkt, before="0101", after="1104", grade=6, exempt=None, town="南集镇"):
    return {"BSM": bsm, "BGQDLBM": before, "BGHDLBM": after, "GDDB": grade, "KCQX": exempt,
            "ZLDWDM": "3411220010000000000", "ZLDWMC": town, "wkt": wkt}


def in_row(bsm, wkt, code="0101", grade=6, town="南集镇"):
    return {"BSM": bsm, "DLBM": code, "GDDB": grade, "ZLDWDM": "3411220010000000000", "ZLDWMC": town, "wkt": wkt}


def layers(tmp_path, outs, ins):
    path = tmp_path / "inout.gpkg"
    return write(path, "GDZC", outs), write(path, "GDZJ", ins)


def verdict(result):
    layer = result["OUTPUT"]
    if isinstance(layer, str):
        layer = QgsVectorLayer(layer, "v", "ogr")
    rows = [f.attributes() for f in layer.getFeatures()]
    names = layer.fields().names()
    return [dict(zip(names, r)) for r in rows]


def test_balanced_to_the_cent(tmp_path, provider):
    """The same polygon in and out: official areas equal to the cent → 落实."""
    out, inn = layers(tmp_path, [out_row("O1", P)], [in_row("I1", P)])
    result = run(OUT=out, IN=inn, OUT_CLASS_FIELD="BGQDLBM", OUT_AFTER_CLASS_FIELD="BGHDLBM")
    assert result["VERDICT"] == "落实" and result["SHORT_MU"] == 0
    assert result["IN_MU"] == result["OUT_MU"] == mu(cents(P))


def test_short_by_a_hundredth_of_a_mu(tmp_path, provider):
    """Out: P and a 6.76 m² sliver (0.0101 mu) → short by 0.01 mu: 未落实."""
    assert 667 <= cents(TINY) < 1000
    out, inn = layers(tmp_path, [out_row("O1", P), out_row("O2", TINY, before="0103")], [in_row("I1", P)])
    result = run(OUT=out, IN=inn, OUT_CLASS_FIELD="BGQDLBM")
    assert result["VERDICT"] == "未落实" and result["SHORT_MU"] == 0.01 and result["SHORT_PADDY_MU"] == 0


def test_paddy_short(tmp_path, provider):
    """Same area in and out, but what came in is dry land (0103): the paddy falls short by all of P."""
    out, inn = layers(tmp_path, [out_row("O1", P)], [in_row("I1", P, code="0103")])
    result = run(OUT=out, IN=inn, OUT_CLASS_FIELD="BGQDLBM")
    assert result["VERDICT"] == "未落实" and result["SHORT_MU"] == 0
    assert result["SHORT_PADDY_MU"] == mu(cents(P))


def test_grade_worse(tmp_path, provider):
    out, inn = layers(tmp_path, [out_row("O1", P, grade=6)], [in_row("I1", P, grade=7)])
    result = run(OUT=out, IN=inn, OUT_CLASS_FIELD="BGQDLBM")
    assert result["VERDICT"] == "未落实"
    (row,) = verdict(result)
    assert (row["IN_GRADE"], row["OUT_GRADE"], row["SHORT_GRADE"]) == (7, 6, 1)


def test_exempt_outflows_are_excluded(tmp_path, provider):
    """A 3 000 m² outflow of state ecological retirement does not count against the county."""
    out, inn = layers(tmp_path, [out_row("O1", P), out_row("O2", BIG, grade=1, exempt="国家安排的生态退耕")],
                      [in_row("I1", P)])
    result = run(OUT=out, IN=inn, OUT_CLASS_FIELD="BGQDLBM", EXEMPT_FIELD="KCQX")
    assert result["VERDICT"] == "落实"
    assert result["EXEMPT_MU"] == mu(cents(BIG))
    (row,) = verdict(result)
    assert row["NET_OUT_MU"] == mu(cents(P)) and row["OUT_GRADE"] == 6  # the exempt grade 1 does not count


def test_grade_from_the_neighbour_with_the_longest_border(tmp_path, provider):
    """The ungraded inflow P (100 × 80 m) touches A along 100 m (grade 5), B along 80 m (grade 9),
    forest F along 80 m (no grade lent) and its own copy in DLTB (overlapping: not a neighbour)."""
    path = tmp_path / "inout.gpkg"
    out = write(path, "GDZC", [out_row("O1", P, grade=5)])
    inn = write(path, "GDZJ", [in_row("I1", P, grade=None)])
    county = write(path, "DLTB", [
        {"BSM": "A", "DLBM": "0101", "GDDB": 5, "wkt": box(X0, Y0 - 50, 100, 50)},
        {"BSM": "B", "DLBM": "0103", "GDDB": 9, "wkt": box(X0 + 100, Y0, 40, 80)},
        {"BSM": "F", "DLBM": "0301", "GDDB": None, "wkt": box(X0 - 30, Y0, 30, 80)},
        {"BSM": "SELF", "DLBM": "0101", "GDDB": 1, "wkt": P}])
    graded = tmp_path / "graded.gpkg"
    result = run(OUT=out, IN=inn, OUT_CLASS_FIELD="BGQDLBM", NEIGHBOURS=county, IN_GRADED=str(graded))
    assert result["GRADED_BY_NEIGHBOUR"] == 1 and result["VERDICT"] == "落实"
    (feature,) = QgsVectorLayer(str(graded), "g", "ogr").getFeatures()
    assert (feature["GRADE"], feature["GRADE_FROM"], feature["GRADE_SRC"]) == (5, "A", "相邻地块比较法")
    assert feature["BORDER_M"] == pytest.approx(100, abs=0.2)


def test_by_group_and_report(tmp_path, provider):
    out, inn = layers(tmp_path, [out_row("O1", P), out_row("O2", BIG, town="高沟镇")],
                      [in_row("I1", P), in_row("I2", TINY, town="高沟镇")])
    report, chart = tmp_path / "平衡.xlsx", tmp_path / "平衡.png"
    result = run(OUT=out, IN=inn, OUT_CLASS_FIELD="BGQDLBM", GROUP_FIELD="ZLDWMC", REPORT=str(report),
                 CHART=str(chart))
    rows = {(r["GROUP"], r["ROW_KIND"]): r for r in verdict(result)}
    assert rows[("南集镇", "group")]["VERDICT"] == "落实" and rows[("高沟镇", "group")]["VERDICT"] == "未落实"
    assert rows[("全部", "county")]["VERDICT"] == "未落实"
    assert chart.stat().st_size > 1000
    body = sheet_rows(report, 0)
    total = next(r for r in body if r and r[0] == "合计")
    assert total[3] == mu(cents(P)) + mu(cents(TINY))  # 转进面积 foots: 南集 + 高沟


@pytest.mark.parametrize("case, message", [
    ("in_forest", "I9.*0301.*not cultivated land"),
    ("grade_range", "O1.*16.*GDDB.*1–15"),
    ("exemption", "O1.*修路.*out-exclusions"),
    ("no_grade", "I1.*no grade"),
    ("out_not_cropland", "O1.*1104.*was not cultivated land"),
])
def test_bad_input_is_named_and_nothing_written(tmp_path, provider, case, message):
    outs, ins = [out_row("O1", P)], [in_row("I1", P)]
    if case == "in_forest":
        ins.append(in_row("I9", BIG, code="0301"))
    elif case == "grade_range":
        outs = [out_row("O1", P, grade=16)]
    elif case == "exemption":
        outs = [out_row("O1", P, exempt="修路")]
    elif case == "no_grade":
        ins = [in_row("I1", P, grade=None)]
    elif case == "out_not_cropland":
        outs = [out_row("O1", P, before="1104", after="0101")]
    out, inn = layers(tmp_path, outs, ins)
    report = tmp_path / "r.xlsx"
    with pytest.raises(QgsProcessingException, match=message):
        run(OUT=out, IN=inn, OUT_CLASS_FIELD="BGQDLBM", EXEMPT_FIELD="KCQX", REPORT=str(report),
            OUTPUT=str(tmp_path / "v.gpkg"))
    assert not report.exists() and not (tmp_path / "v.gpkg").exists()
