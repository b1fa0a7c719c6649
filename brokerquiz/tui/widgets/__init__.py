"""Reusable widgets for the brokerquiz screens (each with its own DEFAULT_CSS)."""
