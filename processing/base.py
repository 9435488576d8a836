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


class PackAlgorithm(LandBalanceAlgorithm):
    """An algorithm built from a rule pack, as QGIS's GRASS provider builds one from a
    description file: ``createInstance`` hands the pack on to each run's copy."""

    def __init__(self, pack=None):
        super().__init__()
        self.pack = pack

    def createInstance(self):
        return type(self)(self.pack)


def fail(message: str) -> QgsProcessingException:
    """The exception a technician reads in the log: say what and where, no traceback."""
    return QgsProcessingException(message)
