"""Shared plumbing of the reserve-bank algorithms: programme, year, store, level, refusals.

The bank's ledger is a book of the ledger journal (rules/reserve_bank.py) kept in the same
store location as the workflow statuses — a GeoPackage (default: the sidecar next to the
project or the parcels' file) or 'postgres:<connection>' — opened with
store/location.open_journal. A refused batch records nothing; the refusal is worded here.
Seed: 000_9e49406886a189a5.txt.
"""

from __future__ import annotations

import datetime as _dt

from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProcessingUtils

from ..settings import person
from ..rules.journal import LEVELS, JournalError
from ..rules.packs import PackError
from ..rules.reserve_bank import Bank, BankError
from ..rules.reserve_form import number_rows
from ..rules.workflow import TransitionError, Workflow
from ..store.base import StoreError
from ..store import location as store_location
from .base import ProgrammeAlgorithm, fail
from .ledger_common import open_ledger
from .workflow_messages import store_problem
from .reserve_bank_messages import bank_refusal, ledger_refusal


def this_year() -> int:
    return _dt.date.today().year


def last_year() -> int:
    return this_year() - 1


class BankAlgorithm(ProgrammeAlgorithm):
    """A fixed-id algorithm of the reserve bank: the pack is the PROGRAMME parameter."""

    YEAR = "YEAR"
    needs_section = "bank_ledger"

    def group(self):
        return self.tr("Forest-land offset")

    def groupId(self):
        return "forestoffset"

    def uses(self, pack) -> bool:
        return pack.section(self.needs_section) is not None

    def documents(self) -> str:
        return "；".join(p.document_zh for p in self.programmes())

    # — parameters —
    def add_ledger_store(self, optional: bool, with_level: bool = False, help_text: str = ""):
        """STORE and AUTHCFG of the bank's ledger; LEVEL where the run records entries."""
        self.add_store_parameters(self.tr("Store (GeoPackage path or postgres:connection)"), help_text or self.tr(
            "Where the reserve bank's ledger is kept, beside the workflow statuses: a GeoPackage, or "
            "postgres:<QGIS connection name> for a shared database (memory:<name>: a dry run that lasts as long as "
            "the QGIS session). Empty: the sidecar GeoPackage next to the project (else next to the input layer's "
            "file)."), optional, self.tr("Only for a postgres: store whose connection has no saved authentication."))
        if with_level:
            self.add_level(self.tr("The level whose staff record the entry (the provincial bank is recorded by the "
                                   "province). In a PostGIS store the database role decides, not this choice."))

    # — values —
    def bank(self, pack) -> Bank:
        try:
            return Bank(pack)
        except PackError as err:
            raise fail(self.tr("Rule pack {}: {}").format(pack.label, err)) from None

    def year(self, parameters, context) -> int | None:
        if parameters.get(self.YEAR) in (None, ""):
            return None
        return self.parameterAsInt(parameters, self.YEAR, context)

    def level(self, parameters, context) -> str:
        if self.parameterDefinition(self.LEVEL) is None:
            return "county"
        return LEVELS[self.parameterAsEnum(parameters, self.LEVEL, context)]

    def location(self, parameters, context) -> str:
        """The store location; empty: the sidecar next to the project or the input layer's file."""
        text = self.parameterAsString(parameters, self.STORE, context).strip()
        if text:
            return text
        layer = self.input_layer(parameters, context)
        try:
            return store_location.default_location(layer.source() if layer else "",
                                                   layer.providerType() if layer else "ogr")
        except StoreError as err:
            raise fail(self.tr("Store: {}").format(err)) from None

    def input_layer(self, parameters, context):
        if self.parameterDefinition(self.INPUT) is None:
            return None
        value = parameters.get(self.INPUT)
        if isinstance(value, QgsProcessingFeatureSourceDefinition):
            return QgsProcessingUtils.mapLayerFromString(value.source.staticValue(), context)
        return self.parameterAsVectorLayer(parameters, self.INPUT, context)

    def journal(self, parameters, context, create: bool = True):
        """The ledger journal at the store location (memory:<name> for a session's dry run); a
        report opens it with create=False: it never makes a new store."""
        authcfg = self.parameterAsString(parameters, self.AUTHCFG, context)
        return open_ledger(self.location(parameters, context), authcfg, create=create)

    def statuses(self, parameters, context, pack) -> dict:
        """parcel id → current workflow step of the programme, from the store."""
        location = self.location(parameters, context)
        try:
            store = store_location.open_store(location, self.parameterAsString(parameters, self.AUTHCFG, context),
                                              create=False)
        except StoreError as err:
            raise fail(self.tr("Status store “{}”: {}").format(location, store_problem(err))) from None
        try:
            return store.current_steps(pack.id)
        finally:
            store.close()

    def entered(self, parameters, context, feedback, pack, bank, layer, name):
        """Only the parcels whose workflow reached the bank-entry step, numbered again from 1."""
        try:
            workflow = Workflow.from_pack(pack)
            entry = workflow.index(bank.entry_step)
        except TransitionError:
            raise fail(self.tr("Rule pack {} has no workflow step {}.").format(pack.label, bank.entry_step)) from None
        steps = self.statuses(parameters, context, pack)
        missing = [r.label for r in layer.rows if not r.parcel_id]
        if missing:
            raise fail(self.tr("Layer “{}”, parcel {}: no parcel id (BGH_BSM or BSM) to find it in the workflow.")
                       .format(name, missing[0]))
        keep = [i for i, r in enumerate(layer.rows) if r.parcel_id in steps
                and workflow.index(steps[r.parcel_id]) >= entry]
        step_name = workflow.step(bank.entry_step).name_zh
        feedback.pushInfo(self.tr("{} of {} parcels reached the step {}.").format(len(keep), len(layer.rows),
                                                                                   step_name))
        if not keep:
            raise fail(self.tr("No parcel of “{}” reached the step {} in the workflow of {}.").format(
                name, step_name, pack.id))
        layer.rows = number_rows([layer.rows[i] for i in keep])
        layer.geometries = [layer.geometries[i] for i in keep]
        layer.fids = [layer.fids[i] for i in keep]
        return layer

    def record(self, journal, bank: Bank, entries, level: str, pack, names=None) -> list:
        """Record ``entries`` all or nothing; a refusal is worded for the technician."""
        try:
            return journal.record(bank.rules, entries, actor=person() or None, level=level, pack=pack.label)
        except JournalError as err:
            raise fail(self.tr("Nothing was recorded: {}").format(ledger_refusal(err, bank.decimals, names))) \
                from None
        except StoreError as err:
            raise fail(self.tr("Nothing was recorded: {}").format(err)) from None

    def refused(self, err: BankError, bank: Bank, names=None):
        return fail(self.tr("Nothing was recorded: {}").format(bank_refusal(err, bank.decimals, names)))
