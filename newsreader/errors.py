"""Errors the user caused: printed as one line, never as a traceback."""


class UserError(Exception):
    """A problem the user can fix (unknown id, unreadable archive...): exit 1."""

    exit_code = 1
