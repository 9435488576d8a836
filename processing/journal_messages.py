"""Ledger refusals said in the user's language (rules/ has no Qt, so it cannot translate):
the indicator bank's own refusals (rules/indicator_bank.BankError) and the journal's
(rules/journal.JournalError, raised by the store when the book changed under a request)."""

from __future__ import annotations

from ..i18n import tr
from ..rules.indicator_bank import AREA, GRAIN, PADDY, POOL, UNITS, BankError, split_account
from ..rules.journal import JournalError
from .workflow_messages import level_name


def indicator_name(indicator: str) -> str:
    return {AREA: tr("new cultivated area"), PADDY: tr("new paddy area"),
            GRAIN: tr("grain capacity")}.get(indicator, indicator)


def bank_name(bank: str) -> str:
    return {"county": tr("county bank"), "city": tr("city bank"), "province": tr("provincial bank"),
            POOL: tr("provincial pool")}.get(bank, bank)


def amount_text(indicator: str, amount: int) -> str:
    """An amount in its unit: hundredths of a mu as mu, kg as kg."""
    unit, decimals = UNITS.get(indicator, ("", 0))
    if unit == "mu":
        return tr("{} mu").format(f"{amount / 100:,.2f}")
    return tr("{} kg").format(f"{amount:,}")


def amounts_text(amounts: dict) -> str:
    return "、".join(f"{indicator_name(i)} {amount_text(i, a)}" for i, a in amounts.items() if a)


def journal_refusal(err, pack=None) -> str:
    """A BankError or JournalError as a sentence naming the project and the amounts."""
    d = err.details
    if isinstance(err, BankError):
        return _bank_refusal(err.code, d, pack) or str(err)
    if isinstance(err, JournalError):
        if err.code == "insufficient":
            bank, ref = split_account(d["account"])
            return tr("{}: the {} of project {} would go below zero: {} short (the ledger changed meanwhile; "
                      "run again).").format(d["ref"], bank_name(bank), ref, amount_text(d["indicator"], d["missing"]))
        if err.code == "duplicate_ref":
            return tr("{} was already recorded in {} (at {} by {}); it is recorded once.").format(
                d["ref"], d["year"], _when(d.get("at")), d.get("actor") or "—")
        if err.code == "level":
            return tr("{} is recorded by the {} level, not the {} level.").format(
                d["kind"], level_name(d["level"]), level_name(d.get("actor_level", "")))
    return str(err)


def _bank_refusal(code, d, pack) -> str:
    if code == "duplicate":
        return tr("Project {} is already registered (in {}, recorded {} by {}); a project is registered once.").format(
            d["ref"], d["year"], _when(d.get("at")), d.get("actor") or "—")
    if code == "unknown_project":
        return tr("Project {} is not registered in the indicator bank.").format(d["ref"])
    if code == "insufficient":
        return tr("{}: the banks do not hold enough — missing {} (available {}).").format(
            d["ref"], amounts_text(d["missing"]), amounts_text({i: d["available"].get(i, 0) for i in d["missing"]})
            or "0")
    if code == "price":
        share = pack.section("trading")["price_float_max"] if pack is not None else None
        return tr("{}: the price {} yuan per mu is outside the allowed range {} – {} yuan per mu (guide price {} "
                  "± {}%).").format(d["ref"], f"{d['price'] / 100:,.2f}", f"{d['low'] / 100:,.2f}",
                                    f"{d['high'] / 100:,.2f}", f"{d['guide'] / 100:,.2f}",
                                    f"{share * 100:g}" if share is not None else "—")
    if code == "amount":
        if not d.get("indicator"):
            return tr("{}: nothing to record (every indicator is 0).").format(d["ref"])
        return tr("{}: {} must be a whole, non-negative amount, not {}.").format(
            d["ref"], indicator_name(d["indicator"]), d["amount"])
    if code == "paddy":
        return tr("{}: the paddy area {} exceeds the cultivated area {}.").format(
            d["ref"], amount_text(PADDY, d["paddy"]), amount_text(AREA, d["area"]))
    if code == "reason":
        return tr("{}: a deduction (核减) needs its reason.").format(d["ref"])
    if code == "bank":
        return tr("No {} in this programme; its banks are {}.").format(
            bank_name(d["bank"]), "、".join(bank_name(b) for b in d["allowed"]))
    return ""


def _when(at) -> str:
    """A recorded time as a technician reads it (UTC, to the minute)."""
    return (at or "—")[:16].replace("T", " ")
