"""Grading a card: a typed answer to its back (part by part when long), or choice picks."""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from .analysis import CONTENT, Token, analyze
from .asides import without_true_asides
from .extras import extra_claims, likened_subjects
from .notes import compared_subjects, own_note
from .optioned import option_called_default
from .pairs import cells_by_other_subject, deck_subject_cells, deck_subjects, other_subjects_cells, paired_card, row_cells, row_notes, subject_cells, subject_fits, subject_notes, subject_texts, quoted_cell, texts_by_subject
from .borrowed import borrowed_identifiers
from .chains import chain_answers
from .figures import contradicted_figures
from .quoted import against_quote
from .answer import grade
from .lexicon import lexicons
from .match import grade_text
from .parts import CHUNK_SEP, grade_parts
from .picks import grade_choice
from .results import OTHER_SUBJECTS_VALUE, Grade, fragments
from .subjects import SubjectIndex, index_for
from .text import expand_shorthands, is_no_answer, lexicon_words
from .thresholds import CORE_CREDIT, GUARD_SCORE_CAP, LONG_ANSWER_WORDS, PARTLY_MIN
from .vouched import borrowed_own, own_values, vouching
from .traits import contradicted_traits
from .defaulted import contradicted_default
from .ownterms import contradicted_terms

if TYPE_CHECKING:  # only for annotations: the grader never needs more than a Card's fields
    from ..model import Card


def _is_long(answer: str, index: SubjectIndex) -> bool:
    """Long enough to grade part by part: two subjects, several clauses, or many words."""
    an = analyze(answer, index)
    if len(an.sids) >= 2 or CHUNK_SEP.search(answer.strip()):
        return True
    return len(an.content) >= LONG_ANSWER_WORDS


_PICK_ITEM = re.compile(r"\d{1,2}|[^\W\d_]")


def _pick_index(item: str) -> int | None:
    """The choice an item picks: "2" -> 1, or a letter's place in a lexicon's choice letters."""
    if item.isdigit():
        return int(item) - 1
    for letters in lexicons().choice_letters:
        if item in letters:
            return letters.index(item)
    return None


def _typed_indexes(text: str) -> set[int] | None:
    """"1, 3" or "a c" (any lexicon's choice letters) as choice indexes; None if it is not that."""
    items = [i for i in re.split(r"[\s,;/+]+", text.lower()) if i]
    if not items or not all(_PICK_ITEM.fullmatch(i) for i in items):
        return None
    picked = {_pick_index(i) for i in items}
    return None if None in picked else picked  # type: ignore[return-value]


def _pick_pieces(text: str) -> list[str]:
    """The items of a typed list of picks: split at commas, semicolons, " / ", " + " and a
    lexicon's conjunctions ("A, B and C"); an "or" stays in its piece (a hedge)."""
    joining = lexicons().conjunctions
    pieces = re.split(r"[,;\n]+|\s[/+]\s", text)
    return [w for p in pieces for w in re.split(r"\s+(?:%s)\s+" % "|".join(map(re.escape, joining)), p, flags=re.I)] if joining else pieces


def _parse_picks(card: Card, answer: str, index: SubjectIndex) -> set[int] | None:
    """Typed picks for a choice card: "1, 3", "a c", or the choices' own texts."""
    choices = card.choices or ()
    text = answer.strip()
    picked = _typed_indexes(text)
    if picked is not None and all(0 <= i < len(choices) for i in picked):
        return picked
    picked = set()
    for piece in _pick_pieces(text):
        if not piece.strip():
            continue
        for i, choice in enumerate(choices):
            if piece.strip() == choice.strip() or (
                len(analyze(piece, index).content) <= len(analyze(choice, index).content)
                and grade_text(choice, piece, index, use_core=False).correct
            ):  # a piece saying more than a choice ("👍 via exchanges") is an answer, not a pick
                picked.add(i)
                break
        else:
            return None
    return picked or None


def _without_set_aside(card: Card, answer: str, wrong: Sequence[str], index: SubjectIndex) -> str:
    """The answer without its list items that name only optional choices ("and C's log since 3.9"
    where C may be picked) or only deny choices the card does not ask for ("A and B, C no": C set
    aside, as the card's rating does), when the other subjects it was judged wrong for are all
    such ones; "" when there is no such item or nothing else is left."""
    choices = card.choices or ()
    optional = {index.lookup(choices[i]) for i in card.optional} - {None}
    asked = {index.lookup(choices[i]) for i in card.correct} - {None}
    kept, aside = [], set()
    for piece in _pick_pieces(answer):
        said = analyze(piece, index)
        sids = set(said.sids)
        denied = not sids & asked and (said.pol == "no" or all(t.neg for t in said.toks if t.kind == "subj"))
        if sids and (sids <= optional or denied):
            aside |= sids
        elif piece.strip():
            kept.append(piece.strip())
    if not aside or not kept or any(index.lookup(w) not in aside for w in wrong):
        return ""
    return ", ".join(kept)


