"""The core: corpus, extraction, store and linking. Imports no Textual."""

__all__: list[str] = []
