"""`make bench`: areastatistics and eligibility on two differently shaped counties, four sizes.

Counties (built once under data/bench/<county>/<parcels>/ by `make bench`):

* demo — scripts/demo_county.py: the survey's 31 DLTB fields, Voronoi parcels of 10–40
  vertices with densified shared edges, 13 constraint layers (two in EPSG:4490), DEM;
  eligibility under anhui_inout:in (nine roles);
* lean — scripts/bench_county_lean.py: three fields, 8-vertex jittered-grid parcels, large
  overlapping blob zones in the Lianshui pack's three roles, DEM; eligibility under
  lianshui_requisition:supplement.

Per county and size, the contenders (bench_area.py, bench_eligibility.py; each in a fresh
process, QGIS start-up outside the timed part, peak = max RSS of that process) run
interleaved — A B C D …, A B C D … — and each figure is the median of its rounds, so that
the load of a shared machine falls on all of them alike; the machine's load average is
printed with each size. The native QGIS chain runs at the sizes given by --native only.

    python bench/bench_counties.py [--counties demo lean] [--sizes 50000 100000 200000 400000]
                                   [--rounds 3] [--native 50000 100000] [--native-rounds 2]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import bench_area
import bench_eligibility

REPO = Path(__file__).resolve().parents[1]
RULES = {"demo": ("anhui_inout", "in"), "lean": ("lianshui_requisition", "supplement")}
LABELS = {
    "ogr_read": "OGR read, all fields + WKB (Python loop)",
    "areastatistics": "landbalance:areastatistics → GPKG",
    "fieldcalc_area": "native:fieldcalculator $area → GPKG",
    "ogr_read_write": "OGR read inputs + write parcels (Python loop)",
    "ours": "landbalance:eligibility → GPKG",
    "native_chain": "native chain (intersection, zonal stats …)",
}


def run(name: str, data: Path, county: str) -> dict:
    """One run of one contender: {"seconds", "max_rss_mb", "features"} (+ verdicts)."""
    if name in bench_area.CONTENDERS:
        return bench_area.run_contender(name, data / "county.gpkg")
    with tempfile.TemporaryDirectory() as tmp:
        result, verdicts = bench_eligibility.run_contender(name, data, Path(tmp), *RULES[county])
    result["verdicts"] = verdicts
    return result


def measure(county: str, size: int, data: Path, rounds: int, native_rounds: int) -> dict:
    names = ["ogr_read", "areastatistics", "fieldcalc_area", "ogr_read_write", "ours"]
    runs = {name: [] for name in names}
    load = [os.getloadavg()]
    for _ in range(rounds):
        for name in names:
            runs[name].append(kept(run(name, data, county), name, False))
    if native_rounds:
        runs["native_chain"] = []
        for k in range(native_rounds):  # interleaved with ours, which it is compared with
            last = k == native_rounds - 1
            runs["native_chain"].append(kept(run("native_chain", data, county), "native_chain", last))
            runs["ours"].append(kept(run("ours", data, county), "ours", last))
    load.append(os.getloadavg())
    out = {"county": county, "parcels": size, "load": load, "results": {}}
    for name, results in runs.items():
        out["results"][name] = {
            "seconds": statistics.median(r["seconds"] for r in results),
            "runs": [round(r["seconds"], 2) for r in results],
            "max_rss_mb": max(r["max_rss_mb"] for r in results),
        }
    if native_rounds:
        ours, native = runs["ours"][-1]["verdicts"], runs["native_chain"][-1]["verdicts"]
        out["verdicts_equal"] = sum(ours[k] == native.get(k) for k in ours)
        out["verdicts"] = len(ours)
    return out


def kept(result: dict, name: str, keep: bool) -> dict:
    """A run's figures; its verdicts only when they are to be compared (a child process's
    peak memory counts this process's memory at its start: keep it small)."""
    if not keep:
        result.pop("verdicts", None)
    return result


def report(m: dict) -> list:
    r = {name: v["seconds"] for name, v in m["results"].items()}
    peak = {name: v["max_rss_mb"] for name, v in m["results"].items()}
    lines = [f"\n{m['county']} county, {m['parcels']:,} parcels — load average (1/5/15 min) "
             f"{'/'.join(f'{x:.1f}' for x in m['load'][0])} at the start, "
             f"{'/'.join(f'{x:.1f}' for x in m['load'][1])} at the end",
             f"  {'contender':<48}{'median s':>9}{'peak MB':>9}   runs"]
    for name, v in m["results"].items():
        lines.append(f"  {LABELS[name]:<48}{v['seconds']:>9.2f}{v['max_rss_mb']:>9.0f}   {v['runs']}")
    lines += [
        f"  areastatistics / OGR read        = {r['areastatistics'] / r['ogr_read']:.2f}  (goal ≤ 2)",
        f"  $area field calculator / ours    = {r['fieldcalc_area'] / r['areastatistics']:.2f}  (goal > 1)",
        f"  eligibility / OGR read+write     = {r['ours'] / r['ogr_read_write']:.2f}  (goal ≤ 2)",
    ]
    if "native_chain" in r:
        lines.append(f"  native chain / eligibility       = {r['native_chain'] / r['ours']:.1f}  (goal ≥ 20); "
                     f"verdicts equal for {m['verdicts_equal']:,} of {m['verdicts']:,} parcels")
    lines.append(f"  peak memory: areastatistics {peak['areastatistics']:.0f} MB, eligibility {peak['ours']:.0f} MB"
                 "  (goal < 1024 at 400 000)")
    return lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=REPO / "data" / "bench")
    parser.add_argument("--counties", nargs="+", default=["demo", "lean"], choices=sorted(RULES))
    parser.add_argument("--sizes", nargs="+", type=int, default=[50000, 100000, 200000, 400000])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--native", nargs="*", type=int, default=[50000, 100000])
    parser.add_argument("--native-rounds", type=int, default=2)
    parser.add_argument("--json", type=Path, default=REPO / "out" / "bench_counties.json")
    args = parser.parse_args(argv)
    print(f"Machine: {bench_area.machine()}; {time.strftime('%Y-%m-%d %H:%M')}; plugin {bench_area.PLUGIN}")
    measured = []
    for county in args.counties:
        for size in args.sizes:
            data = args.data / county / str(size)
            if not (data / "county.gpkg").exists():
                print(f"missing {data / 'county.gpkg'} (make bench builds it)")
                return 1
            m = measure(county, size, data, args.rounds, args.native_rounds if size in args.native else 0)
            measured.append(m)
            print("\n".join(report(m)), flush=True)
    args.json.parent.mkdir(exist_ok=True)
    args.json.write_text(json.dumps({"machine": bench_area.machine(), "measured": measured}, ensure_ascii=False,
                                    indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
