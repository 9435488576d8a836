"""Settings dialog: the folder of the county's own rule packs."""

from __future__ import annotations

from qgis.gui import QgsFileWidget
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from ..i18n import tr
from ..settings import set_user_packs_dir, user_packs_dir


class SettingsDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(tr("Land Balance settings"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.folder = QgsFileWidget(self)
        self.folder.setStorageMode(QgsFileWidget.GetDirectory)
        self.folder.setFilePath(user_packs_dir())
        form.addRow(tr("User rule-pack folder"), self.folder)
        layout.addLayout(form)
        hint = QLabel(tr("Copy a built-in pack (.toml) into this folder and edit its numbers: a pack with "
                         "the same id replaces the built-in one, a new id adds a programme."), self)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self):
        set_user_packs_dir(self.folder.filePath())
        super().accept()
