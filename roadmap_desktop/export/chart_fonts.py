"""The charts' fonts: DejaVu Sans first, as the documents, then the bundled Noto Sans SC and
Noto Emoji, so a Chinese title or an emoji in a chart label draws as itself (matplotlib ≥ 3.6
falls back along a family list glyph by glyph), on screen and in the packet's SVGs.

use_bundled_fonts() registers the bundled fallbacks with matplotlib's font manager once and
makes the list matplotlib's default family; export.charts calls it on import. Characters no
font has were already turned into markers by export.glyphs (charts.plain), so matplotlib never
warns "Glyph … missing".
"""

from functools import cache

from roadmap_desktop.bundled import resource

FAMILIES = ["DejaVu Sans", "Noto Sans SC", "Noto Emoji"]
# DejaVu Sans is matplotlib's own, but the app bundle drops matplotlib's copy of the files the
# documents bundle too (build.spec), so ours are registered as well; then the fallbacks.
DEJAVU_FILES = (
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
    "DejaVuSans-Oblique.ttf",
    "DejaVuSans-BoldOblique.ttf",
)
FALLBACKS = {"NotoSansSC-Regular-Subset.ttf": "Noto Sans SC", "NotoEmoji-Regular.ttf": "Noto Emoji"}
FALLBACK_FILES = tuple(FALLBACKS)


@cache
def use_bundled_fonts() -> list[str]:
    """Registers the bundled fallback fonts and sets them as the default family list; returns
    the list, for an rc_context that names fonts itself."""
    import matplotlib
    from matplotlib import font_manager

    families = [FAMILIES[0]]
    for name in DEJAVU_FILES:
        path = resource("fonts", name)
        if path.is_file():
            font_manager.fontManager.addfont(str(path))
    for name, family in FALLBACKS.items():
        path = resource("fonts", name)
        # A bundle without a fallback still draws (with boxes); naming a family matplotlib
        # cannot find would log "findfont: … not found" for every text.
        if path.is_file():
            font_manager.fontManager.addfont(str(path))
            families.append(family)
    matplotlib.rcParams["font.family"] = families
    return families
