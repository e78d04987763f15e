"""Every character prints or is accounted for: Chinese and emoji print as themselves (bundled
Noto fallbacks) in the packet, the poster and the charts; a character no bundled font has
prints as □ and the export names the proposal and the field, never a failed export."""

import io
import json
import warnings
from pathlib import Path

import pytest
from matplotlib.figure import Figure
from matplotlib.ft2font import FT2Font

from roadmap_desktop.bundled import resource
from roadmap_desktop.cli import main
from roadmap_desktop.export import charts, glyphs
from roadmap_desktop.export.glyphs import MARKER, GlyphReport, noting, printable, unprintable
from roadmap_desktop.export.packet import render_packet
from roadmap_desktop.export.poster import render_poster
from roadmap_desktop.services import Services
from roadmap_desktop.store import open_store
from tests.export.test_packet import pdf_text, reader_of, score_everything, small_workshop

RARE = "\U00020000"  # 𠀀, CJK Extension B: outside the bundled subset
FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467"  # 👨‍👩‍👧, a ZWJ sequence
TITLES = (
    "Bike lanes 🚲 for all",
    "中文 图书馆 開放時間",
    f"Launch 🚀 {FAMILY} ❤️",
    f"Rare {RARE} here",
)
FONTS_BUDGET = 6_000_000  # bytes the fallback fonts may add to the wheel (uncompressed)


# -- what prints ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Plain ASCII, $5 & more",
        "Thư viện lưu động — Alertas de emergencia",
        "中文 图书馆 開放時間 カタカナ",  # simplified, traditional, kana
        "🚲 🚀 ❤️ 👍🏽",  # emoji, variation selector 16, a skin tone
        FAMILY,
        "🏳️‍🌈",  # flag, VS16 and ZWJ
        "soft\u00adhyphen\u200bzero width",
        "two\nlines\tand a tab",
    ],
)
def test_text_the_fonts_draw_is_kept_as_typed(text: str):
    assert printable(text) == text
    assert unprintable(text) == []


@pytest.mark.parametrize(
    ("text", "expected", "missing"),
    [
        (f"Rare {RARE} char", f"Rare {MARKER} char", [RARE]),
        ("bell\x07 and nul\x00", f"bell{MARKER} and nul{MARKER}", ["\x07", "\x00"]),
        ("unassigned \u0378", f"unassigned {MARKER}", ["\u0378"]),
        ("lone \ud800 surrogate", f"lone {MARKER} surrogate", ["\ud800"]),
        (f"{RARE}{RARE}", MARKER * 2, [RARE]),  # each character named once
    ],
)
def test_a_character_no_font_draws_becomes_the_marker(text: str, expected: str, missing: list):
    assert printable(text) == expected
    assert unprintable(text) == missing


def test_the_marker_itself_prints():
    assert glyphs.can_print(MARKER)


def test_clean_makes_every_string_of_the_data_printable_and_keeps_the_rest():
    data = {"title": f"A{RARE}", "rows": [{"n": 3, "t": ("x\x07",)}], "ok": None, "v": 1.5}
    assert glyphs.clean(data) == {
        "title": f"A{MARKER}",
        "rows": [{"n": 3, "t": [f"x{MARKER}"]}],
        "ok": None,
        "v": 1.5,
    }


def test_coverage_json_is_what_the_font_files_draw():
    """coverage.json (written by tools/subset-fonts) against the fonts' own character maps."""
    data = json.loads(resource("fonts", "coverage.json").read_text(encoding="utf-8"))
    union: set[int] = set()
    for path in sorted(resource("fonts").glob("*.ttf")):
        points = set(FT2Font(str(path)).get_charmap())
        assert data["fonts"][path.name]["code_points"] == len(points), path.name
        union |= points
    ranges = {cp for a, b in data["union"] for cp in range(a, b + 1)}
    assert ranges == union
    assert {ord("中"), ord("開"), ord("🚲"), 0x200D, 0xFE0F} <= union
    assert ord(RARE) not in union


