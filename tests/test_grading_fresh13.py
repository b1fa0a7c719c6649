"""fresh13 first-run causes (own-words follow-ups on the interview banks), stated with other words.

- a model answer offering two ways as whole parts ("X, where ..., or Y: ...") is answered by either;
- an acronym ending in a version number ("MM2", "mm2") spells the camel-case word and number it
  stands for ("MirrorMaker 2");
- same / different are opposite values ("identical" for "different" says the opposite).
"""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade

_EN = (
    "Keep a warm standby node, where a watchdog promotes it on failure, or restore the nightly snapshot: "
    "the cluster has no automatic failover."
)
_RU = (
    "Храните тёплую резервную копию, которую сторож поднимает при сбое, или восстанавливайте ночной снимок: "
    "автоматического переключения в кластере нет."
)


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        (_EN, "restore the nightly snapshot, the cluster has no automatic failover", "right"),
        (_EN, "keep a warm standby node that a watchdog promotes on failure, the cluster has no automatic failover", "right"),
        (_EN, "the cluster has no automatic failover", "partly"),  # neither way named
        (_EN, "restore the nightly snapshot", "partly"),  # one way, the rest of the sentence left out
        (_RU, "восстанавливать ночной снимок, автоматического переключения в кластере нет", "right"),
        (_RU, "автоматического переключения в кластере нет", "partly"),
    ],
)
def test_either_of_two_ways_offered_as_whole_parts_is_right(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


def test_an_or_without_a_comma_before_it_offers_no_whole_part_alternative():
    # "set on the pool (a limit) or on the request (a header), the lower wins": one claim about
    # both places, not two ways; naming one place leaves the other out
    expected = "A limit is set on the pool (the max-size option) or on the request (the deadline header), the lower one wins."
    assert grade(expected, "the deadline header on the request, the lower wins").verdict != "right"


@pytest.mark.parametrize("answer", ["mm2 copies the topics", "MM2 copies the topics"])
def test_a_versioned_acronym_spells_a_camel_case_word_and_its_number(answer):
    assert grade("MirrorMaker 2 copies the topics", answer).verdict == "right"
    assert grade("ObjectStore 3 keeps the blobs", answer.replace("mm2", "os3").replace("MM2", "OS3").replace("copies the topics", "keeps the blobs")).verdict == "right"


def test_a_mixed_case_versioned_word_is_no_acronym():
    assert grade("ObjectStore 3 keeps the blobs", "Os3 keeps the blobs").verdict != "right"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("Snapshots on the two nodes are different", "the snapshots are identical on both nodes"),
        ("Снимки на двух узлах разные", "снимки на узлах одинаковые"),
        ("Снимки на двух узлах разные", "на узлах те же самые снимки"),
    ],
)
def test_same_for_different_says_the_opposite(expected, answer):
    assert grade(expected, answer).verdict == "wrong"


def test_a_bare_same_in_passing_is_no_sameness_claim():
    assert grade("one lock per job; jobs sharing a name wait", "a lock per job, jobs with the same name wait").verdict == "right"


_CONTRAST = (
    "Replication is switched on by a flag: a replicated table receives copies of the rows written to the primary "
    "table in another region. Backup is an explicit nightly dump; both are asynchronous."
)


def _swapped(answer: str, question: str = "How does replication differ from backup?") -> tuple[str, ...]:
    from brokerquiz.core.grading.subjects import index_for
    from brokerquiz.core.grading.swaps import swapped

    return swapped(_CONTRAST, answer, question, index_for(None))


def test_a_contrasted_thing_said_again_in_its_own_sentence_still_anchors_a_swap():
    # "replication" heads its sentence and is said again only there ("a replicated table")
    assert _swapped("backup is switched on by a flag and receives copies of the rows, replication is the explicit nightly dump")


