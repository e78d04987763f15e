"""Roadmap Desktop: run a city cabinet's priority-setting workshop on one laptop, offline."""

__version__ = "0.1.0"
APP_NAME = "Roadmap Desktop"
