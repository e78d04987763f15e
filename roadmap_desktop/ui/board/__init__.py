"""The board: lanes side by side, each a list of proposal cards, moved by drag or keyboard."""
