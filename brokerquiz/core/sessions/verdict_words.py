"""The words every verdict is said with, in study, quiz and the interview report (UI strings, data).

One table so the three modes word a verdict alike: the same mark and label, the same line
names for your answer, the model answer and what was missing or wrong; the rating names; and
the grader's reasons in the interface language (`reason_text`: the grader writes English).
"""

from __future__ import annotations

from ..translate import N_, _

# verdict -> (mark, label)
VERDICTS: dict[str, tuple[str, str]] = {
    "right": ("✓", N_("Right")),
    "partly": ("≈", N_("Partly right")),
    "wrong": ("✗", N_("Wrong")),
    "unanswered": ("·", N_("No answer")),
    "not reached": ("·", N_("Not reached")),
}
LINES: dict[str, str] = {
    "you": N_("You"),
    "expected": N_("Expected"),
    "missing": N_("Missing"),
    "wrong": N_("Wrong"),
    "nothing": N_("(nothing)"),
    "explanation": N_("Why"),
    "nuance": N_("Nuance"),
    "source": N_("Source"),
}
RATING_LABELS: dict[int, str] = {1: N_("Again"), 2: N_("Hard"), 3: N_("Good"), 4: N_("Easy")}
# the grader's reasons (core/grading writes them in English): whole reasons, and the words
# before ': ' of those naming what the answer said ("missed: x", "antonym: 'a' vs 'b'")
REASONS: dict[str, str] = {
    "incomplete": N_("incomplete"),
    "does not match": N_("does not match"),
    "does not match the expected answer": N_("does not match the expected answer"),
    "incomplete: names only some of the listed options": N_("incomplete: names only some of the listed options"),
    "incomplete: says part of the answer and nothing else": N_("incomplete: says part of the answer and nothing else"),
    "too much: the answer adds parts the expected answer does not have":
        N_("too much: the answer adds parts the expected answer does not have"),
    "right by the core; detail left out": N_("right by the core; detail left out"),
    "lists every subject": N_("lists every subject"),
    "you did not know": N_("you did not know"),
    "nothing picked": N_("nothing picked"),
    "picked every option": N_("picked every option"),
    "no answer": N_("no answer"),
    "repeats the question": N_("repeats the question"),
    "detail left out": N_("detail left out"),
    "right by the core": N_("right by the core"),
    "right by the lead sentence": N_("right by the lead sentence"),
    "the lead's point and an accept entry it holds": N_("the lead's point and an accept entry it holds"),
    "every sentence said in other words": N_("every sentence said in other words"),
    "the rating right": N_("the rating right"),
    "the note in own words": N_("the note in own words"),
    "nothing said about the intro": N_("nothing said about the intro"),
    "claims what the subject's other cells contradict": N_("claims what the subject's other cells contradict"),
    "swaps what the question names": N_("swaps what the question names"),
    "says a defined term's definition with the opposite polarity":
        N_("says a defined term's definition with the opposite polarity"),
    "a sweeping claim the expected answer does not make": N_("a sweeping claim the expected answer does not make"),
    "says of another thing what the model answer says otherwise of it":
        N_("says of another thing what the model answer says otherwise of it"),
    "denies the question's own verb of what the answer should name":
        N_("denies the question's own verb of what the answer should name"),
    "names another item where the question asks for one": N_("names another item where the question asks for one"),
    "calls another option the default": N_("calls another option the default"),
    "pairs one thing of the model answer with another's claim": N_("pairs one thing of the model answer with another's claim"),
    "gives two values each other's roles": N_("gives two values each other's roles"),
    "gives each of two things the other's deed": N_("gives each of two things the other's deed"),
    "says one thing's claim in the order the model answer gives another":
        N_("says one thing's claim in the order the model answer gives another"),
    "gives one doer's deed to another": N_("gives one doer's deed to another"),
    "says of one named thing what the model answer says of another":
        N_("says of one named thing what the model answer says of another"),
    "gives a setting another value": N_("gives a setting another value"),
    "bounds the claim by another scope": N_("bounds the claim by another scope"),
    "says plainly what the model answer denies": N_("says plainly what the model answer denies"),
    "denies what the model answer's words imply": N_("denies what the model answer's words imply"),
    "says plainly what the model answer calls hard": N_("says plainly what the model answer calls hard"),
    "says the machine does by itself what the model answer gives someone else":
        N_("says the machine does by itself what the model answer gives someone else"),
    "gives another outcome of a circumstance the model answer states":
        N_("gives another outcome of a circumstance the model answer states"),
    "answers yes where the model answer says no": N_("answers yes where the model answer says no"),
    "gives one thing another value than the model answer gives both":
        N_("gives one thing another value than the model answer gives both"),
    "says any or every where the model answer says only": N_("says any or every where the model answer says only"),
    "says in other words what the model answer denies": N_("says in other words what the model answer denies"),
    "says it happens by itself where the model answer says one can do it":
        N_("says it happens by itself where the model answer says one can do it"),
}
REASON_HEADS: dict[str, str] = {
    "another default than documented": N_("another default than documented"),
    "missed": N_("missed"),
    "wrong pick": N_("wrong pick"),
    "other subject": N_("other subject"),
    "opposite polarity": N_("opposite polarity"),
    "wrong number": N_("wrong number"),
    "wrong comparison": N_("wrong comparison"),
    "lists every option": N_("lists every option"),
    "antonym": N_("antonym"),
    "key term": N_("key term"),
    "opposite": N_("opposite"),
    "hedges": N_("hedges"),
    "offers what was withdrawn": N_("offers what was withdrawn"),
    "intro": N_("intro"),
    "right": N_("right"),
    "right by its key points": N_("right by its key points"),
    "another subject's value": N_("another subject's value"),
    "only one of several": N_("only one of several"),
    "one for several": N_("one for several"),
    "opposite direction": N_("opposite direction"),
    "another setting value": N_("another setting value"),
    "likens another subject": N_("likens another subject"),
    "says the quoted cell the other way": N_("says the quoted cell the other way"),
    "says the question's own words after a contrast": N_("says the question's own words after a contrast"),
    "denies what the expected answer says": N_("denies what the expected answer says"),
}
# reasons naming a subject of the deck (shown as written): the English around it, then the
# same words in the catalogs with {name} where the subject goes
REASON_FRAMES: dict[tuple[str, str], str] = {
    ("nothing said about ", ""): N_("nothing said about {name}"),
    ("", " not named"): N_("{name} not named"),
}
ALIGNED = ("you", "expected", "missing", "wrong")  # the lines whose texts start in one column


