"""Whether a text shows anything: one rule for reasons and ids, in Python, SQLite and PostgreSQL.

A reason for sending a parcel back ("验收不合格") is no reason if it has no visible
character: only spaces (including the full-width U+3000 an IME types), tabs, line breaks,
control characters or zero-width characters (U+200B, U+FEFF, joiners, bidi marks,
variation selectors …). The invisible characters are listed here once, as code-point
ranges: the client (rules/workflow.py), the GeoPackage store's triggers and the PostgreSQL
store's trigger are all generated from this list, so no side accepts what another refuses.

The list is Unicode's space and control characters (categories Zs, Zl, Zp, Cc), its format
characters (Cf) except the few that print a sign (Arabic number signs U+0600–0605 …), and
characters drawn as blank (Hangul fillers, the blank Braille pattern, variation selectors).
"""

from __future__ import annotations

import re

INVISIBLE_RANGES = (
    (0x0000, 0x0020),  # C0 controls (tab, line feed …) and space
    (0x007F, 0x00A0),  # delete, C1 controls, no-break space
    (0x00AD, 0x00AD),  # soft hyphen
    (0x034F, 0x034F),  # combining grapheme joiner
    (0x061C, 0x061C),  # Arabic letter mark
    (0x115F, 0x1160),  # Hangul fillers
    (0x1680, 0x1680),  # Ogham space mark
    (0x17B4, 0x17B5),  # Khmer inherent vowels (not drawn)
    (0x180B, 0x180F),  # Mongolian variation selectors, vowel separator
    (0x2000, 0x200F),  # en quad … hair space, zero-width space/joiners, LRM, RLM
    (0x2028, 0x202F),  # line/paragraph separators, bidi embeddings, narrow no-break space
    (0x205F, 0x206F),  # medium mathematical space, word joiner, invisible operators, isolates
    (0x2800, 0x2800),  # Braille pattern blank
    (0x3000, 0x3000),  # ideographic (full-width) space
    (0x3164, 0x3164),  # Hangul filler
    (0xFE00, 0xFE0F),  # variation selectors
    (0xFEFF, 0xFEFF),  # zero-width no-break space (byte-order mark)
    (0xFFA0, 0xFFA0),  # half-width Hangul filler
    (0xFFF9, 0xFFFB),  # interlinear annotation controls
    (0x13430, 0x13438),  # Egyptian hieroglyph format controls
    (0x1BCA0, 0x1BCA3),  # shorthand format controls
    (0x1D173, 0x1D17A),  # musical symbol format controls
    (0xE0001, 0xE0001),  # language tag
    (0xE0020, 0xE007F),  # tag characters
    (0xE0100, 0xE01EF),  # variation selectors supplement
)


def _escape(code: int) -> str:
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def invisible_class(from_code: int = 0) -> str:
    """The ranges as a regular-expression bracket body (`\\uXXXX-\\uXXXX…`), valid in Python's
    re and PostgreSQL's advanced regular expressions. PostgreSQL text cannot hold U+0000, and
    its regex refuses the escape: it starts at `from_code=1`."""
    parts = []
    for first, last in INVISIBLE_RANGES:
        first = max(first, from_code)
        if first > last:
            continue
        parts.append(_escape(first) if first == last else f"{_escape(first)}-{_escape(last)}")
    return "".join(parts)


def invisible_code_points(from_code: int = 0) -> list:
    """Every invisible code point (for SQLite's trim(X, Y), which takes a set of characters)."""
    return [code for first, last in INVISIBLE_RANGES for code in range(max(first, from_code), last + 1)]


_VISIBLE = re.compile(f"[^{invisible_class()}]")


def has_visible_character(text) -> bool:
    """True when `text` shows at least one character (None and '' show nothing)."""
    return bool(text) and _VISIBLE.search(str(text)) is not None
