"""Cultivated-land ledger layers of the demo county, derived from its two years of parcels.

Called by scripts/demo_county.py once DLTB and DLTB_2022 are written (OGR only, no QGIS):

* ``GDZC`` 耕地转出 — the 2022 parcels that were cultivated land and are not in 2023 (same BSM):
  BGQDLBM / BGHDLBM before and after, GDDB (the 2022 grade), KCQX (the out-exclusion, one
  parcel 自然灾害损毁), ZLDWDM / ZLDWMC;
* ``GDZJ`` 耕地转进 — the 2023 parcels that are cultivated land and were not in 2022: DLBM, GDDB
  (left empty on every other parcel that touches graded cultivated land, so that the
  adjacent-parcel comparison has work);
* ``XZGDXM`` 新增耕地项目地块 — Lianshui-style projects: per township and year 2023–2025, parcels
  of the pack's supplementary classes (ponds, ditches, homesteads …) whose area reaches a
  township-specific share of its target; XMBH (备案号), XMMC, DLBM after (paddy or dry),
  GDDB, HJ (workflow step reached), YSNF (the year entered in the supervision system, when it
  was), ZYWZG (是: later occupied and not restored).

Deterministic: the same county gives the same layers.
"""

from __future__ import annotations

import numpy as np
from osgeo import ogr

CROPLAND = ("0101", "0102", "0103")
TEXT, INTEGER = ogr.OFTString, ogr.OFTInteger
EXCLUSION = "自然灾害损毁难以复耕"
# Share of its yearly target each township reaches, in the target table's order (some above 1:
# the candidates for the reward; some far below).
REACH = (1.15, 0.6, 1.0, 0.4, 0.8, 1.3, 0.7, 0.3, 0.5, 1.05, 1.2, 1.1, 0.9, 1.0, 0.45, 0.75)
SUPPLEMENT = ("1104", "1107", "1202", "0602", "1006", "0702", "1206", "0404")
STEPS_2025 = ("works", "quality_grading", "county_acceptance", "city_acceptance")


def _rows(layer, fields):
    out = []
    layer.ResetReading()
    for feature in layer:
        out.append(({f: feature.GetField(f) for f in fields}, feature.GetGeometryRef().Clone()))
    return out


def _write(ds, name, srs, fields, rows) -> None:
    if ds.GetLayerByName(name) is not None:
        ds.DeleteLayer(name)
    layer = ds.CreateLayer(name, srs, ogr.wkbMultiPolygon)
    for field_name, kind, width in fields:
        definition = ogr.FieldDefn(field_name, kind)
        definition.SetWidth(width)
        layer.CreateField(definition)
    layer.StartTransaction()
    for values, geometry in rows:
        feature = ogr.Feature(layer.GetLayerDefn())
        for key, value in values.items():
            if value is not None:
                feature.SetField(key, value)
        feature.SetGeometry(ogr.ForceToMultiPolygon(geometry))
        layer.CreateFeature(feature)
    layer.CommitTransaction()


def _has_graded_neighbour(ds, bsm, geometry) -> bool:
    """Whether another graded cultivated parcel touches this one (so its grade can be lent)."""
    layer = ds.GetLayerByName("DLTB")
    layer.SetSpatialFilter(geometry.Buffer(0.01))
    try:
        return any(other.GetField("BSM") != bsm and other.GetField("DLBM") in CROPLAND and other.GetField("GDDB")
                   and other.GetGeometryRef().Touches(geometry) for other in layer)
    finally:
        layer.SetSpatialFilter(None)


