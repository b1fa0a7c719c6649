"""The grader's tuning knobs: scores are 0..1; "partly" is any wrong answer scoring PARTLY_MIN or more."""

from __future__ import annotations

#: Share of the expected words (full answer) that the answer must cover to be right. 3 of 4
#: words is enough: one forgotten minor word ("very fast, milliseconds") is not a miss.
RIGHT_RECALL = 0.8
#: Share of one part's words that covers the part: two of three ("within a partition" for
#: "guaranteed within a partition"); a part of one or two words needs all of them.
CHUNK_COVER = 0.66
#: The longest part (in words) that CHUNK_COVER covers: a longer one ("retries after the de-dup
#: window and non-idempotent side effects") holds several claims, and each must be said.
LENIENT_MAX_WORDS = 5
#: The recall one subject's part of a comparison needs (with nothing wrong): half its parts.
PART_RECALL = 0.5
#: The most points (major parts, parentheses aside) a subject's cell of a comparison may make for
#: its first point alone to be its point ("High, needs a cluster"); a cell of more ("Rich SQL,
#: joins, window functions, CTEs") needs PART_RECALL or a value it names whole (essence.py).
#: fa8, tune of 3903: FA 16 -> 14, FR 75 -> 75.
CORE_POINTS_MAX = 2
#: The recall an answer that also says words the expected text lacks needs. Below RIGHT_RECALL
#: on purpose, for the two are on different scales: such an answer gets no CHUNK_COVER credit
#: inside a part (a part of three words with one replaced counts 0.67, not 1), so it is held
#: to more, not less. What it must not do is say a whole part of its own in place of one it
#: leaves out (match._part_replaced): that is a replacement, not an omission. Raising it to
#: RIGHT_RECALL was measured (fresh12, tune of 1990: 96.1% -> 94.4%, 35 more false rejects
#: for 2 fewer false accepts); test_grading_fresh12 states both rules.
FULL_RECALL = 0.75
#: Share of the core's words the answer must cover. Cores are 1-3 words, so in practice
#: all of them (4 of 5 for a long core).
CORE_RECALL = 0.8
#: Share of the answer's words that must be found in the expected text. Half, so that an
#: answer restating the question ("long retention" for "Long") passes, while a list of
#: everything ("FIFO per queue, FIFO per stream, within a partition...") does not.
MIN_PRECISION = 0.5
#: Score of an answer that is right by its rating only (the note left out): right.
CORE_CREDIT = 0.9
#: Score of an answer that covers only the expected text's core (its first part): an
#: omission, so partly right however important the core is.
CORE_PARTLY = 0.7
#: Fallback whole-string check: rapidfuzz token_sort_ratio of the normalised keys (order
#: free, but NOT token_set_ratio, which would give 100 to any superset). 90 lets one or two
#: typos through on a few-word answer and nothing looser.
STRING_RATIO = 90
#: Two keys share a "stem" when their common prefix is at least PREFIX_MIN characters and
#: covers PREFIX_SHARE of the shorter key: visok/visokaia, zavisit/zavisiat. Words are also
#: compared unstemmed, so a loanword cut short by the stemmer (Cyrillic "replay" -> "repl") still
#: meets its Latin form ("replay") without "repl" meeting "replication".
PREFIX_MIN = 5
PREFIX_SHARE = 0.7
#: The most letters the longer key may have past the common prefix: an ending ("visokaia"),
#: not words of their own (a camel-case name "TopicRecordNameStrategy" is no form of "topic").
PREFIX_TAIL_MAX = 8
#: ... unless the shorter key is this share of the longer one or more: a compound's first word
#: ("zeilen" of "zeilenversionen") still meets it; one word of four does not.
PREFIX_WORD_SHARE = 0.4
#: Typos allowed between two keys, by the shorter key's length (OSA edits, a transposition
#: is one edit): none under 4 letters ("low"/"lov" must be exact), one up to 10 letters
#: ("at-lest-once"), two beyond. Keys holding digits never get any: "1ms" != "10ms".
TYPO_SHORT = 4
TYPO_LONG = 10
#: The most edits a typo may have: what edits_allowed gives keys longer than TYPO_LONG.
MOST_EDITS = 2
#: An answer hit by a guard (polarity, antonym, number, other subject) scores at most this.
GUARD_SCORE_CAP = 0.25
#: A model answer of several sentences said in one's own words (sentences.right_by_sentences):
#: each sentence alone must score SENTENCE_COVER (a whole part of it said: "partly"), and the
#: whole text SENTENCES_MAIN_MIN, with nothing contradicting.
SENTENCE_COVER = 0.5
SENTENCES_MAIN_MIN = 0.6
#: A model answer judged by its key points (keypoints.py): the share of its lead sentence an answer
#: in its own words must score, beside every accept item the lead says. Below RIGHT_RECALL, the
#: bar for a text said whole, on purpose: a paraphrase covers some 60-70% of a model sentence's words
#: (fresh18, tune of 2931 at 0.6: FA 31, FR 102; 0.5: FA 38, FR 99; 0.55: FA 33; 0.65: FR 105).
KEY_POINT_COVER = 0.6
#: Score from which a wrong answer is "partly" right.
PARTLY_MIN = 0.5
#: The intro of a multi-subject answer ("The choice of broker depends on ...") only needs to be
#: about half there: the clauses carry the content.
INTRO_MIN_SCORE = 0.5
#: grade_card grades part by part when the answer has this many words or more (or several
#: lines / ';' / subject mentions).
LONG_ANSWER_WORDS = 6
#: The score a sentence about another subject needs against that subject's cell to be an aside
#: (asides.py): one part of a three-part cell ("has them, via its transactional producer" for
#: "Yes, via transactional producer/consumer"); a shared function word ("per") is not enough.
ASIDE_MIN_SCORE = 0.3
