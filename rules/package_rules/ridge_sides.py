"""Shared by R503/R504: a side's KCMJ = round(TBBGMJ × KCXS, 2) and KCMJ + TBDLMJ = TBBGMJ."""

from __future__ import annotations

from .base import GC, Finding, cents, m2, ridge_of, text


def side_faults(rule, package, prefix: str, present):
    for k, record in enumerate(package.gc):
        if not present(record):
            continue
        area = cents(record.get("TBBGMJ"))
        if area is None:
            continue  # R301
        kcmj, tbdlmj = cents(record.get(prefix + "KCMJ")), cents(record.get(prefix + "TBDLMJ"))
        want_kcmj, _ = ridge_of(area, record.get(prefix + "KCXS"))
        if kcmj != want_kcmj:
            shown = m2(kcmj) if kcmj is not None else "空"
            yield Finding(rule, GC, k, text(record.get("BSM")),
                          f"{prefix}KCMJ {shown} ≠ round(TBBGMJ × {prefix}KCXS) = {m2(want_kcmj)}")
        if kcmj is not None and tbdlmj is not None and kcmj + tbdlmj != area:
            yield Finding(rule, GC, k, text(record.get("BSM")),
                          f"{prefix}KCMJ {m2(kcmj)} + {prefix}TBDLMJ {m2(tbdlmj)} ≠ TBBGMJ {m2(area)}")
