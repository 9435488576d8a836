"""Every user-visible string has a finished zh_CN translation, with the same placeholders."""

from __future__ import annotations

import re
import subprocess

import pytest
import sys
from pathlib import Path

import i18n as i18n_tool  # scripts/i18n.py

REPO = Path(__file__).resolve().parents[1]


def placeholders(text: str) -> int:
    return len(re.findall(r"\{[^{}]*\}", text))


def test_no_untranslated_strings():
    missing = i18n_tool.untranslated()
    assert not missing, "untranslated in zh_CN (run `make i18n-update` and translate): " + "; ".join(missing)


def test_translations_keep_placeholders():
    for source, (text, _finished) in i18n_tool.read_ts().items():
        assert placeholders(source) == placeholders(text), f"placeholders differ: {source!r} → {text!r}"


def test_extraction_finds_algorithm_strings():
    strings = i18n_tool.extract()
    assert "Area statistics (official ellipsoidal area)" in strings
    assert all(not s.startswith("../") for s, _ in strings.values())


def test_check_command_exit_code():
    script = str(REPO / "scripts" / "i18n.py")
    result = subprocess.run([sys.executable, script, "check"], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout


def test_qm_translates(qgis_app):
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    qm = REPO / "resources" / "i18n" / "land_balance_zh_CN.qm"
    assert qm.exists(), "build it with `make i18n`"
    translator = QTranslator()
    assert translator.load(str(qm))
    QCoreApplication.installTranslator(translator)
    try:
        assert QCoreApplication.translate("LandBalance", "Area summary") == "面积汇总表"
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_refused_pack_is_explained_in_chinese(qgis_app, tmp_path):
    """Issue: the refusal reason of an edited pack must be in the user's language."""
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    from land_balance.processing.pack_registry import refusal_text
    from land_balance.rules.packs import BUILTIN_DIR, load_packs

    text = (BUILTIN_DIR / "anhui_inout.toml").read_text(encoding="utf-8").replace("value = 25.0", "value = 250", 1)
    (tmp_path / "anhui_inout.toml").write_text(text, encoding="utf-8")
    error = load_packs([tmp_path]).errors[0]
    translator = QTranslator()
    assert translator.load(str(REPO / "resources" / "i18n" / "land_balance_zh_CN.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        said = refusal_text(error)
    finally:
        QCoreApplication.removeTranslator(translator)
    assert said == "anhui_inout.toml: thresholds.max_slope_deg.value: 250 超过最大值 90"


@pytest.mark.parametrize("written, expected", [
    ("zh-Hans", "zh_CN"), ("zh_CN", "zh_CN"), ("zh-CN", "zh_CN"), ("zh", "zh_CN"), ("zh_Hans_CN", "zh_CN"),
    ("zh-Hant", "zh_TW"), ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"), ("en_US", "en_US"), ("en-US", "en_US"),
])
def test_every_form_qgis_writes_chinese_in_is_understood(written, expected):
    from land_balance.i18n import normalise_locale

    assert normalise_locale(written) == expected


@pytest.mark.parametrize("written", ["zh-Hans", "zh_CN", "zh-Hant"])
def test_the_plugin_is_chinese_when_qgis_is_set_to_chinese(qgis_app, written):
    """QGIS set to 简体中文 through its own options writes zh-Hans: the plugin must follow."""
    from qgis.core import QgsSettings
    from qgis.PyQt.QtCore import QCoreApplication

    from land_balance import i18n

    settings = QgsSettings()
    old = settings.value("locale/overrideFlag"), settings.value("locale/userLocale")
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", written)
    i18n.remove_translator()
    try:
        assert i18n.install_translator()
        assert QCoreApplication.translate("LandBalance", "Area summary") == "面积汇总表"
        assert i18n.prefers_chinese()
    finally:
        i18n.remove_translator()
        settings.setValue("locale/overrideFlag", old[0] if old[0] is not None else False)
        settings.setValue("locale/userLocale", old[1] or "")
