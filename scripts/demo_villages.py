"""The demo county's village layer CJDCQ (村级调查区): one polygon per ZLDWDM with its DCMJ.

Control-area adjustment (landbalance:areacontrol) needs each 坐落单位's control area. In the
survey, CJDCQ holds one polygon per ZLDWDM and its DCMJ (调查面积), the polygon's ellipsoidal
area by the same formula as TBMJ. The demo county's ZLDWDM is a township code padded with
zeros, so its CJDCQ units are the townships' outlines, drawn from the tessellation (the village
boundary as surveyed, not the union of the parcels as stored): a unit whose parcels carry a
planted defect (a crossed ring, the duplicated parcel) does not add up to its DCMJ — a survey
error areacontrol refuses, as it should. Called by scripts/demo_county.py's build_county.
"""

from __future__ import annotations

from osgeo import ogr

PROJECTED_EPSG = 4528  # the demo county's CRS (CGCS2000 3° Gauss–Krüger zone 40)
CJDCQ_FIELDS = (("ZLDWDM", ogr.OFTString, 19, 0), ("ZLDWMC", ogr.OFTString, 255, 0), ("DCMJ", ogr.OFTReal, 15, 2),
                ("MSSM", ogr.OFTString, 2, 0))


def write_villages(ds, townships, admin, write_layer, official_areas) -> int:
    """Add CJDCQ to the open GeoPackage ``ds``: ``townships`` the ZLDWDM units' polygons (EPSG:4528)
    in code order, ``admin`` their codes and names; the generator's own ``write_layer`` and
    ``official_areas`` (the survey formula) do the writing and measuring. Returns the units."""
    from land_balance.rules.area import round_half_away  # importable once demo_county set the path

    units = range(len(townships))
    write_layer(ds, "CJDCQ", PROJECTED_EPSG, CJDCQ_FIELDS, {
        "ZLDWDM": [f"{admin.township_code(t)}0000000000" for t in units],
        "ZLDWMC": [admin.township_name(t) for t in units],
        "DCMJ": round_half_away(official_areas(townships), 2).tolist(),
        "MSSM": ["00"] * len(townships),
    }, townships)
    return len(townships)
