"""`make bench` (eligibility): landbalance:eligibility_anhui_inout (转进) against the same
decision made by chaining QGIS's own algorithms, and against a bare OGR read + write.

(a) ours: one algorithm run, every constraint layer and the DEM.
(b) native: native:fixgeometries on the parcels (intersection refuses the survey's
    self-intersecting parcels), then per constraint role native:extractbyexpression (the pack's attribute filter) →
    native:dissolve → native:intersection with the parcels; all blocking zones merged,
    dissolved and intersected for the part of each parcel outside them; native:slope +
    native:zonalstatisticsfb for the mean slope; forest parcels dissolved, split into
    single parts, measured and extracted by location for contiguous forest; a little
    Python glue applies the same pack thresholds to the numbers.
(c) OGR: read the parcels (all fields + WKB), the constraint layers and the DEM, and write
    the parcels to a GeoPackage — the floor any tool pays.

Each contender runs in its own process (wall time and peak RSS are its own; QGIS start-up
is outside the timed part). The verdicts of (a) and (b) are compared parcel by parcel.

    python bench/bench_eligibility.py --data data/bench
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from bench_area import QGIS_PRELUDE as BASE_PRELUDE
from bench_area import machine

REPO = Path(__file__).resolve().parents[1]
PACK, RULE_SET = "anhui_inout", "in"  # the demo county's; the lean county's: lianshui_requisition, supplement

QGIS_PRELUDE = BASE_PRELUDE + """
from land_balance.rules.packs import load_packs
from land_balance.rules import eligibility as rules
PACK_OBJ = load_packs().get(PACK)
RS = rules.rule_set(PACK_OBJ, RULE_SET)
"""

CONTENDERS = {
    "ogr_read_write": """
import time, json, resource
from osgeo import gdal, ogr
ogr.UseExceptions()
t = time.perf_counter()
ds = ogr.Open(SOURCE_PATH)
for name in ROLES:
    for feature in ds.GetLayerByName(name):
        feature.GetGeometryRef().ExportToWkb()
dem = gdal.Open(DEM).ReadAsArray()
layer = ds.GetLayerByName("DLTB")
out = ogr.GetDriverByName("GPKG").CreateDataSource(OUT + "/copy.gpkg")
copy = out.CreateLayer("DLTB", layer.GetSpatialRef(), ogr.wkbMultiPolygon)
for i in range(layer.GetLayerDefn().GetFieldCount()):
    copy.CreateField(layer.GetLayerDefn().GetFieldDefn(i))
for name in ("ELIGIBLE", "REASONS"):
    copy.CreateField(ogr.FieldDefn(name, ogr.OFTString))
copy.StartTransaction()
n = 0
definition = copy.GetLayerDefn()
for feature in layer:
    new = ogr.Feature(definition)
    new.SetFrom(feature)
    new.SetField("ELIGIBLE", "是")
    copy.CreateFeature(new)
    n += 1
copy.CommitTransaction()
out = None
elapsed = time.perf_counter() - t
verdicts = None
""",
    "ours": QGIS_PRELUDE + """
params = {"INPUT": SOURCE, "RULE_SET": RS.id, "DEM": DEM, "PLAN_YEAR": 2024, "OUTPUT": OUT + "/ours.gpkg"}
for role in RS.roles:
    params[role.field_name] = SOURCE_PATH + "|layername=" + role.id
t = time.perf_counter()
result = processing.run("landbalance:eligibility_" + PACK_OBJ.id, params, context=context, feedback=feedback)
elapsed = time.perf_counter() - t
n = result["PARCELS"]
import sqlite3
with sqlite3.connect(OUT + "/ours.gpkg") as db:
    table = db.execute("select table_name from gpkg_contents").fetchone()[0]
    verdicts = dict(db.execute(f'select BSM, ELIGIBLE from "{table}"').fetchall())
""",
    "native_chain": QGIS_PRELUDE + """
from qgis.core import QgsVectorLayer, QgsFeatureRequest
from land_balance.rules.survey import m2_per_mu

def run(alg, **kw):
    return processing.run(alg, kw, context=context, feedback=feedback)["OUTPUT"]

