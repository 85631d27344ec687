"""The data model: articles, the YAML schema and store, reading state, settings, the corpus as the reader sees it, and the JSON export. Imports nothing else of the core but text."""
