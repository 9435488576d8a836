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


def test_every_journal_refusal_is_worded_in_chinese(chinese, tmp_path):
    """Each code of rules/journal.py (and the PostgreSQL journal's, which are the same) and the
    journal store's own problems, as a technician reads them (processing/journal_messages.py)."""
    from journal_offices import REFUSED, SETUP, entry, refusal

    from land_balance.processing.journal_messages import journal_refusal
    from land_balance.store.journal_geopackage import GeoPackageJournal

    words = {code: journal_refusal(refusal([entry("deposit", "P2", ("project/P2", "area_m2", 1)), bad], SETUP))
             for code, (bad, _) in REFUSED.items()}
    assert words["insufficient"] == "D-big：县级储备库的quota_mu将小于零，尚缺 1（台账已被他人更新，请重新运行）。"
    assert words["duplicate_ref"].startswith("P1 已于 2023 年记录（")
    assert words["duplicate_ref"].endswith("li）；只能记录一次。")
    assert words["level"] == "deposit_province 由省级记录，县级无权记录。"
    assert words["kind"] == "台账没有“withdraw”类条目（已知：deposit、deposit_province、draw、grant）。"
    assert words["amount"] == "G2：数量须为指标单位的整数，而不是 1.5。"
    assert words["book"] == "台账“other”的条目不能记入台账“reserve”。"
    assert words["empty"] == "G4：条目没有任何数量。"
    assert words["ref"].startswith("grant条目须注明所涉对象")
    twice = refusal([entry("deposit", "P3", ("project/P3", "area_m2", 1))] * 2)
    assert journal_refusal(twice) == "P3 在本批中出现两次；只能记录一次。"
    newer = tmp_path / "newer.gpkg"
    GeoPackageJournal(newer).close()
    import sqlite3

    with sqlite3.connect(newer) as db:
        db.execute("UPDATE lb_meta SET value = '99' WHERE key = 'journal_schema_version'")
    with pytest.raises(StoreError) as err:
        GeoPackageJournal(newer)
    assert journal_refusal(err.value) == (f"{newer} 中的台账由更新版本的插件写入（台账结构版本 99；本版本最高支持 1）："
                                          "请更新插件。该台账未被修改。")
    assert journal_refusal(StoreError("x", "book_not_registered", book="cropland_indicators")).startswith(
        "共享数据库中尚无台账“cropland_indicators”的规则")