def grade_card(card: Card, answer: str, *, aliases: Mapping[str, Sequence[str]] | None = None) -> Grade:
    """Grade a typed answer to a card: its back, its other accepted answers, part by part
    when the card has parts and the answer is long. Choice cards accept typed picks. When the
    deck names a pair (the same deck in another language), an answer right against the pair's
    card for the same keys is right too. aliases: core.cards.subject_aliases(deck)."""
    index, answer = index_for(aliases), expand_shorthands(answer)
    if card.choices is not None and not is_no_answer(answer):
        picked = _parse_picks(card, answer, index)
        if picked is None and _says_every(answer, len(card.choices or ()), index):
            picked = set(range(len(card.choices or ())))  # "all four": every choice picked
        if picked is not None:
            return _typed_picks(card, picked, _says_only(answer, index))
    if _echoes_question(card, answer, index):
        return Grade(False, 0.0, fragments([card.back]), (), "repeats the question", card.back)
    best = _typed(card, answer, aliases, index)
    if card.choices and not best.correct and best.wrong:
        rest = _without_set_aside(card, answer, best.wrong, index)
        if rest:  # "A, B, and C since 3.9": C is optional, its own detail no other subject; "A, B, not C"
            kept = grade_card(card, rest, aliases=aliases)
            if kept.score > best.score:
                return replace(kept, expected=card.back)
    quoted = quoted_cell(card, aliases) if best.correct and card.choices else ""
    if quoted:  # "Which one? '..., no joins'" answered "X, and it supports joins": the quote said the other way
        against = against_quote(quoted, answer, index)
        if against:
            return Grade(False, min(best.score, GUARD_SCORE_CAP), (), against, "says the quoted cell the other way: " + ", ".join(against),
                         card.back, contradicting=against)  # fmt: skip
    if card.choices and best.correct:  # "X, like Y" on a "which one?" card names Y as well
        allowed = [card.choices[i] for i in (*card.correct, *card.optional)]
        likened = likened_subjects(answer, allowed, index)
        if likened:
            return Grade(False, GUARD_SCORE_CAP, (), likened, "likens another subject: " + ", ".join(likened), card.back,
                         contradicting=likened)  # fmt: skip
    # the pair's cell says the same in the other language: it may accept other words, never
    # what contradicts this card's own text (an aside the pair's cell words otherwise)
    if not best.correct and not best.contradicting and not is_no_answer(answer):
        paired = paired_card(card, aliases)
        if paired is not None:
            other = _typed(paired[0], answer, paired[1], index_for(paired[1]))
            if other.correct:
                return replace(other, expected=card.back)
    return best


#: Share of the question's words an answer made only of them must retype to be an echo.
ECHO_SHARE = 0.6


def _echoes_question(card: Card, answer: str, index: SubjectIndex) -> bool:
    """Does the answer only say what the question says (its words typed back)? Picking one of
    the values the question offers ("👍, ⚠️ or ❌") is an answer, not an echo."""
    asked = [t for t in analyze(card.front, index).toks if t.kind in CONTENT]
    said = [t for t in analyze(answer, index).toks if t.kind in CONTENT]
    offered = {g for g in {q.group for q in asked if q.group} if len({q.value for q in asked if q.group == g}) > 1}
    if not any(t.kind == "word" and t.group is None for t in said) or any(t.group in offered for t in said):
        return False  # names only subjects, or picks a value the question offers ("👍, ⚠️ or ❌")
    # words count as typed (no typo or prefix allowance: a long term is no echo of a short word);
    # a subject by the name typed: one alias answers a question naming it by another
    def same(t: Token, q: Token) -> bool:
        return t.low == q.low if t.kind == "subj" else _same_word(t, q)

    if not all(any(same(t, q) for q in asked) for t in said):
        return False
    # most of the question retyped, not one of its terms given as the answer (a header name)
    return sum(any(same(t, q) for t in said) for q in asked) >= ECHO_SHARE * len(asked)


def _same_word(a: Token, b: Token) -> bool:
    return (a.term is not None and a.term == b.term) or a.key == b.key or (bool(a.ukey) and a.ukey == b.ukey)


