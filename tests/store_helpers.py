"""Shared by the workflow tests: parcels walked through the steps, log checks, racing writers,
stores opened from a plain description (so a child process opens the same store), the provider."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections import Counter
from functools import cache

from land_balance.rules.packs import load_packs
from land_balance.rules.workflow import TransitionError, Workflow
from land_balance.store.base import Request

TESTS = os.path.dirname(os.path.abspath(__file__))
BUILD = os.path.join(os.path.dirname(TESTS), ".build")


@cache
def forest_workflow() -> Workflow:
    return Workflow.from_pack(load_packs().get("ganzhou_forest_offset"))


def advance(parcel_id: str, step: str, workflow: Workflow | None = None, **kw) -> Request:
    """A request to advance to `step` from the step before it (as a user who saw that step)."""
    workflow = workflow or forest_workflow()
    return Request.advance(parcel_id, workflow.step_before(step), step, **kw)


class Desk:
    """A technician at a store: who they are, their level, the calendar their client uses.

    PostgreSQL knows the user from the login and ignores `actor`, `level` and `calendar`;
    a GeoPackage takes them from here. `actor` is the name the log records."""

    def __init__(self, store, actor: str, level: str, calendar=None, workflow: Workflow | None = None):
        self.store, self.actor, self.level, self.calendar = store, actor, level, calendar
        self.workflow = workflow or forest_workflow()

    def apply(self, requests, **kw):
        return self.store.apply(self.workflow, requests, actor=self.actor, level=self.level,
                                calendar=self.calendar, **kw)

    def __getattr__(self, name):
        return getattr(self.store, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.store.close()


def open_desk(spec: dict) -> Desk:
    """The desk a spec describes: {"backend": "geopackage", "path": …} or {"backend": "postgis",
    "params": {…}}, with "actor" and "level"."""
    if spec["backend"] == "geopackage":
        from land_balance.store.geopackage import GeoPackageStore

        return Desk(GeoPackageStore(spec["path"]), spec["actor"], spec["level"])
    from land_balance.store.postgis import PostgisStore

    return Desk(PostgisStore(spec["params"]), spec["params"]["user"], spec["level"])


def child(code: str, *args) -> subprocess.Popen:
    """A separate Python process using the store, as a second QGIS session would."""
    prelude = f"import sys; sys.path[:0] = [{BUILD!r}, {TESTS!r}]\n"
    return subprocess.Popen([sys.executable, "-c", prelude + textwrap.dedent(code), *map(str, args)],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def start_together(processes) -> None:
    """Wait until every process has said "ready" (imports done, store open), then say "go" to all."""
    for process in processes:
        line = process.stdout.readline().strip()
        assert line == "ready", line + process.stderr.read()
    for process in processes:
        process.stdin.write("go\n")
        process.stdin.flush()


def walk_parcels(desk: Desk, prefix: str, parcels: int) -> int:
    """Advance `parcels` parcels through all 8 forest-offset steps, one transaction each."""
    workflow = forest_workflow()
    done = 0
    for step in workflow.step_ids:
        for i in range(parcels):
            desk.apply([advance(f"{prefix}{i:05d}", step, workflow, note=f"{desk.actor} {step}")])
            done += 1
    return done


def race(spec: dict, parcels: list) -> dict:
    """Walk `parcels` through every step, one request per transaction, each made on the step
    before (what a user who saw it there asks for); count what was recorded and what refused.
    Starts when the parent says "go" on stdin (start_together)."""
    import random
    import time

    desk = open_desk(spec)
    workflow = desk.workflow
    jitter = random.Random(spec.get("seed")), spec.get("jitter_ms", 0) / 1000
    print("ready", flush=True)
    sys.stdin.readline()
    done, refused = [], []
    for pid in parcels:
        for step in workflow.step_ids:
            if jitter[1]:
                time.sleep(jitter[0].uniform(0, jitter[1]))  # other timings, run to run
            try:
                desk.apply([advance(pid, step, workflow)])
                done.append([pid, step])
            except TransitionError as err:
                refused.append([pid, step, err.code, err.details.get("by"), err.details.get("at"), str(err)])
    desk.store.close()
    return {"actor": desk.actor, "done": done, "refused": refused}


RACER = """
import json
from store_helpers import race
print(json.dumps(race(json.loads(sys.argv[1]), json.loads(sys.argv[2]))))
"""


def race_parcels(writer: int, writers: int, shared_new: int, shared_started: int, own: int) -> list:
    """One writer's parcels: new ones every writer races on, ones already started (every
    writer races on them too), and its own; interleaved so races happen all along."""
    shared = [f"N{i:04d}" for i in range(shared_new)] + [f"E{i:04d}" for i in range(shared_started)]
    mine = [f"W{writer}-{i:04d}" for i in range(own)]
    out = []
    for i in range(max(len(shared), len(mine))):
        out += shared[i:i + 1] + mine[i:i + 1]
    return out


def run_race(office_spec, writers: int, shared_new: int, shared_started: int, own: int, **timing) -> list:
    """`writers` processes racing (race_parcels), started together; their results. `timing`
    (jitter_ms, seed) makes each request wait a random moment first."""
    return run_together(RACER, [(json.dumps({**office_spec(f"racer{i}", "province"), **timing,
                                             "seed": timing.get("seed", 0) * 100 + i}),
                                 json.dumps(race_parcels(i, writers, shared_new, shared_started, own)))
                                for i in range(writers)])


def run_together(code: str, argument_lists) -> list:
    """A child process per argument list, started together (start_together); what each printed
    last, as JSON."""
    processes = [child(code, *arguments) for arguments in argument_lists]
    start_together(processes)
    results = []
    for process in processes:
        out, err = process.communicate()
        assert process.returncode == 0, err
        results.append(json.loads(out.splitlines()[-1]))
    return results


def tally_race(store, programme: str, results: list, preloaded: int, strict: bool = True) -> dict:
    """What racing writers were told against what the log holds; with `strict`, AssertionError on
    any mismatch, else the mismatches are listed under "problems".

    `contested`: first steps of parcels several writers asked for at once — won by one, refused to
    the others; `interleaved`: how often consecutive events in the log come from different writers."""
    events = store.events(programme=programme)
    told = sum(len(r["done"]) for r in results)
    refused = sum(len(r["refused"]) for r in results)
    duplicates = sum(n - 1 for n in Counter((e.parcel_id, e.from_step, e.to_step) for e in events).values() if n > 1)
    racers = {r["actor"] for r in results}
    raced = [e.actor for e in events if e.actor in racers]
    tally = {"expected": preloaded + told, "found": len(events), "duplicates": duplicates, "refused": refused,
             "attempts": told + refused,
             "contested": sum(1 for r in results for pid, step, *_ in r["refused"] if step == "apply"
                              and not pid.startswith("E")),
             "interleaved": sum(a != b for a, b in zip(raced, raced[1:])), "problems": []}
    problems = tally["problems"]
    for r in results:
        recorded = sorted([e.parcel_id, e.to_step] for e in events if e.actor == r["actor"])
        if recorded != sorted(r["done"]):
            problems.append(f"{r['actor']}: told success ≠ its events in the log")
        problems += [f"{r['actor']}: refusal without a mover: {message}" for pid, step, code, by, at, message
                     in r["refused"] if not (code == "moved" and by and by != r["actor"] and at and pid in message)]
    if tally["found"] != tally["expected"] or duplicates:
        problems.append(f"{tally['found']} events for {tally['expected']} successes, {duplicates} recorded twice")
    try:
        check_log_agrees_with_status(store, programme)
    except AssertionError as err:
        problems.append(f"log and status disagree: {err}")
    assert not (strict and problems), problems
    return tally


def check_log_agrees_with_status(store, programme: str) -> None:
    """The status table is exactly the last event of each parcel in the log, and every event
    starts where the previous one of its parcel ended (no step recorded twice)."""
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
