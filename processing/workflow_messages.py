"""Refusals and store problems said in the user's language (rules/ and store/ have no Qt).

TransitionError and StoreError carry a stable code and details (parcel, step, file …);
this module words each code with tr(), step names from the pack. An unknown code falls
back to the error's own (English) message, which is specific too.
"""

from __future__ import annotations

import datetime as _dt

from ..i18n import pick, tr
from ..rules.workflow import TransitionError, Workflow
from ..store.base import StoreError


def level_name(level: str) -> str:
    return {"county": tr("County"), "city": tr("City"), "province": tr("Province")}.get(level, level)


def local_time(at) -> str:
    """An event's UTC time as this computer's local date and time (YYYY-MM-DD HH:MM)."""
    if not at:
        return "—"
    try:
        return _dt.datetime.fromisoformat(str(at)).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return str(at)


def refusal(err: TransitionError, workflow: Workflow) -> str:
    """The rules' (or the database's) refusal with step names from the pack and translated wording."""
    d = err.details

    def step(step_id):
        if not step_id:
            return "—"
        try:
            s = workflow.step(step_id)
        except TransitionError:
            return step_id
        return pick(s.name_zh, s.name_en)

    if err.code == "moved":
        return moved(d, step)
    if err.code == "skip":
        allowed = "、".join(step(a) for a in d.get("allowed") or ()) or tr("none, it is the last step")
        if d.get("kind") == "send_back":
            return tr("Parcel {}: it cannot be sent back from {} to {}; it can be sent back to: {}.").format(
                d["parcel"], step(d["current"]), step(d["target"]), allowed)
        return tr("Parcel {}: {} → {} is not allowed; allowed: {} (no skipping).").format(
            d["parcel"], step(d["current"]), step(d["target"]), allowed)
    if err.code == "not_started":
        return tr("Parcel {} is not in the programme yet: it starts at {}, not {}.").format(
            d["parcel"], step(d["current"]), step(d["target"]))
    if err.code == "reason_required":
        return tr("Parcel {}: going back from {} to {} needs a reason in the note (spaces, tabs and "
                  "invisible characters are no reason).").format(d["parcel"], step(d["current"]), step(d["target"]))
    if err.code == "same_step":
        return tr("Parcel {} is already at {}.").format(d["parcel"], step(d["target"]))
    if err.code == "level" and "actor_level" in d:
        return tr("Parcel {}: {} is recorded by the {} level, not the {} level.").format(
            d["parcel"], step(d["target"]), level_name(d["level"]), level_name(d["actor_level"] or "—"))
    if err.code == "duplicate":
        return tr("Parcel {} appears twice in one batch.").format(d["parcel"])
    if err.code == "no_parcel_id":
        return tr("Status store {}: a parcel has no id (empty or only spaces); every parcel needs its BSM (or "
                  "TBBH). Nothing was recorded.").format(d.get("store", ""))
    if err.code == "attachment_not_own":
        return tr("Event {}: files are attached only by the person recording the event, while recording it.").format(
            d.get("event", "—"))
    return str(err)  # e.g. a database refusal without details, already specific


def moved(d: dict, step) -> str:
    """A request made for a step the parcel is not at (it moved since it was seen): who moved it, when."""
    if d.get("current") is None:
        return tr("Parcel {} is not in the programme, not at {} as this request expects.").format(
            d["parcel"], step(d.get("seen")))
    if not d.get("by"):
        return tr("Parcel {} is at {}, not at {} as this request expects.").format(
            d["parcel"], step(d["current"]), step(d.get("seen")))
    return tr("Parcel {} is at {} — {} moved it there at {} — not at {} as this request expects; look at the "
              "parcel again.").format(d["parcel"], step(d["current"]), d["by"], local_time(d.get("at")),
                                     step(d.get("seen")) if d.get("seen") else tr("not in the programme"))


