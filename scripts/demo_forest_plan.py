"""`make demo`, forest-land protection plan part (林地保护利用规划, seed 002): the annex tables and
the atlas of the demo county's forest one map (layer LDBHYZT, scripts/demo_forest_map.py).

1. landbalance:forestplanstats with the built-in Huaxi pack: the baseline is measured, the
   targets are "—" (the seed leaves them to the plan).
2. As a county would once its plan is decided, a copy of the pack with its own name and the
   2025 and 2035 targets (here derived from the measured baseline, for the demo) goes into a
   user-pack folder (out/forest_plan_pack/) and the tables are made again with it.
3. landbalance:forestplanatlas: the county overview and one page per township (XZQ), A3.

Runs QGIS in Chinese (LANG=zh_CN.UTF-8), as the county's technician does. Called by
scripts/demo.py's main().
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import qgis_headless

REPO = Path(__file__).resolve().parents[1]
PACK = REPO / "rules" / "packs" / "huaxi_forest_plan.toml"
DEMO_NAME = "涟水县（示例）"
# Demo targets relative to the measured baseline: (near-term, plan end) — a county writes the
# approved plan's numbers instead.
DEMO_TARGETS = {
    "forest_land_retention": (1.002, 1.005),
    "forest_retention": (1.02, 1.05),
    "natural_forest_retention": (1.0, 1.0),
    "key_public_welfare_ratio": (1.0, 1.02),
    "forest_land_productivity": (1.05, 1.15),
}
QUOTA_SHARE = (0.004, 0.01)  # 占用林地定额 as a share of the forest land, for the demo


def _indicators(gpkg: Path) -> list:
    with sqlite3.connect(gpkg) as db:
        table = db.execute("select table_name from gpkg_contents").fetchone()[0]
        return db.execute(f'select ID, NAME, UNIT, BASELINE, NEAR_TARGET, END_TARGET, NEAR_CHANGE, END_CHANGE '
                          f'from "{table}"').fetchall()


def county_pack(folder: Path, baseline: dict) -> Path:
    """The Huaxi pack, copied and edited as a county edits it: name and targets."""
    text = PACK.read_text(encoding="utf-8")
    text = text.replace('area_name_zh = "花溪区"', f'area_name_zh = "{DEMO_NAME}"', 1)
    text = text.replace('name_zh = "花溪区新一轮林地保护利用规划"', f'name_zh = "{DEMO_NAME}林地保护利用规划"', 1)
    forest_land = baseline["forest_land_retention"]
    wanted = {key: tuple(round(baseline[key] * f, 4) for f in factors) for key, factors in DEMO_TARGETS.items()
              if baseline.get(key) is not None}
    wanted["occupation_quota"] = tuple(round(forest_land * s, 4) for s in QUOTA_SHARE)
    for key, (near, end) in wanted.items():
        block = rf'(id = "{key}"\n(?:[^\[]*\n)*?nature = "\w+"\n)'  # the indicator's keys up to its nature
        text = re.sub(block, rf"\1targets = [{near}, {end}]\n", text, count=1)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / PACK.name
    path.write_text(text, encoding="utf-8")
    return path


def _print_indicators(rows) -> None:
    def shown(value):
        return "—" if value is None else f"{value:,.4f}".rstrip("0").rstrip(".")

    print("    指标 indicator: 基期 baseline | 2025 | 2035 | 2035较基期 change")
    for _, name, unit, base, near, end, _, end_change in rows:
        print(f"    {name} ({unit}): {shown(base)} | {shown(near)} | {shown(end)} | {shown(end_change)}")


def run(env, data: Path, out: Path) -> None:
    env = dict(env, LANG="zh_CN.UTF-8", LC_ALL="zh_CN.UTF-8")
    gpkg = data / "county.gpkg"
    one_map = f"{gpkg}|layername=LDBHYZT"
    first = qgis_headless.run(env, "landbalance:forestplanstats", INPUT=one_map, PROGRAMME="huaxi_forest_plan",
                              XLSX=str(out / "林地保护利用规划附表_花溪区规则包.xlsx"),
                              INDICATORS=str(out / "forest_plan_indicators_builtin.gpkg"), TABLES="TEMPORARY_OUTPUT")
    baseline = {row[0]: row[3] for row in _indicators(out / "forest_plan_indicators_builtin.gpkg")}
    pack = county_pack(out / "forest_plan_pack", baseline)
    env = dict(env, LAND_BALANCE_USER_PACKS=str(pack.parent))
    tables = qgis_headless.run(env, "landbalance:forestplanstats", INPUT=one_map, PROGRAMME="huaxi_forest_plan",
                               XLSX=str(out / "林地保护利用规划附表.xlsx"),
                               INDICATORS=str(out / "forest_plan_indicators.gpkg"),
                               TABLES=str(out / "forest_plan_tables.gpkg"))["results"]
    atlas = qgis_headless.run(env, "landbalance:forestplanatlas", INPUT=one_map, PROGRAMME="huaxi_forest_plan",
                              BOUNDARIES=f"{gpkg}|layername=XZQ",
                              OUTPUT=str(out / "林地保护利用规划图集.pdf"))["results"]
    print(f"林地保护利用规划 Forest-land protection plan (landbalance:forestplanstats, rules {tables['RULES']})")
    print(f"  one map LDBHYZT: {tables['PARCELS']} parcels, {tables['FOREST_LAND_PARCELS']} of forest land "
          f"({tables['FOREST_LAND_HA']:,.4f} ha); built-in pack {first['results']['RULES']}: targets “—”")
    print(f"  主要指标 main indicators (county pack {pack}, demo targets derived from the baseline):")
    _print_indicators(_indicators(out / "forest_plan_indicators.gpkg"))
    print(f"  annex tables → {out / '林地保护利用规划附表.xlsx'}; atlas (landbalance:forestplanatlas) → "
          f"{out / '林地保护利用规划图集.pdf'}: {atlas['PAGES']} A3 pages (county + townships)")
