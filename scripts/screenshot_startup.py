"""Runs inside the QGIS desktop (qgis --code): check the plugin loaded cleanly, show the
Processing toolbox filtered to our provider, save screenshots, write a status file, quit."""

import os
from pathlib import Path

import qgis.utils
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QTimer
from qgis.PyQt.QtWidgets import QDockWidget, QLineEdit
from qgis.utils import iface

out_dir = Path(os.environ["LB_SCREENSHOT_DIR"])
status_file = Path(os.environ["LB_STATUS_FILE"])
errors = []


def on_message(message, tag, level):
    if ("land_balance" in message or tag in ("Land Balance", "Python error")) and int(level) >= 2:  # Critical
        errors.append(f"[{tag}] {message[:500]}")


QgsApplication.messageLog().messageReceived.connect(on_message)
if "land_balance" not in qgis.utils.active_plugins:
    errors.append("plugin land_balance is not active")


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


locale = os.environ.get("LB_LOCALE", "zh_CN")
dialogs = []


def grab():
    iface.mainWindow().grab().save(str(out_dir / f"processing_toolbox_{locale}.png"))
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
        dialog.grab().save(str(out_dir / f"areastatistics_dialog_{locale}.png"))
        dialog.close()
    status_file.write_text("ok\n" if not errors else "errors:\n" + "\n".join(errors) + "\n", encoding="utf-8")
    QgsApplication.exit(0)


iface.mainWindow().resize(1600, 1000)
iface.mainWindow().showMaximized()
QTimer.singleShot(1500, show_toolbox)
QTimer.singleShot(5000, grab)
