"""`make demo`, eligibility part: every pack's eligibility algorithm on the demo county.

Prints, per programme and rule set, how many parcels and mu are eligible (是), partly
eligible (部分) and not (否), and the most frequent reasons; the Ganzhou forest offset gives
the reserve-bank pieces. Called by scripts/demo.py's main().
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import qgis_headless
from qgis_headless import layer_rows

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / ".build"))

from land_balance.rules import eligibility  # noqa: E402
from land_balance.rules.packs import load_packs  # noqa: E402


def _run_rule_set(env, data: Path, out: Path, pack, rule_set) -> None:
    gpkg = data / "county.gpkg"
    target = out / f"eligibility_{pack.id}_{rule_set.id}.gpkg"
    params = {"INPUT": f"{gpkg}|layername=DLTB", "RULE_SET": rule_set.id, "DEM": str(data / "dem.tif"),
              "PLAN_YEAR": 2024, "OUTPUT": str(target)}
    for role in rule_set.roles:
        params[role.field_name] = f"{gpkg}|layername={role.id}"
    result = qgis_headless.run(env, f"landbalance:eligibility_{pack.id}", **params)["results"]
    print(f"  {pack.name_zh} · {rule_set.name_zh} ({result['RULES']})")
    for verdict, count, mu in layer_rows(target, "select ELIGIBLE, count(*), round(sum(NET_AREA_MU), 2) from {table} "
                                            "group by ELIGIBLE order by ELIGIBLE"):
        label = verdict + " " * (4 - 2 * len(verdict))  # 是/否/部分 take two columns a character
        print(f"    {label}{count:>7} parcels {mu:>14,.2f} mu usable")
    reasons = Counter()
    for (text,) in layer_rows(target, "select REASONS from {table} where REASONS != ''"):
        reasons.update({part.split(":")[0] for part in text.split("; ")})
    top = "、".join(f"{eligibility.reason_name(code, rule_set)} ×{n}" for code, n in reasons.most_common(5))
    print(f"    主要原因 top reasons: {top or '—'}")


def _run_offset(env, data: Path, out: Path, pack) -> None:
    gpkg = data / "county.gpkg"
    target = out / f"offsetoverlay_{pack.id}.gpkg"
    result = qgis_headless.run(env, f"landbalance:offsetoverlay_{pack.id}", INPUT=f"{gpkg}|layername=DLTB",
                               EARLIER=f"{gpkg}|layername=DLTB_2022", FILLED_BY="demo", OUTPUT=str(target))
    results = result["results"]
    restored = layer_rows(target, "select STXF, count(*), round(sum(RKMJ_MU), 2) from {table} group by STXF")
    print(f"  {pack.name_zh} ({results['RULES']}): {results['PIECES']} pieces mining → forest, "
          f"{results['BANK_AREA_MU']:,.2f} mu; restored 是/否: "
          + ", ".join(f"{v} {n} ({mu:,.2f} mu)" for v, n, mu in restored))


def run(env, data: Path, out: Path) -> None:
    print("选址适宜性 Eligibility overlays (landbalance:eligibility_<pack>)")
    for pack in load_packs():
        sets = eligibility.eligibility_rule_sets(pack)
        for spec in sets:
            _run_rule_set(env, data, out, pack, eligibility.rule_set(pack, spec["id"]))
        if not sets and any(rs["kind"] == "offset" for rs in pack.rule_sets):
            _run_offset(env, data, out, pack)
