"""The background writer: order, errors raised in the caller's thread, no deadlock."""

from __future__ import annotations

import threading
import time

import pytest

from land_balance.processing.pipeline import BatchWriter


class WriteFailedError(Exception):
    pass


def test_batches_reach_their_sinks_in_order_from_another_thread():
    written, threads = [], set()

    def add(sink, batch):
        threads.add(threading.current_thread().name)
        time.sleep(0.001)
        written.append((sink, list(batch)))

    with BatchWriter(add, WriteFailedError) as writer:
        for k in range(20):
            writer.put("a" if k % 3 else "b", [k, k + 0.5])
    assert written == [("a" if k % 3 else "b", [k, k + 0.5]) for k in range(20)]
    assert threads == {"land_balance writer"}


def test_a_refused_batch_stops_the_writing_and_is_raised_here():
    written = []

    def add(sink, batch):
        if batch[0] == 3:
            return "disk full"
        written.append(batch[0])
        return None

    with pytest.raises(WriteFailedError, match="disk full"), BatchWriter(add, WriteFailedError) as writer:
        for k in range(50):
            writer.put("sink", [k])
    assert written == [0, 1, 2]


def test_an_exception_in_the_writer_does_not_hang_the_caller():
    def add(sink, batch):
        raise RuntimeError("provider crashed")

    with pytest.raises(RuntimeError, match="provider crashed"), BatchWriter(add, WriteFailedError) as writer:
        for k in range(100):  # far more than the queue holds
            writer.put("sink", [k])


def test_an_error_here_abandons_what_waits():
    written, release = [], threading.Event()

    def add(sink, batch):
        release.wait(5)
        written.append(batch[0])

    with pytest.raises(WriteFailedError, match="input changed"), BatchWriter(add, WriteFailedError) as writer:
        writer.put("sink", [0])
        writer.put("sink", [1])
        release.set()
        raise WriteFailedError("input changed")
    assert written in ([], [0], [0, 1])  # at most what was in flight
    assert "land_balance writer" not in {t.name for t in threading.enumerate()}
