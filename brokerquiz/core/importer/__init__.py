"""Imports: markdown cheat sheets into decks, Anki packages into progress, mojibake repair."""
