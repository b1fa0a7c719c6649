"""A widget's own lines handed to the compositor as they are, when its styles would not change them.

Textual renders a widget through its styles cache (`Widget.render_lines` → `StylesCache`):
for every line it asks for the widget's line, then works out the padding, borders, outline,
hatch, tint and opacity from the styles, and builds a new strip, even when the widget has
none of them and the strip comes out the same. The study card asks for its changed rows
only, but that styles pass cost about 30 µs a row and the line filters (the app's
`get_line_filters`, e.g. 16-colour to true colour) then run on a strip never seen before:
most of the card's share of a rate+next frame (benchmarks/bench_keys.py).

`DirectLines.render_lines` gives the compositor the widget's own strips (its public
`render_line`) with the line filters applied, when the styles add nothing: no padding,
border, outline, hatch, tint, opacity or text opacity, no border title. Otherwise, and for
anything it does not know, it is Textual's `render_lines`. The strips are the ones the
styles cache would have made, so the screen is the same; a strip drawn before (a kept line)
keeps its filtered copy (`Strip.apply_filter` caches it), so `warm_filters` can run between
keys.
"""

from __future__ import annotations

from textual.geometry import Region
from textual.strip import Strip


class DirectLines:
    """Mixed in before Widget."""

    def _plain_styles(self) -> bool:
        """Would the styles cache hand back the widget's lines unchanged (less the filters)?"""
        styles = self.styles
        if any(styles.padding) or any(edge for edge, _color in styles.border):
            return False
        if any(edge for edge, _color in styles.outline):
            return False
        if self.border_title or self.border_subtitle:
            return False
        if styles.tint.a or self.opacity != 1.0 or styles.text_opacity != 1.0:
            return False
        if styles.has_rule("hatch") and styles.hatch != "none":
            return False
        return not self.BLANK

    def _filtered(self, strip: Strip, filters, background) -> Strip:
        for line_filter in filters:
            strip = strip.apply_filter(line_filter, background)
        return strip

    def warm_filters(self, strips) -> None:
        """Apply the line filters to `strips` now (between keys): each keeps its filtered copy."""
        filters = self.get_line_filters()
        if filters and self.is_attached:
            background = self.background_colors[1]
            for strip in strips:
                self._filtered(strip, filters, background)

    def direct_rows(self, rows: range) -> list[Strip]:
        """The widget's lines for `rows` (its `render_line`s; a widget may find them faster)."""
        return [self.render_line(y) for y in rows]

    def render_lines(self, crop: Region) -> list[Strip]:
        if not self._plain_styles() or self.auto_links and self.hover_style.link_id:
            return super().render_lines(crop)
        width = self.size.width
        filters = self.get_line_filters()
        background = self.background_colors[1]
        strips = []
        for strip in self.direct_rows(crop.line_range):
            if strip.cell_length != width:  # as the styles cache fits a line to the width
                return super().render_lines(crop)
            strips.append(self._filtered(strip, filters, background))
        if crop.column_span != (0, width):
            x1, x2 = crop.column_span
            strips = [strip.crop(x1, x2) for strip in strips]
        return strips
