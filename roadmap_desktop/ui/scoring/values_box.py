"""The Score tab's "Show entered values" box: it asks before it shows the values of a round
that is not revealed (the laptop may be on the projector), and is turned off again when the
presenter window opens."""

from collections.abc import Callable

from PySide6.QtWidgets import QCheckBox, QWidget

from roadmap_desktop.ui.ask import Ask


class EnteredValuesBox(QCheckBox):
    """A check box that turns on (by click, key or mnemonic) only once the user confirms
    while `sealed()` says the round on show is not revealed; setChecked is not asked."""

    def __init__(self, ask: Ask, sealed: Callable[[], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self.setText(self.tr("&Show entered values"))
        self.setObjectName("showEnteredValues")
        self.setAccessibleName(self.tr("Show entered values"))
        self.setToolTip(
            self.tr(
                "Off: entered scores show as ✓, so nothing leaks on the projector before the reveal"
            )
        )
        self.ask, self.sealed = ask, sealed

    def nextCheckState(self) -> None:  # Qt override: what a click does
        asking = not self.isChecked() and self.sealed()
        question = self.tr(
            "Directors' entries will be visible on this screen, and on the projector if it "
            "shows this screen. Show the entered values?"
        )
        if asking and not self.ask.confirm(self.tr("Show entered values?"), question):
            return
        super().nextCheckState()

    def conceal(self) -> None:
        """Back to ✓ (no question)."""
        self.setChecked(False)
