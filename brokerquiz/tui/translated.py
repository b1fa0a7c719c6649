"""Key descriptions in the interface language.

Bindings are class attributes, built once at import, so their descriptions are written as
English source text marked with `N_()`; every screen mixes this in so the footer, the keys panel
and the command palette read them through the catalog at the moment they are drawn, and a
language chosen later (another deck, --lang) shows at once.
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import ActiveBinding

from ..core.translate import _, current_language

_TRANSLATED: dict = {}  # (binding, language) -> the binding with its words translated


def _translated(text: str | None) -> str | None:
    return _(text) if text else text


def _translated_binding(binding):
    """`binding` in the interface language, built once per language (the footer asks on every key)."""
    key = (binding, current_language())
    done = _TRANSLATED.get(key)
    if done is None:
        done = replace(binding, description=_translated(binding.description) or "", tooltip=_translated(binding.tooltip) or "")
        _TRANSLATED[key] = done
    return done


class TranslatedBindings:
    """Mixed in before `Screen` / `ModalScreen`."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        shown = super().active_bindings  # type: ignore[misc]
        return {
            key: ActiveBinding(
                node,
                _translated_binding(binding),
                enabled,
                _translated(tooltip) or "",
            )
            for key, (node, binding, enabled, tooltip) in shown.items()
        }
