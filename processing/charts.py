"""Small charts for reports: a grouped bar chart drawn with QPainter into a PNG.

Generic: categories (e.g. townships) along the bottom, one bar per series (e.g. target and
achieved) in each category, a value axis with round ticks, a title, a unit and a legend, all
text in the user's language (Chinese labels need a CJK font: QGIS installs bring one, Debian's
fonts-wqy-microhei here). Works headless (qgis_process, tests): it paints on a QImage, no
widget. The file is written to a temporary name beside the target, then moved into place.
exports/ may not import Qt, so the xlsx writers take the PNG's path from here.
"""

from __future__ import annotations

import math
from pathlib import Path

from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QImage, QPainter, QPen

from ..exports.atomic import replacing

PALETTE = ("#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#9c755f")
FONT_FAMILIES = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Microsoft YaHei", "SimHei", "SimSun")


def _font(pixels: int, bold: bool = False) -> QFont:
    font = QFont(FONT_FAMILIES[0])
    if hasattr(font, "setFamilies"):  # Qt ≥ 5.13: fall back along the list
        font.setFamilies(list(FONT_FAMILIES))
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


def nice_ticks(top: float, count: int = 5) -> list:
    """Round tick values from 0 to at least ``top`` (1, 2, 2.5 or 5 × 10^k apart)."""
    if top <= 0:
        return [0.0, 1.0]
    raw = top / count
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    return [i * step for i in range(int(math.ceil(top / step - 1e-9)) + 1)]


def _label(value: float) -> str:
    return f"{value:,.0f}" if value >= 100 or float(value).is_integer() else f"{value:,.2f}".rstrip("0").rstrip(".")


def grouped_bar_chart(path, title: str, categories, series, unit: str = "", width: int = 1400,
                      height: int = 640) -> str:
    """Draw ``series`` — (label, values per category) pairs — as grouped bars; returns the path."""
    categories = [str(c) for c in categories]
    series = [(str(name), [max(float(v or 0), 0.0) for v in values]) for name, values in series]
    image = QImage(width, height, QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.Antialiasing)
        painter.setRenderHint(QPainter.TextAntialiasing)
        _draw(painter, width, height, title, categories, series, unit)
    finally:
        painter.end()
    return _save(image, Path(path))


def _draw(painter, width, height, title, categories, series, unit):
    painter.setFont(_font(22, bold=True))
    painter.setPen(QColor("#222222"))
    painter.drawText(QRectF(0, 8, width, 34), Qt.AlignCenter, title)
    top_value = max([v for _, values in series for v in values] or [0])
    ticks = nice_ticks(top_value)
    rotate = len(categories) > 8
    left, right, top, bottom = 90, 30, 90, 110 if rotate else 60
    plot = QRectF(left, top, width - left - right, height - top - bottom)
    _legend(painter, series, width, 52)
    painter.setFont(_font(13))
    for tick in ticks:
        y = plot.bottom() - plot.height() * tick / ticks[-1]
        painter.setPen(QPen(QColor("#dddddd"), 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor("#444444"))
        painter.drawText(QRectF(0, y - 9, left - 8, 18), Qt.AlignRight | Qt.AlignVCenter, _label(tick))
    if unit:
        painter.drawText(QRectF(4, top - 30, left + 60, 20), Qt.AlignLeft | Qt.AlignVCenter, unit)
    painter.setPen(QPen(QColor("#444444"), 1.5))
    painter.drawLine(plot.bottomLeft(), plot.bottomRight())
    painter.drawLine(plot.bottomLeft(), plot.topLeft())
    if not categories:
        return
    slot = plot.width() / len(categories)
    bar = min(slot * 0.8 / max(len(series), 1), 70.0)
    for i, category in enumerate(categories):
        x0 = plot.left() + (i + 0.5) * slot - bar * len(series) / 2
        for k, (_, values) in enumerate(series):
            h = plot.height() * values[i] / ticks[-1]
            painter.fillRect(QRectF(x0 + k * bar, plot.bottom() - h, bar * 0.92, h), QColor(PALETTE[k % len(PALETTE)]))
        painter.setPen(QColor("#222222"))
        centre = plot.left() + (i + 0.5) * slot
        if rotate:
            painter.save()
            painter.translate(centre, plot.bottom() + 8)
            painter.rotate(-40)
            painter.drawText(QRectF(-160, -10, 160, 20), Qt.AlignRight | Qt.AlignVCenter, category)
            painter.restore()
        else:
            painter.drawText(QRectF(centre - slot / 2, plot.bottom() + 6, slot, 22), Qt.AlignCenter, category)


def _legend(painter, series, width, y):
    painter.setFont(_font(14))
    metrics = painter.fontMetrics()
    widths = [28 + metrics.horizontalAdvance(name) + 24 for name, _ in series]
    x = (width - sum(widths)) / 2
    for k, (name, _) in enumerate(series):
        painter.fillRect(QRectF(x, y + 3, 18, 14), QColor(PALETTE[k % len(PALETTE)]))
        painter.setPen(QColor("#222222"))
        painter.drawText(QRectF(x + 24, y, widths[k] - 24, 20), Qt.AlignLeft | Qt.AlignVCenter, name)
        x += widths[k]


def _save(image: QImage, path: Path) -> str:
    with replacing(path, ".png") as temporary:
        if not image.save(temporary, "PNG"):
            raise OSError(f"{path} could not be written")
    return str(path)
