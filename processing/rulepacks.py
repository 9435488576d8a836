"""landbalance:rulepacks — 规则包参数表: every number and list of the packs in effect.

A county that edits a pack runs this to see what the plugin will use, and which packs
were refused and why (file, key, reason).
"""

from __future__ import annotations

import datetime as _dt

from qgis.core import (
    QgsFeature,
    QgsFeatureSink,
    QgsField,
    QgsFields,
)
from qgis.PyQt.QtCore import QVariant

from ..rules.packs import flatten
from .base import LandBalanceAlgorithm, fail
from .pack_registry import current_packs, pack_reason, refusal_text

CAPABILITY = "rulepacks"


def as_text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (_dt.date, int, float, str)):
        return str(value)
    if isinstance(value, list):
        return ", ".join(as_text(v) for v in value)
    return str(value)


class RulePacks(LandBalanceAlgorithm):
    USER_PACKS = "USER_PACKS"

    def name(self):
        return "rulepacks"

    def displayName(self):
        return self.tr("Rule packs in effect")

    def group(self):
        return self.tr("Rule packs")

    def groupId(self):
        return "rulepacks"

    def shortHelpString(self):
        return self.tr(
            "Lists every parameter of every rule pack the plugin uses — built-in packs and the "
            "county's own from the user-pack folder (Settings, or this algorithm's folder "
            "parameter) — one row per key, with the pack id, version and file. A pack that "
            "fails validation is listed with its file, key and reason and is not used; the "
            "others still load."
        )

    def initAlgorithm(self, config=None):
        self.add_file(self.USER_PACKS, self.tr("Extra user-pack folder"),
                      self.tr("A folder of .toml packs read after the built-in and configured ones."), optional=True,
                      folder=True)
        self.add_sink(self.OUTPUT, self.tr("Rule pack parameters"),
                      self.tr("One row per key of every pack in effect, and one per refused pack with its reason."))
        self.add_outputs(("PACKS", self.tr("Packs in effect")), ("ERRORS", self.tr("Packs refused")))

    def processAlgorithm(self, parameters, context, feedback):
        packs = current_packs(self.parameterAsFile(parameters, self.USER_PACKS, context))
        fields = QgsFields()
        for name in ("PACK", "VERSION", "ORIGIN", "FILE", "KEY", "VALUE", "STATUS"):
            fields.append(QgsField(name, QVariant.String))
        sink, dest = self.parameterAsSink(parameters, self.OUTPUT, context, fields)
        if sink is None:
            raise self.invalidSinkError(parameters, self.OUTPUT)
        rows = []
        for pack in packs:
            origin = self.tr("built-in") if pack.builtin else self.tr("user")
            status = "ok_user_copy_refused" if pack.refused_copy else "ok"  # ids, for scripts
            for key, value in flatten(pack.data):
                rows.append([pack.id, pack.version, origin, str(pack.path), key, as_text(value), status])
            feedback.pushInfo(self.tr("{} ({}) from {}").format(pack.label, pack.name_zh, pack.path))
        for error in packs.errors:
            reason = pack_reason(error.code, error.reason, error.params)
            rows.append([error.pack_id, "", self.tr("user"), str(error.path), error.key, reason, "refused"])
            feedback.pushWarning(self.tr("Refused: {}").format(refusal_text(error)))
        features = []
        for row in rows:
            feature = QgsFeature(fields)
            feature.setAttributes(row)
            features.append(feature)
        if not sink.addFeatures(features, QgsFeatureSink.FastInsert):
            raise fail(self.tr("Could not write to the output: {}").format(sink.lastError()))
        return {self.OUTPUT: dest, "PACKS": len(packs.packs), "ERRORS": len(packs.errors)}


def algorithms(packs) -> list:
    return [RulePacks()]
