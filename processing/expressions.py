"""The tbmj() expression function: a parcel's official area in the field calculator."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsExpressionFunction,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)

from ..i18n import tr
from ..rules.survey import official_m2
from .parcels import parcel_m2, working_crs

FUNCTION_NAME = "tbmj"
GROUP = "Land Balance"

HELP = """<h3>tbmj(geometry [, crs])</h3>
<div class="description">The land survey's official parcel area (图斑椭球面积) in m², 2 decimals:
the ellipsoidal-trapezoid formula on CGCS2000 applied to the geometry's vertices, holes
subtracted, curves segmentised and invalid geometries repaired first — the same figure as
the Area statistics algorithm gives for the parcel. Not the same as $area.</div>
<h4>Arguments</h4>
<div class="arguments"><table>
<tr><td class="argument">geometry</td><td>a polygon, usually $geometry</td></tr>
<tr><td class="argument">crs</td><td>optional: the geometry's CRS (e.g. 'EPSG:4528'); default the layer's</td></tr>
</table></div>
<h4>Examples</h4><div class="examples"><ul>
<li><code>tbmj($geometry)</code> → 3520.17</li>
<li><code>tbmj($geometry) * 0.0015</code> → area in mu</li>
</ul></div>"""


class TbmjFunction(QgsExpressionFunction):
    def __init__(self):
        parameters = [
            QgsExpressionFunction.Parameter("geometry"),
            QgsExpressionFunction.Parameter("crs", True, ""),
        ]
        super().__init__(FUNCTION_NAME, parameters, GROUP, HELP)

    def usesGeometry(self, node):
        return True

    def referencedColumns(self, node):
        return []

    def _crs(self, explicit, context):
        if explicit:
            return QgsCoordinateReferenceSystem(str(explicit))
        if context is not None:
            authid = context.variable("layer_crs")
            if authid:
                return QgsCoordinateReferenceSystem(str(authid))
        return QgsCoordinateReferenceSystem()

    @staticmethod
    def _working(crs, geometry, context):
        """The working CRS areastatistics would use for the layer (processing/parcels.py
        working_crs): its own if projected, else the 3° zone of its extent — the project
        layer's the context names, else the geometry's own (the same zone but for a county
        astride a zone boundary)."""
        if not crs.isGeographic():
            return crs
        layer_id = context.variable("layer_id") if context is not None else None
        layer = QgsProject.instance().mapLayer(str(layer_id)) if layer_id else None
        extent = layer.extent() if isinstance(layer, QgsVectorLayer) else geometry.boundingBox()
        return working_crs(_Extent(crs, extent))

    def func(self, values, context, parent, node):
        geometry = values[0]
        if not isinstance(geometry, QgsGeometry) or geometry.isNull() or geometry.isEmpty():
            return None
        crs = self._crs(values[1] if len(values) > 1 else "", context)
        if not crs.isValid():
            parent.setEvalErrorString(
                tr("tbmj(): the geometry's CRS is unknown; give it, e.g. tbmj($geometry, 'EPSG:4528')"))
            return None
        try:
            transforms = QgsProject.instance().transformContext()
            area = parcel_m2(geometry, crs, self._working(crs, geometry, context), transforms)
        except Exception as err:  # the expression engine shows this text, never a traceback
            parent.setEvalErrorString(tr("tbmj(): {}").format(err))
            return None
        return float(official_m2(area))


class _Extent:
    """What working_crs() asks of a layer: its CRS and extent."""

    def __init__(self, crs, extent):
        self._crs, self._extent = crs, extent

    def sourceCrs(self):  # noqa: N802 — QGIS's name
        return self._crs

    def sourceExtent(self):  # noqa: N802 — QGIS's name
        return self._extent


_registered = None


def register() -> bool:
    """Register tbmj(); returns False if a function of that name could not be replaced."""
    global _registered
    if _registered is not None:
        return True
    if QgsExpression.isFunctionName(FUNCTION_NAME) and not QgsExpression.unregisterFunction(FUNCTION_NAME):
        return False
    function = TbmjFunction()
    if not QgsExpression.registerFunction(function):
        return False
    _registered = function
    return True


def unregister() -> None:
    global _registered
    if _registered is not None:
        QgsExpression.unregisterFunction(FUNCTION_NAME)
        _registered = None
