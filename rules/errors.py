"""The one shape of a refusal in rules/: a stable ``code``, a message, and ``details``.

rules/ cannot translate (no Qt); the adapters (processing/*_messages.py) word a refusal in
the user's language from its code and details (the parcel, cell, year, amount …).
"""

from __future__ import annotations


class CodedError(ValueError):
    """Something a rule does not allow: ``code`` is stable, ``details`` name what and how much."""

    def __init__(self, code: str, message: str, **details):
        super().__init__(message)
        self.code = code
        self.details = details