def _typed(card: Card, answer: str, aliases: Mapping[str, Sequence[str]] | None, index: SubjectIndex) -> Grade:
    """A typed answer against the card's back and accepted answers, or part by part."""
    context = "\n".join((card.front, *card.context))
    whole = grade(card.back, answer, accept=card.answers, aliases=aliases, subject=card.subject, context=context,
                  question="\n".join(card.context[1:]), others=row_cells(card, aliases),
                  vouched=vouching(card.nuance or "", card.back, index), note=card.nuance or "")  # fmt: skip
    if not whole.correct and not whole.missing and whole.reason.startswith(OTHER_SUBJECTS_VALUE) and borrowed_own(
            whole.contradicting, own_values((*deck_subject_cells(card, aliases), card.nuance or ""), index), index):
        # every expected part said, and the one value the deck says of this subject too (in another
        # cell, or in the card's own note: "classic queues write to disk by default"): judged
        # without the row's other cells (not in place of an expected word: "delete" for "compact")
        whole = grade(card.back, answer, accept=card.answers, aliases=aliases, subject=card.subject, context=context,
                      question="\n".join(card.context[1:]), vouched=vouching(card.nuance or "", card.back, index))  # fmt: skip
    if not whole.correct:  # a sentence of its own about another subject, true by the deck: an aside
        whole = without_true_asides(card, answer, aliases, index, lambda exp, text, subject: grade(
            exp, text, aliases=aliases, subject=subject, context=context, question="\n".join(card.context[1:]))) or whole
    # another subject named after a comparison marker ("harder than X") is compared, not claimed
    compared = compared_subjects(answer, index) if card.kind == "rating" and whole.contradicting else ()
    if card.kind == "rating" and (whole.verdict == "partly" and not whole.contradicting or compared and set(whole.contradicting) <= set(compared)) \
            and own_note(card.back, answer, row_notes(card, aliases), context, index, index.lookup(card.subject or ""), compared):
        whole = Grade(True, max(whole.score, CORE_CREDIT), whole.missing, (), "the rating right; the note in own words", whole.expected)
    claimed = _claimed(card, answer, aliases, index, context) if whole.correct else ()
    if claimed:  # a right answer plus a claim the subject's other rows contradict
        whole = Grade(False, min(whole.score, GUARD_SCORE_CAP), whole.missing, claimed,
                      "claims what the subject's other cells contradict", whole.expected, contradicting=claimed)
    if card.parts and not is_no_answer(answer) and _is_long(answer, index):
        recital = card.kind == RECITAL_KIND
        by_parts = grade_parts(card.parts, answer, aliases=aliases, recital=recital).as_grade()
        if by_parts.beats(whole) or (whole.correct and _unasked(by_parts.contradicting, context, index)) \
                or (recital and whole.correct and not by_parts.correct):  # a clause cut to one of its points is no recital
            return replace(by_parts, expected=card.back)
    return whole


#: The card kind that asks for its whole text ("say the whole phrase"): each part with its points.
RECITAL_KIND = "phrase"

#: Card kinds with no subject of their own whose answer is about the one subject it names (a clause
#: of the interview phrase): what the deck says of that subject judges its extra claims.
NAMING_KINDS = frozenset({"cloze"})


def _claimed(card: Card, answer: str, aliases: Mapping[str, Sequence[str]] | None, index: SubjectIndex,
             context: str) -> tuple[str, ...]:  # fmt: skip
    """The fragments of a right answer claiming what the deck says otherwise of its subject: a
    trait value its other cells (a follow-up's: its chain's answers, chains.py) exclude, a default they contradict, a term they say the other way,
    another subject's value (traits.py, defaulted.py, ownterms.py, extras.py)."""
    card = _named_subject(card, aliases, index)
    own = deck_subject_cells(card, aliases)
    cells = (*subject_cells(card, aliases), *subject_notes(card, aliases)) if card.kind == "fact" else (
        (*own, *subject_notes(card, aliases)) if card.kind in NAMING_KINDS else chain_answers(card, aliases))
    fits = subject_fits(card, aliases, _display(card, index)) if card.subject else ()
    # the cell's nuance is what the deck says of this very cell, read whole: "(pull)" in it is said too
    nuance = (re.sub(r"[()]", " ", card.nuance),) if card.nuance and cells else ()
    claimed = contradicted_traits(card.back, answer, (*cells, *nuance), index)
    if not claimed:  # "X by default" where the deck offers X as a choice or gives another value
        claimed = contradicted_default(card.back, answer, own, index, card.nuance or "")
    if not claimed:  # "X by default" where the card's note gives X as an option beside another default
        claimed = option_called_default(answer, card.nuance or "", index)
    if not claimed:  # a term the subject's own cells say the other way
        claimed = contradicted_terms(card.back, answer, index, own=(*own, *subject_notes(card, aliases)), asked=context,
                                     others=cells_by_other_subject(card, aliases), fits=fits)  # fmt: skip
    if not claimed:  # a figure the deck gives the subject otherwise, or gives another subject only
        claimed = contradicted_figures(card.back, answer, card.nuance or "", *subject_texts(card, aliases), index)
    if not claimed:  # an API name the deck gives one other subject and never this one
        mine, theirs = texts_by_subject(card, aliases)
        claimed = borrowed_identifiers(answer, (card.back, context, *card.answers, card.nuance or "", *mine), theirs, index)
    if not claimed:  # a part saying another subject's value, or denying the subject's own
        claimed = extra_claims(card.back, answer, index, row=row_cells(card, aliases), own=own, asked=context, fits=fits,
                               elsewhere=other_subjects_cells(card, aliases), nuance=card.nuance or "")  # fmt: skip
    return claimed


