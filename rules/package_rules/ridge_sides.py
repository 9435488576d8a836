"""Shared by R503/R504: a side's KCMJ = round(TBBGMJ × KCXS, 2) and KCMJ + TBDLMJ = TBBGMJ."""

from __future__ import annotations

from .base import GC, Finding, m2, text


def side_faults(rule, package, prefix: str, present):
    areas = package.areas(GC, "TBBGMJ")
    wanted = package.ridges(GC, "TBBGMJ", prefix + "KCXS")
    stored = zip(package.areas(GC, prefix + "KCMJ"), package.areas(GC, prefix + "TBDLMJ"))
    for k, (record, area, want, (kcmj, tbdlmj)) in enumerate(zip(package.gc, areas, wanted, stored)):
        if area is None or not present(record):
            continue  # R301
        if kcmj != want:
            shown = m2(kcmj) if kcmj is not None else "空"
            yield Finding(rule, GC, k, text(record.get("BSM")),
                          f"{prefix}KCMJ {shown} ≠ round(TBBGMJ × {prefix}KCXS) = {m2(want)}")
        if kcmj is not None and tbdlmj is not None and kcmj + tbdlmj != area:
            yield Finding(rule, GC, k, text(record.get("BSM")),
                          f"{prefix}KCMJ {m2(kcmj)} + {prefix}TBDLMJ {m2(tbdlmj)} ≠ TBBGMJ {m2(area)}")
