"""Exports: Anki packages and CSV/TSV files."""
