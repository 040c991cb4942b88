"""The panes and their parts."""
