"""Ledger refusals said in the user's language (rules/ has no Qt, so it cannot translate):
the indicator bank's own refusals (rules/indicator_bank.BankError), the journal's
(rules/journal.JournalError — from the rules, or from the PostgreSQL journal's own checks,
with the same codes and details) and the journal store's problems (store.base.StoreError:
a bad file, a newer journal, a book whose rules the database does not hold)."""

from __future__ import annotations

from ..i18n import tr
from ..rules.indicator_bank import AREA, GRAIN, PADDY, POOL, UNITS, BankError, split_account
from ..rules.journal import JournalError
from ..store.base import StoreError
from .workflow_messages import level_name, local_time, store_problem


def indicator_name(indicator: str) -> str:
    return {AREA: tr("new cultivated area"), PADDY: tr("new paddy area"),
            GRAIN: tr("grain capacity")}.get(indicator, indicator)


def bank_name(bank: str) -> str:
    return {"county": tr("county bank"), "city": tr("city bank"), "province": tr("provincial bank"),
            POOL: tr("provincial pool")}.get(bank, bank)


def amount_text(indicator: str, amount: int) -> str:
    """An amount in its unit: hundredths of a mu as mu, kg as kg, anything else as the number."""
    unit, _ = UNITS.get(indicator, ("", 0))
    if unit == "mu":
        return tr("{} mu").format(f"{amount / 100:,.2f}")
    if unit == "kg":
        return tr("{} kg").format(f"{amount:,}")
    return f"{amount:,}"


def amounts_text(amounts: dict) -> str:
    return "、".join(f"{indicator_name(i)} {amount_text(i, a)}" for i, a in amounts.items() if a)


def account_name(account: str) -> str:
    """An account as a technician reads it: the indicator bank's <bank>/<备案号>, or its own name."""
    bank, ref = split_account(account)
    return tr("the {} of project {}").format(bank_name(bank), ref) if ref else bank_name(account)


def journal_refusal(err, pack=None) -> str:
    """A BankError, a JournalError or a journal store's StoreError as a sentence naming the
    entry, the project or file and the amounts."""
    d = err.details
    if isinstance(err, BankError):
        return _bank_refusal(err.code, d, pack) or str(err)
    if isinstance(err, StoreError):
        return journal_store_problem(err)
    if isinstance(err, JournalError):
        return _journal_refusal(err.code, d) or str(err)
    return str(err)


def _journal_refusal(code, d) -> str:
    if code == "insufficient":
        return tr("{}: {} would go below zero for {}: {} short (the ledger changed meanwhile; run again).").format(
            d["ref"], account_name(d["account"]), indicator_name(d["indicator"]),
            amount_text(d["indicator"], d["missing"]))
    if code == "duplicate_ref":
        if not d.get("at"):
            return tr("{} appears twice in this batch; it is recorded once.").format(d["ref"])
        return tr("{} was already recorded in {} (at {} by {}); it is recorded once.").format(
            d["ref"], d["year"], _when(d.get("at")), d.get("actor") or "—")
    if code == "level":
        return tr("{} is recorded by the {} level, not the {} level.").format(
            d["kind"], level_name(d["level"]), level_name(d.get("actor_level") or "—"))
    if code == "kind":
        return tr("The ledger has no entry kind “{}” (known: {}).").format(d["kind"], "、".join(d.get("known") or ()))
    if code == "amount":
        return tr("{}: amounts are whole numbers of the indicator's unit, not {}.").format(d["ref"], d["amount"])
    if code == "book":
        return tr("An entry of ledger “{}” cannot be recorded in ledger “{}”.").format(d["book"], d["expected"])
    if code == "empty":
        return tr("{}: an entry without any amount.").format(d["ref"])
    if code == "ref":
        return tr("A {} entry needs what it concerns (a parcel, project or approval number); “{}” shows "
                  "nothing.").format(d["kind"], d["ref"] if d["ref"] is not None else "")
    return ""


def journal_store_problem(err: StoreError) -> str:
    """Why the ledger journal cannot be used (the journal's own codes; the rest as the status store's)."""
    d, code = err.details, err.code
    if code == "book_not_registered":
        return tr("The shared database holds no rules for ledger “{}” yet; nothing was recorded. An administrator "
                  "registers them (PostgisJournal.register_book).").format(d.get("book"))
    if code == "book_rules_differ":
        return tr("The shared database holds other rules for ledger “{}” than this rule pack; nothing was recorded. "
                  "An administrator registers them again (PostgisJournal.register_book).").format(d.get("book"))
    journal = d.get("key") == "journal_schema_version"
    if journal and code == "newer_schema":
        return tr("The ledger journal in {} was written by a newer version of the plugin (journal schema {}; this "
                  "version knows up to {}): update the plugin. It was not changed.").format(
            d.get("path"), d.get("version"), d.get("known"))
    if journal and code == "older_schema":
        return tr("The ledger journal in {} has schema version {}; this plugin needs {}: an administrator "
                  "upgrades it (PostgisJournal.install).").format(d.get("path"), d.get("version"), d.get("known"))
    if journal and code == "no_store":
        return tr("The database {} has no Land Balance ledger journal: an administrator installs it "
                  "(PostgisJournal.install).").format(d.get("path"))
    return store_problem(err)


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
    """A recorded time as a technician reads it (this computer's local time, to the minute)."""
    return local_time(at)
