"""Small charts for reports: grouped bars or lines of series of values per category label.

One helper for every report that wants a picture (the reserve bank's banked vs used per
year, the cultivated-land ledgers …): ``chart_png(path, categories, series, …)`` paints with
QPainter on a QImage — no display, no matplotlib, so it runs headless in qgis_process — with
Chinese labels (a CJK font when the system has one), value axis with round ticks, and a
legend. exports/ cannot import Qt, so charts live here and reports pass the PNG to the
.xlsx writer (``Sheet(image=…)``). The file is written to a temporary name and moved into
place.
"""

from __future__ import annotations

import math
import os
import tempfile
from pathlib import Path

from qgis.PyQt.QtCore import QPointF, QRectF, Qt
from qgis.PyQt.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter, QPen

PALETTE = ("#2e7d32", "#1565c0", "#ef6c00", "#6a1b9a", "#c62828", "#00838f")
CJK_FONTS = ("WenQuanYi Micro Hei", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "SimHei",
             "PingFang SC", "Droid Sans Fallback")
BAR, LINE = "bar", "line"


class ChartError(RuntimeError):
    """The chart could not be written (folder missing, disk full …)."""


def chart_font(size: float) -> QFont:
    """A font that has Chinese glyphs, if the system has one."""
    families = set(QFontDatabase().families())
    font = QFont(next((f for f in CJK_FONTS if f in families), QFont().family()))
    font.setPointSizeF(size)
    return font


def nice_step(top: float, ticks: int = 5) -> float:
    """A round tick step (1, 2, 2.5 or 5 × 10^k) giving about ``ticks`` ticks up to ``top``."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    return next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)


def chart_png(path, categories, series, title: str = "", value_label: str = "", kind: str = BAR,
              width: int = 960, height: int = 480, decimals: int = 2) -> Path:
    """Paint ``series`` — (label, values) with one value per category — as grouped bars or
    lines, and save a PNG at ``path``."""
    path = Path(path)
    categories = [str(c) for c in categories]
    for label, values in series:
        if len(values) != len(categories):
            raise ValueError(f"series {label!r} has {len(values)} values for {len(categories)} categories")
    image = QImage(width, height, QImage.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.Antialiasing)
        _paint(painter, width, height, categories, series, title, value_label, kind, decimals)
    finally:
        painter.end()
    return _save(image, path)


def _paint(painter, width, height, categories, series, title, value_label, kind, decimals):
    left, right, top, bottom = 80.0, 24.0, 56.0 if title else 24.0, 64.0
    plot = QRectF(left, top, width - left - right, height - top - bottom)
    if title:
        painter.setFont(chart_font(13))
        painter.setPen(QColor("#212121"))
        painter.drawText(QRectF(0, 8, width, 32), Qt.AlignHCenter | Qt.AlignVCenter, title)
    values = [v for _, vs in series for v in vs if v is not None]
    high = max(values + [0.0])
    step = nice_step(high)
    ceiling = step * max(math.ceil(high / step), 1)
    _axes(painter, plot, ceiling, step, value_label, decimals)
    slot = plot.width() / max(len(categories), 1)
    painter.setFont(chart_font(9))
    for i, category in enumerate(categories):
        painter.setPen(QColor("#424242"))
        painter.drawText(QRectF(plot.left() + i * slot, plot.bottom() + 6, slot, 20), Qt.AlignHCenter, category)

    def y_of(v):
        return plot.bottom() - plot.height() * (v / ceiling)

    group = slot * 0.7
    bar = group / max(len(series), 1)
    for k, (_, vs) in enumerate(series):
        colour = QColor(PALETTE[k % len(PALETTE)])
        points = []
        for i, v in enumerate(vs):
            if v is None:
                continue
            if kind == LINE:
                points.append(QPointF(plot.left() + (i + 0.5) * slot, y_of(v)))
                continue
            x = plot.left() + i * slot + (slot - group) / 2 + k * bar
            rect = QRectF(x, y_of(v), bar * 0.9, plot.bottom() - y_of(v))
            painter.fillRect(rect, colour)
            if v:
                painter.setPen(QColor("#212121"))
                painter.drawText(QRectF(x - 10, rect.top() - 16, bar * 0.9 + 20, 14), Qt.AlignHCenter,
                                 f"{v:,.{decimals}f}")
        if points:
            painter.setPen(QPen(colour, 2.5))
            for a, b in zip(points, points[1:]):
                painter.drawLine(a, b)
            painter.setBrush(colour)
            for p in points:
                painter.drawEllipse(p, 4, 4)
    _legend(painter, plot, series)


def _axes(painter, plot, ceiling, step, value_label, decimals):
    painter.setFont(chart_font(9))
    ticks = int(round(ceiling / step))
    shown = 0 if float(step).is_integer() else min(decimals, 2)
    for t in range(ticks + 1):
        y = plot.bottom() - plot.height() * t / ticks
        painter.setPen(QPen(QColor("#e0e0e0"), 1))
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor("#424242"))
        painter.drawText(QRectF(0, y - 8, plot.left() - 8, 16), Qt.AlignRight | Qt.AlignVCenter,
                         f"{t * step:,.{shown}f}")
    painter.setPen(QPen(QColor("#424242"), 1.2))
    painter.drawLine(QPointF(plot.left(), plot.bottom()), QPointF(plot.right(), plot.bottom()))
    painter.drawLine(QPointF(plot.left(), plot.top()), QPointF(plot.left(), plot.bottom()))
    if value_label:
        painter.save()
        painter.translate(14, plot.center().y())
        painter.rotate(-90)
        painter.drawText(QRectF(-plot.height() / 2, -10, plot.height(), 20), Qt.AlignCenter, value_label)
        painter.restore()


def _legend(painter, plot, series):
    painter.setFont(chart_font(9))
    metrics = painter.fontMetrics()
    widths = [metrics.horizontalAdvance(label) + 28 for label, _ in series]
    x = plot.right() - sum(widths) - 8
    for k, (label, _) in enumerate(series):
        painter.fillRect(QRectF(x, plot.top() - 22, 14, 12), QColor(PALETTE[k % len(PALETTE)]))
        painter.setPen(QColor("#212121"))
        painter.drawText(QPointF(x + 18, plot.top() - 12), label)
        x += widths[k]


def _save(image: QImage, path: Path) -> Path:
    if not path.parent.is_dir():
        raise ChartError(f"folder {path.parent} does not exist")
    handle, temporary = tempfile.mkstemp(prefix=".~" + path.stem, suffix=".png", dir=str(path.parent))
    os.close(handle)
    try:
        if not image.save(temporary, "PNG"):
            raise ChartError(f"{path} could not be written")
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)
    return path
