"""What the ledger algorithms share: the cultivated-land ledgers' base class (group, policy
documents, polygon inputs), the ledger journal at a store location (every bank's, the forest
reserve bank's too), the workflow store's steps of a programme's parcels (read only), a
project's step from a field, flags such as 是/否."""

from __future__ import annotations

from ..i18n import tr
from ..store.base import StoreError
from ..store.journal import MemoryJournal
from ..store.location import open_journal, open_store
from .base import ProgrammeAlgorithm, fail
from .journal_messages import journal_store_problem
from .parcels import check_polygon_source
from .source_encoding import fix_source_encoding


class LedgerAlgorithm(ProgrammeAlgorithm):
    """A cultivated-land ledger algorithm (group 耕地台账) over the packs it ``uses``."""

    def group(self):
        return tr("Cultivated-land ledgers")

    def groupId(self):
        return "croplandledgers"

    def documents(self) -> str:
        """The policy documents of the packs it can use, for the help text."""
        return "；".join(p.document_zh for p in self.programmes())

    def polygon_source(self, parameters, key: str, context, feedback) -> tuple:
        """(source, name) of a parcel layer parameter, its encoding fixed, refused by name if it
        cannot be parcels."""
        fix_source_encoding(self, parameters, key, context, feedback)
        source = self.parameterAsSource(parameters, key, context)
        name = self.input_name(parameters, key, context)
        check_polygon_source(source, name)
        return source, name

_MEMORY = {}  # memory:<name> journals: tests and dry runs inside one QGIS session


def open_ledger(location: str, authcfg: str = "", create: bool = True):
    """The ledger journal at a store location — every bank's (the indicator bank, the forest
    reserve bank): the workflow store's GeoPackage or postgres:<connection>
    (store/location.open_journal); ``memory:<name>`` lives as long as the QGIS session (tests,
    dry runs). A report opens it with create=False: it never makes a new store."""
    if location.startswith("memory:"):
        return _MEMORY.setdefault(location, MemoryJournal())
    try:
        return open_journal(location, authcfg, create=create)
    except StoreError as err:
        raise fail(tr("Ledger store: {}").format(journal_store_problem(err))) from None


YES_VALUES = frozenset({"是", "1", "y", "yes", "true", "t", "√", "有"})


def naming_fields(source) -> list:
    """BSM when the layer has it: parcels are then named by it in messages (else by feature id)."""
    return ["BSM"] if source.fields().lookupField("BSM") >= 0 else []


def truthy(value) -> bool:
    """A yes/no field: 是, 1, yes, true … (anything else, NULL included, is no)."""
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return value != 0
    return str(value or "").strip().lower() in YES_VALUES


def programme_statuses(location: str, authcfg: str, programme: str, with_events: bool = False) -> tuple:
    """({parcel id: Status}, {parcel id: [(to step, at)]}) of a programme; the store is only read."""
    try:
        store = open_store(location, authcfg, create=False)
    except StoreError as err:
        raise fail(tr("Status store: {}").format(err)) from None
    try:
        statuses = {s.parcel_id: s for s in store.statuses(programme)}
        events = {}
        if with_events:
            for event in store.events(programme=programme):
                events.setdefault(event.parcel_id, []).append((event.to_step, event.at))
        return statuses, events
    except StoreError as err:
        raise fail(tr("Status store: {}").format(err)) from None
    finally:
        store.close()


def step_id(pack, text) -> str | None:
    """A workflow step of the pack named by its id or its Chinese or English name (None if blank)."""
    value = "" if text is None else str(text).strip()
    if not value:
        return None
    for step in pack.steps:
        if value in (step["id"], step["name_zh"], step["name_en"]):
            return step["id"]
    raise KeyError(value)
