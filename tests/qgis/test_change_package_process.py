"""The change-package algorithms and the forest-offset model on the demo county: the model
through qgis_process.bin (as `make demo` runs it), areacontrol against the county's CJDCQ (its
planted defects refused), apply keeping the county total."""

from __future__ import annotations

import sqlite3

import pytest
import qgis_headless
from qgis.core import QgsProcessingException, QgsProcessingFeedback

from land_balance.processing.registry import CAPABILITIES

pytestmark = pytest.mark.slow


def rows(path, query):
    with sqlite3.connect(path) as db:
        table = db.execute("select table_name from gpkg_contents").fetchone()[0]
        return db.execute(query.format(table=f'"{table}"')).fetchall()


def test_provider_lists_the_algorithms_and_the_model(provider):
    ids = {a.id() for a in provider.algorithms()}
    assert {"landbalance:areacontrol", "landbalance:changepackage", "landbalance:validatechangepackage",
            "landbalance:applychangepackage", "landbalance:forest_offset_change_package"} <= ids
    assert {"areacontrol", "changepackage", "validatechangepackage", "applychangepackage"} <= set(CAPABILITIES)
    alg = provider.algorithm("changepackage")
    assert alg.parameterDefinition("UPDATE_DATE").dataType() == alg.parameterDefinition("UPDATE_DATE").Date
    assert all(p.help() for p in alg.parameterDefinitions())


def test_forest_offset_model_with_qgis_process(demo_county, tmp_path):
    folder, manifest = demo_county
    gpkg = folder / "county.gpkg"
    env = qgis_headless.make_home(tmp_path / "home")
    outputs = {"offsetoverlay:pieces": "pieces.gpkg", "areastatistics:summary": "summary.gpkg",
               "changepackage:package": "package.gpkg", "changepackage:change_list": "list.xlsx",
               "validate:findings": "findings.gpkg", "validate:check_report": "report.xlsx"}
    qgis_headless.run(env, "landbalance:forest_offset_change_package", later=f"{gpkg}|layername=DLTB",
                      earlier=f"{gpkg}|layername=DLTB_2022", update_date="2023-12-31",
                      **{k: str(tmp_path / v) for k, v in outputs.items()})
    assert all((tmp_path / v).exists() for v in outputs.values())
    package = tmp_path / "package.gpkg"
    with sqlite3.connect(package) as db:
        before = db.execute("select BGQTBBSM, round(sum(TBBGMJ) * 100) from DLTBGXGC group by BGQTBBSM").fetchall()
        classes = {r[0] for r in db.execute("select distinct BGHDLBM from DLTBGXGC where BGQDLBM != BGHDLBM")}
    with sqlite3.connect(gpkg) as db:
        tbmj = dict(db.execute("select BSM, round(TBMJ * 100) from DLTB_2022").fetchall())
    assert before and all(tbmj[bsm] == cents for bsm, cents in before)  # balanced to the cent
    restored = manifest["restored_mining"]
    assert set(restored["split_from_2022"]) <= {bsm for bsm, _ in before}
    assert classes <= {"0301", "0307"}
    assert rows(tmp_path / "findings.gpkg", "select count(*) from {table} where SEVERITY = '错误'")[0][0] == 0


def test_area_control_against_cjdcq_refuses_the_planted_defects(provider, demo_county, tmp_path):
    import processing

    folder, manifest = demo_county
    gpkg = folder / "county.gpkg"
    planted = manifest["defects"]["self_intersecting"] + manifest["defects"]["duplicate"]
    with sqlite3.connect(gpkg) as db:
        marks = ",".join("?" * len(planted))
        defective = {z for (z,) in db.execute(f"select distinct ZLDWDM from DLTB where BSM in ({marks})", planted)}
        units = {z for (z,) in db.execute("select ZLDWDM from CJDCQ")}
    assert units == {z for (z,) in sqlite3.connect(gpkg).execute("select distinct ZLDWDM from DLTB")}
    params = {"INPUT": f"{gpkg}|layername=DLTB", "CONTROL": f"{gpkg}|layername=CJDCQ", "OUTPUT": "memory:",
              "REPORT": "memory:"}
    with pytest.raises(QgsProcessingException) as refused:
        processing.run("landbalance:areacontrol", params, feedback=QgsProcessingFeedback())
    named = {z for z in units if f"village {z}" in str(refused.value)}
    assert named == defective
    codes = ",".join(f"'{z}'" for z in sorted(defective))
    subset = f'|subset="ZLDWDM" NOT IN ({codes})'
    result = processing.run("landbalance:areacontrol", {**params, "INPUT": params["INPUT"] + subset,
                                                        "CONTROL": params["CONTROL"] + subset},
                            feedback=QgsProcessingFeedback())
    report = {f["ZLDWDM"]: f for f in result["REPORT"].getFeatures()}
    assert set(report) == units - defective
    by_village = {}
    for feature in result["OUTPUT"].getFeatures():
        by_village[feature["ZLDWDM"]] = by_village.get(feature["ZLDWDM"], 0) + round(feature["TBMJ"] * 100)
    assert all(by_village[z] == round(report[z]["CONTROL_M2"] * 100) for z in report)
