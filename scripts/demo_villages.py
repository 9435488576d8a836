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

CJDCQ_FIELDS = (("ZLDWDM", "text", 19, 0), ("ZLDWMC", "text", 255, 0), ("DCMJ", "real", 15, 2),
                ("MSSM", "text", 2, 0))


def write_villages(ds, townships, admin) -> int:
    """Add CJDCQ to the open GeoPackage ``ds``: ``townships`` the ZLDWDM units' polygons (EPSG:4528)
    in code order, ``admin`` their codes and names. Returns the number of units."""
    import demo_county as county  # the generator's own writers (imported here: it imports this module)

    fields = tuple((name, county.OGR_TYPES[kind], width, precision) for name, kind, width, precision in CJDCQ_FIELDS)
    units = range(len(townships))
    county.write_layer(ds, "CJDCQ", county.PROJECTED_EPSG, fields, {
        "ZLDWDM": [f"{admin.township_code(t)}0000000000" for t in units],
        "ZLDWMC": [county.Admin.township_name(t) for t in units],
        "DCMJ": county.round_half_away(county.official_areas(townships), 2).tolist(),
        "MSSM": ["00"] * len(townships),
    }, townships)
    return len(townships)
