"""What the desktop scripts (run by scripts/screenshot.sh as qgis --code) share: the plugin's
critical log messages and failed checks collected in ``errors``, the screenshot folder and
locale, and ``finish()`` — write the status file screenshot.sh reads, quit QGIS."""

import os
from pathlib import Path

import qgis.utils
from qgis.core import QgsApplication

OUT_DIR = Path(os.environ["LB_SCREENSHOT_DIR"])
STATUS_FILE = Path(os.environ["LB_STATUS_FILE"])
# As QGIS's options dialog writes it (zh-Hans for 简体中文); screenshots are named by the
# locale the plugin then uses (zh_CN).
WRITTEN_LOCALE = os.environ.get("LB_LOCALE", "zh_CN")
errors = []


def _plugin_locale() -> str:
    from land_balance.i18n import normalise_locale  # the plugin is loaded by now

    return normalise_locale(WRITTEN_LOCALE)


try:
    LOCALE = _plugin_locale()
except ImportError:  # the plugin did not load: the check below says so
    LOCALE = WRITTEN_LOCALE


def _on_message(message, tag, level):
    if ("land_balance" in message or tag in ("Land Balance", "Python error")) and int(level) >= 2:  # Critical
        errors.append(f"[{tag}] {message[:500]}")


QgsApplication.messageLog().messageReceived.connect(_on_message)
if "land_balance" not in qgis.utils.active_plugins:
    errors.append("plugin land_balance is not active")


def check_language():
    """A QGIS set to Chinese (zh-Hans, zh_CN …) shows the plugin in Chinese: its algorithms'
    names and the menu come out of the translation."""
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById("landbalance:areastatistics")
    name = algorithm.displayName() if algorithm is not None else ""
    if LOCALE.startswith("zh") and name != "面积统计（图斑椭球面积）":
        errors.append(f"QGIS in {WRITTEN_LOCALE}, but the plugin speaks English: {name!r}")
    if not LOCALE.startswith("zh") and name != "Area statistics (official ellipsoidal area)":
        errors.append(f"QGIS in {WRITTEN_LOCALE}, but the plugin is not in English: {name!r}")


def finish():
    check_language()
    STATUS_FILE.write_text("ok\n" if not errors else "errors:\n" + "\n".join(errors) + "\n", encoding="utf-8")
    QgsApplication.exit(0)
