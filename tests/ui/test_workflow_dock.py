"""The workflow dock (工作流程面板) clicked through a forest-offset parcel's whole life.

Rules: ../shared/seeds/000_9e49406886a189a5.txt — 申请 → 核实 → 公示 → 确认 → 造林 → 验收 → 变更
→ 入库; 异议成立 back to 核实, 验收不合格 back to 造林 (with a reason); 入库 is the province's.
"""

from __future__ import annotations

import datetime as dt

import pytest
from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import Qt

from land_balance.rules.packs import load_packs
from land_balance.store.geopackage import GeoPackageStore
from handmade_county import write_county
from store_helpers import ensure_provider

FOREST = "ganzhou_forest_offset"


@pytest.fixture()
def dock(tmp_path, qgis_iface, qgis_processing, qgis_new_project):
    from land_balance.ui.workflow_dock import WorkflowDock

    ensure_provider()
    write_county(tmp_path / "county.gpkg")  # hand-made: tests/handmade_county.py
    layer = QgsVectorLayer(f"{tmp_path / 'county.gpkg'}|layername=DLTB", "DLTB", "ogr")
    QgsProject.instance().addMapLayer(layer)
    widget = WorkflowDock(qgis_iface, packs=load_packs())
    widget.layer_box.setLayer(layer)
    widget.programme_box.setCurrentIndex(widget.programme_box.findData(FOREST))
    widget.store_edit.setText(str(tmp_path / "workflow.gpkg"))
    widget.refresh()
    assert widget.wait_loaded()
    widget.level_box.setCurrentIndex(0)  # county technician
    yield widget, layer, tmp_path
    widget.close()
    QgsProject.instance().removeAllMapLayers()


def click_and_wait(qtbot, dock, button):
    assert button.isEnabled(), (button.text(), dock.message.text())
    qtbot.mouseClick(button, Qt.LeftButton)
    qtbot.waitUntil(lambda: dock.task is None, timeout=30000)
    assert dock.wait_loaded()


def test_a_forest_offset_parcels_full_life(qtbot, dock):
    dock, layer, tmp_path = dock
    mining = next(layer.getFeatures("\"BZ\" = '矿山生态修复'"))
    bsm = mining["BSM"]
    layer.selectByIds([mining.id()])  # select on the map → the dock shows the parcel
    assert bsm in dock.current_label.text()
    assert "申请" in dock.advance_button.text() or "Apply" in dock.advance_button.text()

    def advance(step):
        click_and_wait(qtbot, dock, dock.advance_button)
        with GeoPackageStore(tmp_path / "workflow.gpkg") as store:
            assert store.current_steps(FOREST).get(bsm) == step, dock.message.text()

    for step in ("apply", "verify", "notice", "confirm"):
        advance(step)
    # 异议成立: sending back without a reason is refused in the dock, then recorded with one
    assert dock.back_box.currentData() == "verify"
    for blank in ("", "\u3000\t"):  # a full-width space and a tab are no reason
        dock.note.setText(blank)
        qtbot.mouseClick(dock.back_button, Qt.LeftButton)
        assert "reason" in dock.message.text() or "理由" in dock.message.text()
    dock.note.clear()
    qtbot.keyClicks(dock.note, "objection upheld: ")  # QTest types Latin-1 only; the rest is set
    dock.note.setText(dock.note.text() + "公示期异议成立，重新核实权属")
    click_and_wait(qtbot, dock, dock.back_button)
    for step in ("notice", "confirm", "afforest", "accept"):
        advance(step)
    photo = tmp_path / "举证照片_001.jpg"
    photo.write_bytes(b"\xff\xd8\xff field photo")
    dock.add_attachments([str(photo)])
    dock.note.setText("验收不合格：成活率不足85%")
    click_and_wait(qtbot, dock, dock.back_button)
    for step in ("accept", "change"):
        advance(step)
    # 入库 is the province's: greyed out for a county technician, with the rules' reason
    assert not dock.advance_button.isEnabled() and "province" in dock.advance_button.toolTip().lower()
    dock.level_box.setCurrentIndex(2)
    advance("bank")
    assert not dock.advance_button.isEnabled()  # last step

    with GeoPackageStore(tmp_path / "workflow.gpkg") as store:
        events = store.events(bsm)
    assert [e.to_step for e in events] == ["apply", "verify", "notice", "confirm", "verify", "notice", "confirm",
                                           "afforest", "accept", "afforest", "accept", "change", "bank"]
    assert events[9].attachments[0][0] == "举证照片_001.jpg"
    assert dock.timeline.count() == 13 and dock.attachment_list.count() == 1
    # the map: categorised by step with the pack's colours, the parcel joined to 'bank'
    renderer = layer.renderer()
    assert renderer.classAttribute() == "lb_step"
    colours = {c.value(): c.symbol().color().name() for c in renderer.categories()}
    assert colours["bank"] == "#1565c0" and colours["apply"] == "#9e9e9e"
    assert layer.getFeature(mining.id())["lb_step"] == "bank"
    # counts per step
    assert dock.counts.item(7, 1).text() == "1"


