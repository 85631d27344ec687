"""spaCy and GiNZA: language segments, sentences, entities, the knowledge base, quantities, dates, names and page furniture."""
