"""Runs inside the QGIS desktop (qgis --code): check the plugin loaded cleanly, show the
Processing toolbox filtered to our provider, save screenshots, write a status file, quit."""

import os
import sys
from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDockWidget, QLineEdit
from qgis.utils import iface

sys.path.insert(0, os.environ["LB_SCRIPTS"])  # qgis --code runs this text: no __file__ to start from
from desktop_check import LOCALE, OUT_DIR, errors, finish  # noqa: E402


def show_toolbox():
    demo = os.environ.get("LB_DEMO_GPKG", "")
    if demo and Path(demo).exists():
        layer = QgsVectorLayer(f"{demo}|layername=DLTB", "DLTB 地类图斑", "ogr")
        if layer.isValid():
            QgsProject.instance().addMapLayer(layer)
            iface.mapCanvas().setExtent(layer.extent())
    toolbox = iface.mainWindow().findChild(QDockWidget, "ProcessingToolbox")
    if toolbox is None:
        errors.append("no Processing toolbox")
        return
    toolbox.show()
    toolbox.raise_()
    search = toolbox.findChild(QLineEdit)
    if search is not None:
        search.setText("Land Balance")


dialogs = []


def grab():
    iface.mainWindow().grab().save(str(OUT_DIR / f"processing_toolbox_{LOCALE}.png"))
    import processing

    dialog = processing.createAlgorithmDialog("landbalance:areastatistics", {})
    if dialog is None:
        errors.append("the areastatistics dialog could not be created")
    else:
        dialogs.append(dialog)
        dialog.resize(900, 700)
        dialog.show()
    QTimer.singleShot(1500, grab_dialog)


def grab_dialog():
    for dialog in dialogs:
        dialog.grab().save(str(OUT_DIR / f"areastatistics_dialog_{LOCALE}.png"))
        dialog.close()
    finish()


iface.mainWindow().resize(1600, 1000)
iface.mainWindow().showMaximized()
QTimer.singleShot(1500, show_toolbox)
QTimer.singleShot(5000, grab)
