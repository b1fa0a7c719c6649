"""speed: the grader skips work that cannot change a grade, and what it keeps per text is bounded.

Each test states what a change of the speed round does without changing any verdict (grading
speed is measured by benchmarks/bench_grade.py; these tests state the mechanism, on made-up texts)."""

from __future__ import annotations

from brokerquiz.core.grading.match import grade_text
from brokerquiz.core.grading.meets import plain_words
from brokerquiz.core.grading.subjects import index_for

_INDEX = index_for({"Ledgerly": ["ledgerly"]})


def _plain_words_misses(run) -> int:
    before = plain_words.cache_info().misses
    run()
    return plain_words.cache_info().misses - before


def test_the_neutral_text_is_not_read_when_the_expected_text_says_every_answer_word():
    # every answer word is an expected word: what the neutral text (the question...) says cannot matter
    neutral = "Which clerk stamps the open ledger pages every evening at the branch office?"
    misses = _plain_words_misses(lambda: grade_text("the clerk stamps the open ledger", "the clerk stamps the ledger", _INDEX,
                                                    use_core=False, neutral=neutral))
    assert misses == 0


def test_the_neutral_text_is_read_for_an_answer_word_the_expected_text_lacks():
    neutral = "Which clerk stamps the open ledger pages every evening at the branch office today?"
    g = grade_text("the clerk stamps the open ledger", "the clerk stamps the ledger pages", _INDEX, use_core=False, neutral=neutral)
    assert g.correct  # "pages" is the question's own word: it costs nothing
    assert plain_words.cache_info().currsize > 0


def test_the_question_is_not_read_when_the_answer_says_every_expected_word():
    question = "Ledger pages stamped by the evening clerk, branch office records"
    misses = _plain_words_misses(lambda: grade_text("the clerk stamps the open ledger", "the clerk stamps the open ledger again",
                                                    _INDEX, use_core=False, question=question))
    assert misses == 0


# --- what a text says alone is derived once per analysis (AnalyzedText.memo), and bounded ---

from brokerquiz.core.grading.analysis import analyze  # noqa: E402
from brokerquiz.core.grading.compounds import split_compounds  # noqa: E402
from brokerquiz.core.grading.initials import join_initials  # noqa: E402
from brokerquiz.core.grading.joins import join_split_words, one_word_keys  # noqa: E402
from brokerquiz.core.grading.separable import join_separated  # noqa: E402


def test_steps_that_change_nothing_return_the_tokens_they_are_given():
    # the same list back lets the next step read what the text says alone from its analysis's memo
    exp, ans = analyze("the clerk stamps the open ledger", _INDEX), analyze("a clerk stamps ledgers", _INDEX)
    assert join_split_words(exp.toks, one_word_keys(ans.toks), _INDEX.latin, exp) is exp.toks
    assert join_initials(exp.toks, ans.toks, exp, ans) is exp.toks
    assert split_compounds(exp.toks, ans.toks, _INDEX.latin, _INDEX.glossary, exp, ans) is exp.toks
    assert join_separated(exp.toks, _INDEX.glossary, exp) is exp.toks


def test_words_typed_apart_are_still_joined_from_the_memo():
    exp, ans = analyze("the stampbook of the clerk", _INDEX), analyze("the stamp book of the clerk", _INDEX)
    joined = join_split_words(ans.toks, one_word_keys(exp.toks), _INDEX.latin, ans)
    assert [t.low for t in joined if t.kind == "word"][:1] == ["stamp-book"]
    assert join_split_words(ans.toks, one_word_keys(exp.toks), _INDEX.latin, ans) == joined  # the memo's runs, again


def test_a_texts_memo_holds_a_few_fixed_entries_however_many_answers_meet_it():
    expected = "the clerk stamps the open ledger every evening at the branch"
    for n in range(60):
        grade_text(expected, f"clerk number {n} stamps the ledger", _INDEX, use_core=True)
    memo = analyze(expected, _INDEX).memo
    assert 0 < len(memo) <= 20  # one entry per kind of derivation, never one per answer
    assert all(isinstance(name, str) and not any(ch.isdigit() for ch in name) for name in memo)


# --- a test asked only of the words it can hold for (no scan of every pair) ---

import brokerquiz.core.grading.analysis as analysis_module  # noqa: E402
import brokerquiz.core.grading.negphrase as negphrase_module  # noqa: E402
import brokerquiz.core.grading.reasons as reasons_module  # noqa: E402