def test_the_fallback_fonts_stay_within_their_budget():
    added = [resource("fonts", name) for name in glyphs_files()]
    assert all(path.is_file() for path in added)
    assert sum(path.stat().st_size for path in added) < FONTS_BUDGET
    for licence in ("LICENSE-NotoSansSC.txt", "LICENSE-NotoEmoji.txt"):
        assert "SIL Open Font License" in resource("fonts", licence).read_text()


def glyphs_files() -> tuple[str, ...]:
    from roadmap_desktop.export.chart_fonts import FALLBACK_FILES

    return FALLBACK_FILES


# -- the report -----------------------------------------------------------------------------


def test_a_note_names_the_subject_the_field_and_the_code_points():
    report = GlyphReport()
    report.check("Proposal “Rare”", "title", f"Rare {RARE}\x07")
    report.check("Proposal “Rare”", "title", f"Rare {RARE}")  # each field once
    report.check("Proposal “Fine”", "title", "中文 🚲")
    assert report.messages() == [
        f"Proposal “Rare”: title has 2 characters that cannot be printed (U+20000, U+0007), "
        f"shown as {MARKER}"
    ]


def test_the_rest_of_the_data_is_noted_once_under_other_text():
    report = GlyphReport()
    report.check("Proposal “A”", "title", f"A{RARE}")
    report.check_rest({"a": f"A{RARE}", "b": ["z\u0378"]})
    assert [n.subject for n in report.notes] == ["Proposal “A”", "Other text"]
    assert report.notes[1].characters == ("\u0378",)


def test_noting_collects_only_inside_its_block():
    glyphs.note("Workshop", "name", RARE)  # no block: nothing to collect into, no error
    with noting() as report:
        glyphs.note("Workshop", "name", RARE)
    glyphs.note("Workshop", "description", RARE)
    assert [n.field for n in report.notes] == ["name"]
    assert glyphs.current() is None


# -- the documents --------------------------------------------------------------------------


@pytest.fixture
def worldly(services: Services) -> int:
    """A small workshop whose roadmap has emoji, Chinese and one character beyond the fonts,
    its round revealed."""
    workshop_id = small_workshop(services, TITLES)
    scores = score_everything(services, workshop_id, (4, 3, 5))
    services.import_scores(workshop_id, scores, reveal=True)
    return workshop_id


def _font_names(pdf: bytes) -> set[str]:
    names: set[str] = set()
    for page in reader_of(pdf).pages:
        for font in (page["/Resources"].get("/Font") or {}).values():
            names.add(str(font.get_object().get("/BaseFont")))
    return names


def test_the_packet_prints_chinese_and_emoji_as_text_and_names_what_it_cannot(
    services: Services, worldly: int
):
    with noting() as report:
        pdf = render_packet(services, worldly)  # PDF/UA-1: a missing glyph would fail it
    text = pdf_text(pdf)
    assert "中文 图书馆 開放時間" in text
    assert "Bike lanes 🚲 for all" in text
    assert f"Rare {MARKER} here" in text
    assert RARE not in text
    fonts = _font_names(pdf)
    assert any("NotoSansSC" in f for f in fonts), fonts
    assert any("NotoEmoji" in f for f in fonts), fonts
    messages = report.messages()
    assert (
        f"Proposal “Rare {MARKER} here”: title has 1 character that cannot be printed "
        f"(U+20000), shown as {MARKER}"
    ) in messages
    assert any(m.startswith(f"Proposal “Rare {MARKER} here”: summary") for m in messages)
    assert not any("Bike" in m or "中文" in m or "Launch" in m for m in messages), messages


