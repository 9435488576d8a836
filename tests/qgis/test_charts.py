"""processing/charts.py: grouped bars of series per category, painted headless into a PNG."""

from __future__ import annotations

import pytest
from qgis.PyQt.QtGui import QColor, QImage

from land_balance.processing.charts import PALETTE, grouped_bar_chart, nice_ticks


@pytest.mark.parametrize("top, ticks", [(0.0, [0.0, 1.0]), (7.3, [0, 2, 4, 6, 8]), (54.92, [0, 20, 40, 60]),
                                        (650.0, [0, 200, 400, 600, 800])])
def test_round_ticks(top, ticks):
    assert nice_ticks(top) == pytest.approx(ticks)


def test_chart_is_a_png_of_the_size_asked_with_the_series_colours(qgis_app, tmp_path):
    path = grouped_bar_chart(tmp_path / "c.png", "储备库各年度入库与使用（亩）", ["2022", "2023", "2024"],
                             [("入库面积", [300.0, 650.0, 54.92]), ("已使用", [120.0, 0.0, 8.0])], unit="单位：亩",
                             width=640, height=320)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (640, 320)
    colours = {image.pixelColor(x, y).name() for x in range(0, 640, 2) for y in range(0, 320, 2)}
    assert QColor(PALETTE[0]).name() in colours and QColor(PALETTE[1]).name() in colours
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]
