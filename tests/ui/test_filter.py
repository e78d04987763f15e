"""Filtering the board: which cards match, dimming or hiding the rest, and the filter bar."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from roadmap_desktop.services.views import CategoryView, DomainView, ProposalView
from roadmap_desktop.ui.board.card_context import CardContext
from roadmap_desktop.ui.board.card_filter import CardFilter, apply_filter, fold
from roadmap_desktop.ui.board.filter_bar import FilterBar
from roadmap_desktop.ui.main_window import MainWindow

SAFE, INCLUSIVE = DomainView(1, "Safe", "#0072B2"), DomainView(2, "Inclusive", "#E69F00")
PILOT = CategoryView(10, "Strategy / demonstration / pilot", 13)
SCALE = CategoryView(11, "Implementation at scale", 7)
CONTEXT = CardContext(domains={1: SAFE, 2: INCLUSIVE}, categories={10: PILOT, 11: SCALE})


def card(
    id: int,
    title: str,
    summary: str = "",
    department: str = "",
    domain: int | None = None,
    category: int | None = None,
) -> ProposalView:
    return ProposalView(id, 1, id, title, summary, department, domain, category, None, "", False)


COUNTER = card(1, "Ventanilla única: one-stop permit counter en español", "", "Planning", 2, 11)
LIBRARY = card(2, "Thư viện lưu động — mobile library stops", "Weekly stops", "Library", 2, 10)
LIGHTS = card(3, "Smart streetlights", "Dim when empty; report outages", "Transportation", 1, 10)
BARE = card(4, "Open data portal")
CARDS = (COUNTER, LIBRARY, LIGHTS, BARE)


def matching(card_filter: CardFilter) -> set[int]:
    return {c.id for c in CARDS if card_filter.matches(c, CONTEXT)}


# -- matching -----------------------------------------------------------------------------


def test_fold_drops_case_and_accents():
    assert fold("Thư viện lưu động") == "thu vien luu dong"
    assert fold("ESPAÑOL Ünica Straße") == "espanol unica strasse"
    assert fold("plain ascii") == "plain ascii"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("espanol", {1}),
        ("ESPAÑOL", {1}),
        ("thu vien", {2}),
        ("THƯ VIỆN", {2}),
        ("luu dong", {2}),  # đ has no decomposition: folded by hand
        ("unica", {1}),
    ],
)
def test_text_ignores_case_and_accents(text: str, expected: set[int]):
    assert matching(CardFilter(text=text)) == expected


def test_text_looks_in_summary_department_domain_and_category():
    assert matching(CardFilter(text="outages")) == {3}
    assert matching(CardFilter(text="library")) == {2}  # title and department
    assert matching(CardFilter(text="transportation")) == {3}
    assert matching(CardFilter(text="safe")) == {3}
    assert matching(CardFilter(text="inclusive")) == {1, 2}
    assert matching(CardFilter(text="at scale")) == {1}
    assert matching(CardFilter(text="nowhere to be found")) == set()


def test_every_word_must_appear_in_any_order():
    assert matching(CardFilter(text="español counter")) == {1}
    assert matching(CardFilter(text="stops  weekly")) == {2}
    assert matching(CardFilter(text="streetlights library")) == set()


def test_every_given_criterion_must_hold():
    assert matching(CardFilter(domain_id=2)) == {1, 2}
    assert matching(CardFilter(category_id=10)) == {2, 3}
    assert matching(CardFilter(domain_id=2, category_id=10)) == {2}
    assert matching(CardFilter(department="Library")) == {2}
    assert matching(CardFilter(department="library")) == {2}
    assert matching(CardFilter(text="español", category_id=10)) == set()
    assert matching(CardFilter(text="stops", domain_id=2, department="Library")) == {2}


def test_an_empty_filter_matches_every_card():
    assert CardFilter().is_empty
    assert CardFilter(text="   ").is_empty
    assert not CardFilter(text="x").is_empty
    assert not CardFilter(domain_id=1).is_empty
    assert not CardFilter(department="Fire").is_empty
    assert matching(CardFilter()) == {1, 2, 3, 4}
    assert matching(CardFilter(text="  ")) == {1, 2, 3, 4}


# -- on the board -------------------------------------------------------------------------


def board_cards(window: MainWindow) -> list[ProposalView]:
    return [c for v in window.board_widget.views for c in v.lane_model.cards()]


def hidden_ids(window: MainWindow) -> set[int]:
    return {
        c.id
        for v in window.board_widget.views
        for row, c in enumerate(v.lane_model.cards())
        if v.isRowHidden(row)
    }


def filter_bar(window: MainWindow, qtbot) -> FilterBar:
    """A filter bar on the window's board, wired the way the board uses it."""
    board = window.board_widget
    bar = FilterBar()
    qtbot.addWidget(bar)
    context = board.context
    departments = [c.department for c in board_cards(window)]
    bar.set_choices(list(context.domains.values()), list(context.categories.values()), departments)

    def run(card_filter: CardFilter, hide: bool) -> None:
        matches, total = apply_filter(board.views, board.delegate, card_filter, hide=hide)
        bar.show_count(matches, total, not card_filter.is_empty)

    bar.changed.connect(run)
    return bar


