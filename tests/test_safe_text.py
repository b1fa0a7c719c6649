"""The output sanitiser: control sequences and bidi overrides become visible escapes."""

from brokerquiz.core.safe_text import printable, unsafe_characters


def test_osc52_and_bell_become_visible_escapes():
    assert printable("log \x1b]52;c;cHduZWQ=\x07") == "log \\x1b]52;c;cHduZWQ=\\x07"


def test_c1_csi_and_bidi_override_are_escaped():
    assert printable("a\x9b2Jb") == "a\\x9b2Jb"
    assert printable("abc\u202eevil") == "abc\\u202eevil"


def test_tab_newline_and_ordinary_unicode_stay():
    text = "Кафка\tlog\n👍 ⚠️ ❌ «да»"
    assert printable(text) == text
    assert unsafe_characters(text) == []


def test_carriage_return_and_nul_are_unsafe():
    assert unsafe_characters("a\rb\x00") == [(1, "\r"), (3, "\x00")]
