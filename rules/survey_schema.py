"""The survey's parcel layers as data (rules/survey_layers.toml): DLTB, DLTBGX, DLTBGXGC.

Field names, types, lengths and Chinese names of the land survey's parcel layers, and the
BGQ/BGH attribute pairs of the update-process layer (DOMAIN.md "Change packages"). Readers
use the names to find a layer's fields by their standard role; writers use the types and
lengths; the change-package validator checks them.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .tomlfile import read_toml

LAYERS_FILE = Path(__file__).with_name("survey_layers.toml")
TEXT, REAL, INTEGER, DATE = "text", "real", "integer", "date"


@dataclass(frozen=True)
class SurveyField:
    """A field of a survey layer: ``length`` characters (text) or total digits (numbers)."""

    name: str
    type: str
    length: int
    precision: int = 0
    name_zh: str = ""
    fixed: bool = False  # length set by the standard: a package writer enforces it
    required: bool = False  # filled on every row (package checks)


@cache
def _layers() -> dict:
    return read_toml(LAYERS_FILE)["layers"]


def _field(spec: dict) -> SurveyField:
    return SurveyField(spec["name"], spec["type"], int(spec["length"]), int(spec.get("precision", 0)),
                       spec.get("name_zh", ""), bool(spec.get("fixed", False)), bool(spec.get("required", False)))


@cache
def layer_fields(layer: str) -> tuple:
    """The fields of a survey layer (DLTB, DLTBGX, DLTBGXGC) in the standard's order."""
    spec = _layers()[layer]
    if "same_as" in spec:
        return layer_fields(spec["same_as"])
    fields = [_field(f) for f in spec["fields"]]
    for prefix in spec.get("pair_prefixes", ()):
        fields.extend(pair_field(prefix, name) for name in spec["pairs"])
    return tuple(fields)


def field(layer: str, name: str) -> SurveyField:
    for f in layer_fields(layer):
        if f.name == name:
            return f
    raise KeyError(f"{layer} has no field {name}")


def pair_names() -> tuple:
    """The 25 DLTB attributes copied before (BGQ) and after (BGH) a change, in order."""
    return tuple(_layers()["DLTBGXGC"]["pairs"])


def pair_field(prefix: str, name: str) -> SurveyField:
    """BGQ/BGH copy of a DLTB attribute: TBBSM copies BSM, the others their namesake."""
    source = field("DLTB", "BSM" if name == "TBBSM" else name)
    return SurveyField(prefix + name, source.type, source.length, source.precision,
                       ("变更前" if prefix == "BGQ" else "变更后") + source.name_zh, source.fixed, source.required)


def layer_name_zh(layer: str) -> str:
    return _layers()[layer]["name_zh"]


def aliases(layer: str) -> dict:
    """Field name → Chinese name, for a layer's output aliases."""
    return {f.name: f.name_zh for f in layer_fields(layer)}
