"""`make bench` (area): landbalance:areastatistics against a bare OGR read and QGIS's $area.

Each contender runs in its own fresh process so that its wall time and peak memory (max
RSS) are its own; QGIS start-up is outside the timed part. Prints one table and the ratios.

    python bench/bench_area.py --data data/bench [--runs 1]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
PLUGIN = os.environ.get("LB_BENCH_PLUGIN", str(REPO / ".build"))  # another checkout's .build: before/after

QGIS_PRELUDE = f"""
import sys, time, json, resource
sys.path[:0] = [{PLUGIN!r}, '/usr/share/qgis/python/plugins']
from qgis.core import QgsApplication, QgsProcessingContext, QgsProcessingFeedback
app = QgsApplication([], False); app.initQgis()
from processing.core.Processing import Processing; Processing.initialize()
import processing
from land_balance.processing.provider import LandBalanceProvider
provider = LandBalanceProvider(); QgsApplication.processingRegistry().addProvider(provider)
from land_balance.processing import expressions; expressions.register()
context = QgsProcessingContext(); feedback = QgsProcessingFeedback()
"""

CONTENDERS = {
    "ogr_read": """
import sys, time, json, resource
from osgeo import ogr
ogr.UseExceptions()
t = time.perf_counter()
ds = ogr.Open(SOURCE_PATH)
layer = ds.GetLayerByName("DLTB")
n = 0
for feature in layer:
    feature.GetGeometryRef().ExportToWkb()
    [feature.GetField(i) for i in range(feature.GetFieldCount())]
    n += 1
elapsed = time.perf_counter() - t
""",
    "areastatistics": QGIS_PRELUDE + """
t = time.perf_counter()
result = processing.run("landbalance:areastatistics", {
    "INPUT": SOURCE, "GROUP_FIELDS": ["ZLDWMC"], "CLASS_FIELD": "DLBM", "CLASS_LEVEL": 2,
    "OUTPUT": OUT + "/areas.gpkg", "SUMMARY": OUT + "/summary.gpkg"}, context=context, feedback=feedback)
elapsed = time.perf_counter() - t
n = result["PARCELS"]
""",
    "fieldcalc_area": QGIS_PRELUDE + """
context.setEllipsoid("EPSG:7044")  # CGCS2000: $area ellipsoidal, as a technician would set it
t = time.perf_counter()
result = processing.run("native:fieldcalculator", {
    "INPUT": SOURCE, "FIELD_NAME": "AREA_M2", "FIELD_TYPE": 0, "FIELD_LENGTH": 15, "FIELD_PRECISION": 2,
    "FORMULA": "$area", "OUTPUT": OUT + "/fieldcalc.gpkg"}, context=context, feedback=feedback)
elapsed = time.perf_counter() - t
from qgis.core import QgsVectorLayer
n = QgsVectorLayer(OUT + "/fieldcalc.gpkg", "x", "ogr").featureCount()
""",
}

EPILOGUE = """
print("BENCH " + json.dumps({"seconds": elapsed, "features": n,
      "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


def run_contender(name: str, gpkg: Path) -> dict:
    with tempfile.TemporaryDirectory() as out:
        code = (f"SOURCE_PATH = {str(gpkg)!r}\nSOURCE = SOURCE_PATH + '|layername=DLTB'\nOUT = {out!r}\n"
                + CONTENDERS[name] + EPILOGUE)
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PATH="/usr/bin:" + os.environ.get("PATH", ""))
        done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
        line = [ln for ln in done.stdout.splitlines() if ln.startswith("BENCH ")]
        if done.returncode != 0 or not line:
            raise RuntimeError(f"{name} failed:\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}")
        return json.loads(line[0][6:])


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    return f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}), {mem:.0f} GiB RAM"


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO / "data" / "bench")
    parser.add_argument("--runs", type=int, default=1, help="runs per contender; the best time is reported")
    args = parser.parse_args(argv)
    gpkg = args.data / "county.gpkg"
    results = {}
    for name in CONTENDERS:
        runs = [run_contender(name, gpkg) for _ in range(args.runs)]
        best = min(runs, key=lambda r: r["seconds"])
        best["max_rss_mb"] = max(r["max_rss_mb"] for r in runs)
        results[name] = best
    read, ours, calc = results["ogr_read"], results["areastatistics"], results["fieldcalc_area"]
    print(f"Machine: {machine()}")
    print(f"Data: {gpkg} ({read['features']} parcels), {time.strftime('%Y-%m-%d')}")
    print(f"{'contender':<44}{'seconds':>9}{'peak MB':>10}")
    labels = {
        "ogr_read": "OGR read, all fields + WKB (Python loop)",
        "areastatistics": "landbalance:areastatistics (GPKG out)",
        "fieldcalc_area": "native:fieldcalculator $area (GPKG out)",
    }
    for name, r in results.items():
        print(f"{labels[name]:<44}{r['seconds']:>9.2f}{r['max_rss_mb']:>10.0f}")
    print(f"areastatistics / OGR read      = {ours['seconds'] / read['seconds']:.2f}  (goal ≤ 2)")
    print(f"field calculator / areastatistics = {calc['seconds'] / ours['seconds']:.2f}  (goal > 1)")
    print(f"areastatistics peak memory     = {ours['max_rss_mb']:.0f} MB  (goal < 1024)")
    out = REPO / "out"
    out.mkdir(exist_ok=True)
    (out / "bench_area.json").write_text(json.dumps({"machine": machine(), "results": results}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
