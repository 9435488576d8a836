"""What the cultivated-land ledger algorithms share when they write: table sinks from a field
spec, workbooks and charts written whole or not at all, money and areas as cells show them."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from qgis.core import QgsFeature, QgsFeatureSink, QgsField, QgsFields, QgsWkbTypes
from qgis.PyQt.QtCore import QVariant

from ..exports.xlsx import XlsxError, write_workbook
from ..i18n import tr
from .base import fail
from .charts import grouped_bar_chart
from .layer_output import alias_fields_on_load

TEXT, INT, REAL = "text", "int", "real"
_TYPES = {TEXT: (QVariant.String, "string"), INT: (QVariant.LongLong, "integer"), REAL: (QVariant.Double, "double")}


def fields_of(spec) -> QgsFields:
    """QgsFields from (name, kind, length, decimals) tuples."""
    fields = QgsFields()
    for name, kind, length, precision in spec:
        variant, type_name = _TYPES[kind]
        fields.append(QgsField(name, variant, type_name, length, precision))
    return fields


def write_table(algorithm, parameters, key: str, context, spec, rows, aliases: dict, crs=None,
                geometries=None, wkb_type=QgsWkbTypes.NoGeometry):
    """Write ``rows`` (attribute lists in ``spec`` order) to the sink ``key``; returns its id
    (None when the sink was not asked for)."""
    fields = fields_of(spec)
    sink, dest = algorithm.parameterAsSink(parameters, key, context, fields, wkb_type, crs) if crs is not None \
        else algorithm.parameterAsSink(parameters, key, context, fields, wkb_type)
    if sink is None:
        return None
    features = []
    for k, values in enumerate(rows):
        feature = QgsFeature(fields)
        feature.setAttributes(list(values))
        if geometries is not None:
            feature.setGeometry(geometries[k])
        features.append(feature)
    if features and not sink.addFeatures(features, QgsFeatureSink.FastInsert):
        raise fail(tr("Could not write to the output: {}").format(sink.lastError()))
    alias_fields_on_load(context, dest, aliases)
    return dest


def save_workbook(path: str, sheets) -> str:
    try:
        write_workbook(path, sheets)
    except XlsxError as err:
        raise fail(tr("The .xlsx could not be written: {}").format(err)) from None
    return path


@contextlib.contextmanager
def chart_file(path: str, folder: str, *args, **kwargs):
    """A chart at ``path`` (kept), or in a temporary file beside ``folder``'s report when no
    path is given (removed afterwards); yields the PNG's path ('' when neither is wanted)."""
    temporary = ""
    if not path and folder:
        handle, temporary = tempfile.mkstemp(prefix=".~chart", suffix=".png", dir=folder)
        os.close(handle)
    target = path or temporary
    try:
        if target:
            try:
                grouped_bar_chart(target, *args, **kwargs)
            except OSError as err:
                raise fail(tr("The chart could not be written: {}").format(err)) from None
        yield target
    finally:
        if temporary:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(temporary)


def folder_of(path: str) -> str:
    return str(Path(path).parent) if path else ""


def yuan(fen: int) -> float:
    """Fen as the yuan a cell shows (2 decimals; the integer is exact, the float only displays it)."""
    return round(int(fen) / 100, 2)


def hundredths(units: int) -> float:
    return round(int(units) / 100, 2)
