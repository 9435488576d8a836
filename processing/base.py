"""Shared plumbing of the plugin's Processing algorithms (no domain rules here)."""

from __future__ import annotations

from qgis.core import QgsProcessingAlgorithm, QgsProcessingException
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..resources_paths import ICON


class LandBalanceAlgorithm(QgsProcessingAlgorithm):
    """Base class: translation, icon, a fresh instance per run."""

    def tr(self, text: str) -> str:
        return tr(text)

    def createInstance(self):
        return type(self)()

    def icon(self) -> QIcon:
        return QIcon(str(ICON))


class PackAlgorithm(LandBalanceAlgorithm):
    """An algorithm built from a rule pack, as QGIS's GRASS provider builds one from a
    description file: ``createInstance`` hands the pack on to each run's copy, and the id is
    ``<capability>_<pack id>`` (processing/registry.py)."""

    CAPABILITY = ""

    def __init__(self, pack=None):
        super().__init__()
        self.pack = pack

    def createInstance(self):
        return type(self)(self.pack)

    def name(self):
        return f"{self.CAPABILITY}_{self.pack.id}"


def fail(message: str) -> QgsProcessingException:
    """The exception a technician reads in the log: say what and where, no traceback."""
    return QgsProcessingException(message)


class ProgrammeAlgorithm(LandBalanceAlgorithm):
    """A fixed-id algorithm over the rule packs it ``uses``: the pack is the PROGRAMME parameter
    (pack ids as static strings, so a script or model keeps working when a county adds a pack)."""

    PROGRAMME = "PROGRAMME"

    def __init__(self, packs=None):
        super().__init__()
        self.packs = packs

    def createInstance(self):
        return type(self)(self.packs)

    def uses(self, pack) -> bool:
        """Whether this algorithm can run on ``pack`` (e.g. it has a [quota] section)."""
        raise NotImplementedError

    def programmes(self) -> list:
        return [pack for pack in (self.packs or ()) if self.uses(pack)]

    def add_programme_parameter(self, description: str = "", default: str = ""):
        from qgis.core import QgsProcessingParameterEnum

        ids = [pack.id for pack in self.programmes()]
        parameter = QgsProcessingParameterEnum(
            self.PROGRAMME, description or tr("Programme (rule pack id)"), options=ids,
            defaultValue=default if default in ids else (ids[0] if ids else None), usesStaticStrings=True)
        parameter.setHelp(tr("The rule pack whose numbers apply: {}").format(
            "; ".join(f"{p.id} ({p.name_zh})" for p in self.programmes())))
        self.addParameter(parameter)
        return parameter

    def programme(self, parameters, context):
        """The chosen pack, or an error naming the packs this algorithm can use."""
        pack_id = self.parameterAsEnumString(parameters, self.PROGRAMME, context)
        for pack in self.programmes():
            if pack.id == pack_id:
                return pack
        known = ", ".join(p.id for p in self.programmes()) or "—"
        raise fail(tr("No programme “{}” among the rule packs this algorithm can use ({}).").format(pack_id, known))
