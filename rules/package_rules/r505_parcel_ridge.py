"""R505 更新层扣除面积: a DLTBGX parcel's KCMJ = round(TBMJ × KCXS, 2), TBDLMJ = TBMJ − KCMJ (the
田坎 rule every DLTB row obeys; the package writer uses the same)."""

from __future__ import annotations

from .base import ERROR, GX, Finding, Rule, m2, text

RULE = Rule("R505", "更新层扣除面积与地类面积正确", "DLTBGX KCMJ and TBDLMJ", ERROR)


def check(package):
    columns = zip(package.areas(GX, "TBMJ"), package.ridges(GX, "TBMJ", "KCXS"), package.areas(GX, "KCMJ"),
                  package.areas(GX, "TBDLMJ"))
    for i, (record, (area, want_kcmj, kcmj, tbdlmj)) in enumerate(zip(package.gx, columns)):
        if area is None:
            continue  # R301
        kcmj = kcmj or 0
        if (kcmj, tbdlmj) != (want_kcmj, area - want_kcmj):
            shown = m2(tbdlmj) if tbdlmj is not None else "空"
            yield Finding(RULE, GX, i, text(record.get("BSM")),
                          f"KCMJ {m2(kcmj)}、TBDLMJ {shown} 应为 {m2(want_kcmj)}、{m2(area - want_kcmj)}"
                          f"（TBMJ {m2(area)} × KCXS {record.get('KCXS') or 0}）")
