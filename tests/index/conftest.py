"""Index test fixtures (defined in index_helpers)."""

from index_helpers import sample_index, small_archive, small_index  # noqa: F401
