"""Headless: the shipped model (overlay → form → quota → samples) through qgis_process.bin, as
a county script runs it. Seed: 000_9e49406886a189a5.txt (附件2, 二(三)1)."""

from __future__ import annotations

import pytest
import qgis_headless
from bank_county import PIECES, official_cents, write_county
from osgeo import ogr

from land_balance.exports.xlsx_read import as_rows, read_workbook
from land_balance.rules.tables import units_of_total

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def env(tmp_path_factory):
    return qgis_headless.make_home(tmp_path_factory.mktemp("home"))


def sampled(path):
    ds = ogr.Open(str(path))
    out = {f.GetField("BGH_BSM") for f in ds.GetLayer(0) if f.GetField("SAMPLE") == "是"}
    del ds
    return out


def test_model_overlay_form_quota_samples(env, tmp_path):
    later, earlier = write_county(tmp_path)
    outputs = {"form:form": tmp_path / "form.xlsx", "form:rows": tmp_path / "rows.gpkg",
               "city:city_sample": tmp_path / "city.gpkg", "city:city_checklist": tmp_path / "city.xlsx",
               "province:province_sample": tmp_path / "province.gpkg",
               "province:province_checklist": tmp_path / "province.xlsx"}
    result = qgis_headless.run(env, "landbalance:reserve_bank_annual", later=later, earlier=earlier, year=2023,
                               unit="崇义县", reporter="李明", seed=3, **{k: str(v) for k, v in outputs.items()})
    assert set(result["results"]) >= set(outputs)
    grid = as_rows(next(iter(read_workbook(outputs["form:form"]).values())))
    total = next(row for row in grid if row[0] == "合计")
    assert round(total[6] * 100) == units_of_total(sum(official_cents(p[1]) for p in PIECES), "mu", 2)
    cents = {bsm: official_cents(geom) for bsm, geom, _, _ in PIECES}
    city, province = sampled(outputs["city:city_sample"]), sampled(outputs["province:province_sample"])
    assert 10 * sum(cents[b] for b in city) >= 3 * sum(cents.values())
    assert province <= city and 100 * sum(cents[b] for b in province) >= 15 * sum(cents.values())
    assert outputs["city:city_checklist"].exists() and outputs["province:province_checklist"].exists()


def test_the_ledger_lasts_from_one_qgis_process_to_the_next(env, tmp_path):
    """The bank's ledger is the journal in the workflow store: the form's rows deposited by one
    qgis_process run are there for the quota, a draw-down and the report of the next ones, and a
    report never creates a store."""
    later, earlier = write_county(tmp_path)
    store = tmp_path / "bank.gpkg"
    with pytest.raises(RuntimeError):  # no store yet: the report refuses rather than create one
        qgis_headless.run(env, "landbalance:bankreport", PROGRAMME="ganzhou_forest_offset", STORE=str(store),
                          YEAR=2024, OUTPUT=str(tmp_path / "report.xlsx"))
    assert not store.exists()
    pieces, rows = tmp_path / "pieces.gpkg", tmp_path / "rows.gpkg"
    qgis_headless.run(env, "landbalance:offsetoverlay_ganzhou_forest_offset", INPUT=later, EARLIER=earlier,
                      OUTPUT=str(pieces))
    qgis_headless.run(env, "landbalance:reservebankform", INPUT=str(pieces), PROGRAMME="ganzhou_forest_offset",
                      YEAR=2023, UNIT="崇义县", REPORTER="李明", OUTPUT=str(tmp_path / "form.xlsx"), TABLE=str(rows))
    deposited = qgis_headless.run(env, "landbalance:bankdeposit", PROGRAMME="ganzhou_forest_offset",
                                  STORE=str(store), INPUT=str(rows), YEAR=2023)["results"]
    banked_mu = units_of_total(sum(official_cents(p[1]) for p in PIECES), "mu", 2) / 100
    assert deposited["AREA_MU"] == pytest.approx(banked_mu)
    quota = qgis_headless.run(env, "landbalance:forestquota", PROGRAMME="ganzhou_forest_offset", STORE=str(store),
                              YEAR=2023)["results"]
    assert quota["COUNTY_QUOTA_MU"] == pytest.approx(min(banked_mu, 500))
    with pytest.raises(RuntimeError) as refused:  # the same parcels again: refused, saying when
        qgis_headless.run(env, "landbalance:bankdeposit", PROGRAMME="ganzhou_forest_offset", STORE=str(store),
                          INPUT=str(rows), YEAR=2024)
    assert "2023" in qgis_headless.refusal_of(refused.value)
    report = qgis_headless.run(env, "landbalance:bankreport", PROGRAMME="ganzhou_forest_offset", STORE=str(store),
                               YEAR=2024, OUTPUT=str(tmp_path / "report.xlsx"))["results"]
    assert report["BANKED_MU"] == pytest.approx(banked_mu)
