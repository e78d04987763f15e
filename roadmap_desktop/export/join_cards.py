"""Join cards: a printable sheet with one card per director, to cut out and hand round.

Each card carries the director's name, a QR code of their personal join link (the phone's
camera opens their ballot), their short code printed in groups ("K7M PQ2", easy to read
aloud) and the address of the join page, for a phone without a camera app: open it, pick
your name, type the code. The workshop's name (and the round, if given) is on every card.
An optional first card gives the room's Wi-Fi: its name, password and a QR code with the
standard `WIFI:` payload, so a phone joins the network by scanning.

Eight cards to a page (2 columns × 4 rows, about 3.75 × 2.5 in on Letter, 92 × 68 mm on
A4), cut apart along dashed lines; nothing is printed within 14 pt of a cut. The PDF is
tagged (PDF/UA-1) with a title and a language, like the packet. Text goes to
resources/templates/join_cards.typ as JSON (sys.inputs) and the QR codes as SVG files,
so a name such as `#panic("x")` prints exactly as typed.
"""

import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal, get_args

import segno
from segno.helpers import make_wifi_data

from roadmap_desktop import APP_NAME
from roadmap_desktop.export import glyphs, wording
from roadmap_desktop.export.tabular import write_bytes_atomically
from roadmap_desktop.export.typst_render import render
from roadmap_desktop.words import Message, _

if TYPE_CHECKING:
    from typst import PDFStandard

TEMPLATE = "join_cards.typ"
PDF_STANDARDS: list["PDFStandard"] = ["ua-1"]

Paper = Literal["a4", "us-letter"]
Security = Literal["WPA", "WEP", "nopass"]

PT_PER_IN = 72.0
PT_PER_MM = 72.0 / 25.4
# Portrait (width, height) in points.
PAPERS: dict[str, tuple[float, float]] = {
    "a4": (210 * PT_PER_MM, 297 * PT_PER_MM),
    "us-letter": (8.5 * PT_PER_IN, 11 * PT_PER_IN),
}
COLUMNS, ROWS = 2, 4
CARDS_PER_PAGE = COLUMNS * ROWS
MARGIN_PT = 0.5 * PT_PER_IN  # around the block of cards: inside any printer's margins
QR_ERROR = "m"  # 15 % of the code may be smudged or folded and it still scans
CODE_GROUP = 3  # "K7MPQ2" prints as "K7M PQ2"
SECURITY_LABELS: dict[str, str | Message] = {
    "WPA": "WPA/WPA2",
    "WEP": "WEP",
    # Translators: a Wi-Fi network's security when it has none.
    "nopass": _("None (open network)"),
}


@dataclass(frozen=True)
class JoinCard:
    """One director's card: their name, their personal join link and their short code."""

    name: str
    url: str
    code: str


@dataclass(frozen=True)
class WifiNetwork:
    """The room's Wi-Fi, for the first card. An open network ("nopass") has no password."""

    ssid: str
    password: str = ""
    security: Security = "WPA"
    hidden: bool = False

    def __post_init__(self) -> None:
        if not self.ssid.strip():
            raise ValueError(str(_("The Wi-Fi card needs the network's name.")))
        if self.security not in get_args(Security):
            raise ValueError(
                str(
                    _(
                        "Unknown Wi-Fi security {security}; choose WPA, WEP or nopass.",
                        security=repr(self.security),
                    )
                )
            )
        if self.security == "nopass" and self.password:
            raise ValueError(
                str(_("An open network (no security) has no password: leave it empty."))
            )
        if self.security != "nopass" and not self.password:
            raise ValueError(
                str(
                    _(
                        "A {security} network needs its password on the card.",
                        security=self.security,
                    )
                )
            )


def spaced_code(code: str) -> str:
    """A code as printed: capitals in groups of three, "k7mpq2" → "K7M PQ2"."""
    clean = "".join(ch for ch in code.upper() if ch.isalnum())
    return " ".join(clean[i : i + CODE_GROUP] for i in range(0, len(clean), CODE_GROUP))


def qr_svg(text: str) -> bytes:
    """A QR code of text as SVG: black modules, no background and no quiet zone (the
    card leaves the white margin around it). Never a Micro QR, which phones do not read."""
    buffer = io.BytesIO()
    segno.make_qr(text, error=QR_ERROR).save(
        buffer, kind="svg", border=0, scale=1, dark="#000", xmldecl=False
    )
    return buffer.getvalue()


