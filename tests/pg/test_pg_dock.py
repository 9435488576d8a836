"""The workflow dock on a PostGIS parcel layer with the shared PostGIS store (county technician).

Rules: ../shared/seeds/000_9e49406886a189a5.txt — 申请 → 核实 → 公示; 入库 is the province's.
"""

from __future__ import annotations

import subprocess

import psycopg2
from qgis.core import QgsDataSourceUri, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from store_helpers import ensure_provider

from land_balance.rules.packs import load_packs
from land_balance.store.location import POSTGRES, connection_uri
from land_balance.store.postgis import PostgisStore

FOREST = "ganzhou_forest_offset"


def load_parcels(admin: dict, gpkg) -> None:
    target = " ".join(f"{k}={v}" for k, v in (("host", admin["host"]), ("port", admin["port"]),
                                              ("dbname", admin["dbname"]), ("user", admin["user"])))
    subprocess.run(["ogr2ogr", "-f", "PostgreSQL", f"PG:{target}", str(gpkg), "DLTB", "-nln", "public.dltb",
                    "-lco", "GEOMETRY_NAME=geom"], check=True, capture_output=True)
    db = psycopg2.connect(**admin)
    with db, db.cursor() as cur:
        cur.execute("GRANT SELECT ON public.dltb TO lb_county")
    db.close()


def test_dock_on_postgis_layer_and_store(qtbot, demo_county, auth_connection, pg_database, qgis_iface,
                                        qgis_processing):
    from land_balance.ui.workflow_dock import WorkflowDock

    ensure_provider()
    name, _ = auth_connection
    out, _ = demo_county
    load_parcels(pg_database, out / "county.gpkg")
    uri = QgsDataSourceUri(connection_uri(name))
    uri.setDataSource("public", "dltb", "geom", "", "fid")
    layer = QgsVectorLayer(uri.uri(False), "DLTB (PostGIS)", "postgres")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    dock = WorkflowDock(qgis_iface, packs=load_packs())
    try:
        dock.layer_box.setLayer(layer)
        dock.programme_box.setCurrentIndex(dock.programme_box.findData(FOREST))
        dock.store_edit.setText(POSTGRES + name)
        dock.refresh()
        dock.wait_loaded()
        parcel = next(layer.getFeatures("\"DLBM\" = '0602'"))
        layer.selectByIds([parcel.id()])
        for step in ("apply", "verify", "notice"):
            qtbot.mouseClick(dock.advance_button, Qt.LeftButton)
            qtbot.waitUntil(lambda: dock.task is None, timeout=30000)
            with PostgisStore(pg_database) as store:
                assert store.current_steps(FOREST).get(parcel["BSM"]) == step, dock.message.text()
        assert dock.model.rowCount() == 1 and dock.counts.item(2, 1).text() == "1"
        assert layer.renderer().classAttribute() == "lb_step"
        assert layer.getFeature(parcel.id())["lb_step"] == "notice"
        with PostgisStore(pg_database) as store:
            assert {e.actor for e in store.events(parcel["BSM"])} == {"tech_auth"}
    finally:
        dock.close()
        QgsProject.instance().removeAllMapLayers()
