"""Cultivated-land grade scales: which grades exist, which end is better, kg of grain per grade.

Two scales are in use (DOMAIN.md "Indicators and classes used by the ledgers"): 国家利用等别
1–15 of the older grading and 耕地质量等级 1–10 of GB/T 33469-2016, both with 1 best. A pack
names the scales it accepts (``[[balance.grade_scales]]``, ``[[bank.grade_scales]]``) with
their range, the better end and, for grain capacity, the yield per grade a county edits.
Grades are whole numbers; an area-weighted mean grade is an exact fraction, compared before
anything is rounded.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from .errors import CodedError
from .packs import Pack, PackError


class GradeError(CodedError):
    """A grade the scale does not have: ``code`` 'not_integer' or 'range', with the value."""

    def __init__(self, code: str, value, scale: GradeScale):
        super().__init__(code, f"{value!r} is not a grade of {scale.id} ({scale.min}–{scale.max})", value=value)
        self.value = value
        self.scale = scale


@dataclass(frozen=True)
class GradeScale:
    id: str
    name_zh: str
    name_en: str
    min: int
    max: int
    better: str  # "lower" (1 best) or "higher"
    field: str = ""
    yields: tuple = ()  # kg per mu at min, min + 1, …, max

    @classmethod
    def from_data(cls, data: dict) -> GradeScale:
        yields = tuple(Fraction(repr(y)) if isinstance(y, float) else int(y) for y in data.get("yield_kg_per_mu", ()))
        return cls(data["id"], data["name_zh"], data.get("name_en", data["name_zh"]), int(data["min"]),
                   int(data["max"]), data["better"], data.get("field", ""), yields)

    def parse(self, value) -> int | None:
        """A field's value as a grade; None when blank; GradeError when not a grade here."""
        if value is None or (isinstance(value, str) and not value.strip()):
            return None
        if isinstance(value, bool):
            raise GradeError("not_integer", value, self)
        number = value
        if isinstance(value, str):
            try:
                number = float(value.strip())
            except ValueError:
                raise GradeError("not_integer", value, self) from None
        if isinstance(number, float):
            if not number.is_integer():
                raise GradeError("not_integer", value, self)
            number = int(number)
        if not isinstance(number, int):
            raise GradeError("not_integer", value, self)
        if not self.min <= number <= self.max:
            raise GradeError("range", value, self)
        return number

    def at_least_as_good(self, a, b) -> bool:
        """Whether grade (or mean grade) ``a`` is as good as ``b`` or better."""
        return a <= b if self.better == "lower" else a >= b

    def worse_by(self, a, b) -> Fraction:
        """How far ``a`` is worse than ``b`` (0 when it is not)."""
        gap = Fraction(a) - Fraction(b) if self.better == "lower" else Fraction(b) - Fraction(a)
        return max(gap, Fraction(0))

    def yield_of(self, grade: int):
        """kg of grain per mu at ``grade`` (the pack's table)."""
        if not self.yields:
            raise KeyError(f"grade scale {self.id} has no yield_kg_per_mu")
        return self.yields[grade - self.min]


def grade_scales(pack: Pack, section: str) -> list:
    """The scales of a pack section ('balance' or 'bank'), in the pack's order."""
    data = (pack.section(section) or {}).get("grade_scales")
    if not data:
        raise PackError(pack.path, f"{section}.grade_scales", "is required here but missing")
    return [GradeScale.from_data(d) for d in data]


def grade_scale(pack: Pack, section: str, scale_id: str = "") -> GradeScale:
    """The scale ``scale_id`` of the section, or its first when none is named."""
    scales = grade_scales(pack, section)
    if not scale_id:
        return scales[0]
    for scale in scales:
        if scale.id == scale_id:
            return scale
    raise PackError(pack.path, f"{section}.grade_scales", f"has no scale {scale_id!r} "
                                                          f"(known: {', '.join(s.id for s in scales)})")


def weighted_mean(grades, weights) -> Fraction | None:
    """Σ grade × weight / Σ weight, exactly; None without weight."""
    total = sum(int(w) for w in weights)
    if total <= 0:
        return None
    return Fraction(sum(int(g) * int(w) for g, w in zip(grades, weights)), total)


def round_fraction(value: Fraction, decimals: int = 2) -> float:
    """An exact fraction shown with ``decimals`` decimals, half away from zero."""
    scaled = abs(value) * 10**decimals
    whole = int(scaled + Fraction(1, 2))
    return (-1 if value < 0 else 1) * whole / 10**decimals
