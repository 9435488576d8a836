"""processing/charts.py: a bar or line chart of series per category, painted headless."""

from __future__ import annotations

import pytest
from qgis.PyQt.QtGui import QColor, QImage

from land_balance.processing.charts import PALETTE, chart_png, nice_step


@pytest.mark.parametrize("top, step", [(0.0, 1.0), (7.3, 2.0), (54.92, 20.0), (650.0, 200.0), (0.9, 0.2),
                                       (1234.5, 250.0)])
def test_round_steps(top, step):
    assert nice_step(top) == pytest.approx(step)


@pytest.mark.parametrize("kind", ["bar", "line"])
def test_chart_is_a_png_of_the_size_asked_with_the_series_colours(qgis_app, tmp_path, kind):
    path = chart_png(tmp_path / "c.png", ["2022", "2023", "2024"], [("入库面积", [300.0, 650.0, 54.92]),
                                                                     ("已使用", [120.0, 0.0, 8.0])],
                     title="储备库各年度入库与使用（亩）", value_label="亩", kind=kind, width=640, height=320)
    image = QImage(str(path))
    assert (image.width(), image.height()) == (640, 320)
    colours = {image.pixelColor(x, y).name() for x in range(0, 640, 2) for y in range(0, 320, 2)}
    assert QColor(PALETTE[0]).name() in colours and QColor(PALETTE[1]).name() in colours
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".~")]


def test_series_must_match_the_categories(qgis_app, tmp_path):
    with pytest.raises(ValueError, match="2 values for 3 categories"):
        chart_png(tmp_path / "c.png", ["a", "b", "c"], [("x", [1, 2])])
    assert not (tmp_path / "c.png").exists()
