"""The demo county's forest one map (LDBHYZT, scripts/demo_forest_map.py) agrees with its DLTB
classes and its constraint layers, as DOMAIN.md "Indicators and classes used by the ledgers"
says: nature-reserve core → grade Ⅰ, public-welfare forest → category 11/12, BCLD 3 not forest
land, restored mining land supplementary forest land (BCLD 2)."""

from __future__ import annotations

import shapely
from osgeo import ogr


def features(path, layer_name):
    ds = ogr.Open(str(path))
    layer = ds.GetLayerByName(layer_name)
    rows = []
    for feature in layer:
        rows.append((feature.items(), shapely.from_wkb(bytes(feature.GetGeometryRef().ExportToWkb()))))
    return rows


def zone(path, layer_name, where=lambda attributes: True):
    return shapely.union_all([g for a, g in features(path, layer_name) if where(a)])


def test_one_map_matches_classes_and_constraints(demo_county):
    data, manifest = demo_county
    gpkg = data / "county.gpkg"
    one_map = features(gpkg, "LDBHYZT")
    dltb = {a["BSM"]: a for a, _ in features(gpkg, "DLTB")}
    assert len(one_map) == manifest["layers"]["LDBHYZT"]
    forest_bsm = {b for b, a in dltb.items() if a["DLBM"].startswith("03")}
    assert {a["BSM"] for a, _ in one_map if a["DLBM"].startswith("03")} == forest_bsm
    core = zone(gpkg, "nature_reserve_core")
    national = zone(gpkg, "public_welfare_forest", lambda a: a["LEVEL"] == "国家级")
    welfare = zone(gpkg, "public_welfare_forest")
    counts = {"core": 0, "welfare": 0}
    for attributes, geometry in one_map:
        assert attributes["DLBM"] == dltb[attributes["BSM"]]["DLBM"]
        point = shapely.point_on_surface(shapely.make_valid(geometry))
        if attributes["BCLD"] == "3":
            assert not attributes["DLBM"].startswith("03") and attributes["BH_DJ"] is None
            continue
        assert attributes["BH_DJ"] in {"1", "2", "3", "4"} and attributes["SEN_LIN_LB"] in {"11", "12", "21", "22"}
        if core.contains(point):
            counts["core"] += 1
            assert attributes["BH_DJ"] == "1" and attributes["SEN_LIN_LB"] == "11"
        elif national.contains(point):
            assert attributes["BH_DJ"] == "2"
        if welfare.contains(point):
            counts["welfare"] += 1
            assert attributes["SEN_LIN_LB"] in {"11", "12"}
        if dltb[attributes["BSM"]]["BZ"] == "矿山生态修复":
            assert attributes["BCLD"] == "2" and attributes["QI_YUAN"] == "21"
        assert (attributes["XU_JI"] or 0) == 0 or attributes["DLBM"] == "0301"
    assert counts["core"] and counts["welfare"]  # the checks above did meet such parcels
    assert any(a["BCLD"] == "3" for a, _ in one_map) and any(a["BCLD"] == "2" for a, _ in one_map)
