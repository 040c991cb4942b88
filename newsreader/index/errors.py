"""What the index raises."""


class IndexBusy(Exception):
    """Another writer holds the archive's index longer than the caller would wait."""


class IndexMissing(Exception):
    """The archive has no index yet (or one from an incompatible version)."""