def per_bsm_area(path):
    out = {}
    layer = QgsVectorLayer(path, "x", "ogr")
    for f in layer.getFeatures(QgsFeatureRequest().setSubsetOfAttributes(["BSM"], layer.fields())):
        out[f["BSM"]] = out.get(f["BSM"], 0.0) + f.geometry().area()
    return out

def quoted(values):
    return ",".join("'" + v + "'" for v in sorted(values))

t = time.perf_counter()
tol = RS.sliver_tolerance_m2
SOURCE = run("native:fixgeometries", INPUT=SOURCE, OUTPUT=OUT + "/fixed.gpkg")  # intersection fails on bow-ties
slope = run("native:slope", INPUT=DEM, Z_FACTOR=1.0, OUTPUT=OUT + "/slope.tif")
zonal = run("native:zonalstatisticsfb", INPUT=SOURCE, INPUT_RASTER=slope, RASTER_BAND=1, COLUMN_PREFIX="S_",
            STATISTICS=[2], OUTPUT=OUT + "/zonal.gpkg")
overlap, dissolved = {}, []
for role in RS.roles:
    zones = SOURCE_PATH + "|layername=" + role.id
    if role.filter_field:
        zones = run("native:extractbyexpression", INPUT=zones,
                    EXPRESSION=f'"{role.filter_field}" IN ({quoted(role.filter_values)})', OUTPUT="TEMPORARY_OUTPUT")
    zones = run("native:dissolve", INPUT=zones, FIELD=[], OUTPUT=OUT + f"/{role.id}_zones.gpkg")
    dissolved.append(zones)
    pieces = run("native:intersection", INPUT=SOURCE, OVERLAY=zones, INPUT_FIELDS=["BSM"], OVERLAY_FIELDS=["fid"],
                 OUTPUT=OUT + f"/{role.id}.gpkg")
    overlap[role.id] = per_bsm_area(pieces)
merged = run("native:mergevectorlayers", LAYERS=dissolved, CRS=None, OUTPUT="TEMPORARY_OUTPUT")
union = run("native:dissolve", INPUT=merged, FIELD=[], OUTPUT=OUT + "/union.gpkg")
blocked = per_bsm_area(run("native:intersection", INPUT=SOURCE, OVERLAY=union, INPUT_FIELDS=["BSM"],
                           OVERLAY_FIELDS=["fid"], OUTPUT=OUT + "/blocked.gpkg"))
big_bsm = set()
if RS.contiguous_forest_mu is not None:
    forest_expr = f'"DLBM" IN ({quoted(RS.forest_codes)})'
    forest = run("native:extractbyexpression", INPUT=SOURCE, EXPRESSION=forest_expr, OUTPUT=OUT + "/forest.gpkg")
    blocks = run("native:multiparttosingleparts", INPUT=run("native:dissolve", INPUT=forest, FIELD=[],
                 OUTPUT="TEMPORARY_OUTPUT"), OUTPUT="TEMPORARY_OUTPUT")
    big = run("native:extractbyexpression", INPUT=blocks,
              EXPRESSION=f"area($geometry) >= {RS.contiguous_forest_mu * m2_per_mu()}", OUTPUT="TEMPORARY_OUTPUT")
    in_big = run("native:extractbylocation", INPUT=forest, PREDICATE=[0], INTERSECT=big, OUTPUT=OUT + "/in_big.gpkg")
    big_bsm = set(per_bsm_area(in_big))
verdicts = {}
layer = QgsVectorLayer(zonal, "z", "ogr")
request = QgsFeatureRequest().setSubsetOfAttributes(["BSM", "DLBM", "S_mean"], layer.fields())
for f in layer.getFeatures(request):
    bsm, code, mean = f["BSM"], f["DLBM"], f["S_mean"]
    area = f.geometry().area()
    whole = (RS.candidate_codes is not None and code not in RS.candidate_codes) \\
        or (mean is not None and mean == mean and mean > RS.max_slope_deg) or bsm in big_bsm
    hit = any(overlap[r.id].get(bsm, 0.0) > tol for r in RS.roles)
    if whole or (hit and area - blocked.get(bsm, 0.0) <= tol):
        verdicts[bsm] = rules.NO
    else:
        verdicts[bsm] = rules.PARTLY if hit else rules.YES
