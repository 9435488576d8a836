"""Translation: every user-visible string goes through tr(); zh_CN lives in resources/i18n.

One context ("LandBalance") for the whole plugin keeps scripts/i18n.py's extraction simple
and the .ts file easy for a translator to work through.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

CONTEXT = "LandBalance"
I18N_DIR = Path(__file__).resolve().parent / "resources" / "i18n"
_translator = None


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def normalise_locale(text: str) -> str:
    """A locale as QGIS writes it, in the form our translation files are named.

    QGIS's own options dialog writes Chinese as ``zh-Hans`` / ``zh-Hant``; systems say
    ``zh_CN``, ``zh-CN``, ``zh_TW``, ``zh_HK``: all Simplified Chinese → zh_CN, Traditional →
    zh_TW (which falls back to zh_CN: closer to the user than English). Others as they are,
    with '_' (en-US → en_US)."""
    value = str(text or "").strip().replace("-", "_")
    lower = value.lower()
    if lower.startswith("zh"):
        traditional = any(tag in lower.split("_") for tag in ("hant", "tw", "hk", "mo"))
        return "zh_TW" if traditional else "zh_CN"
    return value


def user_locale() -> str:
    """QGIS's UI locale (e.g. 'zh_CN'), or the system's when QGIS follows it."""
    settings = QgsSettings()
    if settings.value("locale/overrideFlag", False, type=bool):
        return normalise_locale(settings.value("locale/userLocale", "") or QLocale.system().name())
    return normalise_locale(QLocale.system().name())


def prefers_chinese() -> bool:
    return user_locale().lower().startswith("zh")


def pick(zh: str, en: str) -> str:
    """A name from a rule pack in the user's language (packs carry both)."""
    return zh if prefers_chinese() or not en else en


def install_translator() -> bool:
    """Load land_balance_<locale>.qm if there is one; returns whether it was loaded."""
    global _translator
    if _translator is not None:
        return True
    locale = user_locale()
    for name in dict.fromkeys((locale, "zh_CN" if locale.startswith("zh") else locale, locale[:2])):
        qm = I18N_DIR / f"land_balance_{name}.qm"
        if qm.exists():
            translator = QTranslator()
            if translator.load(str(qm)):
                QCoreApplication.installTranslator(translator)
                _translator = translator
                return True
    return False


def remove_translator() -> None:
    global _translator
    if _translator is not None:
        QCoreApplication.removeTranslator(_translator)
        _translator = None
