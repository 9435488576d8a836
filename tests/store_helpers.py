"""Shared by the workflow tests: parcels walked through the steps, log checks, the provider."""

from __future__ import annotations

from land_balance.rules.packs import load_packs
from land_balance.rules.workflow import Workflow
from land_balance.store.base import Request


def forest_workflow() -> Workflow:
    return Workflow.from_pack(load_packs().get("ganzhou_forest_offset"))


def walk_parcels(store, prefix: str, parcels: int, actor: str, level: str = "province") -> int:
    """Advance `parcels` parcels through all 8 forest-offset steps, one transaction each."""
    workflow = forest_workflow()
    done = 0
    for step in workflow.step_ids:
        for i in range(parcels):
            store.apply(workflow, [Request(f"{prefix}{i:05d}", step, note=f"{actor} {step}")], actor=actor,
                        level=level)
            done += 1
    return done


def check_log_agrees_with_status(store, programme: str) -> None:
    """The status table is exactly the last event of each parcel in the log."""
    last = {}
    for event in store.events(programme=programme):
        previous = last.get(event.parcel_id)
        assert event.from_step == (previous.to_step if previous else None), event
        last[event.parcel_id] = event
    statuses = {s.parcel_id: s.step for s in store.statuses(programme)}
    assert statuses == {pid: e.to_step for pid, e in last.items()}



_KEEP = []


def ensure_provider():
    """The plugin tests unload the provider the session registered: register one again if so."""
    from qgis.core import QgsApplication

    from land_balance.processing.provider import LandBalanceProvider

    registry = QgsApplication.processingRegistry()
    if registry.providerById("landbalance") is None:
        _KEEP.append(LandBalanceProvider())  # the registry does not keep the Python object alive
        registry.addProvider(_KEEP[-1])
