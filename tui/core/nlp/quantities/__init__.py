"""Quantities: the word tables, the lexer, the meaning, the spaCy grammar and the plain-text reader of numbers with their units and qualifiers."""

__all__ = ["grammar", "lexer", "lexicon", "meaning", "parse"]
