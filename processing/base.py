"""Shared plumbing of the plugin's Processing algorithms (no domain rules here)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from qgis.core import (
    QgsProcessing,
    QgsProcessingAlgorithm,
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterAuthConfig,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterDateTime,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterLayer,
    QgsProcessingParameterString,
    QgsProperty,
    QgsVectorLayer,
)
from qgis.PyQt.QtGui import QIcon

from ..i18n import tr
from ..resources_paths import ICON
from .run_guard import absent, guarded


class NamedChoice(QgsProcessingParameterEnum):
    """A choice shown by its name (耕地转进, 赣州市林地占补平衡试点) and given by scripts and
    models by its stable id (in, ganzhou_forest_offset) — either is accepted.

    The options are the names (static strings, so a reordered pack changes nothing); read the
    choice with ``chosen(parameters)``, which returns the id."""

    def __init__(self, name: str, description: str, choices, default_id=None, optional: bool = False):
        self.ids = [c[0] for c in choices]
        self.labels = [c[1] for c in choices]
        default = self.labels[self.ids.index(default_id)] if default_id in self.ids else (
            self.labels[0] if self.labels else None)
        super().__init__(name, description, options=self.labels, allowMultiple=False, defaultValue=default,
                         optional=optional, usesStaticStrings=True)

    def clone(self):
        copy = NamedChoice(self.name(), self.description(), list(zip(self.ids, self.labels)),
                           self.id_of(self.defaultValue()), bool(self.flags() & self.FlagOptional))
        copy.setFlags(self.flags())
        copy.setHelp(self.help())
        return copy

    def checkValueIsAcceptable(self, value, context=None):  # noqa: N802 — QGIS API
        if isinstance(value, str) and value in self.ids:
            return True
        return super().checkValueIsAcceptable(value, context)

    def id_of(self, value):
        """The id of a value given as id, name or index; None when it is none of them."""
        if isinstance(value, str):
            if value in self.ids:
                return value
            if value in self.labels:
                return self.ids[self.labels.index(value)]
            return None
        if isinstance(value, int) and not isinstance(value, bool) and 0 <= value < len(self.ids):
            return self.ids[value]
        return None

    def chosen(self, parameters) -> str | None:
        value = parameters.get(self.name())
        if value is None or value == "":
            value = self.defaultValue()
        return self.id_of(value)


class LandBalanceAlgorithm(QgsProcessingAlgorithm):
    """Base class: translation, icon, a fresh instance per run, and the one way to declare a
    parameter (``add`` and the ``add_*`` helpers for the shapes that recur)."""

    INPUT = "INPUT"
    ID_FIELD = "ID_FIELD"
    STORE = "STORE"
    AUTHCFG = "AUTHCFG"
    LEVEL = "LEVEL"
    OUTPUT = "OUTPUT"
    XLSX = "XLSX"
    CHART = "CHART"

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if "processAlgorithm" in cls.__dict__:  # a failed or cancelled run leaves no output file
            cls.processAlgorithm = guarded(cls.__dict__["processAlgorithm"], Cancelled)

    def tr(self, text: str) -> str:
        return tr(text)

    def createInstance(self):
        return type(self)()

    def icon(self) -> QIcon:
        return QIcon(str(ICON))

    def parameterAsSource(self, parameters, name, context):  # noqa: N802 — QGIS API
        """QGIS's source; for a whole GeoPackage or shapefile layer it also carries
        ``ogr_layer`` (processing/bulk.py), so the parcel reader can read it as columns."""
        source = super().parameterAsSource(parameters, name, context)
        if source is not None:
            from .bulk import ogr_layer

            source.ogr_layer = ogr_layer(parameter_layer(self, parameters, name, context), parameters.get(name))
        return source

    def add(self, parameter, help_text: str, advanced: bool = False):
        """Add a parameter with its help (every parameter has one) and, for technical ones, the
        advanced flag (folded away in the dialog)."""
        parameter.setHelp(help_text)
        if advanced:
            parameter.setFlags(parameter.flags() | parameter.FlagAdvanced)
        self.addParameter(parameter)
        return parameter

    def add_parcels(self, key: str, description: str, help_text: str, optional: bool = False, default=None,
                    types=(QgsProcessing.TypeVectorPolygon,)):
        """A polygon layer of parcels (a selection is honoured); ``types`` for other layers."""
        return self.add(QgsProcessingParameterFeatureSource(key, description, list(types), defaultValue=default,
                                                            optional=optional), help_text)

    def add_field(self, key: str, description: str, help_text: str, default=None, parent: str = "",
                  optional: bool = True, advanced: bool = False, multiple: bool = False, numeric: bool = False):
        """A field of the layer ``parent`` (default: INPUT); optional unless said otherwise."""
        return self.add(QgsProcessingParameterField(
            key, description, default, parent or self.INPUT,
            QgsProcessingParameterField.Numeric if numeric else QgsProcessingParameterField.Any, multiple,
            optional), help_text, advanced)

    def add_id_field(self, help_text: str = ""):
        """ID_FIELD: the parcel key the workflow store uses."""
        return self.add_field(self.ID_FIELD, tr("Parcel id field (BSM, or TBBH with ZLDWDM)"),
                              help_text or tr("How the workflow store keys the parcels."), "BSM")

    def add_file(self, key: str, description: str, help_text: str, extension: str = "", optional: bool = False,
                 folder: bool = False):
        """An input file (``extension`` without the dot, e.g. "gpkg"), or with ``folder`` a folder."""
        behavior = QgsProcessingParameterFile.Folder if folder else QgsProcessingParameterFile.File
        extension = {"extension": extension} if extension else {}  # none given: QGIS's null, not ""
        return self.add(QgsProcessingParameterFile(key, description, behavior, optional=optional, **extension),
                        help_text)

    def add_raster(self, key: str, description: str, help_text: str, optional: bool = False):
        return self.add(QgsProcessingParameterRasterLayer(key, description, optional=optional), help_text)

    def add_flag(self, key: str, description: str, help_text: str, default: bool = False, advanced: bool = False,
                 optional: bool = False):
        """A yes/no switch."""
        return self.add(QgsProcessingParameterBoolean(key, description, default, optional), help_text, advanced)

    def add_text(self, key: str, description: str, help_text: str, optional: bool = True, default=None,
                 advanced: bool = False):
        return self.add(QgsProcessingParameterString(key, description, defaultValue=default, optional=optional),
                        help_text, advanced)

    def add_number(self, key: str, description: str, help_text: str, default=None, optional: bool = False,
                   minimum=None, maximum=None, double: bool = False, advanced: bool = False):
        """An integer (or, with ``double``, a decimal) number, bounded where a bound is given."""
        bounds = {name: value for name, value in (("minValue", minimum), ("maxValue", maximum)) if value is not None}
        kind = QgsProcessingParameterNumber.Double if double else QgsProcessingParameterNumber.Integer
        return self.add(QgsProcessingParameterNumber(key, description, kind, default, optional, **bounds),
                        help_text, advanced)

    def add_year(self, key: str, description: str, help_text: str, default=None, optional: bool = False):
        """A calendar year (1949–2200)."""
        return self.add_number(key, description, help_text, default, optional, minimum=1949, maximum=2200)

    def add_date(self, key: str, description: str, help_text: str, optional: bool = False, advanced: bool = False):
        """A date (a date parameter, never a text)."""
        return self.add(QgsProcessingParameterDateTime(key, description, QgsProcessingParameterDateTime.Date,
                                                       optional=optional), help_text, advanced)

    def add_sink(self, key: str, description: str, help_text: str, layer_type=QgsProcessing.TypeVector,
                 optional: bool = False, create=None):
        """An output layer (a table unless ``layer_type`` says otherwise); an optional one is not
        created unless ``create`` says so."""
        return self.add(QgsProcessingParameterFeatureSink(key, description, layer_type, optional=optional,
                                                          createByDefault=not optional if create is None else create),
                        help_text)

    def add_file_output(self, key: str, description: str, file_filter: str, help_text: str, optional: bool = False,
                        create=None):
        """An output file; an optional one is not created unless ``create`` says so."""
        return self.add(QgsProcessingParameterFileDestination(
            key, description, file_filter, optional=optional,
            createByDefault=not optional if create is None else create), help_text)

    def add_xlsx(self, key: str, description: str, help_text: str, optional: bool = True, create=None):
        """An .xlsx a county files; by default optional and not created unless asked for."""
        return self.add_file_output(key, description, tr("Excel workbook (*.xlsx)"), help_text, optional, create)

    def add_chart(self, help_text: str):
        """CHART: an optional .png of the report's chart (it is in the .xlsx as well)."""
        return self.add_file_output(self.CHART, tr("Chart (.png)"), tr("PNG image (*.png)"), help_text, optional=True)

    def add_store_parameters(self, description: str = "", help_text: str = "", optional: bool = True,
                             auth_help: str = "", auth_as_text: bool = False):
        """STORE (a GeoPackage path, postgres:<QGIS connection>, memory:<name>) and, advanced,
        AUTHCFG for a postgres: connection without saved credentials (``auth_as_text``: a plain
        text parameter, as the indicator bank has always declared it — kept for its models)."""
        self.add(QgsProcessingParameterString(
            self.STORE, description or tr("Status store (GeoPackage path or postgres:connection)"),
            optional=optional), help_text)
        auth = QgsProcessingParameterString if auth_as_text else QgsProcessingParameterAuthConfig
        self.add(auth(self.AUTHCFG, tr("PostgreSQL authentication (QGIS auth config)"), optional=True),
                 auth_help or tr("Only for a postgres: store whose connection keeps no credentials."), advanced=True)

    def add_choice(self, key: str, description: str, options: list, help_text: str, default: int = 0,
                   optional: bool = False):
        """One of ``options`` (shown texts), chosen by index."""
        return self.add(QgsProcessingParameterEnum(key, description, options=options, defaultValue=default,
                                                   optional=optional), help_text)

    def add_level(self, help_text: str):
        """LEVEL: who records (county, city, province) in a GeoPackage store."""
        return self.add_choice(self.LEVEL, tr("Recorded by (GeoPackage store)"),
                               [tr("County"), tr("City"), tr("Province")], help_text)

    def add_outputs(self, *outputs):
        """Numeric outputs: (key, description) pairs."""
        for key, text in outputs:
            self.addOutput(QgsProcessingOutputNumber(key, text))

    def add_text_outputs(self, *outputs):
        """Text outputs: (key, description) pairs."""
        for key, text in outputs:
            self.addOutput(QgsProcessingOutputString(key, text))

    def add_rules_output(self):
        """RULES: the rule packs (or standard) applied, as id@version."""
        self.add_text_outputs(("RULES", tr("Rules applied (id@version)")))

    def input_name(self, parameters, key, context) -> str:
        """How to name an input layer to the user: its layer name; for 'file.gpkg|layername=X', X;
        for a selection of a project layer, that layer's name."""
        from qgis.core import QgsProcessingFeatureSourceDefinition

        value = parameters.get(key)
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            value = value.source.staticValue()
        text = str(value)
        if "|layername=" in text:
            return text.split("|layername=")[1].split("|")[0]
        layer = self.parameterAsVectorLayer(parameters, key, context)
        return layer.name() if layer is not None else text

    def prepareAlgorithm(self, parameters, context, feedback):  # noqa: N802 — QGIS API
        """Before any work: every output goes to a folder that exists and can be written."""
        outputs = []
        for definition in self.destinationParameterDefinitions():
            value = parameters.get(definition.name())
            if value is None:
                continue
            try:
                path = self.parameterAsFileOutput(parameters, definition.name(), context) \
                    if definition.type() in ("fileDestination", "folderDestination") \
                    else self.parameterAsOutputLayer(parameters, definition.name(), context)
            except QgsProcessingException:
                continue
            check_destination(path, definition.description())
            if definition.type() != "folderDestination":
                outputs.append(destination_file(path))
        self._files_of_this_run = absent(outputs)  # removed if the run fails (run_guard.guarded)
        self.warn_refused_copy(parameters, context, feedback)
        return True

    def packs_used(self, parameters, context) -> list:
        """The rule packs this run uses (for the refused-copy warning)."""
        return []

    def warn_refused_copy(self, parameters, context, feedback) -> None:
        from .pack_registry import refused_copy_note

        for pack in self.packs_used(parameters, context):
            note = refused_copy_note(pack)
            if note and feedback is not None:
                feedback.pushWarning(note)


