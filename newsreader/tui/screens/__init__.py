"""Screens: the main three-pane screen, help, and small dialogs."""
