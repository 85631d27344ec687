"""The Textual user interface. Holds no NLP."""

__all__: list[str] = []
