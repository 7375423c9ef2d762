"""newsgraph: who did what to whom, when, according to whom, reported by how many outlets."""

__version__ = "0.1.0"
