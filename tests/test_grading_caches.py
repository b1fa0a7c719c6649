"""The grader's caches are bounded (a long session never grows them without end), each word
pair is cached once, and what start-up loaded is frozen once per process."""

from __future__ import annotations

import gc
import importlib
import pkgutil

import brokerquiz.core.grading as grading
from brokerquiz.core.grading.keymeet import _ordered_keys_meet, keys_meet
from brokerquiz.core.grading.meets import plain_words
from brokerquiz.core.grading.subjects import index_for
from brokerquiz.core.heap import FULL_COLLECTION_BACKSTOP, FULL_COLLECTION_EVERY, collect_between_keys, freeze_loaded

#: Caches keyed by what ships, not by what is typed: one entry per lexicon file, per field list.
KEYED_BY_SHIPPED = {"brokerquiz.core.grading.lexicon._read", "brokerquiz.core.grading.text.lexicon_words"}


def _grading_caches() -> dict[str, object]:
    found = {}
    for info in pkgutil.iter_modules(grading.__path__, "brokerquiz.core.grading."):
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if callable(getattr(value, "cache_info", None)) and getattr(value, "__module__", "") == info.name:
                found[f"{info.name}.{name}"] = value
    return found


def test_every_grading_cache_has_a_size_limit():
    caches = _grading_caches()
    assert {"brokerquiz.core.grading.meets.plain_words", "brokerquiz.core.grading.keymeet._ordered_keys_meet",
            "brokerquiz.core.grading.initials._acronym_of", "brokerquiz.core.grading.initials._initials_of"} <= set(caches)
    unbounded = sorted(n for n, c in caches.items() if c.cache_info().maxsize is None and n not in KEYED_BY_SHIPPED)
    assert unbounded == []


def test_plain_words_stays_within_its_size_with_more_texts_than_it_holds():
    index = index_for({"Kafka": ["kafka"]})
    limit = plain_words.cache_info().maxsize
    for n in range(limit + 50):
        plain_words(f"partitions replicated {n} times", index, ("word",), False)
    assert plain_words.cache_info().currsize == limit


def test_a_word_pair_asked_both_ways_is_cached_once():
    _ordered_keys_meet.cache_clear()
    first = keys_meet("partits", "partition", (), "word", "partitsii", "partitsii", (), "word")
    second = keys_meet("partitsii", "partitsii", (), "word", "partits", "partition", (), "word")
    assert first == second
    assert _ordered_keys_meet.cache_info().currsize == 1


def test_what_is_loaded_is_frozen_once_per_process():
    freeze_loaded()
    frozen = gc.get_freeze_count()
    assert frozen > 0
    later = [[n] for n in range(1000)]  # a later session's objects may become garbage: never frozen
    freeze_loaded()
    assert gc.get_freeze_count() == frozen
    assert gc.get_threshold()[2] == FULL_COLLECTION_BACKSTOP  # the collector's own: a backstop only
    assert later


def test_a_full_collection_due_runs_between_keys():
    freeze_loaded()
    collect_between_keys()
    while collect_between_keys():
        pass
    assert gc.get_count()[1] == 0  # the young ones collected: the typed answer's start empty
    for _ in range(FULL_COLLECTION_EVERY + 1):
        gc.collect(1)  # middle collections grading made
    assert collect_between_keys()
    assert gc.get_count()[2] == 0
