"""`make demo`, change-package part: the forest-offset pipeline as one model, then apply and 调平.

Runs landbalance:forest_offset_change_package (two-year overlay → area statistics → change package
on DLTB_2022 → package check) headless and prints the pieces, their balance against the
before-parcels' TBMJ and the validator's verdict; applies the package (year-end DLTB); runs
landbalance:areacontrol against the county's CJDCQ, which refuses the villages holding the demo's
planted defects (a crossed ring, the duplicated parcel) and balances the others. Called by
scripts/demo.py's main().
"""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import qgis_headless
from qgis_headless import layer_rows

MU = 10000 / 15


def _pipeline(env, data: Path, out: Path) -> Path:
    county = data / "county.gpkg"
    package = out / "change_package.gpkg"
    results = qgis_headless.run(
        env, "landbalance:forest_offset_change_package", later=f"{county}|layername=DLTB",
        earlier=f"{county}|layername=DLTB_2022", update_date="2023-12-31", filled_by="demo",
        **{"offsetoverlay:pieces": str(out / "offset_pieces.gpkg"),
           "areastatistics:summary": str(out / "offset_pieces_by_township.gpkg"),
           "changepackage:package": str(package), "changepackage:change_list": str(out / "土地变更一览表.xlsx"),
           "validate:findings": str(out / "change_package_findings.gpkg"),
           "validate:check_report": str(out / "change_package_check.xlsx")})["results"]
    print("变更调查更新包 Change package (model landbalance:forest_offset_change_package: offset overlay → area "
          "statistics → changepackage → validatechangepackage)")
    pieces = layer_rows(package, "select BGXW, count(*), sum(TBBGMJ) from DLTBGXGC group by BGXW order by BGXW")
    parcels = layer_rows(package, "select count(*) from DLTBGX")[0][0]
    print(f"  DLTBGX {parcels} parcels; DLTBGXGC {sum(p[1] for p in pieces)} pieces: "
          + ", ".join(f"BGXW {b} ×{n} ({m2:,.2f} m²)" for b, n, m2 in pieces))
    _balance(county, package)
    findings = out / "change_package_findings.gpkg"
    verdict = layer_rows(findings, "select SEVERITY, count(*) from {table} group by SEVERITY")
    counts = dict(verdict)
    status = "通过 passed" if not counts.get("错误") else "不通过 failed"
    print(f"  validator: {counts.get('错误', 0)} errors, {counts.get('警告', 0)} warnings → {status}"
          f"  (report {results['validate:check_report']})")
    return package


def _balance(county: Path, package: Path) -> None:
    """Σ TBBGMJ per before-parcel against its TBMJ in DLTB_2022, in whole cents."""
    pieces = layer_rows(package, "select BGQTBBSM, round(sum(TBBGMJ) * 100) from DLTBGXGC group by BGQTBBSM")
    with sqlite3.connect(county) as db:
        marks = ",".join("?" * len(pieces))
        tbmj = dict(db.execute(f"select BSM, round(TBMJ * 100) from DLTB_2022 where BSM in ({marks})",
                               [p[0] for p in pieces]).fetchall())
    exact = sum(1 for bsm, cents in pieces if tbmj.get(bsm) == cents)
    total = sum(cents for _, cents in pieces) / 100
    print(f"  balanced areas: the pieces of {exact} of {len(pieces)} before-parcels add up to their TBMJ to the cent "
          f"({total:,.2f} m² = {total / MU:,.2f} mu); land-class changes:")
    for group, mu in layer_rows(package, "select BGHDLMC, round(sum(BGHTBDLMJ) / (10000.0 / 15), 2) from DLTBGXGC "
                                     "where BGQDLBM != BGHDLBM group by BGHDLMC"):
        print(f"    → {group}: {mu:,.2f} mu")


def _apply(env, data: Path, out: Path, package: Path) -> None:
    year_end = out / "DLTB_2023_from_package.gpkg"
    results = qgis_headless.run(env, "landbalance:applychangepackage",
                                BASE=f"{data / 'county.gpkg'}|layername=DLTB_2022", PACKAGE=str(package),
                                OUTPUT=str(year_end))["results"]
    before = layer_rows(data / "county.gpkg", "select round(sum(TBMJ), 2) from DLTB_2022")[0][0]
    after = layer_rows(year_end, "select round(sum(TBMJ), 2) from {table}")[0][0]
    print(f"  applied (landbalance:applychangepackage): {results['REPLACED']} parcels replaced by {results['ADDED']}, "
          f"{results['PARCELS']} parcels; county total {before:,.2f} m² before, {after:,.2f} m² after")


def _area_control(env, data: Path, out: Path) -> None:
    county = data / "county.gpkg"
    print("控制面积调平 Control-area adjustment (landbalance:areacontrol, DLTB against CJDCQ)")
    params = {"INPUT": f"{county}|layername=DLTB", "CONTROL": f"{county}|layername=CJDCQ",
              "OUTPUT": str(out / "dltb_controlled.gpkg"), "REPORT": str(out / "control_report.gpkg")}
    refused: list = []
    try:
        results = qgis_headless.run(env, "landbalance:areacontrol", **params)["results"]
    except RuntimeError as err:
        # qgis_process says it on stdout and stderr: each line once.
        lines = [line.strip() for line in str(err).splitlines() if re.search(r"(?:village|村) \d{19}", line)]
        lines = list(dict.fromkeys(lines))
        refused = sorted(set(re.findall(r"(?:village|村) (\d{19})", "\n".join(lines))))
        print(f"  refused, nothing written — {len(refused)} villages hold the demo's planted defects:")
        for line in lines:
            print("    " + line.strip())
        codes = ",".join(f"'{code}'" for code in refused)
        subset = f'"ZLDWDM" NOT IN ({codes})'
        params.update(INPUT=f"{params['INPUT']}|subset={subset}", CONTROL=f"{params['CONTROL']}|subset={subset}")
        results = qgis_headless.run(env, "landbalance:areacontrol", **params)["results"]
    report = layer_rows(out / "control_report.gpkg", "select count(*), sum(abs(DIFF_CENTS)), max(abs(DIFF_CENTS)) "
                                                  "from {table}")[0]
    label = "the other " if refused else ""
    print(f"  {label}{results['VILLAGES']} villages balanced to their DCMJ to the cent: {results['PARCELS_TOUCHED']} "
          f"parcels adjusted, {report[1]} cents spread (at most {report[2]} in a village)")


def run(env, data: Path, out: Path) -> None:
    package = _pipeline(env, data, out)
    _apply(env, data, out, package)
    _area_control(env, data, out)