def domain_named(window: MainWindow, name: str) -> DomainView:
    return next(d for d in window.board_widget.context.domains.values() if d.name == name)


def test_choices_come_from_the_board(window: MainWindow, qtbot):
    bar = filter_bar(window, qtbot)
    domains = [bar.domain.itemText(i) for i in range(bar.domain.count())]
    assert domains[0] == "All domains"
    assert domains[1:] == ["Safe", "Inclusive", "User-friendly", "Sustainable", "Demonstration"]
    assert bar.domain.itemData(1) == domain_named(window, "Safe").id
    assert bar.category.itemText(0) == "All categories"
    assert bar.category.count() == 1 + len(window.board_widget.context.categories)
    departments = [bar.department.itemText(i) for i in range(1, bar.department.count())]
    assert departments == sorted({c.department for c in board_cards(window)})
    assert bar.department.itemText(0) == "All departments"
    assert bar.current() == (CardFilter(), False)


def test_set_choices_keeps_a_choice_still_offered(window: MainWindow, qtbot):
    bar = filter_bar(window, qtbot)
    context = window.board_widget.context
    domains, categories = list(context.domains.values()), list(context.categories.values())
    bar.domain.setCurrentIndex(bar.domain.findText("Inclusive"))
    bar.department.setCurrentIndex(bar.department.findText("Library"))
    emitted = []
    bar.changed.connect(lambda f, hide: emitted.append(f))
    bar.set_choices(domains[::-1], categories, ["Library", "Fire"])
    assert bar.domain.currentText() == "Inclusive"
    assert bar.department.currentText() == "Library"
    assert emitted == []  # nothing changed
    bar.set_choices(domains, categories, ["Fire"])
    assert bar.department.currentText() == "All departments"
    assert emitted == [CardFilter(domain_id=domain_named(window, "Inclusive").id)]


def test_a_filter_dims_the_cards_that_do_not_match(window: MainWindow, qtbot):
    bar = filter_bar(window, qtbot)
    safe = domain_named(window, "Safe")
    bar.domain.setCurrentIndex(bar.domain.findData(safe.id))
    cards = board_cards(window)
    others = {c.id for c in cards if c.domain_id != safe.id}
    assert others and len(others) < len(cards)
    assert window.board_widget.delegate.dimmed == others
    assert hidden_ids(window) == set()
    count = len(cards) - len(others)
    assert bar.count.text() == f"{count} of {len(cards)} proposals match"

    bar.clear()
    assert window.board_widget.delegate.dimmed == set()
    assert bar.count.text() == ""


def test_hiding_hides_rows_and_clearing_shows_them_again(window: MainWindow, qtbot):
    bar = filter_bar(window, qtbot)
    board = window.board_widget
    cards = board_cards(window)
    bar.department.setCurrentIndex(bar.department.findText("Library"))
    library = {c.id for c in cards if c.department == "Library"}
    assert len(library) == 2
    bar.hide_box.setChecked(True)
    assert hidden_ids(window) == {c.id for c in cards} - library
    assert board.delegate.dimmed == set()
    assert bar.count.text() == f"2 of {len(cards)} proposals match"

    bar.hide_box.setChecked(False)  # back to dimming: every row shows
    assert hidden_ids(window) == set()
    assert board.delegate.dimmed == {c.id for c in cards} - library

    bar.hide_box.setChecked(True)
    bar.clear()
    assert bar.hide_box.isChecked()
    assert hidden_ids(window) == set()
    assert board.delegate.dimmed == set()


