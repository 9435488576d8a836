"""Collects the algorithms that rule packs generate (eligibility, workflow, …).

Each capability module exposes ``algorithms(packs) -> list``; a failure in one is logged
and that capability skipped, so one broken module never empties the toolbox.
"""

from __future__ import annotations

import importlib

from qgis.core import Qgis, QgsMessageLog

from ..i18n import tr
from .pack_registry import LOG_TAG

#: Capability modules (relative to this package) that build algorithms from packs.
CAPABILITIES: tuple = ("workflow", "eligibility")


def for_packs(packs) -> list:
    found = []
    for name in CAPABILITIES:
        try:
            module = importlib.import_module(f".{name}", __package__)
            found.extend(module.algorithms(packs))
        except Exception as err:  # noqa: BLE001 — logged, the other capabilities still load
            QgsMessageLog.logMessage(tr("Algorithms of {} not loaded: {}").format(name, err), LOG_TAG, Qgis.Critical)
    return found
