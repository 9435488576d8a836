"""`make demo`: the demo county through the plugin's algorithms, headless, as a county runs it.

Each step calls qgis_process.bin (QGIS's own headless runner) with the plugin installed in
a throw-away profile, writes its outputs under out/, and prints a short summary.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import unicodedata
from pathlib import Path

import demo_change_package
import demo_cropland_ledgers
import demo_workflow
import demo_eligibility
import demo_siteselection
import demo_forest_plan
import demo_reserve_bank
import qgis_headless
from qgis_headless import layer_rows

REPO = Path(__file__).resolve().parents[1]


def pad(text: str, width: int) -> str:
    """Left-justify for a terminal: CJK characters take two columns."""
    columns = sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)
    return text + " " * max(width - columns, 0)


def area_statistics(env, data: Path, out: Path) -> None:
    parcels = f"{data / 'county.gpkg'}|layername=DLTB"
    by_township = qgis_headless.run(
        env, "landbalance:areastatistics", INPUT=parcels, GROUP_FIELDS="ZLDWMC", CLASS_FIELD="DLBM",
        CLASS_LEVEL=2, OUTPUT=str(out / "dltb_area.gpkg"), SUMMARY=str(out / "area_by_township_class.gpkg"),
        XLSX=str(out / "面积统计_乡镇地类.xlsx"), CROSS_TABLE=True,
    )["results"]
    by_class = qgis_headless.run(
        env, "landbalance:areastatistics", INPUT=parcels, CLASS_FIELD="DLBM", CLASS_LEVEL=2, OUTPUT="",
        SUMMARY=str(out / "area_by_class.gpkg"),
    )["results"]
    gbk = qgis_headless.run(
        env, "landbalance:areastatistics", INPUT=str(data / "DLTB_GBK" / "DLTB.shp"), GROUP_FIELDS="ZLDWMC",
        OUTPUT="", SUMMARY=str(out / "area_by_township_from_gbk_shapefile.gpkg"),
    )["results"]
    print("面积统计 Area statistics (landbalance:areastatistics, rules {})".format(by_township["RULES"]))
    print(f"  parcels {by_township['PARCELS']}, repaired geometries {by_township['REPAIRED']}")
    print(f"  total {by_township['TOTAL_AREA_M2']:,.2f} m² = {by_township['TOTAL_AREA_MU']:,.2f} 亩 mu "
          f"= {by_township['TOTAL_AREA_HA']:,.4f} 公顷 ha")
    print("  by land-class group (mu):")
    for name, parcels_n, mu in layer_rows(out / "area_by_class.gpkg",
                                          "select CLASS_NAME, PARCELS, AREA_MU from {table} order by AREA_MU desc"):
        print(f"    {pad(name, 20)}{parcels_n:>8} parcels {mu:>14,.2f}")
    mu_sum = layer_rows(out / "area_by_class.gpkg", "select round(sum(AREA_MU), 2) from {table}")[0][0]
    print(f"    {pad('合计 total', 20)}{by_class['PARCELS']:>8} parcels {mu_sum:>14,.2f}  (rows foot to the total)")
    differ = layer_rows(out / "dltb_area.gpkg", "select count(*) from {table} where abs(TBMJ - AREA_M2) > 0.0051")[0][0]
    print(f"  TBMJ check: {by_township['PARCELS'] - differ} parcels' TBMJ agree with the formula, {differ} differ")
    towns = layer_rows(out / "area_by_township_from_gbk_shapefile.gpkg", "select ZLDWMC from {table} order by ZLDWMC")
    print(f"  GBK shapefile without .cpg: {gbk['PARCELS']} parcels, townships read as "
          + "、".join(t[0] for t in towns[:4]) + " …")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO / "data" / "demo")
    parser.add_argument("--out", type=Path, default=REPO / "out")
    args = parser.parse_args(argv)
    if args.out.exists():
        shutil.rmtree(args.out)
    args.out.mkdir(parents=True)
    # QGIS set to Chinese, as a county's is: the tables in out/ are those the county files.
    env = qgis_headless.make_home(REPO / ".build" / "qgis-home", locale="zh_CN")
    print(f"Land Balance demo — county {args.data / 'county.gpkg'} → {args.out}/")
    area_statistics(env, args.data, args.out)
    demo_workflow.run(env, args.data, args.out)
    demo_eligibility.run(env, args.data, args.out)
    demo_siteselection.run(env, args.data, args.out)
    demo_reserve_bank.run_all(env, args.data, args.out)
    demo_cropland_ledgers.run(env, args.data, args.out)
    demo_forest_plan.run(env, args.data, args.out)
    demo_change_package.run(env, args.data, args.out)
    print(f"Outputs: {', '.join(sorted(p.name for p in args.out.iterdir()))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