def test_filters_and_list_selection_select_on_the_map(qtbot, dock):
    dock, layer, tmp_path = dock
    from land_balance.rules.workflow import Workflow
    from land_balance.store.base import Request

    flow = Workflow.from_pack(load_packs().get(FOREST))
    features = list(layer.getFeatures())[:6]
    with GeoPackageStore(tmp_path / "workflow.gpkg") as store:
        store.apply(flow, [Request.advance(f["BSM"], None, "apply") for f in features])
        store.apply(flow, [Request.advance(f["BSM"], "apply", "verify") for f in features[:2]])
    dock.refresh()
    dock.wait_loaded()
    assert dock.model.rowCount() == 6
    dock.step_filter.setCurrentIndex(dock.step_filter.findData("verify"))
    assert dock.model.rowCount() == 2
    dock.step_filter.setCurrentIndex(0)
    dock.search.setText(features[3]["BSM"])
    assert dock.model.rowCount() == 1
    dock.table.selectRow(0)
    assert layer.selectedFeatureIds() == [features[3].id()]
    dock.search.clear()
    dock.overdue_filter.setChecked(True)
    assert dock.model.rowCount() == 0  # apply/verify have no time limit


def test_a_parcel_moved_by_someone_else_meanwhile_is_refused_naming_them(qtbot, dock):
    """Issue 10 §8: the dock shows 核实; meanwhile a colleague moves the parcel on. The click asks for
    the step after the one the user saw, and is refused with who moved the parcel and when."""
    dock, layer, tmp_path = dock
    from land_balance.rules.workflow import Workflow
    from land_balance.store.base import Request

    flow = Workflow.from_pack(load_packs().get(FOREST))
    feature = next(layer.getFeatures())
    with GeoPackageStore(tmp_path / "workflow.gpkg") as store:
        store.apply(flow, [Request.advance(feature["BSM"], None, "apply")], actor="li")
    dock.refresh()
    dock.wait_loaded()
    layer.selectByIds([feature.id()])
    assert dock.advance_target == "verify"
    with GeoPackageStore(tmp_path / "workflow.gpkg") as store:  # the colleague, in another QGIS
        for step in ("verify", "notice"):
            store.apply(flow, [Request.advance(feature["BSM"], flow.step_before(step), step)], actor="wang_colleague")
    click_and_wait(qtbot, dock, dock.advance_button)
    assert "wang_colleague" in dock.last_error and feature["BSM"] in dock.last_error
    with GeoPackageStore(tmp_path / "workflow.gpkg") as store:
        assert [e.actor for e in store.events(feature["BSM"])] == ["li", "wang_colleague", "wang_colleague"]
    assert dock.advance_target == "confirm"  # the dock shows where the parcel is now


