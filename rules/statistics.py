"""Area statistics grouped by keys, rounded so that every table foots.

Official tables must add up: the rows' rounded areas sum exactly to the rounded total.
Square metres foot by construction (sums of TBMJ in whole cents); mu and hectares are
rounded by largest remainder against the total converted from the total m².
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .area import largest_remainder, round_half_away, to_units
from .survey import decimals, m2_to_ha, m2_to_mu


@dataclass(frozen=True)
class SummaryRow:
    key: tuple
    parcels: int
    area_m2: float
    area_mu: float
    area_ha: float


def _sort_key(key: tuple):
    # None sorts first; mixed types compare as text so sorting never fails.
    return tuple((value is not None, str(value) if value is not None else "") for value in key)


def summarise(keys, tbmj_m2) -> tuple:
    """Rows per distinct key (sorted) and the total row, from each parcel's official m²."""
    cents = to_units(np.asarray(tbmj_m2, dtype=float), decimals("area_m2"))
    groups: dict = {}
    for index, key in enumerate(keys):
        groups.setdefault(tuple(key), []).append(index)
    ordered = sorted(groups, key=_sort_key)
    counts = np.array([len(groups[k]) for k in ordered], dtype=np.int64)
    row_cents = np.array([int(cents[groups[k]].sum()) for k in ordered], dtype=np.int64)
    m2 = row_cents / 100.0
    total_m2 = int(cents.sum()) / 100.0
    mu = largest_remainder(m2_to_mu(m2), decimals("area_mu"), total=float(m2_to_mu(total_m2)))
    ha = largest_remainder(m2_to_ha(m2), decimals("area_ha"), total=float(m2_to_ha(total_m2)))
    rows = [SummaryRow(k, int(c), float(a), float(b), float(h)) for k, c, a, b, h in zip(ordered, counts, m2, mu, ha)]
    total = SummaryRow(
        (), int(counts.sum()), total_m2,
        float(round_half_away(np.sum(mu), decimals("area_mu"))),
        float(round_half_away(np.sum(ha), decimals("area_ha"))),
    )
    return rows, total
