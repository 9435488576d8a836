"""The plugin as QGIS loads it: classFactory, initGui, unload, menus, dialog, GBK hook."""

from __future__ import annotations

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
