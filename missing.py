"""What QGIS loads instead of the plugin when a dependency is missing: a message, nothing else.

Nothing is registered (no provider, no menus), so the plugin is never half loaded; the
user is told in plain words what to install.
"""

from __future__ import annotations

from qgis.core import Qgis, QgsMessageLog

from .i18n import tr


class MissingDependencies:
    def __init__(self, iface, missing):
        self.iface = iface
        self.message = tr("Land Balance is not loaded: it needs {}.").format("; ".join(missing))

    def initProcessing(self):  # noqa: N802
        QgsMessageLog.logMessage(self.message, "Land Balance", Qgis.Critical)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        if self.iface is not None:
            self.iface.messageBar().pushMessage("Land Balance", self.message, Qgis.Critical, 0)

    def unload(self):
        pass
