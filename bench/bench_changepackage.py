"""`make bench` (change packages): landbalance:changepackage, landbalance:areacontrol and
landbalance:validatechangepackage on the 200 000-parcel bench county, each against the OGR
read + write floor of the same layers.

Inputs made once (deterministic) next to the county, in data/bench/changepackage/:
* changes.gpkg — 5 000 change polygons (about 2 % of the county, the size of a real annual
  change), none overlapping: 40 % whole parcels with a new class (BGXW 1), 40 % a part of a
  parcel cut by a line (a remainder is left), 20 % a disc around a parcel corner spanning two to
  four parcels; a tenth of them become dry land with GDPDJB/GDLX given;
* control.gpkg — a village control table (ZLDWDM, MSSM, DCMJ): each village's Σ TBMJ moved by a
  few cents within the county pack's tolerance (the county's own CJDCQ holds the demo's planted
  survey errors, which areacontrol rightly refuses).

Contenders, each in a fresh process (wall time and peak RSS its own, QGIS start-up excluded):
(a) changepackage (package + 一览表) vs (a0) OGR: read the base and the changes (all fields +
WKB), write DLTBGX and DLTBGXGC with as many rows and fields as (a) wrote;
(b) areacontrol vs (b0) OGR: read the base and the control table, write every parcel;
(c) validatechangepackage on (a)'s package vs (c0) OGR: read the package and the base.

    python bench/bench_changepackage.py --data data/bench
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

from bench_area import QGIS_PRELUDE, machine

REPO = Path(__file__).resolve().parents[1]
CHANGES, SEED = 5000, 20240101

OGR_PRELUDE = """
import time, json, resource
from osgeo import ogr
ogr.UseExceptions()

def read_all(path, name):
    ds = ogr.Open(path)
    layer = ds.GetLayerByName(name)
    rows = 0
    for feature in layer:  # as bench_area.py's floor: every field and the WKB
        [feature.GetField(i) for i in range(feature.GetFieldCount())]
        geometry = feature.GetGeometryRef()
        if geometry is not None:
            geometry.ExportToWkb()
        rows += 1
    return rows

def write_copies(out, name, source_path, source_name, count, extra_fields=0):
    source_ds = ogr.Open(source_path)  # kept: a layer outliving its dataset crashes OGR
    source = source_ds.GetLayerByName(source_name)
    target = out.CreateLayer(name, source.GetSpatialRef(), ogr.wkbMultiPolygon)
    definition = source.GetLayerDefn()
    for i in range(definition.GetFieldCount()):
        target.CreateField(definition.GetFieldDefn(i))
    for i in range(extra_fields):
        target.CreateField(ogr.FieldDefn(f"X{i}", ogr.OFTString))
    target.StartTransaction()
    written = 0
    for feature in source:
        if written == count:
            break
        new = ogr.Feature(target.GetLayerDefn())
        new.SetFrom(feature)
        for i in range(extra_fields):
            new.SetField(f"X{i}", "0")
        target.CreateFeature(new)
        written += 1
    target.CommitTransaction()
"""

CONTENDERS = {
    "changepackage_floor": OGR_PRELUDE + """
t = time.perf_counter()
n = read_all(BASE, "DLTB") + read_all(CHANGES, "changes")
out = ogr.GetDriverByName("GPKG").CreateDataSource(OUT + "/floor.gpkg")
write_copies(out, "DLTBGX", BASE, "DLTB", COUNTS["DLTBGX"])
write_copies(out, "DLTBGXGC", BASE, "DLTB", COUNTS["DLTBGXGC"], extra_fields=34)
out = None
elapsed = time.perf_counter() - t
""",
    "changepackage": QGIS_PRELUDE + """
t = time.perf_counter()
result = processing.run("landbalance:changepackage", {"BASE": BASE + "|layername=DLTB",
    "CHANGES": CHANGES + "|layername=changes", "UPDATE_DATE": "2024-12-31", "OUTPUT": OUT + "/package.gpkg",
    "LIST": OUT + "/list.xlsx"}, context=context, feedback=feedback)
elapsed = time.perf_counter() - t
n = result["PIECES"]
extra = {"DLTBGX": result["PARCELS"], "DLTBGXGC": result["PIECES"], "PARCELS_CHANGED": result["PARCELS_CHANGED"]}
""",
    "areacontrol_floor": OGR_PRELUDE + """
t = time.perf_counter()
n = read_all(CONTROL, "control")
out = ogr.GetDriverByName("GPKG").CreateDataSource(OUT + "/floor.gpkg")
n += read_all(BASE, "DLTB")
write_copies(out, "DLTB", BASE, "DLTB", 10**9)
out = None
elapsed = time.perf_counter() - t
""",
    "areacontrol": QGIS_PRELUDE + """
t = time.perf_counter()
result = processing.run("landbalance:areacontrol", {"INPUT": BASE + "|layername=DLTB",
    "CONTROL": CONTROL + "|layername=control", "OUTPUT": OUT + "/controlled.gpkg", "REPORT": OUT + "/report.gpkg"},
    context=context, feedback=feedback)
