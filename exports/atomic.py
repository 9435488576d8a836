"""Files written whole or not at all: a temporary file beside the target, moved into place.

Every file a county hands in (workbooks, packages, charts, the atlas) is written through
``replacing`` so a failed or cancelled run never leaves a half-written file, and the file
that lands has the permissions of any new file (mkstemp's own are private to the writer).
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def _read_umask() -> int:
    # Read once, at import, on the main thread: setting the umask to read it is process-wide.
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


_UMASK = _read_umask()


class Discard(Exception):  # noqa: N818 - a signal, not an error
    """Raised inside ``replacing`` to drop the temporary file and leave the target as it was."""


@contextlib.contextmanager
def replacing(path, suffix: str = "", create: bool = True):
    """Yield a temporary path in ``path``'s folder (created empty, or only reserved when
    ``create`` is false because the writer creates it itself); when the block ends normally
    it replaces ``path``. On an exception, or ``Discard``, the target is left untouched."""
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".~" + path.stem, suffix=suffix or path.suffix,
                                         dir=str(path.parent))
    os.close(handle)
    if not create:
        os.unlink(temporary)
    try:
        yield temporary
        os.chmod(temporary, 0o666 & ~_UMASK)
        os.replace(temporary, path)
    except Discard:
        pass
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
