"""The plugin as QGIS loads it: classFactory, initGui, unload, menus, dialog, GBK hook."""

from __future__ import annotations

import datetime as dt

import pytest
from qgis.core import QgsApplication, QgsExpression, QgsProject, QgsVectorLayer


@pytest.fixture()
def plugin(qgis_iface, qgis_processing):
    import land_balance

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("landbalance")
    if existing is not None:  # the session's provider fixture may have registered one
        registry.removeProvider(existing)
    instance = land_balance.classFactory(qgis_iface)
    instance.initGui()
    yield instance
    instance.unload()


def test_loads_provider_function_and_menu(plugin):
    registry = QgsApplication.processingRegistry()
    assert registry.providerById("landbalance") is not None
    assert registry.algorithmById("landbalance:areastatistics") is not None
    assert QgsExpression.isFunctionName("tbmj")
    assert len(plugin.actions) == 2


def test_unload_removes_everything(qgis_iface, qgis_processing):
    import land_balance

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("landbalance")
    if existing is not None:
        registry.removeProvider(existing)
    instance = land_balance.classFactory(qgis_iface)
    instance.initGui()
    instance.unload()
    assert registry.providerById("landbalance") is None
    assert not QgsExpression.isFunctionName("tbmj")
    assert instance.actions == []


def test_missing_dependency_gives_a_message_not_a_traceback(qgis_iface, monkeypatch):
    import land_balance

    monkeypatch.setattr(land_balance, "MISSING_HINTS", {"no_such_module_xyz": "no_such_module_xyz (pip install it)"})
    instance = land_balance.classFactory(qgis_iface)
    instance.initGui()
    assert "no_such_module_xyz" in instance.message
    instance.unload()


def test_settings_dialog_stores_user_pack_folder(qgis_iface, tmp_path):
    from land_balance.settings import set_user_packs_dir, user_packs_dir
    from land_balance.ui.settings_dialog import SettingsDialog

    set_user_packs_dir("")
    dialog = SettingsDialog()
    dialog.folder.setFilePath(str(tmp_path))
    dialog.accept()
    assert user_packs_dir() == str(tmp_path)
    set_user_packs_dir("")


def test_gbk_shapefile_added_to_project_is_read_as_gbk(plugin, tmp_path):
    from gbk import write_gbk_shapefile

    path = write_gbk_shapefile(tmp_path / "DLTB.shp", [
        ("东胡集镇", "POLYGON((40426000 3742000,40426100 3742000,40426100 3742100,40426000 3742000))")])
    qgis_layer = QgsVectorLayer(str(path), "DLTB", "ogr")
    QgsProject.instance().addMapLayer(qgis_layer)
    try:
        assert qgis_layer.dataProvider().encoding() == "GBK"
        assert next(qgis_layer.getFeatures())["ZLDWMC"] == "东胡集镇"
    finally:
        QgsProject.instance().removeMapLayer(qgis_layer.id())


def test_settings_dialog_edits_the_working_day_calendar(qgis_iface, monkeypatch):
    """A year the built-in calendar does not know (2027): the county types the State Council's
    dates, in any separators; bad entries are named and nothing is stored."""
    from land_balance.processing.workflow import calendar_for
    from land_balance.rules.calendar import OFFICIAL_YEARS
    from land_balance.settings import extra_working_days, set_extra_working_days
    from land_balance.ui import settings_dialog

    year = OFFICIAL_YEARS[1] + 1
    set_extra_working_days("", "")
    warnings = []
    monkeypatch.setattr(settings_dialog.QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    dialog = settings_dialog.SettingsDialog()
    dialog.holidays.setPlainText(f"{year}-10-01，{year}-10-02\n{year}-10-03 soon")
    dialog.workdays.setPlainText(f"{year}-10-02")
    dialog.accept()
    assert "soon" in warnings[0] and f"{year}-10-02" in warnings[0]
    assert extra_working_days() == ("", "") and dialog.result() != dialog.Accepted
    dialog.holidays.setPlainText(f"{year}-10-03、{year}-10-01，{year}-10-02")
    dialog.workdays.setPlainText(f"{year}-09-26")
    dialog.accept()
    assert extra_working_days() == (f"{year}-10-01, {year}-10-02, {year}-10-03", f"{year}-09-26")
    calendar = calendar_for({})
    assert calendar.knows(year) and not calendar.is_working_day(dt.date(year, 10, 1))
    assert calendar.is_working_day(dt.date(year, 9, 26))  # listed as a make-up working day (2027: a Sunday)
    reopened = settings_dialog.SettingsDialog()
    assert reopened.holidays.toPlainText() == f"{year}-10-01, {year}-10-02, {year}-10-03"
    set_extra_working_days("", "")


def test_settings_dialog_stores_the_users_name(qgis_iface):
    """Issue: the dock showed the OS login (root) as the person; the user says who they are, once."""
    from land_balance import settings
    from land_balance.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog()
    dialog.person.setText("  李明 ")
    dialog.accept()
    assert settings.person() == "李明"
    assert SettingsDialog().person.text() == "李明"
    settings.set_person("")
