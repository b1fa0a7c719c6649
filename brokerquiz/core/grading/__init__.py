"""Typed-answer grading: would an expert interviewer sign this answer to this card?

Both texts become tokens (words stemmed, transliterated and keyed; glossary terms and phrases
in any language or spelling; yes/no; negations; subjects). Each part of the answer is held to
the part of the expected text it answers (align), then: every part covered -> right; some left
out -> partly; any contradiction (yes/no or a negator flipped, a negating prefix, another value
of an opposite group, another number or subject, every option listed) -> wrong. Extra right
words, the question's own words and asides in parentheses cost nothing. A rating symbol opening
the text is its core; one subject's part of a comparison needs only its point. An accepted
alternative (the deck's accept, the paired deck's cell) wins over the guards for what it says.

No deck or language is written in this code: words are data (data/lexicon.*.yaml,
data/glossary.yaml, a deck's glossary:), subjects come from the deck being graded.
Deterministic; target p99 5 ms per card (benchmarks/bench_grade.py, prepared, the seventh session's final
code: 4.96 ms on the cheat sheets, 10.6 ms on the interview banks, 520edcf 5.3 / 11.8 ms in the same runs;
`prepare(card)` derives the deck side ahead). The modules, words up:

  thresholds  the tuning knobs (recall, precision, core credit, typo allowance...)
  lexicon     the per-language word lists in data/lexicon.*.yaml and the snowball stemmers
  text        words to keys: folding, stemming, transliteration, phonetic key; is_no_answer
  functionwords  "on" before a word is a preposition, no switch state; "and so on" closing a list: stop words
  keymeet     two words' keys meeting (a typo, an ending, a compound's head), cached once per pair
  glossary    terms and opposite groups (data/glossary.yaml plus a deck's glossary:)
  implications  a term implying another (implies:): one-way, "sub-millisecond" says "very fast", never the reverse
  subjects    the deck's subjects and their short names, found in a text
  numbers     numbers with units and comparisons
  labels      an option's value before a colon and its fact one part ("pull: ...; push: ...")
  analysis    a text as tokens, numbers, polarity and the subjects it names
  clauses     a negator's reach inside its part (to a relative clause's opener; German's late "nicht"
              reaching back past a preposition's phrase); a setting typed name=false
  negforms    a word and its form with a negating prefix (immutable / mutable), never an identifier piece
  identifiers an identifier ("records-lag-max", "x-dead-letter-exchange") is one name: no piece's term;
              its pieces spelling a glossary phrase whole name that term; a dotted name's pieces say no value
  verbvalues  a value's verb with an object ("alarms block publishers") is no value ("blocking")
  initials    an acronym typed in capitals meets the words whose initials it spells
  compounds   a compound split into the other side's words ("Lesereplikate" / "Replikate zum Lesen")
  formerly    a sentence opened by "previously" tells the old state: an aside, no claim of the new one
  documented  a setting's documented default (data/defaults.yaml, each with its vendor page) said otherwise: wrong, the page cited
  counterparts  the model answer's sentence an answer's clause says: a word it denies contradicts only that sentence's
  guards      reasons an answer is wrong however similar it looks
  othercells  another subject's cell of the row said: two content words of it (no word that only asserts, no "per"), or a value
  qualifiers  a qualifier of a denial both texts make ("no reply queue per client"): no client denied
  bounded     a value bound to a place ("strong on the primary"): another value said of another place is no antonym
  ownname     a word of the subject's own name ("logs" of "X Log") is no other subject's value
  extranumbers  another number than the model answer's is wrong; one told beside all of its numbers is detail
  boundfigures  two settings' figures swapped ("min.insync.replicas=3, replication factor 2"): a changed figure
  withdrawn   what the expected text says was removed or deprecated, offered again
  contrasts   another value of a group denied beside the expected one: set against it, no antonym
  moments     a relative value (before / after) placing another thing than the expected one: no antonym
  directions  raise/lower, cause/prevent, allow/forbid judged on what they act on (clause_opposites:);
              a prohibition ("prevents horizontal scaling") of a value the expected text says is its denial
  circumstances  a closing "no" after a circumstance both texts name denies no word of it; a negator
              inside a condition ("if no default is given") states a circumstance, not a denial
  instead     what a text sets aside ("the order instead of the customer"): turned down, as "not the customer" says
  pieces      a hyphenated compound says each piece's term ("xid-wraparound"); "multi-" counts several, "single-" none
  sides       the two texts' tokens as compared: words typed apart joined, acronyms, compounds
  align       parts aligned one to one, contradictions per part
  glossed     a name the model answer glosses in parentheses is said by its gloss ("messages_ready (waiting for delivery)")
  kinds       a word naming the kind of a value beside it ("isolation" of "repeatable read") adds nothing to it
  cases       values of one group each said under a condition of its own ("if long, small; if short, big"): a split, no hedge
  relations   another value of a group as the subject of a claim about the expected one ("secondary indexes store the pk"): no listing
  given       the question's words need not be said again; a part naming its term otherwise ("DLX" for "DLQs?") does
  names       dotted names met piece by piece: another name ("group.consumer.assignors") is no two thirds of one
  match       one answer against one expected text: recall by parts, precision, core, guards
  routes      the ways to be right besides recall (a rating, the core, a valued part) and may_reach, the pre-check over them
  sameclause  a subject's clause that only points back ("B the same", "B neither") is the clause before it
  parts       multi-subject answers clause by clause (grade_parts); a piece said of "the others" is each unnamed one's
  essence     a compare subject's first point alone is its point, unless its cell makes three points or more
              ("Rich SQL, joins, window functions, CTEs") or the clause names several subjects at once ("A and B horizontal")
  answer      grade(): the expected text and its accepted alternatives
  scopes      a claim bounded by another scope ("within a topic" for "within a partition") says something else
  hedged      a value said plainly where the model answer calls it hard ("horizontal" for "hard to scale horizontally")
  unnegated   a sentence the model answer denies, said plainly with every other word of it
  besides     a denial the model answer's other sentence makes, said beside that sentence's words: no contradiction of the lead
  keypoints   a long model answer judged by its key points: the lead sentence and an accept entry it holds
  asks        a question of two asks ("..., and how do you choose it?", "how does A differ from B?") answered by the lead alone: partly
  yesno       an opening yes/no to a yes/no question whose model answer says neither
  swaps       the things the question names swapped, or another listed item in one's place
  metwords    which of a deck text's words each answer word meets, found by key and kept per word
  denials     the question's own verb denied of what the model answer names; a contrast clause
              ("no, ..., but X is still needed") saying the question's words answers it yes
  pairs       the paired deck's card with the same keys; the row's and the subject's other cells
  traits      an extra claim of a trait value (delivery, writers) the subject's other rows (and notes) exclude
  extras      a part of a right answer saying another subject's cell of the row, or denying the
              subject's own cells elsewhere; "X, like Y" on a "which one?" card names Y too
  notes       a rating's note in the candidate's own words: right when no other subject's note
  asides      a sentence of its own about another subject, true by the deck: no claim against
  several     another value of a `several:` group said as an option beside the expected one
  sweeping    every / any / by default said in passing: a claim an accepted key point does not vouch for;
              every / of all / even in a part of the answer's own that says no expected word
  definitions a defined term's definition said with the opposite polarity ("lag — handed out"); a term opens its part
  reworded    a denial in other words: another denied clause's point ("one retry doesn't hold up the rest"),
              or one thing of a name set against another ("the id of the schema, not the schema itself")
  told        values told beside the expected ones: a model answer's beside its accept entry (no
              antonyms of the entry), "all three" for the values listed
  likewise    "Y too": what the model answer says of one thing claimed of another it says otherwise of
              ("..., and plain tables can restore too"; "..., plain tables too" after the snapshots' claim)
  both        a value the model answer gives both things ("both are asynchronous"), another said of one
  onlyany     any / every said where the model answer bounds its claim with only
  entails     a word implying what the model answer denies ("the broker keeps the reply" where it is stored nowhere)
  byitself    said to happen by itself ("its built-in DLQ") where the model answer says someone can do it
  assigned    a setting typed "name=value" with none of the model answer's values for it ("cleanup.policy=delete")
  doers       a machine said to do by itself what the model answer gives someone else and denies of it
  outcomes    another outcome of a circumstance the model answer states ("if no one subscribes, the server keeps it")
  namedclaims one named thing (TopicNameStrategy) given what another sentence says of another named thing
  pairings    the model answer's "X — Y" pairs swapped in the answer ("ready grows — consumers hang"), or X said with another Y's word order
  roles       two values swapped between the roles the model answer ties them to ("range by default, uniform as well")
  figures     an extra figure the deck gives otherwise: another time than the cell's nuance, another subject's version
  optioned    "X by default" where the card's note gives X as an option beside another default
  borrowed    an API name the deck gives one other subject only ("$lookup" said of a store without it)
  quoted      a "which one?" card's quoted cell said the other way beside the right subject
  vouched     another value of the cell's group said of something else, which the card's note names:
              no antonym, no other subject's value
              one word of another subject's cell that the subject's own cells say too: no value borrowed
  noted       a default the card's note states of the same thing, said after the whole expected text: no claim of its own
  reasons     why a right answer holds ("because ..."): no extra claim for precision
  picks       grade_choice(): one rule for picks clicked, pressed or typed
  cards       grade_card(), typed picks included
  prepare     prepare(): what grading a card reads of the deck alone, derived while it is on screen
  results     Grade and PartsGrade
"""

from __future__ import annotations

from .analysis import analyze
from .answer import grade
from .cards import grade_card
from .picks import grade_choice
from .parts import grade_parts
from .prepare import prepare
from .results import Grade, PartsGrade
from .subjects import SubjectIndex, subject_index
from .text import is_no_answer, keys_match, normalize, word_key

__all__ = [
    "SubjectIndex",
    "Grade",
    "PartsGrade",
    "grade",
    "grade_card",
    "grade_choice",
    "grade_parts",
    "is_no_answer",
    "normalize",
    "prepare",
    "subject_index",
]
