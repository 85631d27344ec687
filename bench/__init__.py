"""Benchmarks and their scoring code (not part of the installed package)."""
