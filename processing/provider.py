"""The Processing provider 'landbalance': our algorithms and the shipped models."""

from __future__ import annotations

from qgis.core import Qgis, QgsMessageLog, QgsProcessingModelAlgorithm, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..resources_paths import ICON, MODELS
from .pack_registry import LOG_TAG, current_packs
from .registry import algorithms_for


class LandBalanceProvider(QgsProcessingProvider):
    def id(self):
        return "landbalance"

    def name(self):
        return "Land Balance 占补平衡"

    def longName(self):
        return tr("Land Balance 占补平衡 — county land-balance programmes")

    def icon(self):
        return QIcon(str(ICON))

    def loadAlgorithms(self):
        for algorithm in algorithms_for(current_packs()):
            self.addAlgorithm(algorithm)
        self._load_models()

    def _load_models(self):
        """Models shipped in resources/models; a broken one is logged and skipped."""
        for path in sorted(MODELS.glob("*.model3")):
            model = QgsProcessingModelAlgorithm()
            if not model.fromFile(str(path)):
                QgsMessageLog.logMessage(tr("Model {} could not be read.").format(path.name), LOG_TAG, Qgis.Warning)
                continue
            self.addAlgorithm(model)
