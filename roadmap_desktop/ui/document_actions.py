"""File ▸ Export's documents: the roadmap poster (on one sheet, tiled, or as a PNG) and the
council packet (saved or printed), made off the GUI thread and shown before they are saved."""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtWidgets import QFileDialog

from roadmap_desktop.ui.document_dialog import Document, DocumentDialog, RoundPick
from roadmap_desktop.ui.guard import shielded

if TYPE_CHECKING:
    from roadmap_desktop.services import Services
    from roadmap_desktop.ui.main_window import MainWindow

PREVIEW_PPI = 60  # packet pages for the preview: 8.5 in × 60 = 510 px wide
PRINT_PPI = 200  # and for the printer


def round_pick(
    services: "Services", workshop_id: int, make: Callable[[int], Document]
) -> RoundPick | None:
    """The export dialog's round picker: every revealed round, the round of record first
    chosen ("Round 2 — the round of record"); None (no picker) before any reveal."""
    record = services.record_round_number(workshop_id)
    numbers = sorted(r.number for r in services.workshop(workshop_id).rounds if r.revealed)
    if record is None or not numbers:
        return None
    translate = QCoreApplication.translate
    choices = tuple(
        (
            translate("document_actions", "Round {number} — the round of record").format(number=n)
            if n == record
            else translate("document_actions", "Round {number}").format(number=n),
            n,
        )
        for n in numbers
    )
    return RoundPick(choices, record, make)


class DocumentActions(QObject):
    """The window's document commands (they change nothing in the store)."""

    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window

    def choose_logo(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("The city's logo for the poster"),
            "",
            self.tr("Images (*.png *.jpg *.jpeg *.svg)"),
        )
        QSettings().setValue("export/logo", path or "")
        self.window.statusBar().showMessage(
            self.tr("Logo: {path}").format(path=path)
            if path
            else self.tr("No logo on the poster."),
            8000,
        )

    @shielded
    def export_poster(self, *, tiled: str | None = None, png: bool = False) -> None:
        """Makes the roadmap poster off the GUI thread and shows it before saving."""
        workshop = self.window.current_workshop()
        if workshop is None:
            return
        from roadmap_desktop.export import poster  # Typst only when needed

        logo_setting = str(QSettings().value("export/logo", "") or "")
        logo = Path(logo_setting) if logo_setting and Path(logo_setting).is_file() else None
        services = self.window.services

        def make(number: int | None = None) -> Document:
            scores = {"round_number": number}  # None: the round of record
            preview = poster.make_poster(
                services, workshop, logo=logo, output_format="png", ppi=24, **scores
            )
            pages = [preview.content]
            if png:
                made = poster.make_poster(
                    services, workshop, logo=logo, output_format="png", **scores
                )
            elif tiled:
                made = poster.make_tiled(services, workshop, sheet=tiled, logo=logo, **scores)
            else:
                made = poster.make_poster(services, workshop, logo=logo, **scores)
            # The dialog's notes end each sentence itself.
            notes = tuple(warning.rstrip(".") for warning in made.warnings)
            return Document(made.content, pages, ".png" if png else ".pdf", notes=notes)

        if tiled == "letter":
            title = self.tr("Roadmap poster on Letter sheets")
        elif tiled == "a4":
            title = self.tr("Roadmap poster on A4 sheets")
        else:
            title = self.tr("Roadmap poster")
        suffix, filters = (
            (".png", self.tr("PNG image (*.png)")) if png else (".pdf", self.tr("PDF (*.pdf)"))
        )
        dialog = DocumentDialog(
            title,
            make,
            self.window.ask,
            suggested_name=f"roadmap-poster{suffix}",
            filters=filters,
            parent=self.window,
            round_pick=round_pick(services, workshop, make),
        )
        self.window.ask.document_dialog(dialog)

    @shielded
    def export_packet(self, *, print_it: bool = False) -> None:
        """Makes the accessible council packet off the GUI thread; shows its pages, then
        saves or prints it."""
        workshop = self.window.current_workshop()
        if workshop is None:
            return
        from roadmap_desktop.export import packet  # matplotlib and Typst only when needed

        services = self.window.services

        def make(number: int | None = None) -> Document:
            pdf, pages = packet.render_packet_with_pages(
                services, workshop, round_number=number, ppi=PREVIEW_PPI
            )
            return Document(
                pdf,
                pages,
                print_pages=lambda: packet.render_packet_with_pages(
                    services, workshop, round_number=number, ppi=PRINT_PPI
                )[1],
            )

        dialog = DocumentDialog(
            self.tr("Council packet"),
            make,
            self.window.ask,
            suggested_name="council-packet.pdf",
            filters=self.tr("PDF (*.pdf)"),
            printable=True,
            print_when_made=print_it,
            parent=self.window,
            round_pick=round_pick(services, workshop, make),
        )
        self.window.ask.document_dialog(dialog)

    @shielded
    def export_join_cards(self, join_url: str) -> None:
        """The directors' join cards for phones joining at join_url (one card each: name,
        QR code of their own link, the short code), with the room's Wi-Fi card when set;
        shown, then saved or printed."""
        workshop = self.window.current_workshop()
        if workshop is None:
            return
        from PySide6.QtCore import QLocale

        from roadmap_desktop.export import join_cards  # Typst only when needed
        from roadmap_desktop.ui.scoring.wifi_dialog import room_wifi

        services = self.window.services
        info = services.workshop(workshop)
        opened = services.open_round_of(workshop)
        cards = [
            join_cards.JoinCard(link.name, f"{join_url}/b/{link.token}", link.code)
            for link in services.ballot_links(workshop)
        ]
        wifi = room_wifi()
        imperial = QLocale().measurementSystem() != QLocale.MeasurementSystem.MetricSystem
        sheet = join_cards.JoinSheet(
            workshop=info.name,
            join_url=join_url,
            cards=cards,
            wifi=wifi,
            paper="us-letter" if imperial else "a4",
            round_number=opened.number if opened is not None else None,
        )

        def make() -> Document:
            pdf, pages = join_cards.render_join_cards_with_pages(sheet, ppi=PREVIEW_PPI)
            return Document(
                pdf,
                pages,
                print_pages=lambda: join_cards.render_join_cards_with_pages(sheet, PRINT_PPI)[1],
            )

        dialog = DocumentDialog(
            self.tr("Join cards"),
            make,
            self.window.ask,
            suggested_name="join-cards.pdf",
            filters=self.tr("PDF (*.pdf)"),
            printable=True,
            parent=self.window,
        )
        self.window.ask.document_dialog(dialog)
