"""Runs inside the QGIS desktop (qgis --code, via LB_STARTUP=… scripts/screenshot.sh): runs
landbalance:eligibility_anhui_inout on the demo county's project layers as the Processing
dialog does — a background task, results handled in the main thread (output loaded and
styled 是/部分/否) — then cancels a second run while it writes, checks both ended cleanly, saves
docs/screenshots/eligibility_map_<locale>.png and quits."""

import os
import sys
import sqlite3
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingAlgRunnerTask,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingOutputLayerDefinition,
    QgsProject,
    QgsRasterLayer,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QTimer
from qgis.utils import iface

sys.path.insert(0, os.environ["LB_SCRIPTS"])  # qgis --code runs this text: no __file__ to start from
from desktop_check import LOCALE, OUT_DIR, STATUS_FILE, errors, finish  # noqa: E402

demo = Path(os.environ["LB_DEMO_GPKG"])
work = STATUS_FILE.parent
keep = {}


def parameters(output):
    from land_balance.rules import eligibility
    from land_balance.rules.packs import load_packs

    project = QgsProject.instance()
    dltb = QgsVectorLayer(f"{demo}|layername=DLTB", "DLTB 地类图斑", "ogr")
    project.addMapLayer(dltb)
    # Loaded into the project when done, as the dialog's "open output file" does.
    params = {"INPUT": dltb.id(), "RULE_SET": "in", "PLAN_YEAR": 2024,
              "OUTPUT": QgsProcessingOutputLayerDefinition(output, project)}
    for role in eligibility.rule_set(load_packs().get("anhui_inout"), "in").roles:
        layer = QgsVectorLayer(f"{demo}|layername={role.id}", role.name_zh, "ogr")
        if layer.isValid():
            project.addMapLayer(layer, False)  # in the project, not in the legend
            params[role.field_name] = layer.id()
    dem = QgsRasterLayer(str(demo.with_name("dem.tif")), "DEM")
    project.addMapLayer(dem, False)
    params["DEM"] = dem.id()
    return dltb, params


def run_in_background(params, on_done):
    """As the algorithm dialog does: prepared here, run in a task thread, results handled here."""
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("landbalance:eligibility_anhui_inout")
    context, feedback = QgsProcessingContext(), QgsProcessingFeedback()
    context.setProject(QgsProject.instance())
    task = QgsProcessingAlgRunnerTask(algorithm, params, context, feedback)
    keep[id(task)] = (algorithm, context, feedback, task)
    task.executed.connect(lambda ok, results: on_done(ok, results, algorithm, context, feedback))
    QgsApplication.taskManager().addTask(task)
    return feedback


def first_done(ok, results, algorithm, context, feedback):
    if not ok:
        errors.append("the eligibility task failed")
        return finish()
    from processing.gui.Postprocessing import handleAlgorithmResults

    handleAlgorithmResults(algorithm, context, feedback, False, results)
    with sqlite3.connect(results["OUTPUT"]) as db:
        table = db.execute("select table_name from gpkg_contents").fetchone()[0]
        rows = db.execute(f'select count(*) from "{table}"').fetchone()[0]
    if rows != keep["parcels"] or results["PARCELS"] != rows:
        errors.append(f"{rows} output rows for {keep['parcels']} parcels")
    styled = [layer for layer in QgsProject.instance().mapLayers().values()
              if layer.source().startswith(results["OUTPUT"]) and layer.renderer() is not None
              and layer.renderer().type() == "categorizedSymbol"]
    if not styled:
        errors.append("the output was not loaded with the 是/部分/否 style")
    else:
        iface.mapCanvas().setExtent(styled[0].extent())
        iface.mapCanvas().refresh()
    params = dict(keep["params"], OUTPUT=str(work / "cancelled.gpkg"))
    feedback = run_in_background(params, second_done)
    # Cancelled when the write pass starts (the last fifth of the progress).
    cancel_at = float(os.environ.get("LB_CANCEL_AT", "80"))
    feedback.progressChanged.connect(lambda progress: feedback.cancel() if progress >= cancel_at else None)


def second_done(ok, results, algorithm, context, feedback):
    import threading

    if ok or not feedback.isCanceled():
        errors.append(f"the run cancelled during writing ended with ok={ok}, cancelled={feedback.isCanceled()}")
    if any(thread.name == "land_balance writer" for thread in threading.enumerate()):
        errors.append("the writer thread outlived a cancelled run")
    QTimer.singleShot(2500, grab)


def grab():
    iface.layerTreeView().expandAll()  # the legend shows the 是 / 部分 / 否 classes
    iface.mainWindow().grab().save(str(OUT_DIR / f"eligibility_map_{LOCALE}.png"))
    finish()


def start():
    dltb, params = parameters(str(work / "eligibility.gpkg"))
    keep["parcels"], keep["params"] = dltb.featureCount(), params
    run_in_background(params, first_done)


iface.mainWindow().resize(1600, 1000)
iface.mainWindow().showMaximized()
QTimer.singleShot(1500, start)
QTimer.singleShot(150000, lambda: (errors.append("timed out waiting for the tasks"), finish()))