def qr_modules(text: str) -> int:
    """The width in modules of text's QR code (the template keeps four of them clear)."""
    return int(segno.make_qr(text, error=QR_ERROR).symbol_size(border=0)[0])


def wifi_payload(wifi: WifiNetwork) -> str:
    """The standard Wi-Fi QR text, e.g. `WIFI:T:WPA;S:Room 4;P:p\\;ss;;`.

    segno escapes backslash, semicolon, double quote and colon; the format also escapes the
    comma, and ends with ";;" (segno leaves a hidden network's payload at one ";")."""
    password = wifi.password if wifi.security != "nopass" else None
    data = make_wifi_data(wifi.ssid, password, wifi.security, wifi.hidden)
    data = data.replace(",", "\\,")  # only the escaped SSID and password hold commas
    return data if data.endswith(";;") else data + ";"


def page_count(cards: int, wifi: bool = False) -> int:
    """Pages for this many director cards, plus the Wi-Fi card."""
    total = cards + (1 if wifi else 0)
    return -(-total // CARDS_PER_PAGE)


def paper_size(paper: str) -> tuple[float, float]:
    """(width, height) in points, portrait; ValueError for an unknown paper."""
    try:
        return PAPERS[paper]
    except KeyError:
        raise ValueError(
            str(
                _(
                    "Unknown paper {paper} for join cards; choose one of {papers}.",
                    paper=repr(paper),
                    papers=", ".join(PAPERS),
                )
            )
        ) from None


def _check(cards: Sequence[JoinCard], join_url: str) -> None:
    if not cards:
        raise ValueError(str(_("There are no join cards to print: give the directors join links.")))
    if not join_url.startswith(("http://", "https://")):
        raise ValueError(
            str(
                _(
                    "The join page's address must start with http://, not {address}.",
                    address=repr(join_url),
                )
            )
        )
    for card in cards:
        if not card.name.strip():
            raise ValueError(str(_("Every join card needs the director's name.")))
        if not card.url.startswith(("http://", "https://")):
            raise ValueError(str(_("{name}'s join link must start with http://.", name=card.name)))
        if not spaced_code(card.code):
            raise ValueError(str(_("{name}'s join card needs their code.", name=card.name)))


def _qr_name(index: int) -> str:
    return f"qr-{index + 1}.svg"


WIFI_QR = "qr-wifi.svg"


def join_cards_files(
    cards: Sequence[JoinCard], wifi: WifiNetwork | None = None
) -> dict[str, bytes]:
    """The QR codes as the template reads them: qr-1.svg… in the cards' order (the link of
    each), and qr-wifi.svg (the Wi-Fi payload) when there is a Wi-Fi card."""
    files = {_qr_name(i): qr_svg(card.url) for i, card in enumerate(cards)}
    if wifi is not None:
        files[WIFI_QR] = qr_svg(wifi_payload(wifi))
    return files


@dataclass(frozen=True)
class JoinSheet:
    """What a sheet of join cards prints: the workshop, the join page's address, a card per
    director, the room's Wi-Fi (a card of its own) and the round, on Letter or A4."""

    workshop: str
    join_url: str
    cards: Sequence[JoinCard]
    wifi: WifiNetwork | None = None
    paper: Paper = "us-letter"
    round_number: int | None = None


def join_cards_data(sheet: JoinSheet) -> dict[str, Any]:
    """Everything the sheet prints, as JSON-ready plain data (the template's only input
    besides the QR files). The personal links are not in it: only their QR codes carry them.
    """
    workshop, join_url, cards, wifi = sheet.workshop, sheet.join_url, sheet.cards, sheet.wifi
    paper, round_number = sheet.paper, sheet.round_number
    width, height = paper_size(paper)
    _check(cards, join_url)
    # The export names what prints as □ (the field names are the data's, in English).
    glyphs.note(glyphs.subject("Workshop"), "name", workshop)
    for card in cards:
        glyphs.note(glyphs.subject("Participant", card.name), "name", card.name)
    if wifi is not None:
        glyphs.note(glyphs.subject("Wi-Fi card"), "network name", wifi.ssid)
    entries: list[dict[str, Any]] = []
    if wifi is not None:
        entries.append(
            {
                "kind": "wifi",
                "ssid": wifi.ssid,
                "password": wifi.password,
                "security": str(SECURITY_LABELS[wifi.security]),
                "hidden": wifi.hidden,
                "qr": WIFI_QR,
                "modules": qr_modules(wifi_payload(wifi)),
                "alt": str(
                    _(
                        "QR code that joins the phone to the Wi-Fi network {network}.",
                        network=wifi.ssid,
                    )
                ),
            }
        )
    for i, card in enumerate(cards):
        entries.append(
            {
                "kind": "director",
                "name": card.name,
                "code": spaced_code(card.code),
                "qr": _qr_name(i),
                "modules": qr_modules(card.url),
                "alt": str(_("QR code of {name}'s personal join link.", name=card.name)),
            }
        )
    card_w = (width - 2 * MARGIN_PT) / COLUMNS
    card_h = (height - 2 * MARGIN_PT) / ROWS
    return {
        "title": str(_("Join cards: {workshop}", workshop=workshop)),
        "author": APP_NAME,
        "lang": wording.language(),
        "words": _template_words(),
        "workshop": workshop,
        "round": str(_("Round {number}", number=round_number)) if round_number is not None else "",
        "join_url": join_url,
        "page": {"paper": paper, "width": width, "height": height, "margin": MARGIN_PT},
        "card": {"width": card_w, "height": card_h, "columns": COLUMNS, "rows": ROWS},
        "cards": entries,
    }


def render_join_cards(sheet: JoinSheet) -> bytes:
    """The join cards as a tagged PDF/UA-1 document, fonts embedded.

    Raises ValueError for an unknown paper, no cards, a card without a name, link or code,
    or an address that is not http(s); RenderError when the document cannot be made."""
    pdf, _pages = render_join_cards_with_pages(sheet)
    return pdf


def render_join_cards_with_pages(
    sheet: JoinSheet, ppi: float | None = None
) -> tuple[bytes, list[bytes]]:
    """The PDF and, when ppi is given, its pages as PNG images (a preview, a printer), from
    the same data and codes. Raises as render_join_cards does."""
    data = join_cards_data(sheet)
    files = join_cards_files(sheet.cards, sheet.wifi)
    pdf = render(TEMPLATE, data, files=files, pdf_standards=PDF_STANDARDS)
    assert isinstance(pdf, bytes)
    pages: list[bytes] = []
    if ppi is not None:
        images = render(TEMPLATE, data, files=files, output_format="png", ppi=ppi)
        pages = images if isinstance(images, list) else [images]
    return pdf, pages


def write_join_cards(path: Path, sheet: JoinSheet) -> Path:
    """Writes the join cards' PDF to path atomically (a failed render or a crash leaves the
    old file, never half of one) and returns path. Raises as render_join_cards does, and
    WriteFailed (an OSError) when the file
    cannot be written."""
    path = Path(path)
    write_bytes_atomically(path, render_join_cards(sheet))
    return path


def _template_words() -> dict[str, Any]:
    """The words join_cards.typ prints of its own, in the current language."""
    said: dict[str, Any] = {
        "keywords": [_("join cards"), _("ballot"), _("workshop")],
        # Translators: the page header; {workshop} is the workshop's name.
        "header": _("Join cards · {workshop}"),
        "cut": _("Cut along the dashed lines"),
        "footer": _(
            "Each card opens one director's ballot: give it only to the person named on it."
        ),
        # Translators: the page footer; {page} and {pages} are numbers.
        "page_of": _("Page {page} of {pages}"),
        "scan": _("Scan with your phone's camera to open your ballot."),
        # Translators: a small label in capitals above the director's code.
        "your_code": _("YOUR CODE"),
        # Translators: {address} is the join page's address, printed in bold.
        "no_camera": _("No camera? Open {address}, pick your name and type the code."),
        # Translators: after a password shown with ␣ for each space.
        "is_space": _("(␣ is a space)"),
        # Translators: a small label in capitals above the Wi-Fi password.
        "password": _("PASSWORD"),
        "open_network": _("None: the network is open."),
        "room_wifi": _("Room Wi-Fi"),
        # Translators: a small label in capitals above the Wi-Fi network's name.
        "network": _("NETWORK"),
        # Translators: {security} is "WPA/WPA2" or "WEP".
        "security": _("Security: {security}"),
        # Translators: added after the security of a hidden Wi-Fi network.
        "hidden": _("hidden"),
        "hidden_network": _("A hidden network"),
        "join_hidden": _(
            "Scan the code with your phone's camera to join, or add the hidden network by its "
            "name; then scan your own card."
        ),
        "join": _(
            "Scan the code with your phone's camera to join the network, then scan your own card."
        ),
    }
    return {k: [str(x) for x in v] if isinstance(v, list) else str(v) for k, v in said.items()}
