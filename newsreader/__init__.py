"""newsreader: a terminal reader for an archive of related news articles."""

__version__ = "0.1.0"
