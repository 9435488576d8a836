"""A small declarative schema for rule-pack TOML: each check names the key it failed on.

Why not jsonschema: QGIS installers do not ship it, and its messages speak of JSON
pointers, not of the key a county technician typed.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field


class SchemaError(ValueError):
    """A value that does not fit: ``key`` is the dotted path, ``reason`` the complaint (English).

    ``code`` and ``params`` let the QGIS side say the same in the user's language
    (processing/pack_registry.pack_refusal); an error without a code is shown as ``reason``."""

    def __init__(self, key: str, reason: str, code: str = "", **params):
        super().__init__(f"{key}: {reason}")
        self.key = key
        self.reason = reason
        self.code = code
        self.params = params


def _kind(value) -> str:
    names = {bool: "true/false", int: "a whole number", float: "a number", str: "text",
             list: "a list", dict: "a table", _dt.date: "a date"}
    return names.get(type(value), type(value).__name__)


@dataclass
class Str:
    pattern: str | None = None
    choices: tuple = ()
    exclude: tuple = ()  # reserved values

    def check(self, value, key):
        if not isinstance(value, str):
            raise SchemaError(key, f"expected text, got {_kind(value)} {value!r}", "type", want="text",
                              kind=_kind(value), value=value)
        if self.choices and value not in self.choices:
            raise SchemaError(key, f"{value!r} is not one of {', '.join(self.choices)}", "choice", value=value,
                              choices=", ".join(self.choices))
        if value in self.exclude:
            raise SchemaError(key, f"{value!r} is reserved (it would collide with a fixed parameter); "
                                   f"choose another id", "reserved", value=value)
        if self.pattern and not re.fullmatch(self.pattern, value):
            raise SchemaError(key, f"{value!r} does not match the form {self.pattern}", "pattern", value=value,
                              pattern=self.pattern)


@dataclass
class Num:
    minimum: float | None = None
    maximum: float | None = None
    integer: bool = False

    def check(self, value, key):
        ok = isinstance(value, int) if self.integer else isinstance(value, (int, float))
        if isinstance(value, bool) or not ok:
            want = "a whole number" if self.integer else "a number"
            raise SchemaError(key, f"expected {want}, got {_kind(value)} {value!r}", "type", want=want,
                              kind=_kind(value), value=value)
        if self.minimum is not None and value < self.minimum:
            raise SchemaError(key, f"{value} is below the minimum {self.minimum}", "minimum", value=value,
                              limit=self.minimum)
        if self.maximum is not None and value > self.maximum:
            raise SchemaError(key, f"{value} is above the maximum {self.maximum}", "maximum", value=value,
                              limit=self.maximum)


@dataclass
class Bool:
    def check(self, value, key):
        if not isinstance(value, bool):
            raise SchemaError(key, f"expected true or false, got {_kind(value)} {value!r}", "type",
                              want="true/false", kind=_kind(value), value=value)


@dataclass
class Date:
    def check(self, value, key):
        if not isinstance(value, _dt.date) or isinstance(value, _dt.datetime):
            raise SchemaError(key, f"expected a date like 2024-09-15, got {_kind(value)} {value!r}", "type",
                              want="a date", kind=_kind(value), value=value)


@dataclass
class ListOf:
    item: object
    length: int | None = None
    min_length: int = 0

    def check(self, value, key):
        if not isinstance(value, list):
            raise SchemaError(key, f"expected a list, got {_kind(value)} {value!r}", "type", want="a list",
                              kind=_kind(value), value=value)
        if self.length is not None and len(value) != self.length:
            raise SchemaError(key, f"expected {self.length} items, got {len(value)}", "length", n=self.length,
                              got=len(value))
        if len(value) < self.min_length:
            raise SchemaError(key, f"expected at least {self.min_length} items, got {len(value)}", "min_length",
                              n=self.min_length, got=len(value))
        for i, item in enumerate(value):
            self.item.check(item, f"{key}[{i}]")


@dataclass
class MapOf:
    """A table whose keys are free (township names, …) and whose values share a schema."""

    value: object

    def check(self, value, key):
        if not isinstance(value, dict):
            raise SchemaError(key, f"expected a table, got {_kind(value)} {value!r}", "type", want="a table",
                              kind=_kind(value), value=value)
        for name, item in value.items():
            self.value.check(item, f"{key}.{name}")


@dataclass
class Table:
    required: dict = field(default_factory=dict)
    optional: dict = field(default_factory=dict)
    open: bool = False  # whether keys outside the schema are allowed

    def check(self, value, key):
        if not isinstance(value, dict):
            raise SchemaError(key, f"expected a table, got {_kind(value)} {value!r}", "type", want="a table",
                              kind=_kind(value), value=value)
        prefix = f"{key}." if key else ""
        for name, spec in self.required.items():
            if name not in value:
                raise SchemaError(f"{prefix}{name}", "is required but missing", "missing")
            spec.check(value[name], f"{prefix}{name}")
        for name, spec in self.optional.items():
            if name in value:
                spec.check(value[name], f"{prefix}{name}")
        if not self.open:
            known = set(self.required) | set(self.optional)
            for name in value:
                if name not in known:
                    hint = ", ".join(sorted(known))
                    raise SchemaError(f"{prefix}{name}", f"is not a known key here (known: {hint})", "unknown_key",
                                      known=hint)


@dataclass
class Any:
    def check(self, value, key):
        return None