def _named_subject(card: Card, aliases: Mapping[str, Sequence[str]] | None, index: SubjectIndex) -> Card:
    """The card with the one subject its expected text names as its subject, for a kind with none
    of its own (NAMING_KINDS); the card itself otherwise."""
    if card.subject or card.kind not in NAMING_KINDS:
        return card
    sids = {t.sid for t in analyze(card.back, index).toks if t.kind == "subj"}
    if len(sids) != 1:
        return card
    key = next((k for k in deck_subjects(aliases) if index.lookup(k) in sids), None)
    return card._replace(subject=key) if key else card


def _display(card: Card, index: SubjectIndex) -> str:
    """The card's subject's display name (as choices name it), or ""."""
    sid = index.lookup(card.subject) if card.subject else None
    return index.display[sid] if sid is not None else ""


def _unasked(fragments_: Sequence[str], context: str, index: SubjectIndex) -> bool:
    """Do these contradicting fragments of a part say a word the question does not? Then a part
    says another part's value (or the opposite) where the whole text, every part's words together,
    hides it (one subject's term said in another subject's part); the question's
    own words cost nothing in any part."""
    asked = [t for t in analyze(context, index).toks if t.kind in CONTENT]
    said = [t for f in fragments_ for t in analyze(f, index).toks if t.kind == "word"]
    return any(not any(_same_word(t, q) for q in asked) for t in said)


#: The most other words an answer saying "all of them" may have ("all four fit").
EVERY_OTHER_WORDS = 1


#: Where the piece of an answer saying "all four" ends ("all four, each has pub-sub").
_PIECE_END = re.compile(r"[,;:\n\u2014]|\s[-\u2013]\s")


def _says_every(answer: str, n_choices: int, index: SubjectIndex) -> bool:
    """Does the typed answer pick every choice in words (_every_alone), whole or in its first piece
    when the rest narrows nothing: no negator or yes/no, no only-word, no exception ("except",
    the lexicons' except_words): "all four, pub-sub is in each of them, the last one the lightest"?"""
    if _every_alone(answer, n_choices, index):
        return True
    cut = _PIECE_END.search(answer)
    if not cut or not _every_alone(answer[: cut.start()], n_choices, index):
        return False
    rest = answer[cut.end() :]
    low = " %s " % " ".join(re.findall(r"\w+", rest.lower()))
    if any(" %s " % w in low for w in lexicon_words("except_words")) or _says_only(rest, index):
        return False
    return not any(t.kind in ("neg", "pol") for t in analyze(rest, index).toks)


def _every_alone(answer: str, n_choices: int, index: SubjectIndex) -> bool:
    """Does the text pick every choice in words: the glossary's every-value word ("all",
    its number, if any, the count of choices), at most one other word, no subject, no negator?"""
    every = index.glossary.every
    toks = [t for t in analyze(answer, index).toks if t.kind != "stop"]
    if every is None or not any(t.term == every for t in toks) or any(t.kind in ("subj", "neg", "pol") for t in toks):
        return False
    counts = [t for t in toks if t.key.isdigit()]
    if any(t.key != str(n_choices) for t in counts):
        return False
    return len([t for t in toks if t.term != every and t not in counts]) <= EVERY_OTHER_WORDS


def _says_only(answer: str, index: SubjectIndex) -> str:
    """A lexicon's only-word the typed answer says ("only X"), as typed, or ""."""
    only = lexicons().only_words
    return next((t.raw for t in analyze(answer, index).toks if t.low in only and not t.paren), "")


def _typed_picks(card: Card, picked: set[int], only: str = "") -> Grade:
    """Typed picks: as grade_choice (a pick that does not fit makes the answer wrong, as a
    click's; every right one picked is right). Some right ones and nothing else is an omission:
    partly, however few ("which ones?" asks for all the card names). "Only X" where more are
    right rules the others out: wrong, as a pick that does not fit."""
    left_out = tuple(card.choices[i] for i in sorted(set(card.correct) - picked)) if card.choices else ()
    if only and picked and left_out:
        said = tuple(card.choices[i] for i in sorted(picked)) if card.choices else ()
        return Grade(False, 0.0, left_out, said, f"only one of several: '{only}'", card.back, contradicting=said)
    graded = grade_choice(card, picked)
    if not graded.correct and picked and picked <= set(card.correct):
        # right subjects named, none wrong, some left out: an omission, partly right however few
        graded = replace(graded, score=max(graded.score, PARTLY_MIN))
    return replace(graded, expected=card.back)
