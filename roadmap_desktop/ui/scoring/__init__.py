"""Scoring: the round bar, the entry grid for scores and dots, and paper ballots."""

from roadmap_desktop.ui.scoring.scoring_panel import ScoringPanel

__all__ = ["ScoringPanel"]
