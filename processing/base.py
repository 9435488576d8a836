"""Shared plumbing of the plugin's Processing algorithms (no domain rules here)."""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..resources_paths import ICON


class LandBalanceAlgorithm(QgsProcessingAlgorithm):
    """Base class: translation, icon, a fresh instance per run."""

    def tr(self, text: str) -> str:
        return tr(text)

    def createInstance(self):
        return type(self)()

    def icon(self) -> QIcon:
        return QIcon(str(ICON))


def fail(message: str) -> QgsProcessingException:
    """The exception a technician reads in the log: say what and where, no traceback."""
    return QgsProcessingException(message)
