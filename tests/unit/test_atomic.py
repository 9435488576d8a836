"""Files written whole or not at all (exports/atomic.py), and the xlsx writer built on it."""

from __future__ import annotations

import os
import stat

import pytest

from land_balance.exports.atomic import Discard, replacing
from land_balance.exports.xlsx import Column, Sheet, XlsxError, write_workbook
from land_balance.exports.xlsx_read import read_workbook


def _mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def _umask() -> int:
    umask = os.umask(0o022)
    os.umask(umask)
    return umask


def test_a_written_file_has_the_permissions_of_any_new_file(tmp_path):
    target = tmp_path / "a.txt"
    with replacing(target) as temporary:
        assert _mode(temporary) == 0o600  # mkstemp's, while it is being written
        with open(temporary, "w") as handle:
            handle.write("whole")
    assert target.read_text() == "whole"
    assert _mode(target) == 0o666 & ~_umask()
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


@pytest.mark.parametrize("stop", [RuntimeError("disk full"), Discard()])
def test_a_failed_or_discarded_write_leaves_the_old_file_and_no_temporary(tmp_path, stop):
    target = tmp_path / "a.txt"
    target.write_text("old")

    def write():
        with replacing(target) as temporary:
            with open(temporary, "w") as handle:
                handle.write("half")
            raise stop

    if isinstance(stop, Discard):
        write()
    else:
        with pytest.raises(RuntimeError):
            write()
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt"]


def test_a_writer_that_creates_the_file_itself_gets_a_free_name(tmp_path):
    with replacing(tmp_path / "p.gpkg", ".gpkg", create=False) as temporary:
        assert temporary.endswith(".gpkg") and not os.path.exists(temporary)
        open(temporary, "w").close()
    assert (tmp_path / "p.gpkg").exists()


def test_a_workbook_is_readable_by_others_and_a_missing_folder_is_refused(tmp_path):
    sheet = Sheet("表", "标题", [Column("乡镇", 12), Column("面积", 10, kind="number", decimals=2)],
                  [["甲", 1.5]], total=["合计", 1.5])
    path = write_workbook(tmp_path / "t.xlsx", [sheet])
    assert _mode(path) == 0o666 & ~_umask()
    assert "甲" in read_workbook(path)["表"].values()
    with pytest.raises(XlsxError, match="does not exist"):
        write_workbook(tmp_path / "missing" / "t.xlsx", [sheet])
