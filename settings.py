"""The plugin's settings, under its own QgsSettings prefix (no bare QSettings elsewhere)."""

from __future__ import annotations

import os

from qgis.core import QgsSettings

PREFIX = "land_balance/"
USER_PACKS_ENV = "LAND_BALANCE_USER_PACKS"


def _settings() -> QgsSettings:
    return QgsSettings()


def user_packs_dir() -> str:
    """Folder of the county's own rule packs: the setting, else $LAND_BALANCE_USER_PACKS
    (for headless runs through qgis_process), else ''."""
    value = _settings().value(PREFIX + "user_packs_dir", "", type=str)
    return value or os.environ.get(USER_PACKS_ENV, "")


def set_user_packs_dir(path: str) -> None:
    _settings().setValue(PREFIX + "user_packs_dir", path or "")


def value(key: str, default=None, type_=str):
    return _settings().value(PREFIX + key, default, type=type_)


def set_value(key: str, data) -> None:
    _settings().setValue(PREFIX + key, data)


PERSON_KEY = "workflow/person"


def person() -> str:
    """The name the user records workflow steps and ledger entries under (set once in the
    settings dialog); '' when not set — then the store's own rule applies (the PostgreSQL
    login, or the OS account for a GeoPackage store)."""
    return (value(PERSON_KEY, "") or "").strip()


def set_person(name: str) -> None:
    set_value(PERSON_KEY, (name or "").strip())


HOLIDAYS_KEY, WORKDAYS_KEY = "workflow/holidays", "workflow/workdays"


def extra_working_days() -> tuple[str, str]:
    """The county's own holidays and make-up working days (调休), as settings text."""
    return value(HOLIDAYS_KEY, ""), value(WORKDAYS_KEY, "")


def set_extra_working_days(holidays: str, workdays: str) -> None:
    set_value(HOLIDAYS_KEY, holidays)
    set_value(WORKDAYS_KEY, workdays)
