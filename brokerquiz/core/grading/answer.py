"""grade(): a typed answer against the expected text and the other accepted answers."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from .analysis import AnalyzedText, analyze
from .parts import grade_against
from .results import LEFT_OUT, ONLY_RIGHT, Grade, fragments
from .thresholds import CORE_PARTLY, GUARD_SCORE_CAP, PARTLY_MIN
from .asks import ask_left_out
from .namedclaims import others_claim
from .assigned import other_setting_value
from .scopes import swapped_scope
from .hedged import unhedged_value
from .unnegated import undenied_sentence
from .both import other_value_of_both
from .byitself import option_turned_around
from .doers import deed_of_another, machine_does_denied
from .entails import denies_implied, implies_denied
from .onlyany import any_for_only
from .keypoints import right_by_key_points
from .likewise import likewise_claims
from .outcomes import other_outcomes
from .pairings import swapped_pairs
from .crossed import crossed_deeds
from .mirrored import mirrored_claim
from .roles import swapped_roles
from .sentences import right_by_lead, right_by_sentences, sentences
from .sweeping import each_of_named, new_sweeping_words
from .subjects import SubjectIndex, index_for
from .defaults import other_default
from .definitions import flipped_definition
from .denials import asserted_asked, denied_asked
from .swaps import stand_in, swapped
from .documented import claim_holder, defaults_for, documented_default_hits
from .yesno import opposite_opening, without_opening_yes_no
from .text import expand_shorthands, fold, is_no_answer


def grade(
    expected: str,
    answer: str,
    *,
    accept: Sequence[str] = (),
    aliases: Mapping[str, Sequence[str]] | None = None,
    subject: str | None = None,
    core_right: bool = False,
    context: str = "",
    question: str = "",
    others: Sequence[str] = (),
    vouched: str = "",
    note: str = "",
) -> Grade:
    """Grade a typed answer against the expected text and other accepted answers.

    aliases: the deck's subjects, display name -> short names (core.cards.subject_aliases,
    which also carries the deck's glossary and language); none: no subjects are known.
    Naming a short name of the expected subject is right; naming another subject is wrong.
    subject: the subject the question is about (a name, short name or deck key), when the
    expected text does not name it: an answer naming another subject is then wrong too.
    core_right: the expected text's core (its first part) alone is right, as for one item of a
    list the question asks for; by default it is an omission (partly right).
    context: the question (and its row label...): its words cost nothing when repeated.
    question: the card's context (row label...): expected words it says need not be said.
    others: the other subjects' cells of the same row (what another subject's value says is wrong).
    vouched: a text about the card (a fact cell's note) whose values, said in a part of the answer
    about something else, are no antonym and no other subject's value (match.grade_text).
    note: the card's note: a default it states of the same thing, said after the whole expected
    text, is the deck's claim, not the answer's own (noted.py).
    """
    answer = expand_shorthands(answer)
    if is_no_answer(answer):
        return Grade(False, 0.0, fragments([expected]), (), "no answer", expected)
    index = index_for(aliases)
    graded = _graded(expected, answer, index, accept, subject, core_right, context, question, tuple(others), vouched, note)
    asked = context.split("\n", 1)[0]  # the question's line of the context
    word = opposite_opening(expected, answer, asked, index)
    if word:  # "no, ..." to "Can ...?" whose model answer opens "Can: ..."
        return Grade(False, min(graded.score, GUARD_SCORE_CAP), graded.missing, (word,),
                     f"opposite polarity: '{word}'", expected, contradicting=(word,))  # fmt: skip
    rest = None if graded.correct else without_opening_yes_no(expected, answer, asked, index)
    if rest:  # "no, <reasons>" to a yes/no question whose model answer leaves the yes/no to its reasons
        other = _graded(expected, rest, index, accept, subject, core_right, context, question, tuple(others), vouched, note)
        graded = other if other.beats(graded) else graded
    graded = _unswapped(graded, answer, asked, index)
    checks = _CLAIM_CHECKS if graded.correct else _PARTLY_CHECKS if graded.score >= PARTLY_MIN else ()
    for check, reason in checks:
        found = check(expected, answer, asked, index)
        if found:  # "..., and plain tables can restore too" where the model answer says they overwrite
            return Grade(False, min(graded.score, GUARD_SCORE_CAP), graded.missing, found, reason, expected, contradicting=found)
    documented = _documented_hits(expected, answer, aliases, index, subject) if checks else None
    if documented:  # "MaxAckPending, which defaults to 100" where the documentation says 1000
        reason, found = documented
        return Grade(False, min(graded.score, GUARD_SCORE_CAP), graded.missing, found, reason, expected, contradicting=found)
    return graded


def _documented_hits(expected: str, answer: str, aliases: Mapping[str, Sequence[str]] | None, index: SubjectIndex,
                     subject: str | None) -> tuple[str, tuple[str, ...]] | None:  # fmt: skip
    """documented.py's check with the deck's own defaults (core.cards.subject_aliases carries its
    `defaults:`), a subject's own default judged where the claim is about that subject."""
    return documented_default_hits(expected, answer, defaults_for(aliases), claim_holder(index, subject))


#: Checks of a right answer's own claims against the model answer's other sentences, each with its
#: reason (likewise.py, outcomes.py, pairings.py, roles.py, crossed.py, mirrored.py, both.py, onlyany.py, entails.py, byitself.py, doers.py, assigned.py, namedclaims.py, scopes.py, hedged.py, unnegated.py).
_CLAIM_CHECKS = (
    (likewise_claims, "says of another thing what the model answer says otherwise of it"),
    (lambda expected, answer, asked, index: other_outcomes(expected, answer, index),
     "gives another outcome of a circumstance the model answer states"),
    (lambda expected, answer, asked, index: swapped_pairs(expected, answer, index),
     "pairs one thing of the model answer with another's claim"),
    (lambda expected, answer, asked, index: swapped_roles(expected, answer, index),
     "gives two values each other's roles"),
    (lambda expected, answer, asked, index: crossed_deeds(expected, answer, index),
     "gives each of two things the other's deed"),
    (lambda expected, answer, asked, index: mirrored_claim(expected, answer, index),
     "says one thing's claim in the order the model answer gives another"),
    (lambda expected, answer, asked, index: other_value_of_both(expected, answer, index),
     "gives one thing another value than the model answer gives both"),
    (any_for_only, "says any or every where the model answer says only"),
    (implies_denied, "says in other words what the model answer denies"),
    (option_turned_around, "says it happens by itself where the model answer says one can do it"),
    (others_claim, "says of one named thing what the model answer says of another"),
    (machine_does_denied, "says the machine does by itself what the model answer gives someone else"),
    (deed_of_another, "gives one doer's deed to another"),
    (lambda expected, answer, asked, index: other_setting_value(expected, answer), "gives a setting another value"),
    (lambda expected, answer, asked, index: swapped_scope(expected, answer, index), "bounds the claim by another scope"),
    (lambda expected, answer, asked, index: unhedged_value(expected, answer, index), "says plainly what the model answer calls hard"),
    (denies_implied, "denies what the model answer's words imply"),
    (lambda expected, answer, asked, index: undenied_sentence(expected, answer, index), "says plainly what the model answer denies"),
)


#: The checks a partly right answer's claims get too: one thing's claim said of another ("Y too"),
#: another outcome, a swapped pair is a flip, not an omission.
_PARTLY_CHECKS = _CLAIM_CHECKS


def _graded(expected: str, answer: str, index: SubjectIndex, accept: Sequence[str], subject: str | None,
            core_right: bool, context: str, question: str, others: tuple[str, ...], vouched: str = "", note: str = "") -> Grade:  # fmt: skip
    """grade() for an answer that is not empty: the main text, its lead sentence, the accept entries."""
    sid = index.lookup(subject) if subject else None
    main = grade_against(expected, answer, index, use_core=True, sid=sid, core_right=core_right, neutral=context, question=question,
                        others=others, vouched=vouched, note=note)  # fmt: skip
    if main.correct and main.score >= 1.0:
        return replace(main, expected=expected)
    asked = context.split("\n", 1)[0]
    if main.correct and main.missing:  # right by most of the words, another ask's sentence among those left out: partly
        main = _unless_ask_left_out(main, expected, answer, asked, index) or main
    lead = right_by_lead(expected, answer, index, main, sid=sid, neutral=context)
    lead = lead if lead is None or _lead_makes_a_point(expected, accept, index) else None
    # the lead answers one ask of the question, a later sentence another the answer leaves out: partly
    lead = _unless_ask_left_out(lead, expected, answer, asked, index)
    main = ((lead if lead and lead.correct else None)
            or right_by_sentences(expected, answer, index, main, sid=sid, neutral=context)
            or _unless_ask_left_out(right_by_key_points(expected, answer, index, main, accept, sid=sid, neutral=context),
                                    expected, answer, asked, index)
            or lead or main)
    exp, ans = analyze(expected, index), analyze(answer, index)
    flipped = {"yes": "no", "no": "yes"}[exp.pol] if exp.pol and {"yes": "no", "no": "yes"}[exp.pol] in ans.pols else None
    best = main
    # a key point of a model answer of several sentences: the values it names besides are no antonyms
    told = expected if len(sentences(expected)) > 1 else ""
    for alt in _with_polarity(accept, exp, index):
        if flipped and flipped not in analyze(alt, index).pols:
            continue  # "yes, X" to a "No ..." card: only an accept entry saying "yes" makes it right
        # the two refusals that do not depend on the grade come first: no grading for a refused entry
        if any(fold(c) not in fold(alt) for c in main.contradicting):
            continue  # a claim against the main answer that the accept entry does not make itself
        if _new_terms(ans, (alt, expected, context), index):
            continue  # a field term neither text says ("👍 via exchanges" for "👍" or "👍 via topics")
        g = grade_against(alt, answer, index, use_core=False, sid=sid, neutral=f"{expected}\n{context}", told=told, terse=True,
                          needs=ONLY_RIGHT)
        if not g.correct:
            continue
        if g.beats(best) or not best.correct:
            best = g  # a deck's accept entry wins over the guards of the main text
    return replace(best, expected=expected)


#: Checks of an answer against what the question names, each with its reason (swaps.py, denials.py).
_QUESTION_CHECKS = (
    (swapped, "swaps what the question names"),
    (stand_in, "names another item where the question asks for one"),
    (denied_asked, "denies the question's own verb of what the answer should name"),
    (asserted_asked, "says the question's own words after a contrast: answers yes where the model answer says no"),
    (other_default, "calls another option the default"),
    (flipped_definition, "says a defined term's definition with the opposite polarity"),
)


def _unswapped(graded: Grade, answer: str, asked: str, index: SubjectIndex) -> Grade:
    """The grade, wrong when the answer contradicts the expected text on what the question (the
    context's first line, `asked`) names: two things swapped, another item in one's place, its verb denied."""
    for check, reason in _QUESTION_CHECKS if asked else ():
        found = check(graded.expected, answer, asked, index)
        if found:
            return Grade(False, min(graded.score, GUARD_SCORE_CAP), graded.missing, found, reason, graded.expected,
                         contradicting=found)  # fmt: skip
    return graded


def _unless_ask_left_out(g: Grade | None, expected: str, answer: str, asked: str, index: SubjectIndex) -> Grade | None:
    """A verdict by the lead sentence or the key points, partly when the answer leaves out another
    ask of the question (asks.py): the lead's point made, the rest left out."""
    if g is None or not ask_left_out(expected, answer, asked, index):
        return g
    return Grade(False, CORE_PARTLY, g.missing or fragments(sentences(expected)[1:]), (), "incomplete")


def _lead_makes_a_point(expected: str, accept: Sequence[str], index: SubjectIndex) -> bool:
    """Is the model answer's lead sentence its point? Yes unless the card's accept entries (its key
    points) say otherwise: when the lead sentence says none of them, not even half of one, it only sets the
    scene ("In a consumer group ...; a share group ...") and saying it is no answer."""
    if not accept:
        return True
    lead = sentences(expected)[0]
    # the lead's other words cost nothing: does it say a key point, whole or half of it?
    return any(_says_some(grade_against(alt, lead, index, use_core=False, neutral=lead, needs=PARTLY_MIN))
               for alt in accept if alt and alt.strip())  # needs: as keypoints.lead_says asks it


def _says_some(g: Grade) -> bool:
    """Is a deck text's grade against another one partly right by more than its words alone (LEFT_OUT)?"""
    return g.verdict != "wrong" and g.reason != LEFT_OUT


def _with_polarity(accept: Sequence[str], exp: AnalyzedText, index: SubjectIndex) -> list[str]:
    """The accepted alternatives, each also with the expected text's opening yes/no when it
    says none ("min.insync.replicas=2" on a "No, ..." card: "no, min.insync.replicas=2" too)."""
    out: list[str] = []
    word = next((t.raw for t in exp.toks if t.kind == "pol"), "") if exp.pol else ""
    for alt in accept:
        if not alt or not alt.strip():
            continue
        out.append(alt)
        if word and not analyze(alt, index).pols:
            out.append(f"{word}, {alt}")
    return out


def _new_terms(ans: AnalyzedText, texts: Sequence[str], index: SubjectIndex) -> bool:
    """Does the answer name a glossary term (outside parentheses) that none of the texts says?
    Such a term is a claim of its own, which an accepted short form does not vouch for. Against
    a model answer of several sentences (texts: the accept entry, the model answer, the question)
    the key points are said in one's own words: only a sweeping word is such a claim (sweeping.py)."""
    if len(texts) > 1 and len(sentences(texts[1])) > 1:  # "in each region" where the model answer names regions: no sweeping claim
        each = each_of_named(ans, [t for t in analyze(texts[1], index).toks if t.kind == "word"], placed=True)
        return any(w not in each for w in new_sweeping_words(ans, texts, index, agency=True))
    quiet = {name for name, g in index.glossary.groups.items() if g.quiet}  # function words ("per") are plain terms here
    terms = [t for t in ans.content if t.term is not None and (t.group is None or t.group in quiet) and not t.paren]
    if not terms:
        return False
    known = [k for text in texts for k in analyze(text, index).content]
    return any(not any(t.matches(k) for k in known) for t in terms)
