"""The core: decks, cards, grading, scheduling, store, sessions, export. Never imports Textual or Rich."""
