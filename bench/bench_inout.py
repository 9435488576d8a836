"""`make bench` (in/out balance): landbalance:inoutbalance with NEIGHBOURS = the whole county,
against the obvious way of finding each ungraded inflow's neighbours (one spatial query of the
county layer per inflow), and against a bare OGR read of the county.

(a) ours: the whole algorithm — OUT, IN and the county read once, official areas, the
    neighbours of every ungraded inflow from one box join (rules/boxes.py) and GEOS shared
    borders, the verdict table written.
(b) per-feature: for each ungraded inflow, QgsVectorLayer.getFeatures(filterRect) on the
    county (the GeoPackage's R-tree), then the same GEOS shared-border test — only this step
    is timed, nothing read or written besides.
(c) OGR: read the county's cultivated parcels' DLBM, GDDB and geometry (WKB) once: the floor of
    (a)'s largest read.

Each contender runs in its own process. The grades of (a) and (b) are compared inflow by
inflow.

    python bench/bench_inout.py --data data/bench
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_area import machine

REPO = Path(__file__).resolve().parents[1]

PRELUDE = f"""
import sys, time, json, resource
sys.path[:0] = [{str(REPO / '.build')!r}, '/usr/share/qgis/python/plugins']
from qgis.core import QgsApplication
app = QgsApplication([], False); app.initQgis()
"""

OURS = PRELUDE + """
from processing.core.Processing import Processing; Processing.initialize()
import processing
from land_balance.processing.provider import LandBalanceProvider
provider = LandBalanceProvider(); QgsApplication.processingRegistry().addProvider(provider)
from qgis.core import QgsVectorLayer
t = time.perf_counter()
r = processing.run("landbalance:inoutbalance", {"PROGRAMME": "anhui_inout", "OUT": C + "GDZC", "IN": C + "GDZJ",
    "OUT_CLASS_FIELD": "BGQDLBM", "OUT_AFTER_CLASS_FIELD": "BGHDLBM", "EXEMPT_FIELD": "KCQX", "GRADE_FIELD": "GDDB",
    "NEIGHBOURS": C + "DLTB", "YEAR": 2023, "GROUP_FIELD": "ZLDWMC", "OUTPUT": OUT + "/v.gpkg",
    "IN_GRADED": OUT + "/g.gpkg"})
seconds = time.perf_counter() - t
grades = {f["BSM"]: [f["GRADE"], f["GRADE_FROM"]] for f in QgsVectorLayer(OUT + "/g.gpkg", "g", "ogr").getFeatures()
          if f["GRADE_SRC"] == "相邻地块比较法"}
print(json.dumps({"seconds": seconds, "grades": grades, "verdict": r["VERDICT"],
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

PER_FEATURE = PRELUDE + """
from qgis.core import QgsVectorLayer, QgsFeatureRequest, QgsGeometry
from land_balance.rules import landclass
cropland = landclass.expand(["耕地"])
inflows = [f for f in QgsVectorLayer(C + "GDZJ", "i", "ogr").getFeatures() if f["GDDB"] in (None, "") or
           str(f["GDDB"]) == "NULL"]
county = QgsVectorLayer(C + "DLTB", "c", "ogr")
tolerance = 0.05
t = time.perf_counter()
grades = {}
for inflow in inflows:
    polygon = inflow.geometry()
    engine = QgsGeometry.createGeometryEngine(polygon.constGet()); engine.prepareGeometry()
    band = QgsGeometry(polygon.constGet().boundary()).buffer(tolerance, 4)
    own = max(polygon.area() * 0.01, 1.0)
    box = polygon.boundingBox(); box.grow(tolerance)
    best = None
    for other in county.getFeatures(QgsFeatureRequest().setFilterRect(box)):
        if other["DLBM"] not in cropland or other["GDDB"] in (None, 0) or not 1 <= int(other["GDDB"]) <= 15:
            continue
        g = other.geometry()
        if engine.intersects(g.constGet()) and QgsGeometry(engine.intersection(g.constGet())).area() > own:
            continue
        length = QgsGeometry(g.constGet().boundary()).intersection(band).length()
        if length > 0 and (best is None or (-length, other["BSM"]) < (-best[0], best[2])):
            best = (length, int(other["GDDB"]), other["BSM"])
    if best:
        grades[inflow["BSM"]] = [best[1], best[2]]
seconds = time.perf_counter() - t
print(json.dumps({"seconds": seconds, "grades": grades,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""

OGR_READ = """
import time, json, resource
from osgeo import ogr
ogr.UseExceptions()
t = time.perf_counter()
ds = ogr.Open(PATH)  # kept: the layer dies with its dataset
layer = ds.GetLayerByName("DLTB")
layer.SetIgnoredFields([f.GetName() for f in layer.schema if f.GetName() not in ("DLBM", "GDDB", "BSM")])
layer.SetAttributeFilter("DLBM IN ('0101', '0102', '0103')")
n = 0
for feature in layer:
    feature.GetGeometryRef().ExportToWkb(); feature.GetField("DLBM"); feature.GetField("GDDB")
    n += 1
print(json.dumps({"seconds": time.perf_counter() - t, "features": n,
                  "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run(code: str, path: Path, out: str) -> dict:
    head = f"C = {str(path) + '|layername='!r}; PATH = {str(path)!r}; OUT = {out!r}\n"
    done = subprocess.run(["/usr/bin/python3", "-c", head + code], capture_output=True, text=True,
                          env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(REPO / ".build")})
    line = [x for x in done.stdout.splitlines() if x.startswith("{")]
    if done.returncode or not line:
        raise RuntimeError(done.stdout + done.stderr)
    return json.loads(line[-1])


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO / "data" / "bench")
    args = parser.parse_args(argv)
    path = args.data / "county.gpkg"
    manifest = json.loads((args.data / "manifest.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as out:
        ours = run(OURS, path, out)
        per_feature = run(PER_FEATURE, path, out)
        floor = run(OGR_READ, path, out)
    same = sum(1 for k, v in ours["grades"].items() if per_feature["grades"].get(k) == v)
    print(f"In/out balance on {manifest['parcels']:,} county parcels, {manifest['layers'].get('GDZJ', 0)} inflows "
          f"({len(ours['grades'])} graded by a neighbour), {manifest['layers'].get('GDZC', 0)} outflows; {machine()}")
    print(f"  (a) landbalance:inoutbalance, whole run           {ours['seconds']:8.2f} s  {ours['peak_mb']:6.0f} MB  "
          f"({ours['verdict']})")
    print(f"  (b) neighbours by one layer query per inflow      {per_feature['seconds']:8.2f} s  "
          f"{per_feature['peak_mb']:6.0f} MB")
    print(f"  (c) OGR read of its cultivated parcels            {floor['seconds']:8.2f} s  {floor['peak_mb']:6.0f} MB")
    a_c, b_a = ours["seconds"] / floor["seconds"], per_feature["seconds"] / ours["seconds"]
    print(f"  a / c = {a_c:.2f}; b / a = {b_a:.2f}; grades equal for {same} of {len(ours['grades'])} inflows")
    return 0


if __name__ == "__main__":
    sys.exit(main())
