"""`make bench` (forest plan): landbalance:forestplanstats and landbalance:forestplanatlas on the
bench county's forest one map (LDBHYZT) and DLTB, against the obvious alternative for one of
the tables: native:aggregate of $area by township and grade.

Each contender runs in its own fresh process (bench/bench_area.py's runner); QGIS start-up is
outside the timed part.

    python bench/bench_forest_plan.py --data data/bench
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import bench_area

REPO = Path(__file__).resolve().parents[1]
ONE_MAP = "SOURCE_PATH + '|layername=LDBHYZT'"

CONTENDERS = {
    "forestplanstats": bench_area.QGIS_PRELUDE + f"""
t = time.perf_counter()
result = processing.run("landbalance:forestplanstats", {{
    "INPUT": {ONE_MAP}, "XLSX": OUT + "/tables.xlsx", "INDICATORS": OUT + "/indicators.gpkg",
    "TABLES": OUT + "/cells.gpkg"}}, context=context, feedback=feedback)
elapsed = time.perf_counter() - t
n = result["PARCELS"]
""",
    "aggregate": bench_area.QGIS_PRELUDE + f"""
t = time.perf_counter()
field = lambda name, kind, length, aggregate, expression: {{"aggregate": aggregate, "delimiter": ",",
    "input": expression, "length": length, "name": name, "precision": 2, "type": kind}}
processing.run("native:aggregate", {{
    "INPUT": {ONE_MAP}, "GROUP_BY": '"ZLDWMC" || "BH_DJ"', "OUTPUT": OUT + "/aggregate.gpkg",
    "AGGREGATES": [field("ZLDWMC", 10, 60, "first_value", '"ZLDWMC"'), field("BH_DJ", 10, 2, "first_value", '"BH_DJ"'),
                   field("AREA", 6, 20, "sum", "$area")]}}, context=context, feedback=feedback)
elapsed = time.perf_counter() - t
from qgis.core import QgsVectorLayer
n = QgsVectorLayer({ONE_MAP}, "x", "ogr").featureCount()
""",
    "forestplanatlas": bench_area.QGIS_PRELUDE + f"""
t = time.perf_counter()
result = processing.run("landbalance:forestplanatlas", {{
    "INPUT": {ONE_MAP}, "BOUNDARIES": SOURCE_PATH + "|layername=XZQ", "OUTPUT": OUT + "/atlas.pdf"}},
    context=context, feedback=feedback)
elapsed = time.perf_counter() - t
n = result["PAGES"]
""",
    "forestplanstats_dltb": bench_area.QGIS_PRELUDE + """
t = time.perf_counter()
result = processing.run("landbalance:forestplanstats", {
    "INPUT": SOURCE, "XLSX": OUT + "/tables.xlsx", "INDICATORS": "memory:", "TABLES": "memory:"},
    context=context, feedback=feedback)
elapsed = time.perf_counter() - t
n = result["PARCELS"]
""",
}
LABELS = {
    "forestplanstats": "forestplanstats, one map (xlsx + 2 GPKG)",
    "aggregate": "native:aggregate $area by township × BH_DJ",
    "forestplanatlas": "forestplanatlas, one map + XZQ (pages)",
    "forestplanstats_dltb": "forestplanstats, whole DLTB (parcels)",
}


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO / "data" / "bench")
    args = parser.parse_args(argv)
    gpkg = args.data / "county.gpkg"
    bench_area.CONTENDERS.update(CONTENDERS)  # its runner, our contenders
    results = {name: bench_area.run_contender(name, gpkg) for name in CONTENDERS}
    print(f"Machine: {bench_area.machine()}")
    print(f"Data: {gpkg}, {time.strftime('%Y-%m-%d')}")
    print(f"{'contender':<46}{'count':>8}{'seconds':>9}{'peak MB':>10}")
    for name, r in results.items():
        print(f"{LABELS[name]:<46}{r['features']:>8}{r['seconds']:>9.2f}{r['max_rss_mb']:>10.0f}")
    ratio = results["aggregate"]["seconds"] / results["forestplanstats"]["seconds"]
    print(f"aggregate (one table, planar areas) / forestplanstats (all tables, official areas) = {ratio:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
