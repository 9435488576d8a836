"""`make demo`, cultivated-land ledgers (耕地台账): the demo county's in/out balance verdict
(seed 001), the indicator bank after a scripted sequence (seeds 003, 004), Lianshui's township
progress and subsidy schedule (seed 003).

Everything runs through qgis_process.bin, as a county script would. The bank's ledger journal
lives in the demo's workflow store (out/workflow.gpkg, beside the forest-offset statuses): each
registration, draw-down, trade and deduction is a separate qgis_process run recording in it,
and one draw-down is refused and records nothing.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import qgis_headless
from qgis_headless import layer_rows

REPO = Path(__file__).resolve().parents[1]
BANK_PACK = "shaanxi_measures"


def inout(env, county: Path, out: Path) -> None:
    layer = f"{county}|layername="
    result = qgis_headless.run(
        env, "landbalance:inoutbalance", PROGRAMME="anhui_inout", OUT=layer + "GDZC", IN=layer + "GDZJ",
        OUT_CLASS_FIELD="BGQDLBM", OUT_AFTER_CLASS_FIELD="BGHDLBM", EXEMPT_FIELD="KCQX", IN_CLASS_FIELD="DLBM",
        GRADE_FIELD="GDDB", NEIGHBOURS=layer + "DLTB", YEAR=2023, GROUP_FIELD="ZLDWMC",
        OUTPUT=str(out / "inout_balance.gpkg"), IN_GRADED=str(out / "inout_in_graded.gpkg"),
        REPORT=str(out / "耕地进出平衡核算.xlsx"), CHART=str(out / "耕地进出平衡.png"))["results"]
    print(f"耕地进出平衡 In/out balance 2023 (landbalance:inoutbalance, {result['RULES']}): {result['VERDICT']}")
    print(f"  in {result['IN_MU']:.2f} mu, out {result['OUT_MU']:.2f} mu of which excluded {result['EXEMPT_MU']:.2f} "
          f"mu; {int(result['GRADED_BY_NEIGHBOUR'])} inflows graded by their neighbour (相邻地块比较法)")
    print(f"    {'乡镇':<8}{'转进':>8}{'转出计入':>10}{'转进等别':>8}{'转出等别':>8}  结论")
    for group, kind, in_mu, out_mu, g_in, g_out, verdict in layer_rows(
            out / "inout_balance.gpkg", "select \"GROUP\", ROW_KIND, IN_MU, NET_OUT_MU, IN_GRADE, OUT_GRADE, VERDICT "
                                        "from {table} order by ROW_KIND != 'county', fid"):
        label = "全县" if kind == "county" else group
        print(f"    {label:<8}{in_mu:>10.2f}{out_mu:>12.2f}{_grade(g_in):>10}{_grade(g_out):>10}  {verdict}")


def _grade(value) -> str:
    return "—" if value is None else f"{value:.2f}"


def progress(env, county: Path, out: Path) -> None:
    result = qgis_headless.run(
        env, "landbalance:townshipprogress", PROGRAMME="lianshui_requisition", INPUT=f"{county}|layername=XZGDXM",
        TOWNSHIP_FIELD="ZLDWMC", YEAR_FIELD="YSNF", THROUGH_YEAR=2024, OUTPUT=str(out / "township_progress.gpkg"),
        XLSX=str(out / "乡镇新增耕地任务进度.xlsx"), CHART=str(out / "乡镇新增耕地任务进度.png"))["results"]
    print(f"乡镇任务进度 Township progress 2023–2024 (landbalance:townshipprogress): {result['ACHIEVED_MU']:,.2f} of "
          f"{result['TARGET_MU']:,.2f} mu, gap {result['GAP_MU']:,.2f} mu; best that met their task: "
          f"{result['TOP'] or '—'}")
    totals = layer_rows(out / "township_progress.gpkg", "select YEAR, TARGET_MU, ACHIEVED_MU, PERCENT from {table} "
                                                  "where TOWNSHIP = '合计' order by YEAR")
    for year, target, achieved, percent in totals:
        print(f"    {'合计' if year == 0 else year}: target {target:,.2f} mu, achieved {achieved:,.2f} mu ({percent}%)")


def subsidies(env, county: Path, out: Path) -> None:
    result = qgis_headless.run(
        env, "landbalance:subsidyschedule", PROGRAMME="lianshui_requisition", INPUT=f"{county}|layername=XZGDXM",
        PROJECT_FIELD="XMBH", NAME_FIELD="XMMC", TOWNSHIP_FIELD="ZLDWMC", CLASS_FIELD="DLBM", STEP_FIELD="HJ",
        OCCUPIED_FIELD="ZYWZG", OUTPUT=str(out / "subsidy_schedule.gpkg"),
        XLSX=str(out / "补助资金拨付.xlsx"))["results"]
    print(f"补助资金 Subsidy schedule (landbalance:subsidyschedule): {int(result['PROJECTS'])} projects, "
          f"{result['TOTAL_YUAN']:,.2f} yuan, paid {result['PAID_YUAN']:,.2f}, due {result['DUE_YUAN']:,.2f}, "
          f"claw-back {result['CLAWBACK_YUAN']:,.2f}")
    for project, step, dry, paddy, total, paid, due in layer_rows(
            out / "subsidy_schedule.gpkg", "select PROJECT, STEP, DRY_MU, PADDY_MU, TOTAL_YUAN, PAID_YUAN, DUE_YUAN "
                                           "from {table} order by fid limit 4"):
        print(f"    {project} {step}: dry {dry:.2f} mu, paddy {paddy:.2f} mu → {total:,.2f} yuan, paid {paid:,.2f}, "
              f"due {due:,.2f}")


# ── the bank sequence: one qgis_process run a step, the journal in the workflow store ─────────


def bank_steps(county: Path, out: Path) -> list:
    """(label, algorithm, parameters) of the scripted sequence; the fourth is refused."""
    store = {"PROGRAMME": BANK_PACK, "STORE": str(out / "workflow.gpkg")}
    accepted = f'{county}|layername=XZGDXM|subset="YSNF" IS NOT NULL'  # the projects entered in the system
    return [
        ("register the accepted projects (XZGDXM, YSNF set)", "indicatorregister",
         {**store, "YEAR": 2024, "INPUT": accepted, "PROJECT_FIELD": "XMBH", "NAME_FIELD": "XMMC"}),
        ("register a city project by parameters", "indicatorregister",
         {**store, "YEAR": 2024, "PROJECT": "320800-2024-001", "NAME": "市级土地整治项目", "AREA_MU": 300,
          "PADDY_MU": 120, "GRADE": 6, "BANK": "city", "CERTIFICATE": "市验〔2024〕8号", "ACCEPTED": "2024-10-30"}),
        ("draw for an industrial park (county bank, then city)", "indicatordraw",
         {**store, "YEAR": 2025, "PROJECT": "某工业园区用地", "AREA_MU": 1500, "PADDY_MU": 600, "GRADE": 7}),
        ("draw for a highway — more than is left", "indicatordraw",
         {**store, "YEAR": 2025, "PROJECT": "某高速公路用地", "AREA_MU": 5000, "PADDY_MU": 1000, "GRADE": 7}),
        ("the city bank sells 20 mu to another city at +15 %", "indicatortrade",
         {**store, "YEAR": 2025, "REF": "JY-2025-01", "DIRECTION": "sell", "COUNTERPARTY": "某市某区", "BANK": "city",
          "AREA_MU": 20, "GRADE": 7, "PRICE": 115000, "GUIDE_PRICE": 100000}),
        ("deduct 2 mu of paddy occupied and not restored", "indicatordeduct",
         {**store, "YEAR": 2025, "PROJECT": "320800-2024-001", "AREA_MU": 2, "PADDY_MU": 2, "GRADE": 6,
          "REASON": "新增耕地被占用且无法整改"}),
        ("ledger report", "indicatorledger",
         {**store, "OUTPUT": str(out / "indicator_ledger.gpkg"), "XLSX": str(out / "补充耕地指标台账.xlsx")}),
    ]


def bank(env, county: Path, out: Path) -> None:
    print(f"指标储备库 Indicator bank ({BANK_PACK}: 20 % to the provincial pool, county bank before city bank; "
          f"journal in {out / 'workflow.gpkg'})")
    last = {}
    for label, name, parameters in bank_steps(county, out):
        try:
            result = qgis_headless.run(env, f"landbalance:{name}", **parameters)["results"]
        except RuntimeError as err:
            print(f"  ✗ {label}: REFUSED — {qgis_headless.refusal_of(err)}")
            continue
        last = result
        print(f"  ✓ {label}: county {last['COUNTY_AREA_MU']:,.2f} mu · city {last['CITY_AREA_MU']:,.2f} mu · "
              f"pool {last['PROVINCE_POOL_AREA_MU']:,.2f} mu")
    print(f"    {'储备库':<8}{'面积（亩）':>12}{'水田（亩）':>12}{'粮食产能（公斤）':>14}")
    for bank_id, name in (("COUNTY", "县级储备库"), ("CITY", "市级储备库"), ("PROVINCE_POOL", "省级调剂")):
        print(f"    {name:<8}{last[bank_id + '_AREA_MU']:>14,.2f}{last[bank_id + '_PADDY_MU']:>14,.2f}"
              f"{int(last[bank_id + '_GRAIN_KG']):>18,}")
    with closing(sqlite3.connect(out / "workflow.gpkg")) as db:
        entries, postings = (db.execute(f"select count(*) from {t}").fetchone()[0]
                             for t in ("lb_journal_entry", "lb_journal_posting"))
    print(f"    journal: {entries} entries, {postings} postings in lb_journal_entry / lb_journal_posting")


def run(env: dict, data: Path, out: Path) -> None:
    county = data / "county.gpkg"
    inout(env, county, out)
    bank(env, county, out)
    progress(env, county, out)
    subsidies(env, county, out)


if __name__ == "__main__":
    run(qgis_headless.make_home(REPO / ".build" / "qgis-home"), REPO / "data" / "demo", REPO / "out")
