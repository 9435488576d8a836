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
        QgsMessageLog.logMessage(tr("Rule pack skipped: {}").format(error), LOG_TAG, Qgis.Warning)
    for old, new in packs.overridden:
        QgsMessageLog.logMessage(
            tr("Rule pack {} from {} replaces {}").format(new.label, new.path, old.label), LOG_TAG, Qgis.Info
        )
    return packs
