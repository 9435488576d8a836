"""What the desktop scripts (run by scripts/screenshot.sh as qgis --code) share: the plugin's
critical log messages and failed checks collected in ``errors``, the screenshot folder and
locale, and ``finish()`` — write the status file screenshot.sh reads, quit QGIS."""

import os
from pathlib import Path

import qgis.utils
from qgis.core import QgsApplication

OUT_DIR = Path(os.environ["LB_SCREENSHOT_DIR"])
STATUS_FILE = Path(os.environ["LB_STATUS_FILE"])
LOCALE = os.environ.get("LB_LOCALE", "zh_CN")
errors = []


def _on_message(message, tag, level):
    if ("land_balance" in message or tag in ("Land Balance", "Python error")) and int(level) >= 2:  # Critical
        errors.append(f"[{tag}] {message[:500]}")


QgsApplication.messageLog().messageReceived.connect(_on_message)
if "land_balance" not in qgis.utils.active_plugins:
    errors.append("plugin land_balance is not active")


def finish():
    STATUS_FILE.write_text("ok\n" if not errors else "errors:\n" + "\n".join(errors) + "\n", encoding="utf-8")
    QgsApplication.exit(0)
