"""Plain text, no models: the script of characters, sentences, name keys and slugs, span context, excerpts, cursor tokens."""

__all__ = ["context", "excerpts", "names", "scripts", "sentences", "tokens"]
