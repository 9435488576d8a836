"""`make demo`, reserve-bank part (补充林地储备库, seeds/000_9e49406886a189a5.txt): the demo
county's restored mining land on the 附件2 form, deposited in the bank's ledger, the quota
split, a project using it (and one refused), a degraded parcel deducted, the city's and the
province's field-check samples, and the January report with its chart.

Everything goes through qgis_process.bin, as a county script would, one process a step: the
ledger (deposits, grant, draw-downs, deduction, report) is the journal kept in the workflow
store, the sidecar next to the demo parcels (data/demo/county_workflow.gpkg) that the dock
opens too. Called by scripts/demo.py after the eligibility part, which writes the two-year
overlay (out/offsetoverlay_ganzhou_forest_offset.gpkg).
"""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import qgis_headless

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / ".build"))

from land_balance.exports.xlsx_read import as_rows, read_workbook  # noqa: E402

PACK = "ganzhou_forest_offset"
YEAR = 2023
UNIT = "涟水县"  # the demo county (320826)
REPORTER = "张三"


def run(env, algorithm: str, **parameters) -> dict:
    name = algorithm if ":" in algorithm else f"landbalance:{algorithm}"
    return qgis_headless.run(env, name, **parameters)["results"]


def form(env, out: Path, store: str, name: str, filtered: bool) -> tuple:
    pieces = out / f"offsetoverlay_{PACK}.gpkg"
    rows = out / f"reserve_bank_rows{'_entered' if filtered else ''}.gpkg"
    extra = {"STORE": store} if filtered else {}
    result = run(env, "reservebankform", INPUT=str(pieces), PROGRAMME=PACK, YEAR=YEAR, UNIT=UNIT, REPORTER=REPORTER,
                 OUTPUT=str(out / name), TABLE=str(rows), **extra)
    return result, rows


def show_form(out: Path, name: str) -> None:
    grid = as_rows(next(iter(read_workbook(out / name).values())))
    for row in grid[3:6] + [next(r for r in grid if r[0] == "合计")]:
        print("    " + " | ".join("" if v is None else (f"{v:.3f}" if isinstance(v, float) and v > 1e5
                                                          else str(v)) for v in row[:8]))


def bank_parcels_to_change(env, data: Path, out: Path, store: str, count: int) -> int:
    """The county records 验收 … 变更 for the first ``count`` banked pieces' parcels (one step at
    a time, as setstatus allows); returns how many parcels reached 变更."""
    with sqlite3.connect(out / f"offsetoverlay_{PACK}.gpkg") as db:
        table = db.execute("select table_name from gpkg_contents").fetchone()[0]
        bsms = [r[0] for r in db.execute(f'select distinct BGH_BSM from "{table}" order by TBH limit {count}')]
    steps = ["apply", "verify", "notice", "confirm", "afforest", "accept", "change"]
    parcels = f"{data / 'county.gpkg'}|layername=DLTB"
    for k, step in enumerate(steps):
        with sqlite3.connect(store) as db:
            current = dict(db.execute("select parcel_id, step from lb_status where programme = ?", (PACK,)))
        movers = [b for b in bsms if current.get(b) == (steps[k - 1] if k else None)]
        if movers:
            ids = ", ".join(f"'{b}'" for b in movers)
            run(env, "setstatus", INPUT=parcels, EXPRESSION=f'"BSM" IN ({ids})', PROGRAMME=PACK, STEP=step,
                NOTE="演示：补充林地验收后变更", DATE=f"{YEAR}-11-{10 + k:02d}", STORE=store)
    with sqlite3.connect(store) as db:
        return sum(1 for b in bsms if db.execute("select step from lb_status where programme = ? and parcel_id = ?",
                                                 (PACK, b)).fetchone() in (("change",), ("bank",)))


