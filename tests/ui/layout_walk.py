"""Finds text a user cannot read in a shown window: a label, button, check box, group box,
combo box or tab whose text needs more room than it was given (clipped), two sibling controls
drawn over each other (overlapping), a window whose smallest size does not fit a 1366×768
laptop.

Run under the pseudo language (every text 40 % longer, ui/translation.py), it finds the
layouts that would break in Spanish or Vietnamese. `problems(window)` lists what it found.
"""

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

LAPTOP = (1366, 768)
SLACK = 2  # pixels: rounding in Qt's own size hints


def describe(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, QLabel | QAbstractButton):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    return f"{type(widget).__name__}({widget.objectName() or '?'}) “{text[:50]}”"


def _showing(widget: QWidget) -> bool:
    return widget.isVisible() and not widget.visibleRegion().isEmpty()


def _label_problem(label: QLabel) -> str | None:
    text = label.text()
    if not text.strip() or (label.pixmap() is not None and not label.pixmap().isNull()):
        return None
    room = label.contentsRect().adjusted(label.margin(), 0, -label.margin(), 0)
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and "<" in text and ">" in text
    )
    if label.wordWrap():
        needed = label.heightForWidth(label.width())
        if needed > label.height() + SLACK:
            return f"needs {needed} px of height, has {label.height()}"
        return None
    if rich:
        document = QTextDocument()
        document.setDefaultFont(label.font())
        document.setHtml(text)
        document.setDocumentMargin(0)
        width = round(document.idealWidth())
    else:
        metrics = label.fontMetrics()
        if label.buddy() is not None:  # the mnemonic's & is not drawn
            text = re.sub(r"&(.)", r"\1", text)
        width = max(metrics.horizontalAdvance(line) for line in text.split("\n"))
    if width > room.width() + SLACK:
        return f"needs {width} px, has {room.width()}"
    return None


def _button_problem(button: QAbstractButton) -> str | None:
    if not button.text().strip():
        return None
    if (
        isinstance(button, QToolButton)
        and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    ):
        return None
    hint = button.minimumSizeHint() if isinstance(button, QPushButton) else button.sizeHint()
    if isinstance(button, QCheckBox | QRadioButton | QPushButton | QToolButton) and (
        button.width() + SLACK < hint.width()
    ):
        return f"needs {hint.width()} px, has {button.width()}"
    return None


def _combo_problem(combo: QComboBox) -> str | None:
    """The current item's text wider than the field that shows it (an editable combo box
    scrolls its text: not clipped)."""
    if combo.isEditable() or not combo.currentText().strip():
        return None
    if combo.toolTip() == combo.currentText():  # the whole text is a hover away, by design
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    needed = combo.fontMetrics().horizontalAdvance(combo.currentText())
    if not combo.itemIcon(combo.currentIndex()).isNull():
        needed += combo.iconSize().width() + 4
    if needed > field.width() + SLACK:
        return f"needs {needed} px, has {field.width()}"
    return None


def _tabs_problem(bar: QTabBar) -> list[str]:
    found = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        needed, given = bar.tabSizeHint(index).width(), bar.tabRect(index).width()
        if bar.elideMode() != Qt.TextElideMode.ElideNone and given + SLACK < needed:
            found.append(f"tab “{bar.tabText(index)[:50]}” needs {needed} px, has {given}")
    return found


TEXTUAL = (QLabel, QAbstractButton, QLineEdit, QComboBox, QGroupBox)


def _overlaps(parent: QWidget) -> list[str]:
    children = [
        c
        for c in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if isinstance(c, TEXTUAL) and c.isVisible() and not c.isWindow()
    ]
    found = []
    for i, a in enumerate(children):
        for b in children[i + 1 :]:
            both: QRect = a.geometry().intersected(b.geometry())
            if both.width() > SLACK and both.height() > SLACK:
                found.append(f"{describe(a)} and {describe(b)} overlap")
    return found


def problems(window: QWidget) -> list[str]:
    """Every clipped text, overlap and oversize in the window as shown (children in hidden
    tabs or pages are not looked at: show each page to check it)."""
    found: list[str] = []
    minimum = window.minimumSizeHint()
    if minimum.width() > LAPTOP[0] or minimum.height() > LAPTOP[1]:
        found.append(f"{describe(window)} needs at least {minimum.width()}×{minimum.height()}")
    for widget in [window, *window.findChildren(QWidget)]:
        if widget.window() is not window or not _showing(widget):
            continue
        problem: str | None = None
        if isinstance(widget, QLabel):
            problem = _label_problem(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button_problem(widget)
        elif isinstance(widget, QGroupBox) and widget.title():
            if widget.width() + SLACK < widget.minimumSizeHint().width():
                problem = f"needs {widget.minimumSizeHint().width()} px, has {widget.width()}"
        elif isinstance(widget, QComboBox):
            problem = _combo_problem(widget)
        elif isinstance(widget, QTabBar):
            found.extend(f"{describe(widget)}: {p}" for p in _tabs_problem(widget))
        if problem is not None:
            found.append(f"{describe(widget)} is clipped: {problem}")
        found.extend(_overlaps(widget))
    return found
