"""Writes resources/styles/forest_protection_grade.qml, the atlas's protection-grade style.

A shipped file; this script is how it was made (run it again after changing the colours):
    python scripts/forest_plan_resources.py
Categories on the field GRADE (the pack's grade ids I–IV); the atlas
(processing/forest_plan_atlas.py) replaces the labels by the pack's names.
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / ".build"), "/usr/share/qgis/python/plugins"]

from eligibility_resources import write_categorized_style  # noqa: E402
from reserve_bank_resources import write_files  # noqa: E402

# Ⅰ strictest in the strongest colour, as county protection-grade maps draw them.
GRADES = (("I", "#c62828", "Ⅰ级保护林地"), ("II", "#ef6c00", "Ⅱ级保护林地"),
          ("III", "#fbc02d", "Ⅲ级保护林地"), ("IV", "#7cb342", "Ⅳ级保护林地"))
STYLE = REPO / "resources" / "styles" / "forest_protection_grade.qml"


def write_style(path: Path) -> None:
    write_categorized_style(path, "GRADE", GRADES, {"outline_color": "#5d4037", "outline_width": "0.05"})


def main() -> int:
    return write_files((write_style, STYLE))


if __name__ == "__main__":
    sys.exit(main())
