"""Diagnostics: the rotating log file, crash reports and the top-level error handlers."""
