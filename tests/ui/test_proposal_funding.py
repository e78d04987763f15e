"""Must-fund, must-not and dependencies between proposals, edited in the proposal editor and
shown on the card: each edit one undoable step; the card's mark fits at every density and
lane width, and its tooltip names the dependencies."""

import itertools

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QListWidget, QPushButton

from roadmap_desktop.services import Services
from roadmap_desktop.services.views import CategoryView, DomainView, ProposalView
from roadmap_desktop.ui.board.card_layout import DENSITIES, CardType, lay_out_card
from roadmap_desktop.ui.main_window import MainWindow
from roadmap_desktop.ui.proposal_dialog import ProposalDialog
from tests.ui import accessibility_walk
from tests.ui.test_board_actions import select, trigger
from tests.ui.test_card_layout import BADGES, WIDTHS, check_layout


def first_card(window: MainWindow, lane: int = 0) -> ProposalView:
    return window.board_widget.views[lane].lane_model.cards()[0]


def card_now(window: MainWindow, proposal_id: int) -> ProposalView:
    """The card as the board shows it now (the board reloads on a committed change)."""
    return window.board_widget.card_index(proposal_id).data(Qt.ItemDataRole.UserRole + 1)


def marks(window: MainWindow, proposal_id: int) -> list[str]:
    """The budget mark's text as the board's delegate lays the card out."""
    board = window.board_widget
    card = card_now(window, proposal_id)
    layout = board.delegate.layout(card, QRectF(0, 0, 262, 120), board.font())
    return [p.text for p in layout.pieces if p.role == "funding"]


def editor(window: MainWindow, services: Services, card: ProposalView) -> ProposalDialog:
    """The editor of an existing card, with the window's services and history."""
    workshop = window.current_workshop()
    assert workshop is not None
    cards = [c for v in window.board_widget.views for c in v.lane_model.cards()]
    return ProposalDialog(
        services.workshop(workshop),
        [],
        card,
        None,
        window,
        services=services,
        undo_stack=window.undo_stack,
        report=window.board_widget.message.emit,
        proposals=cards,
    )


def choose(combo: QComboBox, data: object) -> None:
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)


def test_must_fund_chosen_in_the_editor_marks_the_card_and_undoes(
    window: MainWindow, services: Services, monkeypatch
):
    select(window, 0, 0)
    card = first_card(window)
    assert card.funding == "" and marks(window, card.id) == []

    def fill(dialog: ProposalDialog) -> bool:
        combo = dialog.findChild(QComboBox, "proposalFunding")
        assert combo.accessibleName() == "Under a budget"
        choose(combo, "must")
        dialog.accept()
        return dialog.result() == ProposalDialog.DialogCode.Accepted

    monkeypatch.setattr(window.ask, "proposal", fill)
    trigger(window, "editProposal")
    assert services.proposal(card.id).funding == "must"
    assert marks(window, card.id) == ["Must fund"]
    tooltip = window.board_widget.card_index(card.id).data(Qt.ItemDataRole.ToolTipRole)
    assert "Always funded under a budget" in tooltip
    described = window.board_widget.card_index(card.id).data(
        Qt.ItemDataRole.AccessibleDescriptionRole
    )
    assert "Always funded under a budget" in described
    window.undo_stack.undo()
    assert services.proposal(card.id).funding == ""
    assert marks(window, card.id) == []
    window.undo_stack.redo()
    assert services.proposal(card.id).funding == "must"


def test_must_not_fund_shows_on_the_card(window: MainWindow, services: Services):
    card = first_card(window, 1)
    services.update_proposal(card.id, funding="never")
    assert marks(window, card.id) == ["Must not fund"]
    dialog = editor(window, services, card_now(window, card.id))
    assert dialog.funding.currentData() == "never"
    dialog.deleteLater()


def test_a_new_proposal_has_no_budget_rule_to_give(window: MainWindow, services: Services):
    """ProposalSpec carries no funding: the editor of a new card leaves it out."""
    workshop = window.current_workshop()
    assert workshop is not None
    dialog = ProposalDialog(services.workshop(workshop), [])
    dialog.title.setText("Bike lanes")
    assert "funding" not in dialog.values()
    assert dialog.links is None
    dialog.deleteLater()


