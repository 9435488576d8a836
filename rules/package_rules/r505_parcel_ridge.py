"""R505 更新层扣除面积: a DLTBGX parcel's KCMJ = round(TBMJ × KCXS, 2), TBDLMJ = TBMJ − KCMJ (the
田坎 rule every DLTB row obeys; the package writer uses the same)."""

from __future__ import annotations

from .base import ERROR, GX, Finding, Rule, cents, m2, ridge_of, text

RULE = Rule("R505", "更新层扣除面积与地类面积正确", "DLTBGX KCMJ and TBDLMJ", ERROR)


def check(package):
    for i, record in enumerate(package.gx):
        area = cents(record.get("TBMJ"))
        if area is None:
            continue  # R301
        kcmj, tbdlmj = cents(record.get("KCMJ")) or 0, cents(record.get("TBDLMJ"))
        want_kcmj, want_tbdlmj = ridge_of(area, record.get("KCXS"))
        if (kcmj, tbdlmj) != (want_kcmj, want_tbdlmj):
            shown = m2(tbdlmj) if tbdlmj is not None else "空"
            yield Finding(RULE, GX, i, text(record.get("BSM")),
                          f"KCMJ {m2(kcmj)}、TBDLMJ {shown} 应为 {m2(want_kcmj)}、{m2(want_tbdlmj)}"
                          f"（TBMJ {m2(area)} × KCXS {record.get('KCXS') or 0}）")
