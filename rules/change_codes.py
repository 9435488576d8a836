"""What a change is: BGXW (变更行为), XZQTZLX (行政区调整类型), and which attributes count.

DOMAIN.md "Change packages for the annual land-change survey": BGXW 1 geometry unchanged (an
attribute change, BGQTBBSM = BGHTBBSM), 2 new geometry, 3 no before-parcel (area gained), 0 the
piece leaves the database; XZQTZLX (county = first 6 digits of ZLDWDM) 0 both in the county,
1 moved in, 2 moved out (left out of the county's package), 3 no before-parcel, 4 after-location
outside any county. A BGXW 1 piece whose before and after differ only in BSM, TBBH or the
location and ownership codes and names is no land-class change and stays out of the package.
"""

from __future__ import annotations

from functools import cache

from . import landclass
from .survey import survey_constants
from .survey_schema import field, pair_names

BGXW_GONE, BGXW_SAME, BGXW_NEW, BGXW_GAINED = "0", "1", "2", "3"
XZQ_IN_COUNTY, XZQ_MOVED_IN, XZQ_MOVED_OUT, XZQ_GAINED, XZQ_LOST = "0", "1", "2", "3", "4"
BGXW_CODES = (BGXW_GONE, BGXW_SAME, BGXW_NEW, BGXW_GAINED)
XZQTZLX_CODES = (XZQ_IN_COUNTY, XZQ_MOVED_IN, XZQ_MOVED_OUT, XZQ_GAINED, XZQ_LOST)
#: XZQTZLX whose rows have no after-side (BGH* blank).
NO_AFTER = (XZQ_MOVED_OUT, XZQ_LOST)

#: Where a parcel lies and who owns it: from the base parcel under a change unless the change
#: layer gives them; an after-parcel never spans two values of these.
LOCATION = ("ZLDWDM", "ZLDWMC", "QSXZ", "QSDWDM", "QSDWMC", "FRDBS", "MSSM", "HDMC")
#: Differences here alone (with BSM, TBBH) are no land-class change (DOMAIN.md).
NOT_A_LAND_CHANGE = ("TBBSM", "TBBH", "ZLDWDM", "ZLDWMC", "QSXZ", "QSDWDM", "QSDWMC")
#: Per-piece areas: compared through their coefficient, not as values.
PIECE_AREAS = ("KCMJ", "TBDLMJ")
#: Attributes that belong to the land class: from the change layer, else kept when the class
#: stays, else empty (cultivated land's slope and ridge attributes have their own rules).
CLASS_ATTRIBUTES = ("XZDWKD", "TBXHDM", "TBXHMC", "ZZSXDM", "ZZSXMC", "GDDB", "CZCSXM")
#: Attributes of the ground under cultivated land: kept from cultivated base land.
SLOPE_ATTRIBUTES = ("GDLX", "GDPDJB")
#: What a package computes and never takes from a change layer.
COMPUTED = ("BSM", "TBBH", "YSDM", "TBYBH", "TBMJ", "KCDLBM", "KCMJ", "TBDLMJ", "SJNF", "DLMC")


def county_of(zldwdm) -> str:
    """The county code: the first 6 digits of ZLDWDM ('' when there is none)."""
    text = "" if zldwdm is None else str(zldwdm).strip()
    return text[:6] if len(text) >= 6 else ""


def change_types(before_zldwdm, after_zldwdm, county: str, same_geometry: bool):
    """(BGXW, XZQTZLX) of a piece, or None when neither side lies in ``county``.

    ``before_zldwdm`` None: no before-parcel (gained); ``after_zldwdm`` None: the piece leaves
    every county (lost)."""
    if before_zldwdm is None:
        return (BGXW_GAINED, XZQ_GAINED) if after_zldwdm is not None else None
    if after_zldwdm is None:
        return BGXW_GONE, XZQ_LOST
    before_in = county_of(before_zldwdm) == county
    after_in = county_of(after_zldwdm) == county
    if not before_in and not after_in:
        return None
    kind = XZQ_IN_COUNTY if before_in and after_in else (XZQ_MOVED_IN if after_in else XZQ_MOVED_OUT)
    return (BGXW_SAME if same_geometry else BGXW_NEW), kind


@cache
def _spec(name: str):
    return field("DLTB", "BSM" if name == "TBBSM" else name)


def normal(name: str, value):
    """A value as the comparison sees it: text stripped ('' for NULL), numbers rounded to the
    field's decimals (0 for NULL), class codes normalised."""
    spec = _spec(name)
    if spec.type == "text":
        text = "" if value is None else str(value).strip()
        return landclass.normalise_code(text) if name in ("DLBM", "KCDLBM") else text
    if value is None or value == "":
        return 0
    try:
        number = float(value)
    except (TypeError, ValueError):
        return str(value).strip()
    return round(number, spec.precision) if spec.type == "real" else int(round(number))


def land_differs(before: dict, after: dict) -> bool:
    """Whether a same-geometry piece changes anything but identity, location and ownership
    (``before``/``after``: DLTB-named attributes; areas compared through KCXS)."""
    for name in pair_names():
        if name in NOT_A_LAND_CHANGE or name in PIECE_AREAS:
            continue
        source = "BSM" if name == "TBBSM" else name
        if normal(name, before.get(source)) != normal(name, after.get(source)):
            return True
    return False


def codes() -> dict:
    return survey_constants()["codes"]


def is_cropland(code) -> bool:
    return landclass.normalise_code(code) in landclass.expand(["01"])


def is_linear(code) -> bool:
    return landclass.normalise_code(code) in set(codes()["linear_classes"])


def given(value) -> bool:
    """A change layer 'gives' a value when it is neither NULL nor blank."""
    return value is not None and str(value).strip() != ""


def after_attributes(change: dict, base: dict, new_class: str) -> dict:
    """DLTB attributes of an after-parcel made by a change polygon over base land ``base``
    (the before-parcel of its largest piece): location and ownership from the change where
    given, else from the base; class attributes from the change, else kept when the class
    stays; slope attributes (GDLX, GDPDJB) kept when both are cultivated land.

    Returns the attributes without the computed ones (BSM, TBBH, areas, KCXS: see
    ``cultivated``)."""
    code = landclass.normalise_code(new_class)
    found = landclass.lookup(code)
    out = {"DLBM": code, "DLMC": found.name if found else None}
    for name in LOCATION:
        out[name] = change.get(name) if given(change.get(name)) else base.get(name)
    same_class = landclass.normalise_code(base.get("DLBM")) == code
    for name in CLASS_ATTRIBUTES:
        out[name] = change.get(name) if given(change.get(name)) else (base.get(name) if same_class else None)
    keep_slope = is_cropland(code) and is_cropland(base.get("DLBM"))
    for name in SLOPE_ATTRIBUTES:
        out[name] = change.get(name) if given(change.get(name)) else (base.get(name) if keep_slope else None)
    out["BZ"] = change.get("BZ") if given(change.get("BZ")) else (base.get("BZ") if same_class else None)
    if not is_cropland(code):
        out["GDLX"] = out["GDPDJB"] = None
    return out


def location_key(change: dict, base: dict) -> tuple:
    """The location/ownership an after-parcel piece falls in: an after-parcel never spans two."""
    return tuple(normal(n, change.get(n) if given(change.get(n)) else base.get(n)) for n in LOCATION)
