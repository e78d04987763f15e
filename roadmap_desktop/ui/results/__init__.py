"""The Results tab: ranking, cut line, charts, agreement and export of a revealed round."""

from roadmap_desktop.ui.results.results_panel import ResultsPanel

__all__ = ["ResultsPanel"]
