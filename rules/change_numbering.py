"""Numbers of new parcels and pieces: BSM (标识码) and TBBH (图斑编号).

DOMAIN.md "Change packages": BSM = 6-digit county code + 4-digit layer code + 8-digit serial;
a new BSM continues after the county's highest serial. TBBH of a new parcel = the highest TBBH
of its village (same ZLDWDM) over DLTB and DLTBGX, plus 1.
"""

from __future__ import annotations

from collections import Counter

from .survey_schema import field

COUNTY_DIGITS, LAYER_DIGITS = 6, 4


def serial_digits() -> int:
    return field("DLTB", "BSM").length - COUNTY_DIGITS - LAYER_DIGITS


def split_bsm(bsm):
    """(county, layer code, serial) of a well-formed BSM, else None."""
    text = "" if bsm is None else str(bsm).strip()
    if len(text) != field("DLTB", "BSM").length or not text.isdigit():
        return None
    layer_end = COUNTY_DIGITS + LAYER_DIGITS
    return text[:COUNTY_DIGITS], text[COUNTY_DIGITS:layer_end], int(text[layer_end:])


class BsmCounter:
    """New BSMs after the highest serial of the county's BSMs, with the base's layer code."""

    def __init__(self, bsms, county: str, layer_code: str | None = None):
        parts = [p for p in map(split_bsm, bsms) if p is not None and p[0] == county]
        if layer_code is None:
            codes = Counter(p[1] for p in parts)
            layer_code = codes.most_common(1)[0][0] if codes else "0000"
        self.prefix = county + layer_code
        self.last = max((p[2] for p in parts), default=0)

    def next(self) -> str:
        self.last += 1
        digits = serial_digits()
        if self.last >= 10 ** digits:
            raise OverflowError(f"BSM serials of county {self.prefix[:COUNTY_DIGITS]} are used up")
        return f"{self.prefix}{self.last:0{digits}d}"


def tbbh_number(tbbh):
    text = "" if tbbh is None else str(tbbh).strip()
    return int(text) if text.isdigit() else None


class TbbhCounter:
    """New TBBH per village: the highest numeric TBBH seen for the ZLDWDM, plus 1."""

    def __init__(self, pairs=()):
        self.highest: dict = {}
        for zldwdm, tbbh in pairs:
            self.see(zldwdm, tbbh)

    def see(self, zldwdm, tbbh) -> None:
        number = tbbh_number(tbbh)
        if number is not None:
            key = "" if zldwdm is None else str(zldwdm).strip()
            if number > self.highest.get(key, 0):
                self.highest[key] = number

    def next(self, zldwdm) -> str:
        key = "" if zldwdm is None else str(zldwdm).strip()
        number = self.highest.get(key, 0) + 1
        self.highest[key] = number
        return str(number)
