"""The rule packs in effect: built-in ones plus the county's folder from the settings."""

from __future__ import annotations

from qgis.core import Qgis, QgsMessageLog

from ..i18n import tr
from ..rules.packs import PackSet, load_packs
from ..settings import user_packs_dir

LOG_TAG = "Land Balance"


def current_packs(extra_dir: str = "") -> PackSet:
    """Load the packs; a broken one is logged with its file, key and reason, then skipped."""
    folders = [d for d in (user_packs_dir(), extra_dir) if d]
    packs = load_packs(folders)
    for error in packs.errors:
        QgsMessageLog.logMessage(tr("Rule pack skipped: {}").format(refusal_text(error)), LOG_TAG, Qgis.Warning)
    for old, new in packs.overridden:
        QgsMessageLog.logMessage(
            tr("Rule pack {} from {} replaces {}").format(new.label, new.path, old.label), LOG_TAG, Qgis.Info
        )
    return packs



def _kinds() -> dict:
    return {"text": tr("text"), "a number": tr("a number"), "a whole number": tr("a whole number"),
            "true/false": tr("true or false"), "a date": tr("a date (YYYY-MM-DD)"), "a list": tr("a list"),
            "a table": tr("a table")}


def pack_reason(code: str, reason: str, params: dict) -> str:
    """A pack refusal's reason in the user's language (the schema's English when uncoded)."""
    kinds = _kinds()
    p = dict(params)
    for name in ("want", "kind"):
        if name in p:
            p[name] = kinds.get(p[name], p[name])
    value = p.get("value")
    p["value"] = repr(value) if isinstance(value, str) else value
    templates = {
        "type": tr("expected {want}, got {kind} {value}"),
        "choice": tr("{value} is not one of {choices}"),
        "reserved": tr("{value} is reserved: it would collide with a fixed parameter; choose another id"),
        "pattern": tr("{value} does not have the form {pattern}"),
        "minimum": tr("{value} is below the minimum {limit}"),
        "maximum": tr("{value} is above the maximum {limit}"),
        "length": tr("expected {n} items, got {got}"),
        "min_length": tr("expected at least {n} items, got {got}"),
        "missing": tr("is required but missing"),
        "unknown_key": tr("is not a known key here (known: {known})"),
        "toml": tr("is not valid TOML: {detail}"),
        "unreadable": tr("cannot be read: {detail}"),
        "no_folder": tr("the folder of your rule packs does not exist"),
    }
    template = templates.get(code)
    try:
        return template.format(**p) if template else reason
    except (KeyError, IndexError):
        return reason


def refusal_text(error) -> str:
    """“file: key: reason” of a refused pack, in the user's language."""
    reason = pack_reason(getattr(error, "code", ""), error.reason, getattr(error, "params", {}))
    name = error.path.name
    return f"{name}: {error.key}: {reason}" if error.key else f"{name}: {reason}"


def refused_copy_note(pack) -> str:
    """'' or the sentence saying the county's copy of this pack was refused and the built-in used."""
    error = getattr(pack, "refused_copy", None)
    if error is None:
        return ""
    return tr("Your rule pack {} was refused ({}); the built-in pack {} is used instead.").format(
        error.path, refusal_text(error), pack.label)


def with_refusal_note(label: str, pack) -> str:
    """An output's RULES text, saying when the county's copy of the pack was refused."""
    note = refused_copy_note(pack)
    return f"{label} — {note}" if note else label


def packs_summary(packs) -> str:
    """What the message bar says after (re)loading: yours and built-in, and what was refused."""
    user = packs.user_count
    text = tr("{} rule packs in effect: {} built-in, {} of yours.").format(
        len(packs.packs), len(packs.packs) - user, user)
    if packs.errors:
        replaced = [p.id for p in packs if p.refused_copy is not None]
        text += " " + tr("{} of your rule packs refused (see the log)").format(len(packs.errors))
        text += tr(": the built-in {} used instead.").format("、".join(replaced)) if replaced else "."
    return text
