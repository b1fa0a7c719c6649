"""Mock-interview questions built from the deck's rows, with model answers and notes.

Five kinds, each an open question graded part by part:

  compare    "Compare «Delivery guarantee» for Kafka and RabbitMQ": one part per broker (its cell)
  scenario   "«High load» and «Replay»: which broker, and why?": the 👍 brokers must be named,
             the ❌ ones must not (⚠️ and mixed ratings are neither)
  use        "When would you use Kafka?": one part per 'when to use' item
  follow-up  an interviewer's follow-up card, one part
  phrase     the closing phrase, one part per clause (picking: see interview_pick)
"""

from __future__ import annotations

from dataclasses import dataclass

from ... import card_ids
from ...deck.prompts import prompts
from ...lang import for_language
from ...model import Card, Deck

TEXT = {
    "en": {
        "compare": "Compare “{row}” for {subjects}.",
        "compare_hint": "Answer for each: “{example}”",
        "scenario": "{rows}: which {noun} would you pick, and why?",
        "scenario_hint": "Name the ones that fit and say why; leave out the ones that do not.",
        "use": "When would you use {subject}?",
        "use_hint": "Name the typical cases.",
        "and": "and",
        "quote": "“{}”",
        "not_fit": "Does not fit: {names}",
        "caveats": "With caveats: {names}",
        "phrase_hint": "It begins: “{start} …” — {n} parts to say.",
    },
    "ru": {
        "compare": "Сравните «{row}» у {subjects}.",
        "compare_hint": "Ответьте по каждому: «{example}»",
        "scenario": "{rows}: какой {noun} выберете и почему?",
        "scenario_hint": "Назовите подходящие и объясните; неподходящие не называйте.",
        "use": "Когда вы выберете {subject}?",
        "use_hint": "Назовите типичные сценарии.",
        "and": "и",
        "quote": "«{}»",
        "not_fit": "Не подходит: {names}",
        "caveats": "С оговорками: {names}",
        "phrase_hint": "Начало: «{start} …» — частей: {n}.",
    },
}


def text_for(language: str) -> dict[str, str]:
    return for_language(TEXT, language)


@dataclass(frozen=True)
class Part:
    """One graded part of an open answer.

    role "cover": the answer must say `expected` (or an `accept` form);
    role "name": the answer must name this subject; role "avoid": it must not.
    """

    label: str
    expected: str
    accept: tuple[str, ...] = ()
    role: str = "cover"
    card_ids: tuple[str, ...] = ()  # the cards that teach this part


@dataclass(frozen=True)
class InterviewQuestion:
    """One open interview question with its model answer and the cards behind it."""

    key: str  # stable: built from deck keys, e.g. "compare/comparison/delivery/kafka+rabbitmq"
    kind: str
    prompt: str
    model_answer: str
    parts: tuple[Part, ...]
    topics: tuple[str, ...]  # "table/row" keys this question tests
    topic_label: str
    card_ids: tuple[str, ...]
    hint: str = ""
    labels: tuple[str, ...] = ()  # one label per topic (a scenario may join two rows)
    notes: tuple[str, ...] = ()  # nuance notes with sources: where the sheet is outdated

    @property
    def topic(self) -> str:
        return self.topics[0]

    def label_of(self, topic: str) -> str:
        if topic in self.topics and len(self.labels) == len(self.topics):
            return self.labels[self.topics.index(topic)]
        return self.topic_label

    def to_json(self) -> dict:
        return {
            "key": self.key,
            "kind": self.kind,
            "prompt": self.prompt,
            "model_answer": self.model_answer,
            "topics": list(self.topics),
            "topic_label": self.topic_label,
            "card_ids": list(self.card_ids),
            "notes": list(self.notes),
        }


def _note(who: str, nuance) -> str | None:
    if nuance is None:
        return None
    source = f" [{nuance.source}]" if nuance.source else ""
    return f"{who}: {nuance.text}{source}" if who else f"{nuance.text}{source}"


def _join(names: list[str], word: str) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} {word} {names[-1]}"


# --------------------------------------------------------------------------- builders


