"""Banked parcels from a layer: the rows of the reserve-bank form, for every bank algorithm.

The input is the two-year overlay's output (landbalance:offsetoverlay_<pack>: a piece per
row, with DLQK, STXF, RKTBR, BGH_BSM, BGH_TBMJ …), the form's own table output, or any
polygon layer with a land-class field (DLBM). Read once by the one parcel reader; the area
of each row (入库面积) is its official ellipsoidal area in whole cents of m², its X/Y the
CGCS2000 Gauss–Krüger coordinates of a point inside it (as the overlay computes them).
The form, the deposits, the quota, the samples and the deductions all read parcels here,
so they agree on refs, areas and numbers. Seed: 000_9e49406886a189a5.txt, 附件2.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..i18n import tr
from ..rules.reserve_form import BankedParcel, FormError, class_label, number_rows, restored_text
from ..rules.tables import cents_of
from .base import fail
from .offset_overlay import centres_xy, offset_rule_sets
from .parcels import check_polygon_source, plain, read_parcels, report_reading

CLASS_FIELDS = ("DLQK", "BGH_DLBM", "DLBM")  # 地类情况 (overlay), the later class code, the survey's class
RESTORED_FIELD = "STXF"  # 生态修复情况 是/否 (overlay)
REPORTER_FIELD = "RKTBR"  # 入库填报人 (overlay)
ID_FIELDS = ("BGH_BSM", "BSM")  # the workflow's parcel key: the later parcel's BSM
PARCEL_AREA_FIELD = "BGH_TBMJ"  # the whole later parcel's official area, m² (overlay)
NUMBER_FIELD = "TBH"
TOWNSHIP_FIELD = "ZLDWMC"


def first_field(source, names) -> str:
    return next((n for n in names if source.fields().lookupField(n) >= 0), "")


def source_name(alg, parameters, key, context) -> str:
    layer = alg.parameterAsVectorLayer(parameters, key, context)
    return layer.name() if layer is not None else str(parameters.get(key))


@dataclass
class BankedLayer:
    """The rows of a layer of banked parcels, and each row's geometry (working CRS)."""

    rows: list
    geometries: list
    crs: object
    fids: list


def read_banked(source, name: str, context, feedback, pack, reporter: str = "", class_field: str = "",
                with_form_fields: bool = True, extra_fields=()) -> BankedLayer:
    """The layer's parcels as BankedParcel rows, numbered from 1 in the overlay's order (TBH),
    else by parcel id. ``with_form_fields``: the land class, 生态修复情况 and 入库填报人 are
    required (the form, deposits); otherwise only areas and positions (quota, samples).
    ``extra_fields``: more fields whose values each row keeps in ``attributes`` (with TBH as
    the layer holds it, under "tbh").
    Every bad parcel is an error naming the layer, the parcel and the field."""
    check_polygon_source(source, name)
    fields = _fields(source, name, pack, class_field, with_form_fields, reporter)
    parcels = read_parcels(source, context, feedback, name, [f for f in fields.values() if f] + list(extra_fields))
    report_reading(parcels, name, feedback)
    if not len(parcels):
        raise fail(tr("Layer “{}” holds no parcels.").format(name))
    cents = cents_of(parcels.official_m2(context, name))
    labels = _labels(parcels, fields)
    for row in (cents <= 0).nonzero()[0].tolist():
        raise fail(tr("Layer “{}”, parcel {}: its area is 0.00 m² (no geometry, or a sliver); a banked parcel "
                      "must have an area.").format(name, labels[row]))
    x, y = centres_xy(parcels.geometries, parcels.crs, context)
    column = {key: (parcels.column(f) if f else [None] * len(parcels)) for key, f in fields.items()}
    out = []
    for row in range(len(parcels)):
        out.append(_parcel(row, name, labels[row], column, fields, int(cents[row]), float(x[row]), float(y[row]),
                           reporter, pack, with_form_fields))
        out[-1].attributes = {"tbh": plain(column["number"][row]),
                              **{f: parcels.column(f)[row] for f in extra_fields}}
    order = sorted(range(len(out)), key=lambda r: (_number(column["number"][r]), out[r].county,
                                                    out[r].parcel_id, parcels.fids[r]))
    return BankedLayer(number_rows([out[r] for r in order]), [parcels.geometries[r] for r in order], parcels.crs,
                       [parcels.fids[r] for r in order])


