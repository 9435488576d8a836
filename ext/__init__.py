"""Vendored pure-Python libraries that QGIS installers do not ship (each with its licence)."""

from pathlib import Path

# XlsxWriter ships as a zip of its (import-patched) sources, found here by zipimport as the
# subpackage ext.xlsxwriter: a library we use, not code we maintain (ext/README.md).
__path__.append(str(Path(__file__).with_name("xlsxwriter.zip")))  # noqa: F821 — a package's own __path__
