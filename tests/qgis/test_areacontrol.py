"""landbalance:areacontrol through Processing: the hand-made county (tests/survey_county.py)
balanced against village controls to the cent, with the expected parcels worked out here by
the rule of DOMAIN.md (whole cents, largest TBMJ first), not by the plugin's code."""

from __future__ import annotations

import pytest
import shapely
from osgeo import ogr
from qgis.core import QgsProcessingException, QgsProcessingFeedback

import survey_county as sc
from reference_area import half_away

CONTROL_FIELDS = [("ZLDWDM", "text", 19, 0), ("ZLDWMC", "text", 50, 0), ("DCMJ", "real", 15, 2), ("MSSM", "text", 2, 0)]


def run(parameters):
    import processing

    return processing.run("landbalance:areacontrol", parameters, feedback=QgsProcessingFeedback())


def cents(value) -> int:
    return int(round(half_away(value) * 100))


def village_parcels():
    out = {}
    for name in sc.PARCELS:
        record = sc.parcel_record(name)
        out.setdefault(record["ZLDWDM"], []).append(record)
    return out


def write_control(path, dcmj: dict, geometries=None):
    """A control table (no geometry) or, with ``geometries``, a CJDCQ polygon layer."""
    driver = ogr.GetDriverByName("GPKG")
    ds = driver.Open(str(path), 1) if path.exists() else driver.CreateDataSource(str(path))
    layer = ds.CreateLayer("CJDCQ", None if geometries is None else _srs(), ogr.wkbNone if geometries is None
                           else ogr.wkbMultiPolygon)
    for name, kind, width, precision in CONTROL_FIELDS:
        definition = ogr.FieldDefn(name, ogr.OFTString if kind == "text" else ogr.OFTReal)
        definition.SetWidth(width)
        definition.SetPrecision(precision)
        layer.CreateField(definition)
    for village, area in dcmj.items():
        feature = ogr.Feature(layer.GetLayerDefn())
        feature.SetField("ZLDWDM", village)
        feature.SetField("ZLDWMC", sc.NAMES[village])
        feature.SetField("DCMJ", area)
        feature.SetField("MSSM", "00")
        if geometries is not None:
            feature.SetGeometry(ogr.ForceToMultiPolygon(ogr.CreateGeometryFromWkb(shapely.to_wkb(geometries[village]))))
        layer.CreateFeature(feature)
    del layer, ds
    return f"{path}|layername=CJDCQ"


def _srs():
    from osgeo import osr

    srs = osr.SpatialReference()
    srs.ImportFromEPSG(sc.EPSG)
    return srs


def by_bsm(layer) -> dict:
    return {f["BSM"]: f for f in layer.getFeatures()}