def test_the_dock_remembers_where_it_was_docked(qgis_iface, qgis_processing):
    from land_balance import settings
    from land_balance.ui.workflow_dock import DOCK_AREA_KEY, DockInstall

    ensure_provider()
    first = DockInstall(qgis_iface)
    first.dock.dockLocationChanged.emit(Qt.LeftDockWidgetArea)
    assert settings.value(DOCK_AREA_KEY, 0, int) == int(Qt.LeftDockWidgetArea)
    first.remove()
    added = []
    original = qgis_iface.addDockWidget
    qgis_iface.addDockWidget = lambda area, dock: added.append(area)
    try:
        second = DockInstall(qgis_iface)
    finally:
        qgis_iface.addDockWidget = original
    assert added == [Qt.LeftDockWidgetArea]
    second.remove()


def test_reloading_packs_keeps_the_chosen_programme(qtbot, dock):
    dock, _layer, _ = dock
    dock.reload_packs(load_packs())
    assert dock.programme_box.currentData() == FOREST
    assert dock.programme_box.count() == len(dock.flows) >= 1


def test_first_hour_details(qtbot, dock, qgis_iface):
    """Issue: a new user's first hour with the dock (labels, default layer, buttons, messages, history)."""
    dock, layer, tmp_path = dock
    from land_balance import settings
    from land_balance.ui.workflow_dock import WorkflowDock

    assert dock.layer_box.parent() is not None
    labels = [w.text() for w in dock.findChildren(type(dock.message))]
    assert "图斑数" not in labels and ("Parcel layer" in labels or "图斑图层" in labels)
    # nothing selected: nothing to advance (the button used to say 推进到 … and do nothing)
    assert not dock.advance_button.isEnabled()
    # a project whose first polygon layer is the township layer: the dock still starts on the parcels
    xzq = QgsVectorLayer(f"{tmp_path / 'county.gpkg'}|layername=XZQ", "XZQ", "ogr")
    QgsProject.instance().addMapLayer(xzq)
    other = WorkflowDock(qgis_iface, packs=load_packs())
    try:
        assert other.layer is not None and other.layer.name() == "DLTB"
    finally:
        other.close()
    # record a step as a named person: the confirmation stays, counts go to their own line,
    # the history shows local time and the person, not the OS login
    settings.set_person("李明")
    try:
        parcel = next(layer.getFeatures("\"BZ\" = '矿山生态修复'"))
        layer.selectByIds([parcel.id()])
        click_and_wait(qtbot, dock, dock.advance_button)
        assert "1" in dock.message.text() and ("Recorded" in dock.message.text() or "已记录" in dock.message.text())
        assert dock.summary.text() and dock.summary.text() != dock.message.text()
        entry = dock.timeline.item(0).text()
        assert "李明" in entry and "root" not in entry
        from land_balance.ui.workflow_dock import local_time

        assert local_time("2025-10-01T00:30:00.000+00:00") == \
            dt.datetime(2025, 10, 1, 0, 30, tzinfo=dt.timezone.utc).astimezone().strftime("%Y-%m-%d %H:%M")
        assert dock.timeline.wordWrap()
    finally:
        settings.set_person("")


def test_tbbh_keyed_layers_match_the_stores_county_tbbh_keys(qtbot, dock):
    """Issue: the dock keyed parcels by the raw id and could never match the store's ZLDWDM-TBBH keys."""
    dock, layer, tmp_path = dock
    from land_balance.rules.workflow import Workflow, parcel_key
    from land_balance.store.base import Request

    flow = Workflow.from_pack(load_packs().get(FOREST))
    feature = next(layer.getFeatures())
    key = parcel_key("TBBH", feature["TBBH"], feature["ZLDWDM"])
    with GeoPackageStore(tmp_path / "workflow.gpkg") as store:
        store.apply(flow, [Request.advance(key, None, "apply")])
    from land_balance import settings

    settings.set_value("workflow/id_field", "TBBH")
    try:
        dock.on_layer_changed(layer)
        assert dock.wait_loaded()
        assert [r.parcel_id for r in dock.rows] == [key] and dock.rows[0].fid == feature.id()
    finally:
        settings.set_value("workflow/id_field", "BSM")
