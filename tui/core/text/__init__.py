"""Plain text, no models: script and language of characters, sentence pieces, tokens, span context, and safe display of strings from files."""