elapsed = time.perf_counter() - t
n = result["VILLAGES"]
extra = {"PARCELS_TOUCHED": result["PARCELS_TOUCHED"]}
""",
    "validate_floor": OGR_PRELUDE + """
t = time.perf_counter()
n = read_all(PACKAGE, "DLTBGX") + read_all(PACKAGE, "DLTBGXGC") + read_all(BASE, "DLTB")
elapsed = time.perf_counter() - t
""",
    "validate": QGIS_PRELUDE + """
t = time.perf_counter()
result = processing.run("landbalance:validatechangepackage", {"PACKAGE": PACKAGE, "BASE": BASE + "|layername=DLTB",
    "OUTPUT": OUT + "/findings.gpkg", "REPORT": OUT + "/report.xlsx"}, context=context, feedback=feedback)
elapsed = time.perf_counter() - t
n = result["ERRORS"]
extra = {"ERRORS": result["ERRORS"], "WARNINGS": result["WARNINGS"]}
""",
}

EPILOGUE = """
print("BENCH " + json.dumps({"seconds": elapsed, "count": n, "extra": globals().get("extra", {}),
      "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}))
"""


# ── inputs ────────────────────────────────────────────────────────────────────────────


def make_changes(county: Path, target: Path) -> None:
    """5 000 non-overlapping change polygons over the county's DLTB (see the docstring)."""
    import shapely
    from osgeo import ogr, osr

    ds = ogr.Open(str(county))
    layer = ds.GetLayerByName("DLTB")
    codes, wkbs = [], []
    for feature in layer:
        codes.append(feature.GetField("DLBM"))
        wkbs.append(bytes(feature.GetGeometryRef().ExportToWkb()))
    parcels = shapely.make_valid(shapely.from_wkb(wkbs))
    tree = shapely.STRtree(parcels)
    rng = np.random.default_rng(SEED)
    taken = np.zeros(len(parcels), dtype=bool)  # parcels a change already touches
    shapes, attributes = [], []
    for row in rng.permutation(len(parcels)).tolist():
        if len(shapes) == CHANGES:
            break
        if taken[row]:
            continue
        kind = rng.random()
        parcel = parcels[row]
        if kind < 0.4:
            shape = parcel
        elif kind < 0.8:
            shape = _half(parcel, rng)
        else:
            corner = np.asarray(shapely.get_coordinates(parcel))[0]
            shape = shapely.Point(corner).buffer(25.0, quad_segs=8)
        if shape is None or shape.is_empty or not shape.is_valid:
            continue
        touched = tree.query(shape, predicate="intersects")
        if taken[touched].any():
            continue
        taken[touched] = True
        shapes.append(shape)
        cropland = rng.random() < 0.1
        new = "0103" if cropland else ("0404" if str(codes[row]).startswith("03") else "0301")
        attributes.append((new, "2" if cropland else None, "PD" if cropland else None))
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(target))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4528)
    changes = out.CreateLayer("changes", srs, ogr.wkbMultiPolygon)
    for name in ("DLBM", "GDPDJB", "GDLX"):
        changes.CreateField(ogr.FieldDefn(name, ogr.OFTString))
    changes.StartTransaction()
    for shape, values in zip(shapes, attributes):
        feature = ogr.Feature(changes.GetLayerDefn())
        for name, value in zip(("DLBM", "GDPDJB", "GDLX"), values):
            if value is not None:
                feature.SetField(name, value)
        feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(shapely.to_wkb(shape))))
        changes.CreateFeature(feature)
    changes.CommitTransaction()
    out = None


def _half(parcel, rng):
    """The part of a parcel on one side of a line through its centre."""
    import shapely

    centre = np.asarray(parcel.centroid.coords[0])
    angle = rng.uniform(0, np.pi)
    reach = 4 * np.sqrt(parcel.area) + 10
    d = np.array([np.cos(angle), np.sin(angle)]) * reach
    n = np.array([-d[1], d[0]])
    half_plane = shapely.Polygon([centre - d, centre + d, centre + d + n, centre - d + n])
    part = shapely.intersection(parcel, half_plane)
    parts = [p for p in shapely.get_parts(part) if p.geom_type == "Polygon"]
    return max(parts, key=lambda p: p.area) if parts else None


