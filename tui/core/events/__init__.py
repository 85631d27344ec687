"""Stories and events from annotations alone (no spaCy): passages, evidence, clustering, titles and the reader's index."""
