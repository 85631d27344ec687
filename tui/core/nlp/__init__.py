"""spaCy and GiNZA: language segments, entities, the knowledge base, quantities, dates, canonical ids and page furniture."""

__all__ = [
    "dates",
    "entities",
    "extractor",
    "furniture",
    "kb",
    "names",
    "quantities",
    "segmentation",
]