def test_one_region_with_the_other_things_claims_is_a_swap_on_a_contrasting_question():
    assert _swapped("backup is switched on by a flag, a replicated table receives copies")
    assert not _swapped("replication is switched on by a flag, a replicated table receives copies")
    assert not _swapped("replication, unlike backup, is switched on by a flag, the table receives copies")  # an aside
    # no contrast asked: one region alone is no swap
    assert not _swapped("backup is switched on by a flag, a replicated table receives copies", "What do replication and backup give?")


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        # a negated verb denies the phrase after it: "does not emit warnings" says "emits no warnings"
        ("the encoder emits no warnings and logs the timing", "the encoder does not emit warnings and logs timing", "right"),
        ("the encoder does not emit warnings and logs the timing", "the encoder emits no warnings and logs timing", "right"),
        ("the encoder emits no warnings and logs the timing", "the encoder does emit warnings and logs timing", "wrong"),
        ("the encoder emits warnings and logs the timing", "the encoder does not emit warnings and logs timing", "wrong"),
    ],
)
def test_a_denied_verb_denies_the_phrase_after_it(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


def test_not_the_same_says_different():
    assert grade("The two replicas differ in their ids", "the ids are not the same on the two replicas").verdict == "right"
    assert grade("The ids are identical on both replicas", "the ids are not the same on both replicas").verdict == "wrong"


def _contradictions(expected: str, answer: str, alignment: dict[int, int]) -> list:
    from brokerquiz.core.grading.align import contradictions
    from brokerquiz.core.grading.analysis import analyze
    from brokerquiz.core.grading.subjects import index_for

    index = index_for(None)
    words = [[t for t in analyze(text, index).toks if t.kind in ("word", "subj")] for text in (expected, answer)]
    return contradictions(alignment, words[0], words[1])


def test_a_value_another_part_says_with_the_answer_parts_words_is_no_claim_against_its_aligned_part():
    # the answer's part lands on the purge part, but "kept ... per shelf" is what the first part says
    expected = "history caps the versions kept per shelf; purge removes the shelf's history"
    assert _contradictions(expected, "how many versions per shelf are kept", {1: 0}) == []
    # a value that shares no other word with the part saying it still leaks ("high latency" beside "high throughput")
    assert _contradictions("high throughput; low latency", "high latency", {1: 0})


def test_two_pieces_of_one_hyphenated_question_word_anchor_no_swap():
    # "ledger-table" in the question meets "table" in the expected sentence and "ledger" in the
    # answer: they are not the same thing, so it anchors nothing there
    from brokerquiz.core.grading.subjects import index_for
    from brokerquiz.core.grading.swaps import _anchors, _content

    index = index_for(None)
    asked = [t for t in _content("What is a ledger-table, and why is it compacted?", index) if t.kind == "word"]
    sentence = _content("Compaction keeps the latest value per key, so the table does not grow forever.", index)
    answer = _content("the ledger is read back after a crash; compacted to keep the latest value per key", index)
    assert [sentence[p].low for p, _ in _anchors(asked, sentence, answer)] == ["compaction"]


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("keep the leaderboard in a sorted set", "keep the leaderboard in a zset"),
        ("держите рейтинг в сортированном множестве... ", "рейтинг в sorted set"),
        ("a scheduler wakes the workers", "the шедулер wakes the workers"),
        ("планировщик будит воркеров", "scheduler будит воркеров"),
    ],
)
def test_zset_and_scheduler_in_other_spellings(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict"),
    [
        # "before" and "after" about different things: no list of options
        ("Commit the offset after processing the record.", "validate the record before processing, commit the offset after processing", "right"),
        ("Коммитить offset после обработки записи.", "проверить запись до обработки, а offset коммитить после обработки", "right"),
        # the other value said of the expected thing itself, or beside a thin part, still counts
        ("Commit the offset after processing the record.", "commit the offset before processing, after that process", "wrong"),
        ("Commit the offset after processing the record.", "ack before the handler runs, log after", "wrong"),
    ],
)
def test_both_values_of_a_group_about_different_things_list_no_options(expected, answer, verdict):
    assert grade(expected, answer).verdict == verdict


def test_names_of_one_family_are_said_by_the_hump_that_tells_them_apart():
    expected = ("The shipper runs three agents: LogSourceAgent reads the files, LogCheckpointAgent stores the "
                "positions, LogHeartbeatAgent checks the link.")
    assert grade(expected, "three agents: source reads the files, checkpoint stores the positions, heartbeat checks the link").verdict == "right"
    assert grade(expected, "three agents: LogSourceAgent reads the files, LogCheckpointAgent stores the positions, "
                           "LogHeartbeatAgent checks the link").verdict == "right"
    # a lone camel-case name is no family: it keeps its own key
    from brokerquiz.core.grading.analysis import analyze
    from brokerquiz.core.grading.initials import by_distinct_hump
    from brokerquiz.core.grading.subjects import index_for

    toks = analyze("Use the LogSourceAgent to read the files", index_for(None)).toks
    assert [t.key for t in by_distinct_hump(toks, toks)] == [t.key for t in toks]
    family = analyze(expected, index_for(None)).toks
    rekeyed = {t.raw: t.key for t in by_distinct_hump(family, family)}
    assert rekeyed["LogSourceAgent"] == next(t.key for t in analyze("source", index_for(None)).toks)
