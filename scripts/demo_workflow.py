"""`make demo`, workflow part: the demo county's restored mining parcels enter the forest-offset
programme (seed 000_9e49406886a189a5.txt) at varied steps, then the status report is printed.

Everything goes through qgis_process.bin: landbalance:setstatus moves a share of the parcels
one step at a time (no skipping), landbalance:statusreport writes a table and an .xlsx.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import sys
from pathlib import Path

import qgis_headless

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / ".build"))

from land_balance.rules.packs import load_packs  # noqa: E402
from land_balance.rules.workflow import Workflow  # noqa: E402

PACK = "ganzhou_forest_offset"
# Mining land now (采矿用地 0602) and mining land already restored (BZ = 矿山生态修复).
MINING = "(\"DLBM\" = '0602' OR \"BZ\" = '矿山生态修复')"
# Parcel i (by the last digits of BSM) goes as far as step i % 9 - 1: an even spread of steps.
SPREAD = 9
FIRST_DAY = dt.date(2025, 9, 1)


def run(env: dict, data: Path, out: Path) -> None:
    parcels = f"{data / 'county.gpkg'}|layername=DLTB"
    # The sidecar next to the parcels, where the dock and the algorithms look by default (no
    # project saved): open data/demo/county.gpkg in QGIS and the workflow panel finds it.
    store = data / "county_workflow.gpkg"
    for stale in (store, store.with_name(store.name + "-wal"), store.with_name(store.name + "-shm")):
        stale.unlink(missing_ok=True)  # the demo's own store: every run starts it afresh
    workflow = Workflow.from_pack(load_packs().get(PACK))
    print(f"工作流程 Workflow (landbalance:setstatus → {store.name}): 采矿用地图斑进入“{workflow.name_zh}”")
    for k, step in enumerate(workflow.step_ids):
        reach = f"{MINING} AND to_int(right(\"BSM\", 4)) % {SPREAD} > {k}"
        day = FIRST_DAY + dt.timedelta(days=9 * k)
        try:
            moved = qgis_headless.run(
                env, "landbalance:setstatus", INPUT=parcels, EXPRESSION=reach, PROGRAMME=PACK, STEP=step,
                NOTE="演示数据 demo", LEVEL=2 if step == "bank" else 0, DATE=day.isoformat(), STORE=str(store),
            )["results"]["COUNT"]
        except RuntimeError as err:
            if "nothing was changed" not in str(err) and "未作任何更改" not in str(err):
                raise
            break  # no parcel got this far: none can go further
        print(f"    {day}  → {workflow.step(step).name_zh}  {int(moved):>6} 个图斑 parcels")
    result = qgis_headless.run(
        env, "landbalance:statusreport", INPUT=parcels, PROGRAMME=PACK, STORE=str(store),
        OUTPUT=str(out / "workflow_status.gpkg"), XLSX=str(out / "workflow_status.xlsx"),
    )["results"]
    print(f"  状态报告 Status report (landbalance:statusreport): {int(result['PARCELS'])} parcels, "
          f"{int(result['OVERDUE'])} overdue")
    with sqlite3.connect(out / "workflow_status.gpkg") as db:
        table = db.execute("select table_name from gpkg_contents").fetchone()[0]
        rows = db.execute(f'select STEP_ZH, PARCELS, AREA_MU, OVERDUE from "{table}" '
                          "where ROW_KIND = 'step' order by fid").fetchall()
    print(f"    {'环节':<6}{'图斑数':>8}{'面积（亩）':>12}{'超期':>6}")
    for name, count, mu, late in rows:
        print(f"    {name:<6}{count:>10}{mu:>14,.2f}{late:>8}")
    print(f"    {'合计':<6}{sum(r[1] for r in rows):>10}{round(sum(r[2] for r in rows), 2):>14,.2f}"
          f"{sum(r[3] for r in rows):>8}  (steps foot to the total)")


def main() -> None:
    repo = Path(__file__).resolve().parents[1]
    out = repo / "out"
    out.mkdir(exist_ok=True)
    run(qgis_headless.make_home(repo / ".build" / "qgis-home"), repo / "data" / "demo", out)


if __name__ == "__main__":
    main()
