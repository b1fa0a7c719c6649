"""Component styles kept until the widget is restyled.

Textual's `Widget.refresh()` empties the widget's cache of component styles, so a widget that
draws its lines from component classes (the card, the progress row, the footer keys, the
rating bar) worked each style out again on every key it changed: the stylesheet's rules
merged and the background resolved through every ancestor, about a tenth of a millisecond
for each name. The styles only change when the stylesheet is applied to the widget again (a
theme, a class, a pseudo-class such as hover: Textual then calls `notify_style_update`), so
they are kept until then.
"""

from __future__ import annotations

from rich.style import Style as RichStyle


class KeptComponentStyles:
    """Mixed in before a Widget class: `component_style(name)` is `get_component_rich_style(name)`, kept."""

    def component_style(self, name: str) -> RichStyle:
        kept: dict = self.__dict__.setdefault("_kept_component_styles", {})
        key = (name, self.app.theme)
        style = kept.get(key)
        if style is None:
            style = kept[key] = self.get_component_rich_style(name)
        return style

    def notify_style_update(self) -> None:
        self.__dict__.get("_kept_component_styles", {}).clear()
        super().notify_style_update()
