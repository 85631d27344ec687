"""Quantities: the word tables, the lexer, the grammar and the meaning of numbers with their units and qualifiers."""