def _fields(source, name, pack, class_field, with_form_fields, reporter) -> dict:
    fields = {"class": class_field or first_field(source, CLASS_FIELDS), "restored": first_field(source, (
        RESTORED_FIELD, *[rs["restored_marker"]["field"] for rs in offset_rule_sets(pack) if "restored_marker" in rs])),
        "reporter": first_field(source, (REPORTER_FIELD,)), "id": first_field(source, ID_FIELDS),
        "parcel_area": first_field(source, (PARCEL_AREA_FIELD,)), "number": first_field(source, (NUMBER_FIELD,)),
        "township": first_field(source, (TOWNSHIP_FIELD,)), "county": first_field(source, ("COUNTY", "ZLDWDM"))}
    if class_field and source.fields().lookupField(class_field) < 0:
        raise fail(tr("Layer “{}” has no field “{}”.").format(name, class_field))
    if with_form_fields:
        if not fields["class"]:
            raise fail(tr("Layer “{}” has no land-class field ({}); name it in the land-class field parameter.")
                       .format(name, "、".join(CLASS_FIELDS)))
        if not fields["restored"]:
            raise fail(tr("Layer “{}” has no field saying whether the parcel was ecologically restored (生态修复情况: "
                          "{}).").format(name, RESTORED_FIELD))
        if not reporter.strip() and not fields["reporter"]:
            raise fail(tr("No reporter (入库填报人): give the reporter's name, or a layer with the field {}.").format(
                REPORTER_FIELD))
    return fields


def _labels(parcels, fields) -> list:
    """How each parcel is named in a message: 图斑号 and BSM when known, else the feature id."""
    numbers = parcels.column(fields["number"]) if fields["number"] else [None] * len(parcels)
    ids = parcels.column(fields["id"]) if fields["id"] else [None] * len(parcels)
    out = []
    for fid, number, key in zip(parcels.fids, numbers, ids):
        parts = ([tr("No. {}").format(number)] if number not in (None, "") else []) + \
                ([str(key)] if key not in (None, "") else [])
        out.append(" ".join(parts) if parts else tr("feature {}").format(fid))
    return out


def _number(value):
    value = plain(value)
    try:
        return (0, int(value))
    except (TypeError, ValueError):
        return (1, 0)


def _parcel(row, name, label, column, fields, cents, x, y, reporter, pack, with_form_fields) -> BankedParcel:
    options = tuple((o["id"], o["name_zh"]) for o in pack.section("lists", {}).get("land_class_options", []))
    land, restored = "", ""
    try:
        if with_form_fields:
            land = class_label(column["class"][row], options)
            restored = restored_text(_restored_value(column["restored"][row], fields["restored"], pack))
    except FormError as err:
        field_name = fields["class"] if err.code.startswith("class") else fields["restored"]
        value = err.details.get("value", "")
        if err.code == "class_missing":
            raise fail(tr("Layer “{}”, parcel {}: no land class in the field {}.").format(name, label, field_name)) \
                from None
        raise fail(tr("Layer “{}”, parcel {}: “{}” in the field {} is not a land class (GB/T 21010 code or name).")
                   .format(name, label, value, field_name) if err.code == "class_unknown" else
                   tr("Layer “{}”, parcel {}: “{}” in the field {} is not 是 or 否.").format(
                       name, label, value, field_name)) from None
    who = reporter.strip() or str(column["reporter"][row] or "").strip()
    if with_form_fields and not who:
        raise fail(tr("Layer “{}”, parcel {}: no reporter (入库填报人) in the field {}; give the reporter's name.")
                   .format(name, label, REPORTER_FIELD))
    parcel_m2 = column["parcel_area"][row]
    parcel_cents = int(cents_of([float(parcel_m2)])[0]) if parcel_m2 not in (None, "") else cents
    county = str(column["county"][row] or "").strip()[:6]
    return BankedParcel(cents, max(parcel_cents, cents), x, y, land, restored, who,
                        township=str(column["township"][row] or ""), parcel_id=str(column["id"][row] or ""),
                        county=county, label=label)


def _restored_value(value, field_name, pack):
    """STXF holds 是/否; a survey layer's marker field (BZ = 矿山生态修复) says 是 by its value."""
    if field_name == RESTORED_FIELD:
        return value
    for rule_set in offset_rule_sets(pack):
        marker = rule_set.get("restored_marker")
        if marker and marker["field"] == field_name:
            return str(value or "").strip() in marker["values"]
    return value
