"""Vendored pure-Python libraries that QGIS installers do not ship (each with its licence)."""