def test_adding_a_dependency_is_one_step_and_shows_in_the_tooltip(
    window: MainWindow, services: Services
):
    card = first_card(window)
    other = first_card(window, 1)
    dialog = editor(window, services, card)
    links = dialog.findChild(QListWidget, "proposalLinks")
    assert [links.item(i).text() for i in range(links.count())] == ["No dependencies"]
    choose(dialog.findChild(QComboBox, "proposalLinkKind"), "needs")
    choose(dialog.findChild(QComboBox, "proposalLinkOther"), other.id)
    dialog.findChild(QPushButton, "proposalLinkAdd").click()
    workshop = window.current_workshop()
    assert workshop is not None
    assert [(x.proposal_id, x.other_id, x.kind) for x in services.links(workshop)] == [
        (card.id, other.id, "needs")
    ]
    assert links.item(0).text() == f"Needs: {other.title}"
    # The history names both ("“Drone first responders…” needs “…”").
    assert " needs “" in window.undo_stack.undoText()
    assert window.undo_stack.undoText().startswith("“" + card.title[:15])
    tooltip = window.board_widget.card_index(card.id).data(Qt.ItemDataRole.ToolTipRole)
    assert f"Needs: “{other.title}”" in tooltip
    back = window.board_widget.card_index(other.id).data(Qt.ItemDataRole.ToolTipRole)
    assert f"Needed by: “{card.title}”" in back
    dialog.deleteLater()

    window.undo_stack.undo()
    assert services.links(workshop) == []
    assert "Needs:" not in window.board_widget.card_index(card.id).data(Qt.ItemDataRole.ToolTipRole)
    window.undo_stack.redo()
    assert [x.kind for x in services.links(workshop)] == ["needs"]


def test_changing_the_kind_undoes_to_the_old_kind_and_removal_undoes(
    window: MainWindow, services: Services
):
    workshop = window.current_workshop()
    assert workshop is not None
    card, other = first_card(window), first_card(window, 1)
    dialog = editor(window, services, card)
    kind = dialog.findChild(QComboBox, "proposalLinkKind")
    choose(dialog.findChild(QComboBox, "proposalLinkOther"), other.id)
    add = dialog.findChild(QPushButton, "proposalLinkAdd")
    choose(kind, "needs")
    add.click()
    choose(kind, "excludes")
    add.click()
    assert [x.kind for x in services.links(workshop)] == ["excludes"]
    add.click()  # the same again: said, not recorded
    assert dialog.findChild(QLabel, "proposalLinkProblem").text() == (
        "That dependency is already there."
    )
    assert window.undo_stack.count() == 2
    window.undo_stack.undo()
    assert [x.kind for x in services.links(workshop)] == ["needs"]
    window.undo_stack.redo()

    links = dialog.findChild(QListWidget, "proposalLinks")
    dialog.links.reload()
    assert links.item(0).text() == f"Excludes: {other.title}"
    links.setCurrentRow(0)
    dialog.findChild(QPushButton, "proposalLinkRemove").click()
    assert services.links(workshop) == []
    assert window.undo_stack.undoText().startswith("Remove the dependency between")
    window.undo_stack.undo()
    assert [x.kind for x in services.links(workshop)] == ["excludes"]
    dialog.deleteLater()


def test_an_undo_refused_when_someone_changed_the_link_since(
    window: MainWindow, services: Services
):
    workshop = window.current_workshop()
    assert workshop is not None
    card, other = first_card(window), first_card(window, 1)
    dialog = editor(window, services, card)
    choose(dialog.findChild(QComboBox, "proposalLinkOther"), other.id)
    choose(dialog.findChild(QComboBox, "proposalLinkKind"), "needs")
    dialog.findChild(QPushButton, "proposalLinkAdd").click()
    dialog.deleteLater()
    services.link_proposals(card.id, other.id, "excludes")  # another laptop
    said: list[str] = []
    window.board_widget.message.connect(said.append)
    window.undo_stack.undo()
    assert [x.kind for x in services.links(workshop)] == ["excludes"]  # theirs stays
    assert said and "someone else" in said[-1]


def test_the_editor_is_reachable_and_named(window: MainWindow, services: Services, qtbot):
    dialog = editor(window, services, first_card(window))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    accessibility_walk.check(dialog, at_least=10)
    # Every mnemonic of the form is its own letter.
    letters = [
        label.text().lower().split("&")[1][0]
        for label in dialog.findChildren(QLabel)
        if "&" in label.text()
    ]
    assert len(letters) == len(set(letters)), letters
    dialog.close()


@pytest.mark.parametrize("density", sorted(DENSITIES))
def test_the_budget_mark_fits_every_density_and_width(qapp, density):
    kind = CardType.make(QApplication.font(), DENSITIES[density], 1.0)
    height = kind.card_height()
    domain = DomainView(1, "User-friendly", "#56B4E9", "Friendly")
    category = CategoryView(1, "Strategy / demonstration / pilot", 13, "Pilot")
    for funding, width, badge, parts in itertools.product(
        ("must", "never"), WIDTHS, BADGES, ((domain, category), (None, None), (domain, None))
    ):
        card = ProposalView(
            1, 1, 1, "Digital permitting for small businesses", "", "Economic Development",
            1, 1, None, "", False, funding,
        )  # fmt: skip
        layout = lay_out_card(
            card,
            kind,
            QRectF(0, 0, width, height),
            domain=parts[0],
            category=parts[1],
            badge=badge,
        )
        check_layout(layout, min_pt=18.0 if density == "large" else 0.0)
        shown = [p.text for p in layout.pieces if p.role == "funding"]
        # At 1366×768 (lanes of 230 to 341 px) a normal card always says its rule.
        if density == "normal" and width >= 230:
            assert shown and shown[0] in ("Must fund", "Must not fund", "Must not"), (
                funding,
                width,
            )
