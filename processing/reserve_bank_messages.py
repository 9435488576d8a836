"""The reserve bank's refusals said in the user's language (rules/ has no Qt, so it cannot
translate); the cultivated-land indicator bank has its own (journal_messages.py).

``ledger_refusal`` words rules/journal.JournalError for this book (a quota balance that
would go below zero — with the mu missing —, a parcel or approval number recorded twice —
with when —, a level too low); ``bank_refusal`` words rules/reserve_bank.BankError (what the
reserve bank refuses before the journal sees it).
"""

from __future__ import annotations

from ..i18n import tr
from ..rules.journal import JournalError
from ..rules.reserve_bank import BankError
from .workflow_messages import level_name


def kind_name(kind: str) -> str:
    return {"deposit": tr("deposit in the county bank"), "deposit_province": tr("deposit in the provincial bank"),
            "grant": tr("quota grant"), "draw": tr("draw-down"), "deduct": tr("deduction"),
            "lapse": tr("lapse")}.get(kind, kind)


def account_name(account: str) -> str:
    return {"county": tr("county"), "province": tr("provincial bank"), "province_pool": tr("provincial pool"),
            "county_owed": tr("owed by the county")}.get(account, account)


def _amount(indicator: str, amount: int, decimals: int) -> str:
    if indicator == "area_m2":
        return tr("{} m²").format(f"{amount / 100:,.2f}")
    return tr("{} mu").format(f"{amount / 10**decimals:,.{decimals}f}")


def ledger_refusal(err: JournalError, decimals: int = 2, names: dict | None = None) -> str:
    """``names``: ref → how to name it (e.g. 图斑号 and BSM of a parcel)."""
    d = err.details
    ref = (names or {}).get(d.get("ref"), d.get("ref", ""))
    if err.code == "insufficient":
        return tr("{}: the {} balance is {}; the {} needs {} more.").format(
            ref, account_name(d["account"]), _amount(d["indicator"], d["balance"], decimals), kind_name(d["kind"]),
            _amount(d["indicator"], d["missing"], decimals))
    if err.code == "duplicate_ref":
        when = tr("in {}").format(d["year"])
        if d.get("at"):
            when += tr(" (recorded {} by {})").format(d["at"][:19].replace("T", " "), d.get("actor") or "—")
        else:
            when += tr(" (earlier in this batch)")
        return tr("{}: already recorded as {} {}.").format(ref, kind_name(d["kind"]), when)
    if err.code == "level":
        return tr("A {} is recorded by the {} level, not the {} level.").format(
            kind_name(d["kind"]), level_name(d["level"]), level_name(d["actor_level"]))
    return str(err)  # kind, amount, book, empty: a program error, said as it is


def bank_refusal(err: BankError, decimals: int = 2, names: dict | None = None) -> str:
    d = err.details
    ref = (names or {}).get(d.get("ref"), d.get("label") or d.get("ref", ""))
    if err.code == "year_outside":
        return tr("Year {} is outside the pilot ({}–{}).").format(d["year"], d["first"], d["last"])
    if err.code == "zero_area":
        return tr("{}: no area to record.").format(ref)
    if err.code == "not_banked":
        return tr("{}: not in the county reserve bank (never deposited).").format(ref)
    if err.code == "too_large":
        return tr("{}: {} deducted, but only {} was banked.").format(
            ref, _amount("area_m2", d["cents"], decimals), _amount("area_m2", d["banked"], decimals))
    if err.code == "pilot_running":
        return tr("The pilot runs to the end of {}: unused quota lapses only after it (year given: {}).").format(
            d["last"], d["year"])
    if err.code == "nothing_to_lapse":
        return tr("No unused quota is left to lapse at the end of the pilot ({}).").format(d["last"])
    if err.code == "project_missing":
        return tr("A draw-down needs the project's name and its approval number.")
    if err.code == "account":
        return tr("Quota cannot be drawn from “{}”; the pack allows: {}.").format(
            d["account"], "、".join(account_name(a) for a in d["known"]))
    return str(err)