def test_apply_filter_counts_and_finds_accented_titles(window: MainWindow):
    board = window.board_widget
    cards = board_cards(window)
    matches, total = apply_filter(board.views, board.delegate, CardFilter("espanol"), hide=True)
    shown = {c.title for c in cards if c.id not in hidden_ids(window)}
    assert "Ventanilla única: one-stop permit counter en español" in shown
    assert (matches, total) == (len(shown), len(cards))
    matches, _ = apply_filter(board.views, board.delegate, CardFilter("thu vien"), hide=True)
    shown = {c.title for c in cards if c.id not in hidden_ids(window)}
    assert shown == {"Thư viện lưu động — mobile library stops"}
    assert matches == 1
    assert apply_filter(board.views, board.delegate, CardFilter(), hide=True) == (total, total)
    assert hidden_ids(window) == set()


def test_typing_emits_once_after_a_pause(window: MainWindow, qtbot):
    bar = filter_bar(window, qtbot)
    emitted = []
    bar.changed.connect(lambda f, hide: emitted.append((f, hide)))
    qtbot.keyClicks(bar.search, "espanol")
    assert emitted == []  # debounced: nothing while typing
    with qtbot.waitSignal(bar.changed, timeout=20_000) as blocker:
        pass
    assert blocker.args == [CardFilter(text="espanol"), False]
    assert emitted == [(CardFilter(text="espanol"), False)]
    assert bar.count.text().endswith("proposals match")


def test_choices_and_the_hide_box_emit_at_once(qtbot):
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.set_choices([SAFE, INCLUSIVE], [PILOT, SCALE], ["Library", "Fire", "Library", ""])
    assert [bar.department.itemText(i) for i in range(bar.department.count())] == [
        "All departments",
        "Fire",
        "Library",
    ]
    emitted = []
    bar.changed.connect(lambda f, hide: emitted.append((f, hide)))
    bar.category.setCurrentIndex(bar.category.findData(PILOT.id))
    assert emitted == [(CardFilter(category_id=PILOT.id), False)]
    bar.hide_box.setChecked(True)
    assert emitted[-1] == (CardFilter(category_id=PILOT.id), True)
    bar.department.setCurrentIndex(bar.department.findText("Fire"))
    assert emitted[-1] == (CardFilter(category_id=PILOT.id, department="Fire"), True)
    assert len(emitted) == 3


def test_escape_clears_the_search_at_once(qtbot):
    bar = FilterBar()
    qtbot.addWidget(bar)
    with qtbot.waitSignal(bar.changed, timeout=20_000):
        qtbot.keyClicks(bar.search, "library")
    emitted = []
    bar.changed.connect(lambda f, hide: emitted.append(f))
    qtbot.keyClick(bar.search, Qt.Key.Key_Escape)
    assert bar.search.text() == ""
    assert emitted == [CardFilter()]


def test_focus_search_and_show_count(qtbot):
    bar = FilterBar()
    qtbot.addWidget(bar)
    bar.search.setText("pilot")
    bar.focus_search()
    assert bar.focusWidget() is bar.search
    assert bar.search.selectedText() == "pilot"
    bar.show_count(12, 36, True)
    assert bar.count.text() == "12 of 36 proposals match"
    bar.show_count(1, 36, True)
    assert bar.count.text() == "1 of 36 proposals matches"
    bar.show_count(36, 36, False)
    assert bar.count.text() == ""


def test_every_part_of_the_bar_is_named(qtbot):
    bar = FilterBar()
    qtbot.addWidget(bar)
    assert bar.objectName() == "filterBar"
    names = ["filterText", "filterDomain", "filterCategory", "filterDepartment", "filterHide"]
    for name in [*names, "filterCount"]:
        widget = bar.findChild(QWidget, name)
        assert widget is not None, name
        assert widget.accessibleName(), name
    assert bar.search.placeholderText() == "Search proposals (Ctrl+F)"
    assert bar.search.isClearButtonEnabled()
    assert bar.domain.itemText(0) == "All domains"
    assert bar.hide_box.isCheckable()
