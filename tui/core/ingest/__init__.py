"""Bringing articles into the corpus folder: feeds, web pages, JSONL dumps and text files, each as a ``.txt`` plus its line in ``index.jsonl``."""

__all__ = ["add", "dedup", "fetch", "naming", "sources"]
