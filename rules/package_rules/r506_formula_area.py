"""R506 面积与椭球面积: a piece's TBBGMJ is within the county's tolerance of its own formula area
(the balance moves pieces by cents only); a DLTBGX parcel's TBMJ likewise, per piece."""

from __future__ import annotations

from .base import GC, GX, WARNING, Finding, Rule, text

RULE = Rule("R506", "面积与图斑椭球面积相符", "Areas agree with the survey formula", WARNING)


def check(package):
    tolerance = package.limits.piece_tolerance_m2
    pieces_of: dict = {}
    measured_gc = package.geometry.gc_m2
    for k, (record, area) in enumerate(zip(package.gc, package.areas(GC, "TBBGMJ"))):
        pieces_of[text(record.get("BGHTBBSM"))] = pieces_of.get(text(record.get("BGHTBBSM")), 0) + 1
        measured = measured_gc[k] if k < len(measured_gc) else None
        if measured is not None and area is not None and abs(area / 100 - measured) > tolerance:
            yield Finding(RULE, GC, k, text(record.get("BSM")),
                          f"TBBGMJ {area / 100:.2f} 与其椭球面积 {measured:.2f} 相差超过 {tolerance:g}㎡")
    measured_gx = package.geometry.gx_m2
    for i, (record, area) in enumerate(zip(package.gx, package.areas(GX, "TBMJ"))):
        measured = measured_gx[i] if i < len(measured_gx) else None
        allowed = tolerance * max(1, pieces_of.get(text(record.get("BSM")), 1))
        if measured is not None and area is not None and abs(area / 100 - measured) > allowed:
            yield Finding(RULE, GX, i, text(record.get("BSM")),
                          f"TBMJ {area / 100:.2f} 与其椭球面积 {measured:.2f} 相差超过 {allowed:g}㎡")
