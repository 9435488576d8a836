"""Benchmark of the workflow dock on 100 000 parcels: first screen, background load, longest
pause of the GUI thread, filtering and refresh (target < 300 ms for all that the user waits on).

A benchmark, not a test: it prints wall times (median of several runs) and peak memory.
The parcels are the first N features of the bench county's DLTB; the status store (a
sidecar GeoPackage) holds every one of them at one of the 8 forest-offset steps.

    python bench/bench_dock.py --data data/bench [--parcels 100000] [--runs 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(REPO / ".build"), "/usr/share/qgis/python/plugins"]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def timed(runs: int, action, before=None) -> float:
    """Median wall time of `action` in ms; `before` (untimed) prepares each run."""
    times = []
    for run in range(runs):
        if before is not None:
            before(run)
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


class PauseMeter:
    """The longest gap between ticks of a 5 ms timer on the GUI thread: how long QGIS would
    have been frozen while the dock loads in the background."""

    def __init__(self):
        from qgis.PyQt.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.tick)
        self.last = self.longest = 0.0

    def tick(self):
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now

    def __enter__(self):
        self.last, self.longest = time.perf_counter(), 0.0
        self.timer.start()
        return self

    def __exit__(self, *exc):
        self.timer.stop()


def open_and_load(dock, runs: int, prepare) -> tuple:
    """(first screen ms, loaded ms, longest GUI pause ms) of a full load, medians of ``runs``."""
    first, loaded, pauses = [], [], []
    for run in range(runs):
        prepare(run)
        with PauseMeter() as meter:
            start = time.perf_counter()
            dock.refresh()  # returns when the panel can be used; the reading goes on in a task
            first.append((time.perf_counter() - start) * 1000)
            dock.wait_loaded()
            loaded.append((time.perf_counter() - start) * 1000)
        pauses.append(max(meter.longest * 1000, first[-1]))
    return statistics.median(first), statistics.median(loaded), statistics.median(pauses)


def advance_some(store_path: Path, ids: list, run: int, count: int = 100) -> None:
    """Another technician moves `count` parcels on (apply → verify), as between two refreshes."""
    from land_balance.rules.packs import load_packs
    from land_balance.rules.workflow import Workflow
    from land_balance.store.base import Request
    from land_balance.store.geopackage import GeoPackageStore

    flow = Workflow.from_pack(load_packs().get("ganzhou_forest_offset"))
    with GeoPackageStore(store_path) as store:
        at_apply = [pid for pid, step in store.current_steps(flow.programme).items() if step == "apply"]
        store.apply(flow, [Request.advance(pid, "apply", "verify") for pid in at_apply[:count]])


def seed_store(path: Path, ids: list) -> None:
    from land_balance.rules.packs import load_packs
    from land_balance.rules.workflow import Workflow
    from land_balance.store.base import Request
    from land_balance.store.geopackage import GeoPackageStore

    flow = Workflow.from_pack(load_packs().get("ganzhou_forest_offset"))
    with GeoPackageStore(path) as store:
        for k, step in enumerate(flow.step_ids):
            batch = [Request.advance(pid, flow.step_before(step), step) for i, pid in enumerate(ids) if i % 9 > k]
            if batch:
                store.apply(flow, batch, level="province", today=dt.date(2025, 9, 1) + dt.timedelta(days=7 * k))


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, default=REPO / "data" / "bench")
    parser.add_argument("--parcels", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    from qgis.core import QgsApplication, QgsProject, QgsVectorLayer

    app = QgsApplication([], True)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from land_balance.processing.provider import LandBalanceProvider

    provider = LandBalanceProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    source = f"{args.data / 'county.gpkg'}|layername=DLTB|subset=fid <= {args.parcels}"
    layer = QgsVectorLayer(source, "DLTB", "ogr")
    if not layer.isValid() or layer.featureCount() < args.parcels:
        print(f"need {args.parcels} parcels in {args.data / 'county.gpkg'} (make bench builds it)")
        return 1
    QgsProject.instance().addMapLayer(layer)
    ids = [f["BSM"] for f in layer.getFeatures()]
    work = Path(tempfile.mkdtemp(prefix="lb-bench-dock-"))
    store = work / "workflow.gpkg"
    start = time.perf_counter()
    seed_store(store, ids)
    seeded = time.perf_counter() - start

    from land_balance.rules.packs import load_packs
    from land_balance.ui.workflow_dock import WorkflowDock

    def open_dock():
        dock = WorkflowDock(None, packs=load_packs())
        dock.programme_box.setCurrentIndex(dock.programme_box.findData("ganzhou_forest_offset"))
        dock.store_edit.setText(str(store))
        dock.refresh()  # what the store field's editingFinished does in the panel
        return dock

    start = time.perf_counter()
    dock = open_dock()
    dock.layer_box.setLayer(layer)
    created = (time.perf_counter() - start) * 1000
    dock.wait_loaded()

    def forget_all(_run):  # a new layer: parcels read again
        dock.loaded_key, dock.facts_layer = None, None

    def forget_store(_run):  # another programme or store: the parcels already known
        dock.loaded_key = None

    opened = open_and_load(dock, args.runs, forget_all)
    reloaded = open_and_load(dock, args.runs, forget_store)
    searches = iter(ids[:: max(1, len(ids) // (args.runs + 1))])
    results = {
        "create the panel (first screen)": created,
        "open on a layer: first screen": opened[0],
        "open on a layer: longest GUI-thread pause while it loads": opened[2],
        "open on a layer: all read in the background (not waited on)": opened[1],
        "another programme or store: first screen": reloaded[0],
        "another programme or store: longest GUI-thread pause": reloaded[2],
        "another programme or store: all read in the background": reloaded[1],
        "refresh after 100 parcels changed (store, list, counts, style)": timed(
            args.runs, dock.refresh, before=lambda run: advance_some(store, ids, run)),
        "filter by step": timed(args.runs, lambda: dock.step_filter.setCurrentIndex(
            (dock.step_filter.currentIndex() % 8) + 1)),
        "filter by township": timed(args.runs, lambda: dock.town_filter.setCurrentIndex(
            (dock.town_filter.currentIndex() % max(1, dock.town_filter.count() - 1)) + 1)),
        "filter overdue on/off": timed(args.runs, lambda: dock.overdue_filter.setChecked(
            not dock.overdue_filter.isChecked())),
        "search a parcel id": timed(args.runs, lambda: dock.search.setText(next(searches)[-7:])),
        "clear filters": timed(args.runs, lambda: (dock.search.clear(), dock.step_filter.setCurrentIndex(0),
                                                   dock.town_filter.setCurrentIndex(0),
                                                   dock.overdue_filter.setChecked(False))),
    }
    rows_in_store = len(dock.rows)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"Workflow dock on {len(ids):,} parcels ({rows_in_store:,} in the programme), "
          f"store seeded in {seeded:.1f} s; median of {args.runs} runs; peak RSS {peak_mb:,.0f} MB")
    for name, ms in results.items():
        measured = "background" not in name
        verdict = ("  ok (< 300 ms)" if ms < 300 else "  SLOW (≥ 300 ms)") if measured else ""
        print(f"  {name:<66}{ms:>9.1f} ms{verdict}")
    dock.close()
    QgsProject.instance().removeAllMapLayers()
    app.exitQgis()
    return 0


if __name__ == "__main__":
    sys.exit(main())