def parameter_layer(algorithm, parameters, name, context):
    """The vector layer behind a source parameter — also when it is given as a
    QgsProcessingFeatureSourceDefinition (selected features only, a feature limit …), for
    which QGIS's parameterAsVectorLayer gives None."""
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition):
        if value.source.propertyType() != QgsProperty.StaticProperty:
            return None
        value = value.source.staticValue()
        if isinstance(value, QgsVectorLayer):
            return value
        return algorithm.parameterAsVectorLayer({name: value}, name, context)
    return algorithm.parameterAsVectorLayer(parameters, name, context)


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

    def packs_used(self, parameters, context) -> list:
        return [self.pack] if self.pack is not None else []


class LandSurveyGroup:
    """Mix-in: the algorithm sits in the toolbox group *Land survey* (国土调查)."""

    def group(self):
        return tr("Land survey")

    def groupId(self):
        return "landsurvey"


def fail(message: str) -> QgsProcessingException:
    """The exception a technician reads in the log: say what and where, no traceback."""
    return QgsProcessingException(message)


class Cancelled(QgsProcessingException):
    """The user cancelled: raised before anything is written, so nothing is."""

    def __init__(self):
        super().__init__(tr("Cancelled: nothing was written."))


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
        """PROGRAMME over the packs this algorithm can use, shown by name, given by id."""
        parameter = programme_parameter(self.PROGRAMME, self.programmes(), description, default)
        self.addParameter(parameter)
        return parameter

    def packs_used(self, parameters, context) -> list:
        try:
            return [self.programme(parameters, context)]
        except QgsProcessingException:
            return []

    def programme(self, parameters, context):
        """The chosen pack, or an error naming the packs this algorithm can use."""
        pack_id = self.parameterDefinition(self.PROGRAMME).chosen(parameters) \
            or self.parameterAsEnumString(parameters, self.PROGRAMME, context)
        for pack in self.programmes():
            if pack.id == pack_id:
                return pack
        known = ", ".join(p.id for p in self.programmes()) or "—"
        raise fail(tr("No programme “{}” among the rule packs this algorithm can use ({}).").format(pack_id, known))


