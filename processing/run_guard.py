"""A failed or cancelled run leaves no output file behind.

QGIS creates a feature sink's file (GeoPackage, shapefile …) when the algorithm asks for the
sink, before the first feature; an algorithm that then fails or is cancelled would leave that
file half-written, looking like a result. ``LandBalanceAlgorithm`` notes before the work which
output files do not exist yet and, when ``processAlgorithm`` raises or the user cancelled,
closes the run's sinks and removes those files (never a file that was there before the run)."""

from __future__ import annotations

import functools
import gc
import os
import traceback
from pathlib import Path

from qgis.core import QgsProcessingException

from ..i18n import tr

_SIDECARS = ("", "-wal", "-shm", "-journal")
_SHAPEFILE = (".shp", ".shx", ".dbf", ".prj", ".cpg", ".qix", ".qpj")


def files_of(path: str) -> list:
    """The files an output at ``path`` may consist of."""
    if Path(path).suffix.lower() == ".shp":
        return [str(Path(path).with_suffix(suffix)) for suffix in _SHAPEFILE]
    return [path + suffix for suffix in _SIDECARS]


def absent(paths) -> list:
    """The files of the outputs at ``paths`` that do not exist yet (so the run would create them)."""
    return [f for path in dict.fromkeys(p for p in paths if p) for f in files_of(path) if not os.path.lexists(f)]


def guarded(process, cancelled):
    """``processAlgorithm`` that, when it raises or returns after the user cancelled, removes
    the files its run created; a cancelled run then fails with ``cancelled()``'s message (so
    QGIS loads nothing)."""

    @functools.wraps(process)
    def run(self, parameters, context, feedback):
        try:
            result = process(self, parameters, context, feedback)
        except BaseException as err:
            _release(err)
            _remove(getattr(self, "_files_of_this_run", ()), feedback)
            if isinstance(err, QgsProcessingException) and type(err) is not QgsProcessingException:
                # QGIS words only its own exception type; a subclass (Cancelled …) reached the
                # user as a Python traceback
                raise QgsProcessingException(str(err)) from None
            raise
        if feedback is None or not feedback.isCanceled():
            return result
        del result
        gc.collect()
        _remove(getattr(self, "_files_of_this_run", ()), feedback)
        raise QgsProcessingException(str(cancelled()))

    return run


def _release(err: BaseException) -> None:
    """Drop what the failed run's frames hold, so its sinks close their files."""
    seen = set()
    while err is not None and id(err) not in seen:
        seen.add(id(err))
        traceback.clear_frames(err.__traceback__)
        err = err.__cause__ or err.__context__
    gc.collect()


def _remove(files, feedback) -> None:
    for path in files:
        if not os.path.lexists(path):
            continue
        try:
            os.remove(path)
        except OSError as err:
            if feedback is not None:
                reason = err.strerror or err
                feedback.pushInfo(tr("The partial output {} could not be removed: {}").format(path, reason))
