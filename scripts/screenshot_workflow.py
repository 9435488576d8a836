"""Runs inside the QGIS desktop (qgis --code, via LB_STARTUP=… scripts/screenshot.sh): seeds the
demo county's mining parcels into the forest-offset programme, opens the workflow dock
(工作流程面板) on one parcel's history, saves docs/screenshots/workflow_dock_<locale>.png, quits."""

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt, QTimer
from qgis.PyQt.QtWidgets import QDockWidget
from qgis.utils import iface

sys.path.insert(0, os.environ["LB_SCRIPTS"])  # qgis --code runs this text: no __file__ to start from
from desktop_check import LOCALE, OUT_DIR, errors, finish  # noqa: E402

state = {}


def seed(layer, store_path):
    from land_balance.rules.packs import load_packs
    from land_balance.rules.workflow import Workflow
    from land_balance.store.base import Attachment, Request
    from land_balance.store.geopackage import GeoPackageStore

    flow = Workflow.from_pack(load_packs().get("ganzhou_forest_offset"))
    mining = [f for f in layer.getFeatures("\"DLBM\" = '0602' OR \"BZ\" = '矿山生态修复'")]
    ids = [f["BSM"] for f in mining]
    photo = Path(tempfile.mkdtemp()) / "举证照片_验收.jpg"
    photo.write_bytes(b"\xff\xd8\xff demo field photo")
    with GeoPackageStore(store_path) as store:
        for k, step in enumerate(flow.step_ids):
            day = dt.date(2025, 9, 1) + dt.timedelta(days=9 * k)
            batch = [Request.advance(pid, flow.step_before(step), step, assignee="李明")
                     for i, pid in enumerate(ids) if i % 9 > k]
            if batch:
                store.apply(flow, batch, actor="李明", level="province", today=day)
            if step == "accept":  # one parcel failed acceptance once: afforested again, then accepted
                star = ids[7]
                store.apply(flow, [Request.send_back(star, "accept", "afforest", "验收不合格：成活率不足85%",
                                                     attachments=(Attachment.of_file(photo),))], actor="王芳",
                            today=day)
                store.apply(flow, [Request.advance(star, "afforest", "accept", note="补植后复验")], actor="王芳",
                            today=day + dt.timedelta(days=20))
    return mining[7]


def open_dock():
    demo = os.environ.get("LB_DEMO_GPKG", "")
    layer = QgsVectorLayer(f"{demo}|layername=DLTB", "DLTB 地类图斑", "ogr")
    if not layer.isValid():
        errors.append(f"demo layer not readable: {demo}")
        return
    QgsProject.instance().addMapLayer(layer)
    store_path = Path(tempfile.mkdtemp()) / "county_workflow.gpkg"
    feature = seed(layer, store_path)
    dock = iface.mainWindow().findChild(QDockWidget, "LandBalanceWorkflowDock")
    if dock is None:
        errors.append("no workflow dock")
        return
    iface.mainWindow().addDockWidget(Qt.RightDockWidgetArea, dock)
    dock.show()
    dock.raise_()
    iface.mainWindow().resizeDocks([dock], [640], Qt.Horizontal)
    dock.layer_box.setLayer(layer)
    dock.programme_box.setCurrentIndex(dock.programme_box.findData("ganzhou_forest_offset"))
    dock.store_edit.setText(str(store_path))
    dock.refresh()
    dock.wait_loaded()
    layer.selectByIds([feature.id()])
    state["feature"] = feature
    state["layer"] = layer
    state["dock"] = dock


def zoom():
    if "feature" in state:
        box = state["feature"].geometry().boundingBox()
        box.grow(2500)
        iface.mapCanvas().setExtent(box)
        iface.mapCanvas().refresh()


def grab():
    dock = state.get("dock")
    if dock is not None and dock.counts.rowCount() != 8:
        errors.append("the dock shows no step counts")
    iface.mainWindow().grab().save(str(OUT_DIR / f"workflow_dock_{LOCALE}.png"))
    finish()


iface.mainWindow().resize(1600, 1000)
iface.mainWindow().showMaximized()
QTimer.singleShot(1500, open_dock)
QTimer.singleShot(4000, zoom)
QTimer.singleShot(8000, grab)
