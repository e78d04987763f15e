"""Lets `python -m roadmap_desktop` behave exactly like the `roadmap-desktop` command."""

import sys

from roadmap_desktop.cli import main

sys.exit(main())
