"""Editing annotations: edit commands, undo and redo, the editing session, and re-anchoring spans after the text changed."""
