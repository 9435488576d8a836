"""QGIS entry point: wires the provider, expression function, menus and layer hooks. No logic."""

from __future__ import annotations

import contextlib

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject, QgsVectorLayer
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction

from . import i18n
from .i18n import tr
from .processing import expressions
from .processing.pack_registry import LOG_TAG, packs_summary
from .processing.provider import LandBalanceProvider
from .processing.source_encoding import fix_layer_encoding
from .resources_paths import ICON


class LandBalancePlugin:
    def __init__(self, iface):
        self.iface = iface
        self.provider = None
        self.actions = []
        self.workflow_dock = None
        i18n.install_translator()

    # Processing (also called by qgis_process, where there is no GUI)
    def initProcessing(self):  # noqa: N802
        if self.provider is None:
            self.provider = LandBalanceProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)
            # Models that use our algorithms validate only once the provider is registered.
            self.provider.refreshAlgorithms()
        if not expressions.register():
            QgsMessageLog.logMessage(tr("The tbmj() expression function could not be registered."), LOG_TAG,
                                     Qgis.Warning)

    def initGui(self):  # noqa: N802
        self.initProcessing()
        self._add_action(tr("Land Balance settings…"), self.show_settings)
        self._add_action(tr("Reload rule packs"), self.reload_packs)
        from .ui.workflow_dock import DockInstall

        self.workflow_dock = DockInstall(self.iface)
        QgsProject.instance().layersAdded.connect(self.on_layers_added)

    def unload(self):
        with contextlib.suppress(TypeError):  # initGui never ran (qgis_process)
            QgsProject.instance().layersAdded.disconnect(self.on_layers_added)
        if self.workflow_dock is not None:
            self.workflow_dock.remove()
            self.workflow_dock = None
        for action in self.actions:
            self.iface.removePluginMenu(tr("Land Balance 占补平衡"), action)
        self.actions = []
        expressions.unregister()
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        i18n.remove_translator()

    def _add_action(self, text, slot):
        action = QAction(QIcon(str(ICON)), text, self.iface.mainWindow())
        action.triggered.connect(slot)
        self.iface.addPluginToMenu(tr("Land Balance 占补平衡"), action)
        self.actions.append(action)

    def show_settings(self):
        from .ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.iface.mainWindow())
        if dialog.exec_():
            self.reload_packs()

    def reload_packs(self):
        if self.provider is not None:
            self.provider.refreshAlgorithms()
        from .processing.pack_registry import current_packs

        packs = current_packs()
        if self.workflow_dock is not None:
            self.workflow_dock.dock.reload_packs(packs)
        self.iface.messageBar().pushMessage("Land Balance", packs_summary(packs),
                                            Qgis.Warning if packs.errors else Qgis.Info, 8)

    def on_layers_added(self, layers):
        """County shapefiles come GBK-encoded without a .cpg: read them as GBK and say so."""
        for layer in layers:
            if isinstance(layer, QgsVectorLayer):
                encoding = fix_layer_encoding(layer)
                if encoding:
                    layer.triggerRepaint()
                    self.iface.messageBar().pushMessage(
                        "Land Balance",
                        tr("“{}” has no .cpg file; its text is {} and is now read as {}.").format(
                            layer.name(), encoding, encoding),
                        Qgis.Info, 8,
                    )
