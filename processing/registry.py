"""The plugin's one algorithm registry, keyed by (capability, pack).

Each capability is a leaf module of processing/ that exposes ``CAPABILITY`` (its id) and
either

* ``applies(pack) -> bool`` and ``Algorithm`` (a PackAlgorithm): one algorithm per pack the
  capability applies to, with id ``<capability>_<pack id>`` — as QGIS's GRASS provider builds
  one algorithm per description file; or
* ``algorithms(packs) -> list``: algorithms with fixed ids (a pack is then a PROGRAMME
  parameter, so a script or model keeps working when a county adds a pack).

One error trap per (capability, pack): a module that fails to import costs only its own
algorithms, a pack a capability cannot use costs only that pair; both are logged.
"""

from __future__ import annotations

import importlib

from qgis.core import Qgis, QgsMessageLog

from ..i18n import tr
from .pack_registry import LOG_TAG

#: Capability modules (relative to this package), in toolbox order.
CAPABILITIES: tuple = (
    "areastatistics",
    "rulepacks",
    "workflow",
    "eligibility",
    "offset_overlay",
    "reserve_bank_form",
    "bank_ledger",
    "forest_quota",
    "verification_sample",
    "bank_report",
    "inout_balance",
    "township_progress",
    "subsidy_schedule",
    "indicator_bank",
    "forest_plan_stats",
    "forest_plan_atlas",
    "areacontrol",
    "changepackage",
    "validatechangepackage",
    "applychangepackage",
    "siteselection",
)


def _log(message: str, level=Qgis.Warning) -> None:
    QgsMessageLog.logMessage(message, LOG_TAG, level)


def algorithms_for(packs, capabilities=CAPABILITIES) -> list:
    """Every algorithm the capabilities build from ``packs``; failures logged and skipped."""
    found = []
    for name in capabilities:
        try:
            module = importlib.import_module(f".{name}", __package__)
        except Exception as err:  # noqa: BLE001 — logged; the other capabilities still load
            _log(tr("Algorithms of {} not loaded: {}").format(name, err), Qgis.Critical)
            continue
        if hasattr(module, "applies"):
            found.extend(_per_pack(module, packs))
            continue
        try:
            found.extend(module.algorithms(packs))
        except Exception as err:  # noqa: BLE001
            _log(tr("Algorithms of {} not loaded: {}").format(name, err), Qgis.Critical)
    return found


def _per_pack(module, packs) -> list:
    out = []
    for pack in packs:
        try:
            if module.applies(pack):
                out.append(module.Algorithm(pack))
        except Exception as err:  # noqa: BLE001 — this pair only
            _log(tr("{} of rule pack {} not loaded: {}").format(module.CAPABILITY, pack.label, err))
    return out
