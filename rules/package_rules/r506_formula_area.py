"""R506 面积与椭球面积: a piece's TBBGMJ is within the county's tolerance of its own formula area
(the balance moves pieces by cents only); a DLTBGX parcel's TBMJ likewise, per piece."""

from __future__ import annotations

from .base import GC, GX, WARNING, Finding, Rule, cents, text

RULE = Rule("R506", "面积与图斑椭球面积相符", "Areas agree with the survey formula", WARNING)


def check(package):
    tolerance = package.limits.piece_tolerance_m2
    pieces_of: dict = {}
    for k, record in enumerate(package.gc):
        pieces_of[text(record.get("BGHTBBSM"))] = pieces_of.get(text(record.get("BGHTBBSM")), 0) + 1
        measured = package.geometry.gc_m2[k] if k < len(package.geometry.gc_m2) else None
        area = cents(record.get("TBBGMJ"))
        if measured is None or area is None:
            continue
        if abs(area / 100 - measured) > tolerance:
            yield Finding(RULE, GC, k, text(record.get("BSM")),
                          f"TBBGMJ {area / 100:.2f} 与其椭球面积 {measured:.2f} 相差超过 {tolerance:g}㎡")
    for i, record in enumerate(package.gx):
        measured = package.geometry.gx_m2[i] if i < len(package.geometry.gx_m2) else None
        area = cents(record.get("TBMJ"))
        if measured is None or area is None:
            continue
        allowed = tolerance * max(1, pieces_of.get(text(record.get("BSM")), 1))
        if abs(area / 100 - measured) > allowed:
            yield Finding(RULE, GX, i, text(record.get("BSM")),
                          f"TBMJ {area / 100:.2f} 与其椭球面积 {measured:.2f} 相差超过 {allowed:g}㎡")
