"""Where the plugin's shipped files are."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
ICON = RESOURCES / "icons" / "land_balance.svg"
MODELS = RESOURCES / "models"
STYLES = RESOURCES / "styles"
