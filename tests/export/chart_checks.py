"""Checks of a drawn chart shared by the export and the screen tests: where its key sits, what
the key lists, which ticks a count axis has."""

from matplotlib.artist import Artist
from matplotlib.axis import Axis
from matplotlib.backend_bases import RendererBase
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from matplotlib.legend import Legend
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.text import Text


def keys(figure: Figure) -> list[Legend]:
    """Every legend of the figure: its own and any inside an axes."""
    inside = [legend for ax in figure.axes if (legend := ax.get_legend()) is not None]
    return [*figure.legends, *inside]


def the_key(figure: Figure) -> Legend:
    found = keys(figure)
    assert len(found) == 1, f"expected one key, found {len(found)}"
    return found[0]


def _read(figure: Figure) -> list[tuple[Text, Artist | None]]:
    """The key's entries as a reader meets them: row by row, left to right (the texts of a
    row share their baseline)."""
    key = the_key(figure)
    entries = list(zip(key.get_texts(), key.legend_handles, strict=True))
    boxes = [text.get_window_extent() for text, _handle in entries]
    order = sorted(range(len(entries)), key=lambda i: (-round(boxes[i].y0), boxes[i].x0))
    return [entries[i] for i in order]


def key_labels(figure: Figure) -> list[str]:
    """The key's labels in reading order (row by row, left to right)."""
    return [t.get_text() for t, _handle in _read(figure)]


def key_colours(figure: Figure) -> list[str]:
    """The colours of the key's entries, in reading order."""
    colours = []
    for _text, handle in _read(figure):
        if isinstance(handle, Line2D):
            colours.append(to_hex(handle.get_markerfacecolor()))
        else:
            assert isinstance(handle, Patch)
            colours.append(to_hex(handle.get_facecolor()))
    return colours


def assert_key_clear_of_data(figure: Figure, renderer: RendererBase) -> None:
    """Every key lies wholly outside every axes: its data area, its tick labels, axis labels
    and every artist drawn in it (bars, points, point labels)."""
    for key in keys(figure):
        box = key.get_window_extent(renderer)
        for ax in figure.axes:
            assert not box.overlaps(ax.get_window_extent(renderer)), "key over the data area"
            tight = ax.get_tightbbox(renderer)
            assert tight is not None and not box.overlaps(tight), "key over the axes' labels"
            for artist in [*ax.patches, *ax.collections, *ax.texts, *ax.lines]:
                if not artist.get_visible():
                    continue
                extent = artist.get_window_extent(renderer)
                if extent.width > 0 and extent.height > 0:
                    assert not box.overlaps(extent), f"key over {artist}"


def visible_ticks(axis: Axis) -> list[float]:
    low, high = sorted(axis.get_view_interval())
    return [float(t) for t in axis.get_majorticklocs() if low <= t <= high]


def assert_whole_ticks(axis: Axis) -> None:
    ticks = visible_ticks(axis)
    assert len(ticks) >= 2, ticks
    assert all(t == round(t) for t in ticks), f"count axis with fractional ticks: {ticks}"
