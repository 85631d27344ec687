"""Annotations out to spaCy (DocBin), Prodigy (JSONL) and brat (standoff), and people's decisions back in."""

__all__ = ["brat", "common", "decisions", "prodigy", "spacy"]
