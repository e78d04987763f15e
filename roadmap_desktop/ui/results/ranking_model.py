"""The ranking of one revealed round as a table: a read-only Qt model over Results, a proxy that
sorts by numbers (not by their text) and always puts empty cells last, and the delegate that
draws the cut line."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from roadmap_desktop.domain.ranking import tiers
from roadmap_desktop.domain.scoring import ProposalScore
from roadmap_desktop.services.views import DomainView, ResultRow, Results
from roadmap_desktop.ui import theme
from roadmap_desktop.ui.board.card_context import SHAPES
from roadmap_desktop.ui.board.card_delegate import draw_shape

Index = QModelIndex | QPersistentModelIndex

SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # numbers as numbers, text casefolded, None: empty
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # the proposal's id
CUT_ROLE = Qt.ItemDataRole.UserRole + 3  # True on the last row above a top-N cut line

(RANK, PROPOSAL, DOMAIN, CATEGORY, SCORE, N, SPREAD, DISCUSS, ROADMAP, TIER) = range(10)
FIXED = 10  # the columns before the criteria means
NUMERIC = frozenset({RANK, SCORE, N, SPREAD})


@dataclass(frozen=True)
class CutMarks:
    """What the cut line selects, as the table shows it.

    Attributes:
        selected: proposal ids above the line, in rank order.
        tied: proposals on either side of the line that share the last place's rank.
        line_after: the proposal under which the line is drawn (top N only; quotas select
            rows spread through the ranking, so no single line separates them).
    """

    selected: tuple[int, ...] = ()
    tied: frozenset[int] = frozenset()
    line_after: int | None = None


def scores_of(rows: Iterable[ResultRow]) -> list[ProposalScore]:
    """Result rows as the domain's scoring results, so its rules (tiers, most divided) apply
    to what is on screen without asking the store again."""
    return [ProposalScore(r.proposal_id, r.score, r.n, r.spread, r.discuss) for r in rows]


def domain_icon(shape: str, colour: str, size: int = 14) -> QIcon:
    """The board's domain mark (a small shape in the domain's colour) as an icon."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    draw_shape(painter, shape, QPointF(size / 2, size / 2), size * 0.36, QColor(colour))
    painter.end()
    return QIcon(pixmap)


