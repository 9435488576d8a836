"""A reason (or parcel id) must show a visible character: one rule, rules/visible_text.py, that the
client, the GeoPackage triggers and the PostgreSQL trigger are all generated from (issue 10 §4).

Checked against Python's own Unicode database (a second source): every space, separator and
control character, and every format character that prints nothing, is invisible by the rule.
"""

from __future__ import annotations

import re
import sys
import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from land_balance.rules.visible_text import (
    INVISIBLE_RANGES, has_visible_character, invisible_class, invisible_code_points,
)

# Format characters (Cf) that print a sign of their own: they are visible.
PRINTING_FORMAT = {*range(0x0600, 0x0606), 0x06DD, 0x070F, 0x0890, 0x0891, 0x08E2, 0x110BD, 0x110CD}
INVISIBLE = invisible_code_points()


def test_every_space_separator_control_and_silent_format_character_is_invisible():
    missing = [f"U+{c:04X} {unicodedata.name(chr(c), '?')}" for c in range(sys.maxunicode + 1)
               if unicodedata.category(chr(c)) in ("Zs", "Zl", "Zp", "Cc", "Cf") and c not in PRINTING_FORMAT
               and has_visible_character(chr(c))]
    assert not missing, missing


def test_the_issues_examples():
    for blank in ("\t", "\u3000", "\u200b", "\ufeff", " \t\n\r\u3000\u200b\u200c\u200d\u2060", "", None):
        assert not has_visible_character(blank), repr(blank)
    for reason in ("异议成立", "\u3000验收不合格", "x", "1", "\u0600", "。"):
        assert has_visible_character(reason), repr(reason)


def test_ranges_are_sorted_and_disjoint_and_the_class_says_the_same():
    flat = [c for first, last in INVISIBLE_RANGES for c in (first, last)]
    assert flat == sorted(flat) and all(first <= last for first, last in INVISIBLE_RANGES)
    assert len(set(INVISIBLE)) == len(INVISIBLE)
    whole = re.compile(f"[{invisible_class()}]")
    assert all(whole.fullmatch(chr(c)) for c in INVISIBLE)
    assert invisible_class(from_code=1).startswith("\\u0001-")  # PostgreSQL text has no NUL


@given(st.lists(st.sampled_from(INVISIBLE), max_size=30).map(lambda codes: "".join(map(chr, codes))))
def test_text_made_only_of_invisible_characters_shows_nothing(text):
    assert not has_visible_character(text)


@given(st.lists(st.sampled_from(INVISIBLE), max_size=10).map(lambda codes: "".join(map(chr, codes))),
       st.characters(blacklist_categories=("Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co", "Cn", "Mn", "Me", "Mc")),
       st.integers(min_value=0, max_value=10))
def test_one_printing_character_among_them_is_enough(blanks, letter, at):
    if ord(letter) in INVISIBLE:  # a letter-like filler (Hangul filler, Braille blank)
        return
    assert has_visible_character(blanks[:at] + letter + blanks[at:])
