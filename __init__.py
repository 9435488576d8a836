"""Land Balance (占补平衡): a QGIS plugin for county land-balance programmes."""

MISSING_HINTS = {
    "numpy": "numpy (Debian/Ubuntu: apt install python3-numpy; Windows: OSGeo4W python3-numpy)",
}


def missing_dependencies() -> list:
    """Python modules the plugin needs that this QGIS does not have, with install hints."""
    import importlib.util

    return [hint for module, hint in MISSING_HINTS.items() if importlib.util.find_spec(module) is None]


def classFactory(iface):  # noqa: N802 (QGIS's name)
    missing = missing_dependencies()
    if missing:
        from .missing import MissingDependencies

        return MissingDependencies(iface, missing)
    from .plugin import LandBalancePlugin

    return LandBalancePlugin(iface)
