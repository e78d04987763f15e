"""The questions the window asks: dialogs behind small methods that tests can replace."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
    QWizard,
)

from roadmap_desktop.ui.proposal_dialog import ProposalDialog


def choice_dialog(parent: QWidget, title: str, label: str, options: list[str]) -> QInputDialog:
    """QInputDialog.getItem's dialog, with its list named for a screen reader: Qt's own
    combo box is called only by the item it shows."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(options)
    dialog.setComboBoxEditable(False)
    for combo in dialog.findChildren(QComboBox):  # every one Qt made, shown or not yet
        combo.setAccessibleName(label.replace("&", "").rstrip(":"))
    return dialog


class Ask:
    """Every question the window asks the user, in one place that tests replace."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent

    def proposal(self, dialog: ProposalDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def text(self, title: str, label: str, value: str = "") -> str | None:
        text, ok = QInputDialog.getText(self.parent, title, label, text=value)
        return text if ok else None

    def limit(self, title: str, label: str, value: int | None) -> int | None:
        """A number of cards (0: no limit), or None when cancelled."""
        number, ok = QInputDialog.getInt(self.parent, title, label, value or 0, 0, 10_000)
        return number if ok else None

    def colour(self, title: str, current: str) -> str | None:
        colour = QColorDialog.getColor(QColor(current or "#EEF1F4"), self.parent, title)
        return colour.name() if colour.isValid() else None

    def choice(self, title: str, label: str, options: list[str]) -> int | None:
        dialog = choice_dialog(self.parent, title, label, options)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return options.index(dialog.textValue())

    def confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self.parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def wizard(self, wizard: QWizard) -> bool:
        return wizard.exec() == QDialog.DialogCode.Accepted

    def import_path(self) -> str | None:
        path, _filter = QFileDialog.getOpenFileName(
            self.parent,
            QCoreApplication.translate("Ask", "Import proposals"),
            "",
            QCoreApplication.translate(
                "Ask", "Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)"
            ),
        )
        return path or None

    def save_path(self, title: str, suggested: str, filters: str) -> str | None:
        path, _filter = QFileDialog.getSaveFileName(self.parent, title, suggested, filters)
        return path or None

    def print_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def document_dialog(self, dialog: QDialog) -> None:
        dialog.exec()

    def settings_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def round_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def wifi_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def tie_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def ballots_path(self) -> str | None:
        path, _filter = QFileDialog.getOpenFileName(
            self.parent,
            QCoreApplication.translate("Ask", "Import paper ballots"),
            "",
            QCoreApplication.translate("Ask", "Scores CSV (*.csv *.txt);;All files (*)"),
        )
        return path or None

    def import_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def store_path(self, title: str) -> str | None:
        path, _filter = QFileDialog.getOpenFileName(
            self.parent,
            title,
            "",
            QCoreApplication.translate(
                "Ask", "Roadmap Desktop stores (*.sqlite *.db *.roadmap);;All files (*)"
            ),
        )
        return path or None

    def restore_dialog(self, dialog: QDialog) -> bool:
        return dialog.exec() == QDialog.DialogCode.Accepted

    def warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self.parent, title, text)
