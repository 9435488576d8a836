"""Refusals and store problems in the user's language (processing/workflow_messages.py): store/
has no Qt, so its errors carry a code and details, worded here with the zh_CN translation."""

from __future__ import annotations

from pathlib import Path

import pytest
from bad_store_files import text_renamed_gpkg
from store_helpers import advance, forest_workflow

from land_balance.rules.workflow import TransitionError
from land_balance.store.base import Request, StoreError
from land_balance.store.geopackage import GeoPackageStore

REPO = Path(__file__).resolve().parents[2]
WF = forest_workflow()


@pytest.fixture()
def chinese(qgis_app):
    """A zh_CN QGIS: the plugin's translation, and step names from the packs in Chinese."""
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    settings = QgsSettings()
    saved = [settings.value(key) for key in ("locale/overrideFlag", "locale/userLocale")]
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", "zh_CN")
    translator = QTranslator()
    assert translator.load(str(REPO / "resources" / "i18n" / "land_balance_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    yield
    QCoreApplication.removeTranslator(translator)
    for key, value in zip(("locale/overrideFlag", "locale/userLocale"), saved):
        if value is None:
            settings.remove(key)
        else:
            settings.setValue(key, value)


def test_a_bad_store_file_and_a_stale_request_in_chinese(chinese, tmp_path):
    from land_balance.processing.workflow_messages import refusal, store_problem

    path = text_renamed_gpkg(tmp_path)
    with pytest.raises(StoreError) as err:
        GeoPackageStore(path)
    assert store_problem(err.value) == f"状态库 {path} 不是 GeoPackage，而是一个文本文件。该文件未被改动。"
    with GeoPackageStore(tmp_path / "s.gpkg") as store:
        for step in ("apply", "verify"):
            store.apply(WF, [advance("P1", step)], actor="李明")
        with pytest.raises(TransitionError) as err:
            store.apply(WF, [Request.advance("P1", "apply", "verify", note="核实完毕")], actor="王芳")
        with pytest.raises(TransitionError) as blank:
            store.apply(WF, [Request.advance("\u3000", None, "apply")])
    text = refusal(err.value, WF)
    assert text.startswith("图斑 P1 现处于核实（由 李明 于 ")
    assert text.endswith("变更），而不是本请求所依据的申请；请重新查看该图斑。")
    assert refusal(blank.value, WF).startswith(f"状态库 {tmp_path / 's.gpkg'}：有图斑没有编号")
