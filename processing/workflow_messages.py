"""A refused transition said in the user's language (rules/ has no Qt, so it cannot translate)."""

from __future__ import annotations

from ..i18n import pick, tr
from ..rules.workflow import TransitionError, Workflow


def level_name(level: str) -> str:
    return {"county": tr("County"), "city": tr("City"), "province": tr("Province")}.get(level, level)


def refusal(err: TransitionError, workflow: Workflow) -> str:
    """The rules' refusal with step names from the pack and translated wording."""
    d = err.details

    def step(step_id):
        if not step_id:
            return "—"
        try:
            s = workflow.step(step_id)
        except TransitionError:
            return step_id
        return pick(s.name_zh, s.name_en)

    if err.code == "skip":
        allowed = "、".join(step(a) for a in d["allowed"]) or tr("none, it is the last step")
        return tr("Parcel {}: {} → {} is not allowed; allowed: {} (no skipping).").format(
            d["parcel"], step(d["current"]), step(d["target"]), allowed)
    if err.code == "not_started":
        return tr("Parcel {} is not in the programme yet: it starts at {}, not {}.").format(
            d["parcel"], step(d["current"]), step(d["target"]))
    if err.code == "reason_required":
        return tr("Parcel {}: going back from {} to {} needs a reason in the note.").format(
            d["parcel"], step(d["current"]), step(d["target"]))
    if err.code == "same_step":
        return tr("Parcel {} is already at {}.").format(d["parcel"], step(d["target"]))
    if err.code == "level" and "actor_level" in d:
        return tr("Parcel {}: {} is recorded by the {} level, not the {} level.").format(
            d["parcel"], step(d["target"]), level_name(d["level"]), level_name(d["actor_level"]))
    if err.code == "duplicate":
        return tr("Parcel {} appears twice in one batch.").format(d["parcel"])
    return str(err)  # e.g. the database's own refusal (PostGIS), already specific
