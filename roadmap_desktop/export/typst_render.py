"""Compiles our Typst templates with the bundled fonts: data goes in as JSON through
sys.inputs, files (chart SVGs, a logo) as separate inputs — never pasted into Typst source,
so a proposal titled `#panic("x")` or `]]` prints exactly as typed. Every string of the data
is made printable first (export.glyphs): the fonts in resources/fonts are all Typst sees."""

import json
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from roadmap_desktop.bundled import resource
from roadmap_desktop.export import glyphs
from roadmap_desktop.words import _

if TYPE_CHECKING:
    from typst import PDFStandard

Format = Literal["pdf", "png", "svg"]


class RenderError(Exception):
    """A document could not be made; the message says why in a sentence."""


def fonts_dir() -> Path:
    return resource("fonts")


def template(name: str) -> Path:
    return resource("templates", name)


@contextmanager
def _workspace(
    template_name: str, data: Mapping[str, Any], files: Mapping[str, bytes] | None
) -> Iterator[tuple[Path, Path, str]]:
    """A private folder (the Typst root) holding a copy of the template and `files`; yields
    the template's path, the root and the data as JSON, every string made printable."""
    # A character no bundled font draws would stop a PDF/UA document or print as an empty
    # box: it prints as a marker, and the export's glyph report (if any) says so.
    report = glyphs.current()
    if report is not None:
        report.check_rest(data)
    data = glyphs.clean(data)
    with tempfile.TemporaryDirectory(prefix="roadmap-typst-") as folder:
        root = Path(folder)
        main = root / template_name
        shutil.copyfile(template(template_name), main)
        for name, content in (files or {}).items():
            if Path(name).name != name:
                raise RenderError(
                    str(_("An input file name must be plain, not {name}.", name=repr(name)))
                )
            (root / name).write_bytes(content)
        yield main, root, json.dumps(data, ensure_ascii=False, default=str)


def render(
    template_name: str,
    data: Mapping[str, Any],
    *,
    files: Mapping[str, bytes] | None = None,
    output_format: Format = "pdf",
    ppi: float | None = None,
    pdf_standards: list["PDFStandard"] | None = None,
) -> bytes | list[bytes]:
    """Compiles resources/templates/<template_name> with `data` as sys.inputs.data (JSON).

    `files` are written beside a copy of the template in a private folder (the Typst root),
    so the template reads them by name (e.g. image("chart-ranking.svg")). PNG output gives
    one image per page.
    """
    import typst  # only when a document is made: typst is not needed to open the app

    with _workspace(template_name, data, files) as (main, root, inputs):
        try:
            result = typst.compile(
                main,
                root=root,
                font_paths=[fonts_dir()],
                ignore_system_fonts=True,  # the same output on every machine
                format=output_format,
                ppi=ppi,
                sys_inputs={"data": inputs},
                pdf_standards=pdf_standards or [],
            )
        except typst.TypstError as exc:
            # Translators: {reason} is Typst's own message (English).
            raise RenderError(
                str(_("The document could not be made: {reason}", reason=exc.message))
            ) from exc
    if result is None:
        raise RenderError(str(_("The document could not be made: Typst returned nothing.")))
    return result


def render_and_query(
    template_name: str,
    data: Mapping[str, Any],
    label: str,
    *,
    files: Mapping[str, bytes] | None = None,
    output_format: Format = "pdf",
    ppi: float | None = None,
    pdf_standards: list["PDFStandard"] | None = None,
) -> tuple[bytes | list[bytes], Any]:
    """Like render(), and also the value of the template's `#metadata(...) <label>` (JSON
    decoded; None when the template placed none), e.g. how a layout fitted.

    Both come from one Typst compiler, so the query reuses the render's layout (Typst
    memoises it) instead of laying the document out from scratch again.
    """
    import typst

    with _workspace(template_name, data, files) as (main, root, inputs):
        try:
            compiler = typst.Compiler(
                main,
                root=root,
                font_paths=[fonts_dir()],
                ignore_system_fonts=True,
                sys_inputs={"data": inputs},
            )
            result = compiler.compile(
                format=output_format, ppi=ppi, pdf_standards=pdf_standards or []
            )
            found = json.loads(compiler.query(f"<{label}>", field="value", format="json"))
        except typst.TypstError as exc:
            # Translators: {reason} is Typst's own message (English).
            raise RenderError(
                str(_("The document could not be made: {reason}", reason=exc.message))
            ) from exc
    if result is None:
        raise RenderError(str(_("The document could not be made: Typst returned nothing.")))
    return result, (found[0] if found else None)