class RankingModel(QAbstractTableModel):
    """Rows of a revealed round in rank order; one column per criterion mean after the fixed
    ones. Holds no values before set_results is given a revealed round's Results.

    Attributes:
        criteria: the criteria names of the shown results, in column order.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[ResultRow, ...] = ()
        self.criteria: tuple[str, ...] = ()
        self._icons: dict[int | str, QIcon] = {}  # by domain id, and by name
        self.cut = CutMarks()
        self.thresholds: tuple[float, ...] = ()
        self._tiers: dict[int, int | None] = {}
        self._locale = QLocale()  # the window's language: 4.25, or 4,25
        self.headers = (
            self.tr("Rank"),
            self.tr("Proposal"),
            self.tr("Domain"),
            self.tr("Category"),
            self.tr("Score"),
            #: The column of how many directors scored a proposal (a statistician's "n").
            self.tr("n"),
            self.tr("Spread"),
            self.tr("Discuss"),
            self.tr("Roadmap"),
            self.tr("Tier"),
        )
        # Read once: data() runs for every cell painted.
        self._discuss, self._tie, self._tier = (
            self.tr("discuss"),
            self.tr("tie"),
            self.tr("Tier {number}"),
        )
        #: A proposal above the cut line that ties with one below it.
        self._selected_tie, self._empty = self.tr("✓ tie"), self.tr("empty")
        self.tips = {
            RANK: self.tr("Shared by ties (1, 2, 2, 4); unscored proposals have no rank"),
            SCORE: self.tr("Mean of the directors' weighted scores"),
            N: self.tr("How many directors scored the proposal"),
            SPREAD: self.tr("Population standard deviation of the directors' scores"),
            DISCUSS: self.tr("Spread above the workshop's threshold: the room is divided"),
            ROADMAP: self.tr(
                "✓ above the cut line; tie: shares a rank with the last place above it"
            ),
            TIER: self.tr(
                "Tier by score: tier 1 at or above the first threshold, tier 2 at or above the "
                "second, tier 3 the rest"
            ),
        }

    # -- contents -----------------------------------------------------------------------

    def set_results(self, results: Results | None, domains: Sequence[DomainView] = ()) -> None:
        """Shows a revealed round's ranking (None: nothing at all)."""
        self.beginResetModel()
        self._rows = results.rows if results is not None else ()
        self.criteria = tuple(c.name for c in results.criteria) if results is not None else ()
        self._icons = {}
        for i, d in enumerate(domains):
            icon = domain_icon(SHAPES[i % len(SHAPES)], d.color)
            self._icons[d.id] = self._icons.setdefault(d.name, icon)
        self.cut = CutMarks()
        self._retier()
        self.endResetModel()

    def set_cut(self, cut: CutMarks) -> None:
        self.cut = cut
        self._changed_columns((RANK, PROPOSAL, ROADMAP))

    def set_tiers(self, thresholds: Iterable[float]) -> None:
        """Tiers by score (domain.ranking.tiers): with thresholds 4.0 and 3.5, tier 1 is
        ≥ 4.0, tier 2 ≥ 3.5 and tier 3 the rest; no thresholds, no tiers."""
        self.thresholds = tuple(thresholds)
        self._retier()
        self._changed_columns((TIER,))

    def _retier(self) -> None:
        found = tiers(scores_of(self._rows), self.thresholds) if self.thresholds else {}
        self._tiers = {pid: None if t is None else t + 1 for pid, t in found.items()}

    def tier(self, proposal_id: int) -> int | None:
        """1 for the best tier, 2 for the next, …; None without tiers or a score."""
        return self._tiers.get(proposal_id)

    def _changed_columns(self, columns: Sequence[int]) -> None:
        if self._rows:
            last = self.rowCount() - 1
            for column in columns:
                self.dataChanged.emit(self.index(0, column), self.index(last, column))

    def rows(self) -> tuple[ResultRow, ...]:
        return self._rows

    def row_of(self, proposal_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.proposal_id == proposal_id), -1)

    # -- Qt's model interface -------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008  (Qt's signature)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else FIXED + len(self.criteria)

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section < FIXED:
                return self.headers[section]
            return self.criteria[section - FIXED]
        if role == Qt.ItemDataRole.ToolTipRole:
            if section < FIXED:
                return self.tips.get(section)
            return self.tr("Mean of {criterion} scores").format(
                criterion=self.criteria[section - FIXED]
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and self._numeric(section):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def _numeric(self, column: int) -> bool:
        return column in NUMERIC or column >= FIXED

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], index.column()
        if not 0 <= column < self.columnCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == SORT_ROLE:
            return self._sort_key(row, column)
        if role == ID_ROLE:
            return row.proposal_id
        if role == CUT_ROLE:
            return row.proposal_id == self.cut.line_after
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = (
                Qt.AlignmentFlag.AlignRight
                if self._numeric(column)
                else Qt.AlignmentFlag.AlignCenter
                if column == ROADMAP
                else Qt.AlignmentFlag.AlignLeft
            )
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.DecorationRole and column == DOMAIN:
            icon = self._icons.get(row.domain_id) if row.domain_id is not None else None
            return icon or self._icons.get(row.domain)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == ROADMAP and row.proposal_id in self.cut.tied:
                return QColor(theme.WARNING)
            if column == DISCUSS and row.discuss:
                return QColor(theme.WARNING)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._text(row, column) or self._empty
        return None

    def _two(self, value: float | None) -> str:
        return "" if value is None else self._locale.toString(float(value), "f", 2)

    def _text(self, row: ResultRow, column: int) -> str:
        if column == RANK:
            return "" if row.rank is None else str(row.rank)
        if column == PROPOSAL:
            return row.title
        if column == DOMAIN:
            return row.domain
        if column == CATEGORY:
            return row.category
        if column == SCORE:
            return self._two(row.score)
        if column == N:
            return str(row.n)
        if column == SPREAD:
            return self._two(row.spread)
        if column == DISCUSS:
            return self._discuss if row.discuss else ""
        if column == ROADMAP:
            selected = row.proposal_id in self.cut.selected
            if row.proposal_id in self.cut.tied:
                return self._selected_tie if selected else self._tie
            return "✓" if selected else ""
        if column == TIER:
            tier = self._tiers.get(row.proposal_id)
            return "" if tier is None else self._tier.format(number=tier)
        return self._two(row.criterion_means[column - FIXED])

    def _sort_key(self, row: ResultRow, column: int) -> object:
        if column == RANK:
            return row.rank
        if column in (PROPOSAL, DOMAIN, CATEGORY):
            text = {PROPOSAL: row.title, DOMAIN: row.domain, CATEGORY: row.category}[column]
            return text.casefold() or None
        if column == SCORE:
            return row.score
        if column == N:
            return row.n
        if column == SPREAD:
            return row.spread
        if column == DISCUSS:
            return 1 if row.discuss else 0
        if column == ROADMAP:
            selected = row.proposal_id in self.cut.selected
            return 0 if selected else 1 if row.proposal_id in self.cut.tied else 2
        if column == TIER:
            return self._tiers.get(row.proposal_id)
        return row.criterion_means[column - FIXED]

    def _tooltip(self, row: ResultRow, column: int) -> str | None:
        if column == PROPOSAL:
            return row.title
        if column == DISCUSS and row.discuss:
            return self.tr("The directors' scores are spread widely: discuss before deciding")
        if column == ROADMAP:
            if row.proposal_id in self.cut.tied:
                return self.tr(
                    "Shares a rank with the last place above the cut line: settle the tie"
                )
            if row.proposal_id in self.cut.selected:
                return self.tr("Above the cut line")
        return None


class RankingProxy(QSortFilterProxyModel):
    """Sorts by SORT_ROLE; empty values (unscored, no category) stay at the bottom in either
    direction, and equal values keep rank order (Qt's sort is stable)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, source_left: Index, source_right: Index) -> bool:
        left = source_left.data(SORT_ROLE)
        right = source_right.data(SORT_ROLE)
        descending = self.sortOrder() == Qt.SortOrder.DescendingOrder
        if left is None or right is None:
            if left is None and right is None:
                return False
            # An empty value is "largest" ascending and "smallest" descending: last either way.
            return (left is None) == descending
        return left < right

    def in_rank_order(self) -> bool:
        """Whether the rows show in the ranking's own order (where a cut line means something)."""
        column = self.sortColumn()
        return column < 0 or (column == RANK and self.sortOrder() == Qt.SortOrder.AscendingOrder)


class CutLineDelegate(QStyledItemDelegate):
    """Paints cells as usual, then a thick red line under the last row above a top-N cut line
    while the table is in rank order."""

    def __init__(self, proxy: RankingProxy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.proxy = proxy

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        if index.data(CUT_ROLE) and self.proxy.in_rank_order():
            painter.save()
            painter.setPen(QPen(QColor(theme.WARNING), 3))
            y = option.rect.bottom() - 1
            painter.drawLine(option.rect.left(), y, option.rect.right() + 1, y)
            painter.restore()