elapsed = time.perf_counter() - t
n = len(verdicts)
""",
}

EPILOGUE = """
json.dump(verdicts, open(OUT + "/verdicts.json", "w"), ensure_ascii=False)
print("BENCH " + json.dumps({"seconds": elapsed, "features": n,
      "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def roles(pack: str = PACK, rule_set: str = RULE_SET) -> list:
    """The constraint layers of the rule set (rules/ is pure Python: no QGIS needed here)."""
    sys.path.insert(0, str(REPO / ".build"))
    from land_balance.rules import eligibility
    from land_balance.rules.packs import load_packs

    return [r.id for r in eligibility.rule_set(load_packs().get(pack), rule_set).roles]


def run_contender(name: str, data: Path, workdir: Path, pack: str = PACK,
                  rule_set: str = RULE_SET) -> tuple[dict, dict | None]:
    out = workdir / name
    out.mkdir()
    gpkg = data / "county.gpkg"
    code = (f"SOURCE_PATH = {str(gpkg)!r}\nSOURCE = SOURCE_PATH + '|layername=DLTB'\nOUT = {str(out)!r}\n"
            f"DEM = {str(data / 'dem.tif')!r}\nROLES = {roles(pack, rule_set)!r}\n"
            f"PACK = {pack!r}\nRULE_SET = {rule_set!r}\n" + CONTENDERS[name] + EPILOGUE)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PATH="/usr/bin:" + os.environ.get("PATH", ""))
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    line = [ln for ln in done.stdout.splitlines() if ln.startswith("BENCH ")]
    if done.returncode != 0 or not line:
        raise RuntimeError(f"{name} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    verdicts = json.loads((out / "verdicts.json").read_text(encoding="utf-8"))
    return json.loads(line[0][6:]), verdicts


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO / "data" / "bench")
    args = parser.parse_args(argv)
    results, verdicts = {}, {}
    with tempfile.TemporaryDirectory() as tmp:
        for name in CONTENDERS:
            results[name], verdicts[name] = run_contender(name, args.data, Path(tmp))
    ours, native, ogr_rw = results["ours"], results["native_chain"], results["ogr_read_write"]
    a, b = verdicts["ours"], verdicts["native_chain"]
    differ = [k for k in a if a[k] != b.get(k)]
    pairs = Counter((a[k], b.get(k)) for k in differ)
    print(f"Machine: {machine()}")
    print(f"Data: {args.data / 'county.gpkg'} ({ogr_rw['features']} parcels, 9 constraint layers, DEM), "
          f"{time.strftime('%Y-%m-%d')}; rule set {PACK}:{RULE_SET}")
    print(f"{'contender':<52}{'seconds':>9}{'peak MB':>10}")
    labels = {"ogr_read_write": "OGR read inputs + write parcels (Python loop)",
              "ours": f"(a) landbalance:eligibility_{PACK} (GPKG out)",
              "native_chain": "(b) native chain (intersection, zonal stats …)"}
    for name in ("ogr_read_write", "ours", "native_chain"):
        r = results[name]
        print(f"{labels[name]:<52}{r['seconds']:>9.2f}{r['max_rss_mb']:>10.0f}")
    print(f"ratio b/a                 = {native['seconds'] / ours['seconds']:.2f}  (goal ≥ 10)")
    print(f"a / OGR read+write        = {ours['seconds'] / ogr_rw['seconds']:.2f}  (goal ≤ 2)")
    print(f"peak memory of (a)        = {ours['max_rss_mb']:.0f} MB  (goal < 2048)")
    print(f"verdicts equal            = {len(a) - len(differ)} of {len(a)} parcels"
          + (f"; differing (ours, native): {dict(pairs.most_common(6))}" if differ else ""))
    out = REPO / "out"
    out.mkdir(exist_ok=True)
    (out / "bench_eligibility.json").write_text(json.dumps(
        {"machine": machine(), "results": results, "differing": len(differ), "differing_examples": differ[:50]},
        ensure_ascii=False, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
