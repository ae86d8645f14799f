"""Dialogs of the till. Each returns plain values; the view model makes the terminal calls."""
