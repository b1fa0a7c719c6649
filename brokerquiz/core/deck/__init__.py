"""Decks: bounded YAML reading, loading and checks, card generation, the deck library and its cache."""