def file_kind(kind: str) -> str:
    names = {"xlsx": tr("an Excel workbook"), "zip": tr("a zip archive or Office document"),
             "ole": tr("an old Office document (.xls/.doc)"), "binary": tr("binary data"), "text": tr("a text file")}
    return names.get(kind, kind)


def store_problem(err: StoreError) -> str:
    """Why a status store cannot be used, naming the file (or database) — in the user's language."""
    d, code = err.details, err.code
    path = d.get("path", "")
    wording = {
        "missing": lambda: tr("There is no status store at {}.").format(path),
        "is_folder": lambda: tr("Status store {} is a folder, not a GeoPackage file.").format(path),
        "not_gpkg_name": lambda: tr("Status store {}: a new status store is a GeoPackage; its name ends in "
                                    ".gpkg.").format(path),
        "folder_missing": lambda: tr("Status store {}: the folder {} does not exist.").format(path, d.get("folder")),
        "folder_not_writable": lambda: tr("Status store {}: the folder {} is not writable (the store writes its "
                                          "journal next to the file).").format(path, d.get("folder")),
        "not_readable": lambda: tr("Status store {} cannot be read: {}").format(path, d.get("reason", "")),
        "not_sqlite": lambda: tr("Status store {} is not a GeoPackage: it is {}. It was not changed.").format(
            path, file_kind(d.get("kind", ""))),
        "not_geopackage": lambda: tr("Status store {} is an SQLite database but not a GeoPackage. It was not "
                                     "changed.").format(path),
        "file_not_writable": lambda: tr("Status store {} cannot be written (read-only file or folder).").format(path),
        "damaged": lambda: tr("Status store {} is damaged or not a GeoPackage.").format(path),
        "locked": lambda: tr("Status store {} is locked by another program; try again.").format(path),
        "newer_schema": lambda: tr("Status store {} was written by a newer version of the plugin (schema {}; this "
                                   "version knows up to {}): update the plugin. The store was not changed.").format(
            path, d.get("version"), d.get("known")),
        "older_schema": lambda: tr("Status store {} has schema version {}; this plugin needs {}: an administrator "
                                   "upgrades it (PostgisStore.install).").format(path, d.get("version"),
                                                                                 d.get("known")),
        "no_store": lambda: tr("The database {} has no Land Balance status store: an administrator installs "
                               "it.").format(path),
        "no_role": lambda: tr("The PostgreSQL user {} may not use the status store: an administrator grants it the "
                              "county, city or province level.").format(d.get("user", "")),
        "connection": lambda: tr("PostgreSQL connection failed: {}").format(d.get("reason", "")),
        "date_by_database": lambda: tr("The shared status store records steps on the database's date ({}, time "
                                       "zone {}), not on {}: leave the date empty.").format(
            d.get("date"), d.get("zone"), d.get("asked")),
        "permission": lambda: tr("Status store {}: the database refused this user ({}).").format(
            path, d.get("reason", "")),
        "unknown_level": lambda: tr("Unknown level “{}” (levels: {}).").format(
            d.get("level"), ", ".join(d.get("known", ()))),
        "no_place": lambda: tr("No place for a status store: save the project or give a GeoPackage path."),
        "postgis_layer": lambda: tr("A PostGIS layer's status store is a PostgreSQL connection: give "
                                    "postgres:<connection name> as the store."),
        "no_connection": lambda: tr("There is no QGIS PostgreSQL connection named “{}”.").format(d.get("name")),
        "auth": lambda: tr("QGIS authentication configuration {} could not be read (is the master password "
                           "set?).").format(d.get("authcfg")),
        "rules_not_registered": lambda: tr("Programme {}: the shared store has no time limit for step {} yet; nothing "
                                           "was recorded. An administrator registers the programme again "
                                           "(register_workflow).").format(d.get("programme"), d.get("step")),
        "attachment_unreadable": lambda: tr("Attachment {} cannot be read: {}").format(
            path, d.get("reason", "")),
    }
    word = wording.get(code)
    return word() if word is not None else str(err)