def test_the_poster_prints_chinese_and_emoji_and_names_what_it_cannot(
    services: Services, worldly: int
):
    with noting() as report:
        pdf = render_poster(services, worldly)
    assert isinstance(pdf, bytes)
    text = pdf_text(pdf)
    assert "中文 图书馆 開放時間" in text
    assert "🚲" in text
    assert MARKER in text
    assert [n.field for n in report.notes] == ["title", "summary"]


def test_export_packet_writes_the_file_and_says_what_prints_as_the_marker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    db = tmp_path / "store.sqlite"
    store = open_store(db)
    try:
        small_workshop(Services(store), TITLES)
    finally:
        store.close()
    for what in ("packet", "poster"):
        out = tmp_path / f"{what}.pdf"
        command = ["export", what, "--workshop", "Small cabinet", "-o", str(out), "--db", str(db)]
        assert main(command) == 0
        assert out.read_bytes().startswith(b"%PDF")
        err = capsys.readouterr().err
        assert f"Note: Proposal “Rare {MARKER} here”: title has 1 character" in err, err
        assert "(U+20000)" in err


def test_charts_draw_chinese_and_emoji_without_missing_glyph_warnings():
    rows = [
        charts.ChartRow(title, "Safe 安全", "#0072B2", "Pilot 🚀", 4.0 - i / 2, 0.5, 2)
        for i, title in enumerate(TITLES)
    ]
    figure = Figure(figsize=(7, 4))
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph … missing from font(s)" would raise here
        charts.ranking_bars(figure, rows)
        for kind in ("svg", "png"):
            figure.savefig(io.BytesIO(), format=kind)
    labels = [t.get_text() for ax in figure.axes for t in ax.get_yticklabels()]
    assert "中文 图书馆 開放時間" in labels
    assert f"Rare {MARKER} here" in labels


def test_join_cards_print_chinese_names_and_name_the_card_they_cannot():
    from roadmap_desktop.export.join_cards import JoinCard, JoinSheet, render_join_cards

    url = "http://192.168.1.5:8080"
    cards = [
        JoinCard("王小明", f"{url}/b/abc", "K7MPQ2"),
        JoinCard(f"Bảo {RARE}", f"{url}/b/d", "K7MPQ3"),
    ]
    with noting() as report:
        pdf = render_join_cards(JoinSheet("Cabinet 🚲", url, cards))
    text = pdf_text(pdf)
    assert "王小明" in text and "Cabinet 🚲" in text and f"Bảo {MARKER}" in text
    assert report.messages() == [
        f"Participant “Bảo {MARKER}”: name has 1 character that cannot be printed (U+20000), "
        f"shown as {MARKER}"
    ]


def _kept_without_a_glyph() -> str:
    """Every character printable() keeps though no bundled font has it (joiners, variation
    selectors, tags…), one after another between letters."""
    import unicodedata

    kept = [
        chr(cp)
        for cp in range(0x110000)
        if unicodedata.category(chr(cp)) in ("Cf", "Mn", "Me")
        and glyphs.can_print(chr(cp))
        and not glyphs.covered(chr(cp))
    ]
    assert len(kept) > 100
    return "a".join(kept)


def test_what_is_kept_without_a_glyph_neither_stops_pdf_ua_nor_warns_in_a_chart():
    from roadmap_desktop.export.join_cards import JoinCard, JoinSheet, render_join_cards

    text = _kept_without_a_glyph()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph … missing from font(s)"
        figure = Figure(figsize=(4, 2))
        figure.add_subplot().set_title(charts.plain(text[:400]))
        figure.add_subplot().set_xlabel(charts.plain(text[400:]))
        for kind in ("svg", "png"):
            figure.savefig(io.BytesIO(), format=kind)
    # The join cards are PDF/UA-1, like the packet: a character Typst cannot display fails.
    url = "http://192.168.1.5:8080"
    pdf = render_join_cards(JoinSheet(text, url, [JoinCard("Ana", f"{url}/b/a", "K7MPQ2")]))
    assert pdf.startswith(b"%PDF")