def inout_layers(ds, srs) -> dict:
    fields = ("BSM", "DLBM", "GDDB", "ZLDWDM", "ZLDWMC")
    before = {v["BSM"]: (v, g) for v, g in _rows(ds.GetLayerByName("DLTB_2022"), fields)}
    after = _rows(ds.GetLayerByName("DLTB"), fields)
    out_rows, in_rows = [], []
    for values, geometry in after:
        old = before.get(values["BSM"])
        if old is None:
            continue
        was, now = old[0]["DLBM"] in CROPLAND, values["DLBM"] in CROPLAND
        if was and not now:
            out_rows.append(({"BSM": values["BSM"], "BGQDLBM": old[0]["DLBM"], "BGHDLBM": values["DLBM"],
                              "GDDB": old[0]["GDDB"], "KCQX": None, "ZLDWDM": values["ZLDWDM"],
                              "ZLDWMC": values["ZLDWMC"]}, old[1]))
        elif now and not was:
            blank = len(in_rows) % 2 == 0 and _has_graded_neighbour(ds, values["BSM"], geometry)
            in_rows.append(({"BSM": values["BSM"], "DLBM": values["DLBM"],
                             "GDDB": None if blank else values["GDDB"], "ZLDWDM": values["ZLDWDM"],
                             "ZLDWMC": values["ZLDWMC"]}, geometry))
    if out_rows:
        out_rows[0][0]["KCQX"] = EXCLUSION
    common = [("BSM", TEXT, 18), ("GDDB", INTEGER, 0), ("ZLDWDM", TEXT, 19), ("ZLDWMC", TEXT, 100)]
    _write(ds, "GDZC", srs, [("BGQDLBM", TEXT, 5), ("BGHDLBM", TEXT, 5), ("KCQX", TEXT, 40)] + common, out_rows)
    _write(ds, "GDZJ", srs, [("DLBM", TEXT, 5)] + common, in_rows)
    return {"GDZC": len(out_rows), "GDZJ": len(in_rows)}


def project_layer(ds, srs, targets: dict, years, seed: int) -> int:
    """Projects per township and year; returns the number of parcels."""
    rng = np.random.default_rng(seed)
    parcels = _rows(ds.GetLayerByName("DLTB"), ("BSM", "DLBM", "ZLDWDM", "ZLDWMC"))
    by_town = {}
    for values, geometry in parcels:
        if values["DLBM"] in SUPPLEMENT:
            by_town.setdefault(values["ZLDWMC"], []).append((values, geometry))
    rows = []
    for t, (township, row) in enumerate(targets.items()):
        pool = [p for name, ps in sorted(by_town.items()) if name.startswith(township) for p in ps]
        order = rng.permutation(len(pool)).tolist()
        for k, year in enumerate(years):
            goal_m2 = row[k] * REACH[t] * 10000 / 15
            if year == 2025:
                step, entered = STEPS_2025[t % len(STEPS_2025)], None
            else:
                step, entered = ("maintenance" if year == 2023 else "system_entry"), year
            ref = f"320826{year}{t + 1:02d}01"
            got = 0.0
            while order and got < goal_m2:
                values, geometry = pool[order.pop()]
                got += geometry.GetArea()
                paddy = rng.random() < 0.6
                rows.append(({"BSM": values["BSM"], "XMBH": ref, "XMMC": f"{values['ZLDWMC']}{year}年耕地占补平衡项目",
                              "DLBM": "0101" if paddy else "0103", "GDDB": int(rng.integers(5, 10)),
                              "HJ": step, "YSNF": entered, "ZYWZG": None,
                              "ZLDWDM": values["ZLDWDM"], "ZLDWMC": values["ZLDWMC"]}, geometry))
    for values, _ in rows[3::97]:
        if values["YSNF"] == 2023:
            values["ZYWZG"] = "是"
    _write(ds, "XZGDXM", srs, [("BSM", TEXT, 18), ("XMBH", TEXT, 30), ("XMMC", TEXT, 100), ("DLBM", TEXT, 5),
                               ("GDDB", INTEGER, 0), ("HJ", TEXT, 30), ("YSNF", INTEGER, 0), ("ZYWZG", TEXT, 2),
                               ("ZLDWDM", TEXT, 19), ("ZLDWMC", TEXT, 100)], rows)
    return len(rows)


def add_layers(gpkg, seed: int) -> dict:
    """Write GDZC, GDZJ and XZGDXM into the county GeoPackage; returns their feature counts."""
    from land_balance.rules.packs import load_packs

    targets = load_packs().get("lianshui_requisition").data["targets"]
    ds = ogr.Open(str(gpkg), 1)
    try:
        srs = ds.GetLayerByName("DLTB").GetSpatialRef()
        counts = inout_layers(ds, srs)
        counts["XZGDXM"] = project_layer(ds, srs, targets["townships"], targets["years"], seed)
    finally:
        ds = None
    return counts
