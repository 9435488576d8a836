"""Shapefiles from county offices are GBK-encoded with no .cpg: find out and say so.

QGIS reads a shapefile without an encoding declaration as UTF-8, which turns 南集镇 into
mojibake. We sniff the raw .dbf text bytes: valid UTF-8 → leave it; valid GB18030 (a
superset of GBK) → the layer must be read as GBK. Pure Python, no QGIS.
"""

from __future__ import annotations

import struct
from pathlib import Path

SAMPLE_RECORDS = 5000


def _character_field_slices(header: bytes):
    slices, offset, pos = [], 1, 32  # byte 0 of each record is the deletion flag
    while pos + 32 <= len(header) and header[pos] != 0x0D:
        kind, length = chr(header[pos + 11]), header[pos + 16]
        if kind == "C":
            slices.append((offset, offset + length))
        offset += length
        pos += 32
    return slices


def dbf_text_sample(dbf: Path, max_records: int = SAMPLE_RECORDS) -> bytes:
    """The non-ASCII-bearing text bytes of the first records' character fields."""
    with open(dbf, "rb") as handle:
        head = handle.read(32)
        if len(head) < 32:
            return b""
        records, header_len, record_len = struct.unpack_from("<IHH", head, 4)
        header = head + handle.read(header_len - 32)
        slices = _character_field_slices(header)
        data = handle.read(record_len * min(records, max_records))
    chunks = []
    for start in range(0, len(data) - record_len + 1, record_len):
        record = data[start:start + record_len]
        chunks.extend(record[a:b].rstrip(b" \x00") for a, b in slices)
    return b"\n".join(c for c in chunks if any(byte >= 0x80 for byte in c))


def declared_encoding(shp: Path) -> str | None:
    """The encoding the file declares (.cpg), if any."""
    cpg = Path(shp).with_suffix(".cpg")
    if not cpg.exists():
        cpg = Path(shp).with_suffix(".CPG")
    if cpg.exists():
        return cpg.read_text(errors="replace").strip() or None
    return None


def guess_shapefile_encoding(shp: Path) -> str | None:
    """'GBK' when an undeclared shapefile's text is GBK, else None (nothing to fix)."""
    shp = Path(shp)
    if shp.suffix.lower() not in (".shp", ".dbf") or declared_encoding(shp):
        return None
    dbf = shp.with_suffix(".dbf")
    if not dbf.exists():
        dbf = shp.with_suffix(".DBF")
    if not dbf.exists():
        return None
    sample = dbf_text_sample(dbf)
    if not sample:
        return None
    try:
        sample.decode("utf-8")
        return None
    except UnicodeDecodeError:
        pass
    try:
        sample.decode("gb18030")
        return "GBK"
    except UnicodeDecodeError:
        return None
