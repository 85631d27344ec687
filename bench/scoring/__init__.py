"""Scoring code for the benchmarks: never shipped in the package."""
