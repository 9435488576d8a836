"""Writers at once, as separate processes (several QGIS sessions, several technicians), and a
process killed in the middle of a batch — on both back ends, by the same test functions.

Issue 10 §1: four writers racing on the same new parcels recorded some first steps twice,
and both writers were told they had succeeded. Here every writer walks parcels through all
steps on what it last saw; each success must be its event in the log, each refusal must
name the parcel and who moved it, and no step is recorded twice.
"""

from __future__ import annotations

import json
import os
import signal

from store_helpers import advance, check_log_agrees_with_status, child, forest_workflow, run_race, tally_race

from land_balance.store.base import Request

WF = forest_workflow()
WRITERS, SHARED_NEW, SHARED_STARTED, OWN = 4, 40, 40, 45  # 125 parcels × 8 steps = 1 000 transitions a writer


def test_racing_writers_record_each_step_once_and_every_refusal_is_raised(office):
    with office.desk("pre", "province") as pre:  # parcels the racers find already started
        pre.apply([Request.advance(f"E{i:04d}", None, "apply") for i in range(SHARED_STARTED)])
    results = run_race(office.spec, WRITERS, SHARED_NEW, SHARED_STARTED, OWN)
    assert all(len(r["done"]) + len(r["refused"]) == 8 * (SHARED_NEW + SHARED_STARTED + OWN) for r in results)
    with office.open() as store:
        tally = tally_race(store, WF.programme, results, preloaded=SHARED_STARTED)
        steps = store.current_steps(WF.programme)
    print(office.backend, tally)
    assert tally["contested"] == (WRITERS - 1) * SHARED_NEW  # every new parcel: one winner, the others refused
    new_firsts = [e for r in results for e in r["done"] if e[0].startswith("N") and e[1] == "apply"]
    assert len(new_firsts) == SHARED_NEW  # each new parcel started by exactly one writer
    assert all(steps[f"W{w}-{i:04d}"] == "bank" for w in range(WRITERS) for i in range(OWN))


BATCH = """
import json
from store_helpers import advance, open_desk
desk = open_desk(json.loads(sys.argv[1]))
def progress(done, total):
    if done == 5000:
        print("half", flush=True)
        import time; time.sleep(120)
desk.apply([advance(f"K{i:05d}", "verify") for i in range(10000)], progress=progress)
"""


def test_sigkill_in_the_middle_of_a_10000_parcel_batch(office):
    with office.desk("li") as li:
        li.apply([advance(f"K{i:05d}", "apply") for i in range(10000)])
    batch = child(BATCH, json.dumps(office.spec("li", "county")))
    assert batch.stdout.readline().strip() == "half", batch.stderr.read()  # 5 000 rows written, not committed
    os.kill(batch.pid, signal.SIGKILL)
    batch.wait()
    with office.desk("li") as li:
        for _ in range(50):  # PostgreSQL notices the dead client and rolls its transaction back
            steps = li.current_steps(WF.programme)
            if set(steps.values()) == {"apply"}:
                break
        assert len(steps) == 10000 and set(steps.values()) == {"apply"}  # as before the batch
        assert len(li.events()) == 10000
        check_log_agrees_with_status(li, WF.programme)
        li.apply([advance(f"K{i:05d}", "verify") for i in range(10000)])  # and the store still works
        assert set(li.current_steps(WF.programme).values()) == {"verify"}


AFTER = """
import json, time
from store_helpers import advance, open_desk
desk = open_desk(json.loads(sys.argv[1]))
desk.apply([advance(f"K{i:05d}", "verify") for i in range(10000)])
print("committed", flush=True)
time.sleep(120)
"""


def test_sigkill_right_after_the_commit_keeps_the_whole_batch(office):
    with office.desk("li") as li:
        li.apply([advance(f"K{i:05d}", "apply") for i in range(10000)])
    batch = child(AFTER, json.dumps(office.spec("li", "county")))
    assert batch.stdout.readline().strip() == "committed", batch.stderr.read()
    os.kill(batch.pid, signal.SIGKILL)  # its connection is still open (GeoPackage: WAL not checkpointed)
    batch.wait()
    with office.desk("li") as li:
        assert set(li.current_steps(WF.programme).values()) == {"verify"}
        assert len(li.events()) == 20000
        check_log_agrees_with_status(li, WF.programme)
