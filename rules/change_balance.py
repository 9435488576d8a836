"""变更前后面积一致: every before-parcel's pieces add up to its old TBMJ, to the cent.

DOMAIN.md "Change packages", area balance: each piece (before-parcel ∩ after-parcel) is measured
by the survey formula and rounded to cents; pieces ≤ 0.1 m² (rules/survey.toml
[control].sliver_merge_m2) are merged into a piece that shares a boundary with them and has the
same after-parcel, else dropped; a before-parcel with one piece gives it its TBMJ whole; several
share round(TBMJ − Σ pieces, 2) in 0.01 m² steps, largest first (``tables.spread``). Then on
both sides KCMJ = round(TBBGMJ × KCXS, 2) and TBDLMJ = TBBGMJ − KCMJ (rules/ridge.py).
"""

from __future__ import annotations

import numpy as np

from .survey import survey_constants
from .tables import cents_of, spread


def sliver_limit_cents() -> int:
    return int(cents_of(float(survey_constants()["control"]["sliver_merge_m2"])))


def settle_slivers(cents, after, neighbours: dict, limit: int | None = None):
    """(kept mask, cents with merged slivers added, merged_into) for pieces measured at ``cents``.

    ``after``: the after-parcel of each piece; ``neighbours``: piece → pieces sharing a
    boundary with it (only their same-after-parcel ones count). A sliver goes to its largest
    such neighbour that is not itself a sliver; ``merged_into`` is that piece, −1 when dropped,
    −2 for pieces that are no sliver."""
    limit = sliver_limit_cents() if limit is None else limit
    cents = np.asarray(cents, dtype=np.int64).copy()
    after = np.asarray(after)
    small = cents <= limit
    merged_into = np.full(len(cents), -2, dtype=np.int64)
    for s in np.flatnonzero(small).tolist():
        candidates = [n for n in neighbours.get(s, ()) if after[n] == after[s] and not small[n]]
        if candidates:
            target = max(candidates, key=lambda n: (cents[n], -n))
            merged_into[s] = target
        else:
            merged_into[s] = -1
    measured = cents.copy()
    for s in np.flatnonzero(merged_into >= 0).tolist():
        cents[merged_into[s]] += measured[s]
    keep = ~small
    return keep, np.where(keep, cents, 0), merged_into


def balance(before, cents, tbmj) -> np.ndarray:
    """TBBGMJ cents of each piece: ``before`` the before-parcel row of each piece (−1: none, the
    piece keeps its own cents), ``tbmj`` the before-parcels' TBMJ cents by row."""
    before = np.asarray(before, dtype=np.int64)
    cents = np.asarray(cents, dtype=np.int64)
    out = cents.copy()
    has = np.flatnonzero(before >= 0)
    if not len(has):
        return out
    order = has[np.argsort(before[has], kind="stable")]
    groups = np.split(order, np.flatnonzero(np.diff(before[order])) + 1)
    tbmj = np.asarray(tbmj, dtype=np.int64)
    for rows in groups:
        target = int(tbmj[before[rows[0]]])
        out[rows] = target if len(rows) == 1 else spread(cents[rows], target)
    return out
