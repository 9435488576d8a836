#
# SPDX-License-Identifier: BSD-2-Clause
#
# Copyright (c) 2013-2026, John McNamara, jmcnamara@cpan.org
#
__version__ = "3.3.1"
__VERSION__ = __version__
from .workbook import Workbook

__all__ = ["Workbook"]
