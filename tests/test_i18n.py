"""Every user-visible string has a finished zh_CN translation, with the same placeholders."""

from __future__ import annotations

import re
import subprocess
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
