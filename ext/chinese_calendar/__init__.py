# -*- coding: utf-8 -*-
from __future__ import absolute_import, unicode_literals

from .constants import Holiday, holidays, in_lieu_days, workdays
from .utils import (
    find_workday,
    get_dates,
    get_holiday_detail,
    get_holidays,
    get_solar_terms,
    get_workdays,
    is_holiday,
    is_in_lieu,
    is_workday,
)

__version__ = "1.11.0"
__all__ = [
    "Holiday",
    "holidays",
    "in_lieu_days",
    "workdays",
    "is_holiday",
    "is_in_lieu",
    "is_workday",
    "get_holiday_detail",
    "get_solar_terms",
    "get_dates",
    "get_holidays",
    "get_workdays",
    "find_workday",
]
