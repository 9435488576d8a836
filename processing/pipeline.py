"""Writing features in a background thread while the algorithm's thread prepares the next.

PyQGIS releases the GIL inside C++ calls, so inserting a batch into a GeoPackage (or any
sink) runs while Python reads the next batch and sets its attributes. What the thread does,
and no more: it adds features to sinks that no other thread touches while it runs. It uses
no GEOS (QGIS 3.22 shares one GEOS context between threads), no feedback object and no
layer. It is always stopped and joined before the algorithm goes on, on error and on
cancel too, and its error is raised in the algorithm's thread.

(A second thread reading the input ahead was measured too: slower, the three threads then
fight over the GIL.)
"""

from __future__ import annotations

import queue
import threading

_DONE = object()


class BatchWriter:
    """Adds batches to their sinks in order; ``put`` blocks while two batches wait.

    ``add(sink, batch)`` returns None or an error message; the first error stops the
    writing (later batches are dropped) and ``put``/``join`` raise ``error(message)``.
    """

    def __init__(self, add, error):
        self._add, self._make_error = add, error
        self._queue = queue.Queue(maxsize=2)
        self._error = None
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._guarded, name="land_balance writer", daemon=True)

    def _guarded(self):
        try:
            self._work()
        except BaseException as err:  # noqa: BLE001 — re-raised in the caller's thread
            self._error = err

    def _work(self):
        while True:
            item = self._queue.get()
            if item is _DONE:
                return
            if self._error is None and not self._stopping.is_set():
                message = self._add(*item)
                if message is not None:
                    self._error = self._make_error(message)
            del item

    def _raise(self):
        if self._error is not None:
            error, self._error = self._error, None
            raise error

    def _hand_over(self, item) -> None:
        """Queues ``item`` unless the thread has ended (then nothing would ever take it)."""
        while self._thread.is_alive():
            try:
                self._queue.put(item, timeout=0.1)
                return
            except queue.Full:
                continue

    def put(self, sink, batch: list):
        self._raise()
        self._hand_over((sink, batch))
        self._raise()

    def join(self):
        """Waits until every batch put so far is written; raises the writer's error."""
        self._hand_over(_DONE)
        self._thread.join()
        self._raise()

    def abandon(self):
        """Stops without writing what still waits (the run failed)."""
        self._stopping.set()
        self._hand_over(_DONE)
        self._thread.join()

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, kind, value, traceback):
        if kind is None:
            self.join()
        else:
            self.abandon()
        return False
