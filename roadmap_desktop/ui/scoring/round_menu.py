"""The Round menu: the round bar's and the phones panel's commands, from the menu bar (and
so from the keyboard anywhere in the window). Each item presses the button it stands for,
so there is one place that does the work and one that says whether it can be done now."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractButton, QMenu, QWidget

from roadmap_desktop.ui.scoring.scoring_panel import ScoringPanel


def round_menu(scoring: ScoringPanel, parent: QWidget) -> QMenu:
    translate = QCoreApplication.translate
    menu = QMenu(translate("round_menu", "&Round"), parent)
    menu.setObjectName("roundMenu")
    bar, devices = scoring.round_bar, scoring.devices
    mirrored: list[tuple[QAction, QAbstractButton]] = []

    def item(name: str, text: str, button: QAbstractButton, *, checkable: bool = False) -> None:
        action = QAction(text, menu, objectName=name, checkable=checkable)
        action.triggered.connect(lambda _checked=False: button.click())
        menu.addAction(action)
        mirrored.append((action, button))

    item("roundOpenAction", translate("round_menu", "&Open round…"), bar.open_button)
    item("roundCloseAction", translate("round_menu", "&Close round"), bar.close_button)
    item("roundReopenAction", translate("round_menu", "Re&open round"), bar.reopen_button)
    item("roundRevealAction", translate("round_menu", "Re&veal round…"), bar.reveal_button)
    item("roundTimerAction", translate("round_menu", "&Timer…"), bar.timer_button)
    menu.addSeparator()
    item(
        "devicesAction",
        translate("round_menu", "Open voting to &devices"),
        devices.switch,
        checkable=True,
    )
    item("joinCardsAction", translate("round_menu", "Print &join cards…"), devices.cards)
    item("roomWifiAction", translate("round_menu", "Room &Wi-Fi…"), devices.wifi)

    def sync() -> None:
        for action, button in mirrored:
            action.setEnabled(button.isEnabled())
            if action.isCheckable():
                action.setChecked(button.isChecked())

    menu.aboutToShow.connect(sync)
    sync()
    return menu