def ledger(env, out: Path, rows: Path, ledger_store: str) -> None:
    """Deposits, the quota grant, draw-downs (one refused), a deduction and the January report,
    each a qgis_process run recording in the journal of the workflow store."""
    store = {"PROGRAMME": PACK, "STORE": ledger_store}
    lost = out / "reserve_bank_degraded.gpkg"
    run(env, "native:extractbyattribute", INPUT=str(rows), FIELD="TBH", OPERATOR=0, VALUE="2", OUTPUT=str(lost))
    steps = [
        ("deposit the form's rows in the county bank", "landbalance:bankdeposit",
         {**store, "INPUT": str(rows), "YEAR": YEAR}),
        ("deposit them again a year later", "landbalance:bankdeposit", {**store, "INPUT": str(rows), "YEAR": YEAR + 1}),
        ("the quota grant", "landbalance:forestquota", {**store, "YEAR": YEAR}),
        ("a road project uses 20.00 mu", "landbalance:bankdrawdown",
         {**store, "YEAR": YEAR + 1, "PROJECT": "演示公路项目", "APPROVAL": "赣林地许准〔2024〕1号", "AREA_MU": 20}),
        ("a mining project wants 500.00 mu", "landbalance:bankdrawdown",
         {**store, "YEAR": YEAR + 1, "PROJECT": "演示矿山项目", "APPROVAL": "赣林地许准〔2024〕2号", "AREA_MU": 500}),
        ("图斑号 2 found degraded", "landbalance:bankdeduction",
         {**store, "INPUT": str(lost), "YEAR": YEAR, "REASON": "退化"}),
        ("the January report", "landbalance:bankreport",
         {**store, "YEAR": YEAR + 2, "OUTPUT": str(out / "储备库年度报告.xlsx"),
          "CHART": str(out / "储备库入库与使用.png")}),
    ]
    for label, algorithm, parameters in steps:
        try:
            r = qgis_headless.run(env, algorithm, **parameters)["results"]
        except RuntimeError as err:
            print(f"  ✗ {label}: REFUSED — {qgis_headless.refusal_of(err)}")
            continue
        if "DEPOSITED" in r:
            print(f"  ✓ {label}: {int(r['DEPOSITED'])} parcels, {r['AREA_MU']:,.2f} mu")
        elif "COUNTY_QUOTA_MU" in r:
            print(f"  ✓ {label} {YEAR}: county {r['COUNTY_QUOTA_MU']:,.2f} mu, provincial pool {r['POOL_MU']:,.2f} mu, "
                  f"lapsed {int(r['LAPSED'])} — {r['RULE']}")
        elif "DRAWN_MU" in r:
            print(f"  ✓ {label}: balance {r['BALANCE_MU']:,.2f} mu")
        elif "DEDUCTED_MU" in r:
            print(f"  ✓ {label}: deducted {r['DEDUCTED_MU']:,.2f} mu from the {YEAR} quota, "
                  f"owed {r['OWED_MU']:,.2f} mu")
        else:
            print(f"  ✓ {label} {YEAR + 2}: banked {r['BANKED_MU']:,.2f} mu, quota {r['QUOTA_MU']:,.2f} mu, used "
                  f"{r['USED_MU']:,.2f} mu, balance {r['BALANCE_MU']:,.2f} mu → out/储备库年度报告.xlsx, "
                  "out/储备库入库与使用.png")
            show_report(out)


def samples(env, out: Path, rows: Path) -> None:
    city = run(env, "verificationsample", INPUT=str(rows), PROGRAMME=PACK, SAMPLING="city_check", SEED=20240915,
               OUTPUT=str(out / "reserve_bank_city_sample.gpkg"), CHECKLIST=str(out / "市级现场核查清单.xlsx"))
    print(f"  city check (30 % of the area): target {city['TARGET']:,.2f} mu, sampled {city['SAMPLED']:,.2f} mu "
          f"in {int(city['SAMPLED_PARCELS'])} parcels → out/市级现场核查清单.xlsx")
    province = run(env, "verificationsample", INPUT=str(out / "reserve_bank_city_sample.gpkg"), PROGRAMME=PACK,
                   SAMPLING="province_recheck", SEED=20241015, POPULATION_FIELD="SAMPLE",
                   OUTPUT=str(out / "reserve_bank_province_sample.gpkg"), CHECKLIST=str(out / "省级现场复查清单.xlsx"))
    print(f"  province re-check (15 %, from the city's sample): target {province['TARGET']:,.2f} mu, sampled "
          f"{province['SAMPLED']:,.2f} mu in {int(province['SAMPLED_PARCELS'])} parcels → out/省级现场复查清单.xlsx")


def show_report(out: Path) -> None:
    grid = as_rows(next(iter(read_workbook(out / "储备库年度报告.xlsx").values())))
    print("    年度   入库县级 入库省级 定额县级 定额统筹 使用县级 使用统筹   扣减   作废 结余县级 结余统筹   欠扣")
    for row in grid[2:]:
        if row and row[0] and (str(row[0]).isdigit() or row[0] == "合计"):
            label = "合计  " if row[0] == "合计" else f"{row[0]:<6}"  # 合计: two wide characters
            print(f"    {label}" + "".join(f"{float(v or 0):>9,.2f}" for v in row[1:12]))


def run_all(env, data: Path, out: Path) -> None:
    store = str(data / "county_workflow.gpkg")  # demo_workflow.py's store, the sidecar the dock finds
    print(f"补充林地储备库 Reserve bank ({PACK})")
    whole = f"补充林地储备库表_{YEAR}_全部.xlsx"
    result, _ = form(env, out, store, whole, filtered=False)
    print(f"  附件2 form {YEAR} ({UNIT}), every overlay piece: {int(result['PARCELS'])} parcels, 入库面积 "
          f"{result['BANK_AREA_MU']:,.2f} mu → out/{whole}")
    reached = bank_parcels_to_change(env, data, out, store, 6)
    name = f"补充林地储备库表_{YEAR}.xlsx"
    result, rows = form(env, out, store, name, filtered=True)
    print(f"  {reached} parcels moved on to 变更 (setstatus); the form of those that reached it: "
          f"{int(result['PARCELS'])} parcels, 入库面积 {result['BANK_AREA_MU']:,.2f} mu, 图斑面积 "
          f"{result['PARCEL_AREA_MU']:,.2f} mu → out/{name}")
    show_form(out, name)
    ledger(env, out, rows, store)
    samples(env, out, rows)


def main() -> None:
    out = REPO / "out"
    run_all(qgis_headless.make_home(REPO / ".build" / "qgis-home"), REPO / "data" / "demo", out)


if __name__ == "__main__":
    main()
