"""newsreader: a terminal reader for an archive of related news articles."""

from newsreader import lean_dataclasses

__version__ = "0.1.0"

lean_dataclasses.install()  # first: any module of ours may import dataclasses