def make_control(county: Path, target: Path) -> None:
    """Each village's Σ TBMJ moved by up to half a cent a parcel (within the pack's tolerance)."""
    from osgeo import ogr

    ds = ogr.Open(str(county))
    sums = ds.ExecuteSQL("select ZLDWDM, MSSM, count(*) as n, sum(round(TBMJ * 100)) as cents from DLTB "
                         "group by ZLDWDM, MSSM", dialect="SQLITE")
    rows = [(f.GetField(0), f.GetField(1), f.GetField(2), int(f.GetField(3))) for f in sums]
    ds.ReleaseResultSet(sums)
    rng = np.random.default_rng(SEED)
    out = ogr.GetDriverByName("GPKG").CreateDataSource(str(target))
    table = out.CreateLayer("control", None, ogr.wkbNone)
    for name, kind in (("ZLDWDM", ogr.OFTString), ("MSSM", ogr.OFTString), ("DCMJ", ogr.OFTReal)):
        table.CreateField(ogr.FieldDefn(name, kind))
    for zldwdm, mssm, n, cents in rows:
        feature = ogr.Feature(table.GetLayerDefn())
        feature.SetField("ZLDWDM", zldwdm)
        feature.SetField("MSSM", mssm)
        feature.SetField("DCMJ", (cents + int(rng.integers(-n // 2, n // 2 + 1))) / 100)
        table.CreateFeature(feature)
    out = None


def inputs(data: Path) -> tuple[Path, Path]:
    folder = data / "changepackage"
    folder.mkdir(exist_ok=True)
    changes, control = folder / "changes.gpkg", folder / "control.gpkg"
    county = data / "county.gpkg"
    for path, make in ((changes, make_changes), (control, make_control)):
        if not path.exists() or path.stat().st_mtime < county.stat().st_mtime:  # made for this county
            path.unlink(missing_ok=True)
            make(county, path)
    return changes, control


# ── running ──────────────────────────────────────────────────────────────────────────


def run_contender(name: str, variables: dict, workdir: Path) -> dict:
    out = workdir / name
    out.mkdir()
    code = "".join(f"{k} = {v!r}\n" for k, v in variables.items()) + f"OUT = {str(out)!r}\n" + CONTENDERS[name] \
        + EPILOGUE
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PATH="/usr/bin:" + os.environ.get("PATH", ""))
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    line = [ln for ln in done.stdout.splitlines() if ln.startswith("BENCH ")]
    if done.returncode != 0 or not line:
        raise RuntimeError(f"{name} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    result = json.loads(line[0][6:])
    result["out"] = str(out)
    return result


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO / "data" / "bench")
    args = parser.parse_args(argv)
    changes, control = inputs(args.data)
    base = str(args.data / "county.gpkg")
    load = os.getloadavg()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        common = {"BASE": base, "CHANGES": str(changes), "CONTROL": str(control)}
        results["changepackage"] = run_contender("changepackage", common, work)
        counts = {k: results["changepackage"]["extra"][k] for k in ("DLTBGX", "DLTBGXGC")}
        results["changepackage_floor"] = run_contender("changepackage_floor", {**common, "COUNTS": counts}, work)
        package = str(Path(results["changepackage"]["out"]) / "package.gpkg")
        results["validate"] = run_contender("validate", {**common, "PACKAGE": package}, work)
        results["validate_floor"] = run_contender("validate_floor", {**common, "PACKAGE": package}, work)
        results["areacontrol"] = run_contender("areacontrol", common, work)
        results["areacontrol_floor"] = run_contender("areacontrol_floor", common, work)
    load_after = os.getloadavg()
    print(f"Machine: {machine()}; load average {load[0]:.2f} before, {load_after[0]:.2f} after")
    print(f"Data: {base} (200 000-parcel bench county), {changes.name} ({CHANGES} change polygons), "
          f"{time.strftime('%Y-%m-%d')}")
    print(f"{'contender':<58}{'seconds':>9}{'peak MB':>10}{'/ floor':>9}")
    pkg = results["changepackage"]["extra"]
    rows = [
        ("changepackage_floor", "(a0) OGR: read base + changes, write DLTBGX + DLTBGXGC", None),
        ("changepackage", f"(a) changepackage: {pkg['DLTBGX']} parcels, {pkg['DLTBGXGC']} pieces + 一览表",
         "changepackage_floor"),
        ("validate_floor", "(c0) OGR: read the package and the base", None),
        ("validate", f"(c) validatechangepackage: {results['validate']['extra']['ERRORS']} errors, "
                     f"{results['validate']['extra']['WARNINGS']} warnings", "validate_floor"),
        ("areacontrol_floor", "(b0) OGR: read base + control, write every parcel", None),
        ("areacontrol", f"(b) areacontrol: {results['areacontrol']['count']} villages, "
                        f"{results['areacontrol']['extra']['PARCELS_TOUCHED']} parcels adjusted", "areacontrol_floor"),
    ]
    for name, label, floor in rows:
        r = results[name]
        ratio = f"{r['seconds'] / results[floor]['seconds']:>9.2f}" if floor else f"{'':>9}"
        print(f"{label:<58}{r['seconds']:>9.2f}{r['max_rss_mb']:>10.0f}{ratio}")
    print("goals: each ≤ 3 × its floor, peak memory < 2048 MB")
    out = REPO / "out"
    out.mkdir(exist_ok=True)
    (out / "bench_changepackage.json").write_text(json.dumps(
        {"machine": machine(), "load": [load, load_after], "results": results}, ensure_ascii=False, indent=2),
        encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
