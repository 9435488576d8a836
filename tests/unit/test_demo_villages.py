"""The demo county's CJDCQ (scripts/demo_villages.py): one polygon per ZLDWDM, DCMJ its area by
the survey formula (checked by the independent reference of tests/reference_area.py), and the
parcels of a unit without planted defects adding up to it within rounding."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from osgeo import ogr
from pyproj import Transformer

import demo_county
from reference_area import half_away, reference_area


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    out = tmp_path_factory.mktemp("villages")
    return out, demo_county.build_county(out, parcels=400)


def layer(path, name):
    ds = ogr.Open(str(path))
    rows = []
    for feature in ds.GetLayerByName(name):
        record = feature.items()
        record["_shape"] = shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb()))
        rows.append(record)
    return rows


def test_one_unit_per_zldwdm_with_its_formula_area(county):
    folder, manifest = county
    units = layer(folder / "county.gpkg", "CJDCQ")
    parcels = layer(folder / "county.gpkg", "DLTB")
    assert sorted(u["ZLDWDM"] for u in units) == sorted({p["ZLDWDM"] for p in parcels})
    assert len(units) == manifest["county"]["townships"] and {u["MSSM"] for u in units} == {"00"}
    to_lonlat = Transformer.from_crs(4528, 4490, always_xy=True)
    for unit in units:
        lonlat = shapely.transform(unit["_shape"], lambda xy: np.column_stack(to_lonlat.transform(*xy.T)))
        assert unit["DCMJ"] == half_away(reference_area(lonlat))
        assert unit["ZLDWMC"] == next(p["ZLDWMC"] for p in parcels if p["ZLDWDM"] == unit["ZLDWDM"])


def test_units_without_planted_defects_add_up_within_rounding(county):
    folder, manifest = county
    parcels = layer(folder / "county.gpkg", "DLTB")
    planted = set(manifest["defects"]["self_intersecting"]) | set(manifest["defects"]["duplicate"])
    spoiled = {p["ZLDWDM"] for p in parcels if p["BSM"] in planted}
    for unit in layer(folder / "county.gpkg", "CJDCQ"):
        members = [p for p in parcels if p["ZLDWDM"] == unit["ZLDWDM"]]
        gap = abs(round(unit["DCMJ"] * 100) - sum(round(p["TBMJ"] * 100) for p in members))
        if unit["ZLDWDM"] in spoiled:
            assert gap > len(members)  # a survey error areacontrol must refuse
        else:
            assert gap <= len(members) // 2 + 1  # half a cent a parcel at most: rounding
