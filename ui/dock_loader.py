"""The workflow dock's reading, off the GUI thread: the parcels (one reader) and the store.

The dock opens at once and fills in when this task is done, so QGIS never waits on a county
of parcels. The layer is read through a QgsVectorLayerFeatureSource — QGIS's thread-safe copy
of a layer's data, taken in the GUI thread — by the same parcel reader the algorithms use, so
the dock and the status report agree on keys (BSM, or ZLDWDM-TBBH) and official areas.
No rules here: the rows and counts are built by rules/ from what is read.
"""

from __future__ import annotations

import datetime as _dt
import weakref

from qgis.core import (
    QgsProcessingContext, QgsProcessingException, QgsProject, QgsRectangle, QgsTask, QgsVectorLayerFeatureSource,
)

from ..processing.parcels import OfficialArea, check_geodetic, read_parcels, working_crs
from ..rules.survey import official_m2
from ..rules.workflow_report import summarise
from ..store.base import StoreError
from .workflow_model import build_rows


class LayerSnapshot:
    """What the parcel reader asks of a source, taken from a layer in the GUI thread — with
    everything that needs a QGIS coordinate transform done there too (the CRS check, the
    official-area grid), so the background read is numpy and feature fetching only."""

    geodetic_checked = True

    def __init__(self, layer, context):
        self._source = QgsVectorLayerFeatureSource(layer)
        # The extent only where the reader needs it (a geographic layer's working zone): a
        # filtered layer's extent is a full scan, in the GUI thread.
        self._crs, self._fields = layer.crs(), layer.fields()
        self._extent = layer.extent() if layer.crs().isGeographic() else QgsRectangle()
        self._count, self._wkb_type = layer.featureCount(), layer.wkbType()
        self.name = layer.name()
        check_geodetic(self, self.name, context)
        self.measure = OfficialArea(working_crs(self), context)

    def sourceCrs(self):  # noqa: N802 — the QgsFeatureSource names the reader uses
        return self._crs

    def sourceExtent(self):  # noqa: N802
        return self._extent

    def fields(self):
        return self._fields

    def featureCount(self):  # noqa: N802
        return self._count

    def wkbType(self):  # noqa: N802
        return self._wkb_type

    def getFeatures(self, request):  # noqa: N802
        return self._source.getFeatures(request)


def dock_context() -> QgsProcessingContext:
    """A context made in the GUI thread for a background read (the project's transforms)."""
    context = QgsProcessingContext()
    context.setTransformContext(QgsProject.instance().transformContext())
    return context


def parcel_facts(snapshot, id_field: str, town_field: str, context, feedback=None) -> dict:
    """Parcel key → (feature id, township, official area m²), read once per layer."""
    has_town = bool(town_field) and snapshot.fields().lookupField(town_field) >= 0
    parcels = read_parcels(snapshot, context, feedback, snapshot.name, [town_field] if has_town else [],
                           crs=snapshot.measure.transform.sourceCrs(), key_field=id_field, keep_geometries=False)
    areas = official_m2(parcels.official_m2(context, snapshot.name, snapshot.measure)) if len(parcels) else []
    towns = parcels.column(town_field) if has_town else [""] * len(parcels)
    return {key: (fid, "" if town is None else str(town), float(area))
            for key, fid, town, area in zip(parcels.keys, parcels.fids, towns, areas)}


class DockLoad(QgsTask):
    """Read the parcels (unless already known) and the programme's statuses; build the dock's
    rows and step counts. ``error`` holds what went wrong, for the dock to say."""

    def __init__(self, description, workflow, open_store, step_names, context, snapshot=None, id_field="BSM",
                 town_field="ZLDWMC", facts=None, done=None):
        super().__init__(description, QgsTask.CanCancel)
        # Called in the GUI thread with (task, ok) when done; held weakly, so a closed panel is
        # not kept alive (nor called) by a read it no longer waits for.
        self._done = weakref.WeakMethod(done) if done is not None else None
        self.workflow, self.open_store, self.step_names = workflow, open_store, step_names
        self.snapshot, self.id_field, self.town_field = snapshot, id_field, town_field
        self.facts, self.rows, self.counts, self.statuses, self.error = facts, [], None, [], None
        self.context = context

    def run(self):
        try:
            if self.facts is None:
                self.facts = parcel_facts(self.snapshot, self.id_field, self.town_field, self.context, self)
            if self.isCanceled():
                return False
            if self.open_store is not None:  # None: no store yet, nobody has recorded a step
                with self.open_store() as store:
                    self.statuses = store.statuses(self.workflow.programme)
            today = _dt.date.today()
            self.rows = build_rows(self.statuses, self.facts, self.step_names, today)
            self.counts = step_counts(self.workflow, self.statuses, self.facts, today)
            return True
        except (StoreError, QgsProcessingException) as err:
            self.error = err
            return False
        except Exception as err:  # noqa: BLE001 — a task must not let anything escape its thread
            self.error = err
            return False

    def finished(self, ok):  # noqa: D401 — QgsTask API, runs in the GUI thread
        callback = self._done() if self._done is not None else None
        if callback is not None:
            callback(self, ok)

    # the reader's feedback: a task has isCanceled(); progress goes to the task manager
    def pushInfo(self, text):  # noqa: N802
        pass

    def pushWarning(self, text):  # noqa: N802
        pass


def step_counts(workflow, statuses, facts: dict, today: _dt.date):
    """The dock's counts per step: the statusreport's own footed table, by step only."""
    towns = {key: fact[1] for key, fact in facts.items()}
    areas = {key: fact[2] for key, fact in facts.items()}
    return summarise(workflow, statuses, towns, areas, today, by_township=False)