def verdict_mark(verdict: str) -> str:
    return VERDICTS.get(verdict, ("?", verdict))[0]


def verdict_label(verdict: str, score: float | None = None) -> str:
    """'≈ Partly right  60%': the mark, the label, and the share of credit when it is partial."""
    mark, label = VERDICTS.get(verdict, ("?", verdict))
    label = _(label)
    share = f"  {round(score * 100)}%" if score is not None and 0 < score < 1 else ""
    return f"{mark} {label}{share}"


def line_name(key: str) -> str:
    """'Expected': a line's name in the interface language."""
    return _(LINES[key])


def line_label(key: str) -> str:
    """'Expected  ': a line's name padded so the texts after it line up (in any language)."""
    width = max(len(line_name(k)) for k in ALIGNED) + 2
    return line_name(key).ljust(width)


def rating_label(rating: int) -> str:
    """'Again' / 'Снова': a rating's name in the interface language."""
    return _(RATING_LABELS[rating]) if rating in RATING_LABELS else str(rating)


def reason_text(reason: str) -> str:
    """The grader's English reason in the interface language, piece by piece ('; ' between
    them); a piece it does not know stays as it is (answer text is never translated)."""
    return "; ".join(_reason_piece(piece) for piece in reason.split("; ")) if reason else reason


def _reason_piece(piece: str) -> str:
    if piece in REASONS:
        return _(REASONS[piece])
    for (before, after), frame in REASON_FRAMES.items():
        name = piece[len(before) : len(piece) - len(after)]
        if piece.startswith(before) and piece.endswith(after) and name and ": " not in name:
            return _(frame).format(name=name)
    head, sep, rest = piece.partition(": ")
    if sep and head in REASON_HEADS:
        return f"{_(REASON_HEADS[head])}: {_reason_piece(rest)}"
    if sep:  # a subject's part ("Kafka: incomplete"): the name as written, the reason translated
        return f"{head}: {_reason_piece(rest)}"
    return piece
