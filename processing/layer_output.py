"""Touches applied to output layers once QGIS loads them (aliases, styles)."""

from __future__ import annotations

from qgis.core import QgsProcessingLayerPostProcessorInterface

# Post-processors must outlive processAlgorithm: QGIS keeps only a raw pointer to them.
_KEEP = []


class FieldAliases(QgsProcessingLayerPostProcessorInterface):
    def __init__(self, aliases: dict):
        super().__init__()
        self.aliases = aliases

    def postProcessLayer(self, layer, context, feedback):
        for name, alias in self.aliases.items():
            index = layer.fields().lookupField(name)
            if index >= 0:
                layer.setFieldAlias(index, alias)


def alias_fields_on_load(context, dest_id, aliases: dict) -> None:
    """Give the output layer's fields readable (translated) aliases when it is loaded."""
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        processor = FieldAliases(aliases)
        _KEEP.append(processor)
        context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor(processor)


def name_on_load(context, dest_id, name: str) -> None:
    """The name the output layer gets in the project: what it holds (适宜性_耕地转进), not the
    output's generic description."""
    if dest_id and context.willLoadLayerOnCompletion(dest_id):
        details = context.layerToLoadOnCompletionDetails(dest_id)
        details.name = name
        details.forceName = True
