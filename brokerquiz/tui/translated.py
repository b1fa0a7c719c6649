"""Key descriptions in the interface language.

Bindings are class attributes, built once at import, so their descriptions are written as
English source text marked with `N_()`; every screen mixes this in so the footer, the keys panel
and the command palette read them through the catalog at the moment they are drawn, and a
language chosen later (another deck, --lang) shows at once.
"""

from __future__ import annotations

from dataclasses import replace

from textual.binding import ActiveBinding

from ..core.translate import _


def _translated(text: str | None) -> str | None:
    return _(text) if text else text


class TranslatedBindings:
    """Mixed in before `Screen` / `ModalScreen`."""

    @property
    def active_bindings(self) -> dict[str, ActiveBinding]:
        shown = super().active_bindings  # type: ignore[misc]
        return {
            key: ActiveBinding(
                node,
                replace(binding, description=_translated(binding.description) or "", tooltip=_translated(binding.tooltip) or ""),
                enabled,
                _translated(tooltip) or "",
            )
            for key, (node, binding, enabled, tooltip) in shown.items()
        }
