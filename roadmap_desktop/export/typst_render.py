"""Compiles our Typst templates with the bundled fonts: data goes in as JSON through
sys.inputs, files (chart SVGs, a logo) as separate inputs — never pasted into Typst source,
so a proposal titled `#panic("x")` or `]]` prints exactly as typed."""

import json
import shutil
import tempfile
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from roadmap_desktop.bundled import resource

if TYPE_CHECKING:
    from typst import PDFStandard

Format = Literal["pdf", "png", "svg"]


class RenderError(Exception):
    """A document could not be made; the message says why in a sentence."""


def fonts_dir() -> Path:
    return resource("fonts")


def template(name: str) -> Path:
    return resource("templates", name)


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

    with tempfile.TemporaryDirectory(prefix="roadmap-typst-") as folder:
        root = Path(folder)
        main = root / template_name
        shutil.copyfile(template(template_name), main)
        for name, content in (files or {}).items():
            if Path(name).name != name:
                raise RenderError(f"An input file name must be plain, not {name!r}.")
            (root / name).write_bytes(content)
        try:
            result = typst.compile(
                main,
                root=root,
                font_paths=[fonts_dir()],
                ignore_system_fonts=True,  # the same output on every machine
                format=output_format,
                ppi=ppi,
                sys_inputs={"data": json.dumps(data, ensure_ascii=False, default=str)},
                pdf_standards=pdf_standards or [],
            )
        except typst.TypstError as exc:
            raise RenderError(f"The document could not be made: {exc.message}") from exc
    if result is None:
        raise RenderError("The document could not be made: Typst returned nothing.")
    return result