def expected_by_hand(records, difference_cents: int) -> dict:
    """BSM → TBMJ cents: |d| div n each and the |d| mod n largest one more (ties: the earlier)."""
    n = len(records)
    step = 1 if difference_cents > 0 else -1
    out = {r["BSM"]: cents(r["TBMJ"]) + step * (abs(difference_cents) // n) for r in records}
    ranked = sorted(range(n), key=lambda k: (-cents(records[k]["TBMJ"]), k))
    for k in ranked[:abs(difference_cents) % n]:
        out[records[k]["BSM"]] += step
    return out


def test_villages_balanced_to_the_cent(tmp_path, provider):
    villages = village_parcels()
    sums = {v: sum(cents(r["TBMJ"]) for r in rs) for v, rs in villages.items()}
    control = write_control(tmp_path / "control.gpkg", {sc.V1: (sums[sc.V1] + 3) / 100, sc.V2: (sums[sc.V2] - 2) / 100})
    result = run({"INPUT": sc.write_base(tmp_path / "base.gpkg"), "CONTROL": control, "OUTPUT": "memory:",
                  "REPORT": "memory:"})
    parcels = by_bsm(result["OUTPUT"])
    expected = {**expected_by_hand(villages[sc.V1], 3), **expected_by_hand(villages[sc.V2], -2)}
    assert {b: cents(f["TBMJ"]) for b, f in parcels.items()} == expected
    for village, records in villages.items():  # each village adds up to its control exactly
        assert sum(cents(parcels[r["BSM"]]["TBMJ"]) for r in records) == sums[village] + (3 if village == sc.V1 else -2)
    for feature in parcels.values():  # 田坎 follows TBMJ
        kcmj = half_away(feature["TBMJ"] * (feature["KCXS"] or 0))
        assert feature["KCMJ"] == pytest.approx(kcmj) and feature["TBDLMJ"] == pytest.approx(feature["TBMJ"] - kcmj)
    report = {f["ZLDWDM"]: f for f in result["REPORT"].getFeatures()}
    assert (report[sc.V1]["DIFF_CENTS"], report[sc.V1]["TOUCHED"], report[sc.V1]["PARCELS"]) == (3, 3, 5)
    assert (report[sc.V2]["DIFF_CENTS"], report[sc.V2]["TOUCHED"], report[sc.V2]["ZLDWMC"]) == (-2, 2, "李庄村")
    assert (result["VILLAGES"], result["PARCELS_TOUCHED"], result["DIFFERENCE_M2"]) == (2, 5, 0.05)


def test_county_control_first_goes_to_the_larger_village(tmp_path, provider):
    villages = village_parcels()
    sums = {v: sum(cents(r["TBMJ"]) for r in rs) for v, rs in villages.items()}
    control = write_control(tmp_path / "control.gpkg", {v: s / 100 for v, s in sums.items()})
    county = (sums[sc.V1] + sums[sc.V2] + 1) / 100  # one cent: to V1, the larger village
    result = run({"INPUT": sc.write_base(tmp_path / "base.gpkg"), "CONTROL": control, "COUNTY_CONTROL_LAND": county,
                  "OUTPUT": "memory:", "REPORT": "memory:"})
    report = {f["ZLDWDM"]: f for f in result["REPORT"].getFeatures()}
    assert sums[sc.V1] > sums[sc.V2]
    assert (report[sc.V1]["CONTROL_M2"], report[sc.V1]["DIFF_CENTS"]) == (pytest.approx((sums[sc.V1] + 1) / 100), 1)
    assert report[sc.V2]["DIFF_CENTS"] == 0
    parcels = by_bsm(result["OUTPUT"])
    assert sum(cents(f["TBMJ"]) for f in parcels.values()) == cents(county)


def test_cjdcq_polygons_as_control(tmp_path, provider):
    """DCMJ = the village polygon's area by the formula (second method): the parcels differ by
    rounding only, and end up adding up to it."""
    outline = {sc.V1: shapely.union_all([sc.PARCELS[n][5] for n in ("P1", "P2", "P5", "P6", "P7")]),
               sc.V2: shapely.union_all([sc.PARCELS[n][5] for n in ("P3", "P4", "P8")])}
    dcmj = {v: sc.official(g) for v, g in outline.items()}
    control = write_control(tmp_path / "cjdcq.gpkg", dcmj, outline)
    result = run({"INPUT": sc.write_base(tmp_path / "base.gpkg"), "CONTROL": control, "OUTPUT": "memory:",
                  "REPORT": "memory:"})
    parcels = by_bsm(result["OUTPUT"])
    for village, records in village_parcels().items():
        assert sum(cents(parcels[r["BSM"]]["TBMJ"]) for r in records) == cents(dcmj[village])


def test_a_village_beyond_tolerance_is_refused_and_nothing_written(tmp_path, provider):
    villages = village_parcels()
    sums = {v: sum(cents(r["TBMJ"]) for r in rs) for v, rs in villages.items()}
    control = write_control(tmp_path / "control.gpkg", {sc.V1: (sums[sc.V1] + 100) / 100, sc.V2: sums[sc.V2] / 100})
    out = tmp_path / "out.gpkg"
    with pytest.raises(QgsProcessingException) as refused:
        run({"INPUT": sc.write_base(tmp_path / "base.gpkg"), "CONTROL": control, "OUTPUT": str(out),
             "REPORT": str(tmp_path / "report.gpkg")})
    message = str(refused.value)
    assert f"village {sc.V1} (MSSM 00): 5 parcels add up to {sums[sc.V1] / 100:.2f} m²" in message
    assert f"the control is {(sums[sc.V1] + 100) / 100:.2f} m², a difference of 1.00 m²" in message
    assert "beyond the tolerance of 0.05 m²" in message and "nothing was written" in message
    assert sc.V2 not in message
    assert not out.exists() and not (tmp_path / "report.gpkg").exists()


def test_a_village_missing_from_control_is_named(tmp_path, provider):
    villages = village_parcels()
    control = write_control(tmp_path / "control.gpkg", {sc.V1: sum(cents(r["TBMJ"]) for r in villages[sc.V1]) / 100})
    with pytest.raises(QgsProcessingException, match=f"field ZLDWDM: the villages {sc.V2} \\(MSSM 00\\) have parcels "
                                                     "but no row in the control layer"):
        run({"INPUT": sc.write_base(tmp_path / "base.gpkg"), "CONTROL": control, "OUTPUT": "memory:",
             "REPORT": "memory:"})


def test_parcels_without_kcxs_field_are_named(tmp_path, provider):
    fields = [("BSM", "text", 18, 0), ("ZLDWDM", "text", 19, 0), ("MSSM", "text", 2, 0), ("TBMJ", "real", 15, 2)]
    base = sc.write_layer(tmp_path / "base.gpkg", "DLTB", [sc.parcel_record("P1")], [sc.PARCELS["P1"][5]],
                          fields=fields)
    with pytest.raises(QgsProcessingException, match="Layer “base” has no field “KCXS”"):
        run({"INPUT": base, "COUNTY_CONTROL_LAND": 10000.0, "OUTPUT": "memory:", "REPORT": "memory:"})
