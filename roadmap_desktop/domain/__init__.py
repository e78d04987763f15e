"""Pure workshop rules: the scoring method, ranking, cut lines and validation. No Qt, no SQL."""
