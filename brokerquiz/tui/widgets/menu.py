"""A menu list (Textual's OptionList) that survives a terminal squeezed to a few columns."""

from __future__ import annotations

from textual.geometry import Size
from textual.widgets import OptionList


class Menu(OptionList):
    """An OptionList that measures itself safely when it has no width left.

    Textual's OptionList.get_content_height measures each option at the width it is given,
    and at width 0 the line wrapping divides by it (Rich's chop_cells: "range() arg 3 must not
    be zero"): home crashed in a terminal 1-10 columns wide, where its padding and borders
    leave 0 columns for the text. Textual's Widget.get_content_height answers 0 for a width of
    0, and so does this; from 1 column up nothing changes.
    """

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if width - self.get_component_styles("option-list--option").padding.width <= 0:
            return 0  # no column for text: nothing to measure (and nothing to show)
        return super().get_content_height(container, viewport, width)