def _counting(monkeypatch, module, name):
    calls = []
    real = getattr(module, name)

    def spy(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, spy)
    return calls


def test_a_text_with_no_no_word_is_never_scanned_for_a_closing_no(monkeypatch):
    calls = _counting(monkeypatch, analysis_module, "_closing")
    analysis_module.analyze.__wrapped__("the clerk stamps, the ledger closes; the branch opens at nine", _INDEX)
    assert calls == []


def test_a_closing_no_is_still_read_as_a_negator():
    # "X no" closing its part denies X: no yes/no polarity of the text
    an = analysis_module.analyze.__wrapped__("ledger stamps no", _INDEX)
    assert an.pol is None and an.has_neg


def test_reason_markers_are_looked_up_by_the_word_not_tried_at_every_word(monkeypatch):
    from brokerquiz.core.grading.reasons import _markers_by_first

    _markers_by_first()  # built once per process
    calls = _counting(monkeypatch, reasons_module, "_markers")
    toks = analyze(" ".join(f"word{n}" for n in range(40)), _INDEX).toks
    assert reasons_module._reason_starts(toks) == []
    assert len(calls) <= 1


def test_only_a_denied_answer_word_is_asked_whether_it_denies_the_other_value(monkeypatch):
    calls = _counting(monkeypatch, negphrase_module, "denied_other_value")
    exp = analyze("the clerk stamps the open ledger every evening", _INDEX).content
    ans = analyze("the clerk stamps the open ledger", _INDEX).content
    hits = negphrase_module.denial_words_hit(exp, ans, [True] * len(ans), _INDEX.glossary)
    assert hits == [True] * len(ans)
    assert calls == []  # no answer word is denied: none can deny the other value of a group


import brokerquiz.core.grading.meets as meets_module  # noqa: E402
import brokerquiz.core.grading.sweeping as sweeping_module  # noqa: E402


class _CountingPattern:
    def __init__(self, pattern, calls):
        self.pattern, self.calls = pattern, calls

    def fullmatch(self, text):
        self.calls.append(text)
        return self.pattern.fullmatch(text)

    def search(self, text):
        return self.pattern.search(text)


def test_a_sweeping_word_is_found_by_its_spelling_and_a_stem_only_where_its_letters_open_a_word(monkeypatch):
    import re

    calls: list[str] = []
    patterns = ((w, _CountingPattern(re.compile(rf"(?<!\w){body}(?!\w)"), calls))
                for w, body in (("every", "every"), ("always*", r"always\w*")))  # fmt: skip
    monkeypatch.setattr(sweeping_module, "_patterns", lambda found=tuple(patterns): found)
    said = sweeping_module._said(analyze("the clerk stamps every ledger at the branch", _INDEX))
    assert [w for w, _ in said] == ["every"]
    assert calls == []  # no word starts "always"; "every" is a word as spelled: no pattern run


def test_a_short_expected_word_is_asked_as_the_head_only_of_a_hyphenated_compound(monkeypatch):
    calls = _counting(monkeypatch, meets_module, "compound_head_meets")
    exp = analyze("the open log", _INDEX).content
    ans = analyze("the openledgerbook journal", _INDEX).content
    same = meets_module.same_matrix(exp, ans, set(), _INDEX.glossary, ())
    assert not any(map(any, same))
    assert all(len(e.key) >= 5 or len(e.ukey) >= 5 for e, _ in calls)  # "log" (3 letters) asked of no closed compound


def test_a_neutral_text_answers_a_word_it_was_asked_before_without_asking_its_words_again(monkeypatch):
    words = plain_words("the branch office keeps the evening registers of every clerk", _INDEX, ("word", "pol"), False)
    word = analyze("journals", _INDEX).content[0]
    first = meets_module.meets_plain(word, words)
    calls = _counting(monkeypatch, meets_module, "keys_meet")
    assert meets_module.meets_plain(word, words) == first
    assert calls == []


def test_what_a_neutral_text_keeps_of_the_words_asked_is_bounded(monkeypatch):
    monkeypatch.setattr(meets_module, "MET_KEPT", 50)
    words = plain_words("the branch office keeps the evening registers of every clerk today", _INDEX, ("word",), False)
    letters = "bdfghjklmnprstvwxz"
    for n in range(400):  # distinct made-up words (some key alike): "qu" + n in consonants + "o"
        spelled = "".join(letters[int(d)] for d in str(n))
        meets_module.meets_plain(analyze(f"qu{spelled}o", _INDEX).content[0], words)
    assert len(words.met) == 50
