"""Read an undeclared GBK shapefile input with the right encoding, and say so."""

from __future__ import annotations

from ..i18n import tr
from .base import parameter_layer
from .shapefile_encoding import guess_shapefile_encoding


def shapefile_path(layer) -> str:
    if layer is None or layer.providerType() != "ogr":
        return ""
    path = layer.source().split("|")[0]
    return path if path.lower().endswith((".shp", ".dbf")) else ""


def fix_layer_encoding(layer) -> str:
    """Set a layer's provider encoding to GBK when its undeclared .dbf is GBK; returns it."""
    path = shapefile_path(layer)
    if not path:
        return ""
    guessed = guess_shapefile_encoding(path)
    if guessed and layer.dataProvider().encoding().upper() not in ("GBK", "GB18030", "CP936", "GB2312"):
        layer.dataProvider().setEncoding(guessed)
        return guessed
    return ""


def fix_source_encoding(algorithm, parameters, name, context, feedback) -> None:
    """Before an algorithm reads INPUT: a GBK shapefile with no .cpg is read as GBK."""
    layer = parameter_layer(algorithm, parameters, name, context)
    project = context.project()
    if layer is not None and project is not None and project.mapLayer(layer.id()) is not None:
        # A project layer belongs to the main thread: the plugin fixes it when it is added;
        # here we only warn if it is still read with the wrong encoding.
        path = shapefile_path(layer)
        guessed = guess_shapefile_encoding(path) if path else None
        if guessed and layer.dataProvider().encoding().upper() not in ("GBK", "GB18030", "CP936", "GB2312"):
            feedback.pushWarning(tr("Layer “{}” looks {}-encoded but is read as {}: set its data source "
                                    "encoding to {} in the layer properties.").format(
                layer.name(), guessed, layer.dataProvider().encoding(), guessed))
        return
    encoding = fix_layer_encoding(layer)
    if encoding:
        feedback.pushInfo(tr("“{}” has no .cpg file and its text is {}: read as {}.").format(
            layer.name(), encoding, encoding))
