"""Child process of the "export_cold" benchmark's baseline: the floor of a first export.
Imports only typst and compiles a one-page Letter document in DejaVu Sans with the bundled
fonts folder (as our exports do: system fonts ignored), then prints one JSON line.

    python bench/typst_baseline_child.py FONTS_DIR WORK_DIR
"""

import json
import sys
from pathlib import Path

import typst

SOURCE = """#set page(paper: "us-letter")
#set text(font: "DejaVu Sans", lang: "en")
= Council packet
A one-page document with a heading, *bold* text and a paragraph, as a first render.
"""


def main() -> int:
    fonts, work = Path(sys.argv[1]), Path(sys.argv[2])
    main_file = work / "baseline.typ"
    main_file.write_text(SOURCE, encoding="utf-8")
    pdf = typst.compile(main_file, font_paths=[fonts], ignore_system_fonts=True, format="pdf")
    assert isinstance(pdf, bytes) and pdf.startswith(b"%PDF")
    print(json.dumps({"bytes": len(pdf)}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
