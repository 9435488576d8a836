"""The demo county's forest resource one map (森林资源管理一张图): layer LDBHYZT in county.gpkg.

A separate layer (DLTB keeps its 三调 fields): every DLTB forest-land parcel (DLBM 03xx), and
the non-forest parcels the one map records as reduced forest land, with BSM, DLBM, DLMC,
ZLDWDM, ZLDWMC and TBMJ copied from DLTB and the one map's own attributes, consistent with the
classes and the constraint layers (DOMAIN.md "Indicators and classes used by the ledgers"):

* BCLD 林地范围变化类型: 2 补充林地 on restored mining land (BZ 矿山生态修复) and a few other forest
  parcels; 3 减少林地 on some non-forest parcels next to forest (the last round's forest land
  that the 三调 maps as dry land, grass, bare land …; their DLBM stays non-forest); 1 the rest.
* BH_DJ 保护等级 1–4 (Ⅰ–Ⅳ): Ⅰ inside a nature-reserve core or a level-1 water-source zone; Ⅱ
  national public-welfare forest; Ⅲ provincial or local public-welfare forest, forest in the
  ecological red line, planned timber bases; Ⅳ the rest.
* SEN_LIN_LB 森林类别: 11 重点公益林 (nature-reserve core, water source, national and provincial
  public-welfare forest); 12 一般公益林 (local public-welfare forest, red line); 21 重点商品林
  (timber bases); 22 一般商品林 (the rest).
* QI_YUAN 起源: 11 天然 / 21 人工 (restored mining land is planted); empty on some 其他林地.
* XU_JI 蓄积 (m³): 乔木林地 only, 40–140 m³/ha times the area (natural stands more).

Reduced forest land carries no grade, category, origin or stock. Called from
scripts/demo_county.py's build_county; deterministic for a seed.
"""

from __future__ import annotations

import numpy as np
import shapely
from osgeo import ogr

LAYER = "LDBHYZT"
RESTORED_NOTE = "矿山生态修复"
COPIED = ("BSM", "DLBM", "DLMC", "ZLDWDM", "ZLDWMC", "TBMJ")
TEXT, REAL = ogr.OFTString, ogr.OFTReal
FIELDS = (("BSM", TEXT, 18, 0), ("DLBM", TEXT, 5, 0), ("DLMC", TEXT, 60, 0), ("ZLDWDM", TEXT, 19, 0),
          ("ZLDWMC", TEXT, 60, 0), ("TBMJ", REAL, 15, 2), ("BCLD", TEXT, 1, 0), ("BH_DJ", TEXT, 2, 0),
          ("SEN_LIN_LB", TEXT, 2, 0), ("QI_YUAN", TEXT, 2, 0), ("XU_JI", REAL, 12, 2))
# Classes the last round's forest land may have become in the 三调 (reduced forest land).
REDUCED_FROM = ("0103", "0201", "0204", "0404", "1206")
EPSG = 4528


def _dltb(ds) -> dict:
    layer = ds.GetLayerByName("DLTB")
    rows = {name: [] for name in COPIED + ("BZ",)}
    wkb = []
    for feature in layer:
        for name in rows:
            rows[name].append(feature.GetField(name))
        wkb.append(bytes(feature.GetGeometryRef().ExportToWkb()))
    layer.ResetReading()
    out = {k: np.asarray(v, dtype=object) for k, v in rows.items()}
    out["as_stored"] = shapely.from_wkb(wkb)  # written as DLTB holds them, planted defects included
    out["geometry"] = shapely.make_valid(out["as_stored"])
    return out


def _inside(points, constraints, layer: str, where=None) -> np.ndarray:
    """Which points lie in the constraint layer's polygons (those passing ``where``)."""
    zones = [c.geometry for c in constraints.get(layer, []) if where is None or where(c)]
    if not zones:
        return np.zeros(len(points), dtype=bool)
    return shapely.contains(shapely.union_all(zones), points)


def _reduced(dltb: dict, forest: np.ndarray, rng) -> np.ndarray:
    """Non-forest parcels touching forest whose class the last round's forest land may have become."""
    geometry = dltb["geometry"]
    tree = shapely.STRtree(geometry[forest])
    candidates = np.flatnonzero(~forest & np.isin(dltb["DLBM"].astype(str), REDUCED_FROM))
    touching = [i for i in candidates.tolist() if len(tree.query(geometry[i], predicate="intersects"))]
    k = max(2, round(0.15 * len(touching))) if touching else 0
    chosen = rng.choice(touching, size=min(k, len(touching)), replace=False) if touching else []
    mask = np.zeros(len(forest), dtype=bool)
    mask[np.asarray(chosen, dtype=np.int64)] = True
    return mask


def forest_map_columns(dltb: dict, constraints: dict, rng) -> tuple[dict, np.ndarray]:
    """The one map's columns and the DLTB rows it holds."""
    code = dltb["DLBM"].astype(str)
    forest = np.char.startswith(code.astype("U5"), "03")
    reduced = _reduced(dltb, forest, rng)
    rows = np.flatnonzero(forest | reduced)
    points = shapely.point_on_surface(dltb["geometry"][rows])
    code, is_forest, n = code[rows], forest[rows], len(rows)

    core = _inside(points, constraints, "nature_reserve_core") | _inside(points, constraints, "water_source_l1")
    national = _inside(points, constraints, "public_welfare_forest", lambda c: c.extra[0] == "国家级")
    provincial = _inside(points, constraints, "public_welfare_forest", lambda c: c.extra[0] == "省级")
    local = _inside(points, constraints, "public_welfare_forest", lambda c: c.extra[0] == "地方")
    redline = _inside(points, constraints, "eco_redline")
    timber = (code == "0301") & (rng.random(n) < 0.3) & ~(core | national | provincial | local | redline)
    grade = np.select([core, national, provincial | local | redline | timber], ["1", "2", "3"], "4")
    category = np.select([core | national | provincial, local | redline, timber], ["11", "12", "21"], "22")

    restored = dltb["BZ"][rows] == RESTORED_NOTE
    change = np.where(~is_forest, "3", np.where(restored | (rng.random(n) < 0.04), "2", "1"))
    natural = rng.random(n) < np.where(code == "0305", 0.6, 0.35)
    origin = np.where(natural & ~restored, "11", "21").astype(object)
    origin[(code == "0307") & (rng.random(n) < 0.3)] = None  # 未成林地, 迹地: no origin recorded
    per_ha = rng.uniform(40.0, 140.0, n) * np.where(origin == "11", 1.3, 1.0)
    tbmj = dltb["TBMJ"][rows].astype(float)
    stock = np.where(code == "0301", np.round(per_ha * tbmj / 10_000, 2), 0.0)

    columns = {name: dltb[name][rows].tolist() for name in COPIED}

    def only_forest(values):
        return [v if f else None for v, f in zip(np.asarray(values, dtype=object).tolist(), is_forest.tolist())]

    columns.update(BCLD=change.tolist(), BH_DJ=only_forest(grade), SEN_LIN_LB=only_forest(category),
                   QI_YUAN=only_forest(origin), XU_JI=only_forest(stock))
    return columns, rows


def write_forest_map(ds, constraints: dict, rng, write_layer) -> int:
    """Add LDBHYZT to the open county GeoPackage ``ds`` (DLTB already written); returns its
    feature count. ``write_layer`` is demo_county's layer writer."""
    dltb = _dltb(ds)
    columns, rows = forest_map_columns(dltb, constraints, rng)
    write_layer(ds, LAYER, EPSG, FIELDS, columns, dltb["as_stored"][rows])
    return len(rows)