_URI_PATH = re.compile(r"dbname='([^']+)'")


def destination_file(destination: str) -> str:
    """The file behind an output destination ('' for memory, database and temporary outputs)."""
    text = (destination or "").strip()
    if not text or text.startswith(("memory:", "postgres:", "postgis:", "mssql:", "oracle:", "TEMPORARY_OUTPUT")):
        return ""
    if text.startswith(("ogr:", "spatialite:")):
        match = _URI_PATH.search(text)
        return match.group(1) if match else ""
    return text.split("|")[0]


def check_destination(destination: str, label: str = "") -> None:
    """An output file's folder must exist and be writable; said before the work starts."""
    path = destination_file(destination)
    if not path:
        return
    folder = Path(path).expanduser().parent
    if not folder.is_dir():
        raise fail(tr("Output {}: the folder “{}” does not exist; choose another place.").format(
            f"“{label}”" if label else path, folder))
    if not os.access(folder, os.W_OK):
        raise fail(tr("Output {}: the folder “{}” cannot be written to.").format(
            f"“{label}”" if label else path, folder))


def programme_parameter(key: str, packs, description: str = "", default: str = "") -> NamedChoice:
    """PROGRAMME: the packs by name in the user's language; scripts give the pack id."""
    from ..i18n import pick

    parameter = NamedChoice(key, description or tr("Programme"),
                            [(p.id, pick(p.name_zh, p.name_en)) for p in packs], default or None)
    parameter.setHelp(tr("The rule pack whose numbers apply; scripts and models may give its id: {}").format(
        "; ".join(f"{p.id} = {p.name_zh}" for p in packs)))
    return parameter
