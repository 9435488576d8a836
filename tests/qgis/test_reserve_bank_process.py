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