def compare_question(deck: Deck, table_key: str, row_key: str, subjects: list[str]) -> InterviewQuestion:
    """Compare one comparison-table row for the given subjects (deck order kept)."""
    t = text_for(deck.language)
    table = next(tb for tb in deck.tables if tb.key == table_key)
    row = next(r for r in table.rows if r.key == row_key)
    keys = [s.key for s in deck.subjects if s.key in subjects and s.key in row.cells]
    names = [deck.subject(k).name for k in keys]
    topic = card_ids.row_topic(table_key, row_key)
    parts = tuple(
        Part(
            label=deck.subject(k).name,
            expected=row.cells[k].text,
            accept=row.cells[k].accept,
            card_ids=(card_ids.fact(deck.id, table_key, row_key, k),),
        )
        for k in keys
    )
    example = "; ".join(f"{n}: …" for n in names)
    notes = [_note("", row.nuance)] + [_note(deck.subject(k).name, row.cells[k].nuance) for k in keys]
    return InterviewQuestion(
        key=card_ids.compare_question_key(table_key, row_key, keys),
        kind="compare",
        prompt=t["compare"].format(row=row.label, subjects=_join(names, t["and"])),
        model_answer="\n".join(f"{p.label}: {p.expected}" for p in parts),
        parts=parts,
        topics=(topic,),
        topic_label=row.label,
        card_ids=(card_ids.compare(deck.id, table_key, row_key), *(c for p in parts for c in p.card_ids)),
        hint=t["compare_hint"].format(example=example),
        notes=tuple(n for n in notes if n),
    )


def scenario_question(deck: Deck, table_key: str, row_keys: list[str]) -> InterviewQuestion | None:
    """Which broker for one rating row, or for two at once (None if no broker fits both)."""
    t = text_for(deck.language)
    noun = deck.subject_noun or prompts(deck.language)["noun"]
    table = next(tb for tb in deck.ratings if tb.key == table_key)
    rows = [next(r for r in table.rows if r.key == k) for k in row_keys]
    order = [s.key for s in deck.subjects]
    fits = [k for k in order if all(k in r.cells and r.cells[k].fits and not r.cells[k].mixed for r in rows)]
    if not fits:
        return None
    # a ❌ with a nuance note is outdated or disputed (RabbitMQ streams do replay): naming it
    # is not held against the answer, the note in the model answer explains
    bad = [
        k
        for k in order
        if any(k in r.cells and r.cells[k].rating[0] == "bad" for r in rows)
        and not any(k in r.cells and r.cells[k].nuance for r in rows)
    ]
    parts = [_subject_part(deck, table_key, rows, k, "name") for k in fits]
    parts += [_subject_part(deck, table_key, rows, k, "avoid") for k in bad]
    notes = [_note("", r.nuance) for r in rows] + [
        _note(deck.subject(k).name, r.cells[k].nuance) for r in rows for k in order if k in r.cells
    ]
    labels = [t["quote"].format(r.label) for r in rows]
    return InterviewQuestion(
        key=card_ids.scenario_question_key(table_key, row_keys),
        kind="scenario",
        prompt=t["scenario"].format(rows=_join(labels, t["and"]), noun=noun),
        model_answer="\n".join(_scenario_model(t, deck, rows, fits, bad)),
        parts=tuple(parts),
        topics=tuple(card_ids.row_topic(table_key, r.key) for r in rows),
        topic_label=" + ".join(r.label for r in rows),
        card_ids=tuple(card_ids.scenario(deck.id, table_key, r.key) for r in rows),
        hint=t["scenario_hint"],
        labels=tuple(r.label for r in rows),
        notes=tuple(n for n in notes if n),
    )


def _subject_part(deck: Deck, table_key: str, rows: list, key: str, role: str) -> Part:
    """A subject the scenario answer must name (role "name") or must not (role "avoid"),
    taught by its rating cards of the rows."""
    subject = deck.subject(key)
    return Part(
        label=subject.name,
        expected=subject.name,
        accept=subject.aliases,
        role=role,
        card_ids=tuple(card_ids.rating(deck.id, table_key, r.key, key) for r in rows if key in r.cells),
    )


