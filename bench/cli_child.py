"""Child process of the "export_cold" benchmark: runs the command line in a new process, as
`roadmap-desktop …` would, then prints one JSON line: {"code": exit code, "rss_kb": peak RSS}.

    python bench/cli_child.py --db demo.sqlite export packet --workshop NAME -o out.pdf
    python bench/cli_child.py --imports   # only import what an export imports, then exit

Peak RSS is VmHWM from /proc/self/status on Linux (ru_maxrss there carries the parent's peak
across fork + exec), else ru_maxrss.
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from peak_memory import peak_rss_kb


def main() -> int:
    if sys.argv[1:] == ["--imports"]:
        import typst  # noqa: F401

        import roadmap_desktop.cli
        import roadmap_desktop.services  # noqa: F401

        code = 0
    else:
        from roadmap_desktop.cli import main as cli_main

        code = cli_main(sys.argv[1:])
    sys.stdout.flush()
    print(json.dumps({"code": code, "rss_kb": peak_rss_kb()}), flush=True)
    return code


if __name__ == "__main__":
    sys.exit(main())