def _scenario_model(t: dict[str, str], deck: Deck, rows: list, fits: list[str], bad: list[str]) -> list[str]:
    """The model answer's lines: each fitting subject with its ratings' text, then the ones
    with caveats, then the ones that do not fit."""

    def rated(keys: list[str]) -> str:
        return ", ".join(
            f"{deck.subject(k).name} ({'; '.join(r.cells[k].text for r in rows if k in r.cells)})" for k in keys
        )

    model = [f"{deck.subject(k).name}: {'; '.join(r.cells[k].text for r in rows)}" for k in fits]
    order = [s.key for s in deck.subjects]
    caveats = [k for k in order if k not in fits and k not in bad and any(k in r.cells for r in rows)]
    if caveats:
        model.append(t["caveats"].format(names=rated(caveats)))
    if bad:
        model.append(t["not_fit"].format(names=rated(bad)))
    return model


def use_question(deck: Deck, list_key: str, subject_key: str) -> InterviewQuestion:
    """When to use one subject: its list items are the parts; the takeaway closes the model answer."""
    t = text_for(deck.language)
    lst = next(sl for sl in deck.lists if sl.key == list_key)
    name = deck.subject(subject_key).name
    parts = tuple(
        Part(
            label=item.key,
            expected=item.text,
            accept=item.accept,
            card_ids=(card_ids.use_case(deck.id, list_key, subject_key, item.key),),
        )
        for item in lst.items[subject_key]
    )
    model = [f"• {p.expected}" for p in parts]
    ids = [c for p in parts for c in p.card_ids]
    takeaway = deck.takeaways.get(subject_key)
    notes = [_note("", item.nuance) for item in lst.items[subject_key]] + [_note("", takeaway.nuance if takeaway else None)]
    if takeaway:
        model.append(f"{name} = {takeaway.text}")
        ids.append(card_ids.takeaway(deck.id, subject_key))
    return InterviewQuestion(
        key=card_ids.use_question_key(list_key, subject_key),
        kind="use",
        prompt=t["use"].format(subject=name),
        model_answer="\n".join(model),
        parts=parts,
        topics=(card_ids.list_topic(list_key, subject_key),),
        topic_label=f"{lst.title}: {name}",
        card_ids=tuple(ids),
        hint=t["use_hint"],
        notes=tuple(n for n in notes if n),
    )


PHRASE_START_WORDS = 4  # the phrase question shows at most this many of its first words


def phrase_start(text: str, first_clause: str, words: int = PHRASE_START_WORDS) -> str:
    """The first words of a phrase (no opening quote mark): at most `words`, and at most half
    of its first clause, so the hint says which phrase without saying a clause of it."""
    n = min(words, max(1, len(first_clause.split()) // 2))
    return " ".join(text.strip().lstrip("“«\"'„").split()[:n])


def card_question(card: Card, kind: str, language: str = "en") -> InterviewQuestion:
    """A follow-up card (one part) or the phrase card (one part per clause; the hint names
    its first words and how many parts, so the question says which phrase is meant)."""
    hint = ""
    if kind == "phrase" and card.parts:
        clauses = card_ids.clauses_of(card.id, [label for label, _ in card.parts])
        parts = tuple(
            Part(label=label, expected=text, card_ids=(clause,)) for (label, text), clause in zip(card.parts, clauses)
        )
        hint = text_for(language)["phrase_hint"].format(start=phrase_start(card.back, parts[0].expected), n=len(parts))
    else:
        parts = (Part(label="answer", expected=card.back, accept=card.answers, card_ids=(card.id,)),)
    return InterviewQuestion(
        key=card_ids.card_question_key(kind, card.id),
        kind=kind,
        prompt=card.front,
        model_answer=card.back + (f"\n[{card.source}]" if card.source and not card.nuance else ""),
        parts=parts,
        topics=(card.topic,),
        topic_label=card.topic_label,
        card_ids=(card.id,),
        hint=hint,
        notes=(f"{card.nuance}" + (f" [{card.source}]" if card.source else ""),) if card.nuance else (),
    )
