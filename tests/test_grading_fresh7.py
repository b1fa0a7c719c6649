"""The general causes behind the fresh7 batch's (databases decks, English and German) first-run
errors (issue 11), said with words and subjects other than the batch's cases."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a setting that can be changed (flexible) against one that cannot (rigid)
        ("adjustable batch size", "fixed batch size", "wrong"),
        ("hard-coded timeout", "configurable timeout", "wrong"),
        ("einstellbare Puffergröße", "festgelegte Puffergröße", "wrong"),
        ("einstellbare Puffergröße", "feste Puffergröße", "wrong"),  # fest: fixed as well as rigid
        ("flexible Puffergröße", "einstellbare Puffergröße", "right"),
        ("adjustable batch size", "tunable batch size", "right"),
        # relaxed is the opposite of strict
        ("strict ordering of events", "relaxed ordering of events", "wrong"),
        ("strict ordering of events", "strict ordering of events", "right"),
        # weak consistency is no strong consistency
        ("strong consistency for reads", "weak consistency for reads", "wrong"),
        ("starke Konsistenz beim Lesen", "schwache Konsistenz beim Lesen", "wrong"),
        # a wide-column layout: a column family is one, a row-oriented store is not
        ("wide-column layout, tunable replication", "row-oriented layout, tunable replication", "wrong"),
        ("wide-column layout", "column family layout", "right"),
    ],
)
def test_more_opposite_values(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("Read Committed by default", "rc by default", "right"),  # isolation levels by their initials, typed lower case
        ("Repeatable Read", "rc", "wrong"),
        ("vertikal", "hochskalieren", "right"),  # German scale up / scale out
        ("vertikal", "ausskalieren", "wrong"),
        ("followers can lag", "followers may fall behind", "right"),
        ("geo-replication across datacenters", "geo-replication across dcs", "right"),
        ("point-in-time recovery available", "point-in-time recovery supported", "right"),
    ],
)
def test_more_spellings_of_known_terms(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


def test_a_group_value_only_one_part_names_aligns_that_part():
    # "configurable" (a value of a group no other part names) ties its part to the expected
    # one, however the answer regroups the other words: no false "does not match"
    assert grade("Synchronous, optional compression", "synchronous compression, optional per table").verdict == "right"
    assert grade("Persistent, manual failover", "persistent failover, manual per cluster").verdict == "right"
    # two parts naming one group still align by their plain words: a swapped level is wrong
    assert grade("high throughput, low latency", "low throughput, high latency").verdict == "wrong"


def test_the_longest_stem_prefix_names_the_term():
    # "hochskalieren" (scale up) is no "hoch*" (high): the longer stem prefix wins
    assert grade("hohe Last", "hochskalieren").verdict == "wrong"
    assert grade("vertikal, Lesereplikate", "hochskalieren, lesereplikate").verdict == "right"


STORES = {"Valkey": [], "Dragonfly": []}


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("Valkey keeps data in memory, asynchronous replicas",
         "valkey keeps data in memory like dragonfly, asynchronous replicas", "right"),
        ("Valkey: Daten im Arbeitsspeicher, asynchrone Replikate",
         "valkey: daten im arbeitsspeicher wie bei dragonfly, asynchrone replikate", "right"),
        ("Valkey keeps data in memory, asynchronous replicas",
         "dragonfly keeps data in memory, asynchronous replicas", "wrong"),  # the other subject as the claim
    ],
)
def test_a_subject_named_in_an_aside_is_no_other_subject(expected, answer, verdict_):
    assert grade(expected, answer, aliases=STORES).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # both deny the joins; the English "no" reaches over "cross shard" too, the German "keine" only over "Joins"
        ("Keine Joins über Shards, Indizes pro Shard", "no cross shard joins, indexes per shard", "right"),
        ("Kein Failover über Zonen, Replikate pro Zone", "no multi zone failover, replicas per zone", "right"),
        # what one denies and the other claims is still a flip
        ("Keine Joins über Shards, Indizes pro Shard", "joins across shards, indexes per shard", "wrong"),
        ("No cross-shard joins, indexes per shard", "joins über shards, indizes pro shard", "wrong"),
    ],
)
def test_one_denial_with_a_wider_reach_agrees(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


def test_the_noun_store_is_no_value_of_keeping():
    # "stores" spelled the keep value, and so did the noun "store" (one key): a data store then
    # read as "keeps" against "removes" and every other value of the group
    assert grade("Removes data after the TTL", "the store removes data after the ttl").verdict == "right"
    assert grade("Keeps events after reading", "deletes events after reading").verdict == "wrong"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a word denied says its negating-prefix form, in either direction and language
        ("immutable segments", "segments that are not mutable", "right"),
        ("denormalized tables", "tables, not normalized", "right"),
        ("Ereignisse, dezentralisiert", "ereignisse, nicht zentralisiert", "right"),  # de- negates in German too
        ("unbounded queue", "queue, not bounded", "right"),
        # the prefix form against the plain one is still a flip
        ("denormalized tables", "normalized tables", "wrong"),
        ("compressed pages", "decompressed pages", "wrong"),
    ],
)
def test_a_denied_word_says_its_negating_prefix_form(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


def _which_fit(correct, optional=()):
    from brokerquiz.core.model import Card

    return Card(id="t/scenario/warehouse", deck="t", kind="scenario", front="Which fit?", back="ClickHouse, DuckDB",
                choices=("ClickHouse", "DuckDB", "SQLite", "Valkey"), correct=frozenset(correct),
                optional=frozenset(optional))  # fmt: skip


@pytest.mark.parametrize(
    ("answer", "verdict_"),
    [
        ("clickhouse, duckdb", "right"),
        ("clickhouse", "partly"),  # one left out: an omission
        ("clickhouse, duckdb, sqlite", "wrong"),  # one typed that does not fit: a wrong claim
        ("clickhouse, valkey", "wrong"),
    ],
)
def test_a_typed_pick_that_does_not_fit_is_wrong(answer, verdict_):
    from brokerquiz.core.grading import grade_card

    assert grade_card(_which_fit({0, 1}), answer).verdict == verdict_


def test_a_clicked_wrong_pick_is_wrong_as_a_typed_one():
    from brokerquiz.core.grading import grade_card, grade_choice

    clicked = grade_choice(_which_fit({0, 1}), {0, 1, 2})
    assert clicked.verdict == grade_card(_which_fit({0, 1}), "clickhouse, duckdb, sqlite").verdict == "wrong"


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        ("Full backups, incremental restore available", "fully backed up, incremental restore supported"),
        ("full table scan", "complete table scan"),
        ("volle Sicherung", "vollständige Sicherung"),
    ],
)
def test_full_fully_complete_are_one_term(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a likeness ("YAML-like", "YAML-ähnlich") elaborates the word after it, as an aside would
        ("Key-value store, YAML-like TOML configs", "key-value store, toml configs", "right"),
        ("Dateispeicher, YAML-ähnliche TOML-Konfigurationen", "dateispeicher, toml-konfigurationen", "right"),
        ("Dateispeicher, YAML-aehnliche TOML-Dateien", "dateispeicher, toml dateien", "right"),
        # the aside costs nothing, but the word it elaborates is still needed
        ("Key-value store, YAML-like TOML configs", "key-value store, yaml-like", "partly"),
    ],
)
def test_a_likeness_is_an_aside(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer"),
    [
        # a contrast or a consequence said along with the right value is no second value claimed
        ("VACUUM reclaims space and prevents wraparound", "vacuum reclaims space and prevents wraparound, which would cause data loss"),
        ("Compaction runs in the background", "compaction runs in the background so the foreground stays fast"),
        ("Strong on the primary, async replicas can lag", "strong on the primary, async secondaries can lag"),
        ("less latency", "much less latency"),
        ("Transaktionen über mehrere Dokumente seit 4.0", "transaktionen über mehrere dokumente seit 4.0, vorher nur einzelne dokumente atomar"),
    ],
)
def test_a_consequence_or_contrast_is_no_second_value(expected, answer):
    assert grade(expected, answer).verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a term saying a word is absent ("ohne Master", "leaderless") against the word said present
        ("Cluster ohne Master, asynchron", "cluster mit master, asynchron", "wrong"),
        ("Cluster ohne Master", "cluster mit einem leader", "wrong"),  # leader = master
        ("leaderless cluster, asynchronous", "cluster with a leader, asynchronous", "wrong"),
        # the absence said in other words agrees
        ("Cluster ohne Leader, asynchron", "leaderless cluster, asynchron", "right"),
        ("leaderless cluster, asynchronous", "cluster ohne leader, asynchronous", "right"),
        ("Cluster ohne Master, asynchron", "masterloser cluster, asynchron", "right"),
        ("masterless cluster, asynchronous", "master-less cluster, asynchronous", "right"),
    ],
)
def test_a_term_saying_an_absence_is_contradicted_by_the_word_present(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("Schreibvorgänge werden gepuffert", "writes are buffered", "right"),  # the other language
        ("Transaktionen über mehrere Tabellen", "multi-table transactions", "right"),  # German plurals of field nouns
        ("Transaktionen über mehrere Partitionen", "multi-partition transactions", "right"),
    ],
)
def test_buffers_and_german_plurals(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("Rebalancing without downtime", "rebalancing w/o downtime", "right"),  # a typing shorthand, not two parts
        ("Rebalancing without downtime", "rebalancing w/ downtime", "wrong"),
        ("OLTP workloads, row-oriented", "olap workloads, row-oriented", "wrong"),
        ("Clustered index on the primary key", "clustered index on a secondary key", "wrong"),
        ("Lookups by primary key", "lookups by pk", "right"),
        ("foreign keys enforced", "fks enforced", "right"),
    ],
)
def test_shorthands_workload_kinds_and_key_ranks(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


def _rating(back):
    from brokerquiz.core.model import Card

    index = {"👍": 0, "⚠": 1, "❌": 2}[back[0]]
    answers = (("👍", "good"), ("⚠️", "caution"), ("❌", "bad"))[index]
    return Card(id="t/rating/cache/valkey", deck="t", kind="rating", front="Valkey for “Session cache”: 👍, ⚠️ or ❌?",
                back=back, choices=("👍", "⚠️", "❌"), correct=frozenset({index}), answers=answers,
                context=("Valkey vs Dragonfly", "Typical workloads", "Session cache"))  # fmt: skip


@pytest.mark.parametrize(
    ("back", "answer", "verdict_"),
    [
        ("👍 in memory", "perfect", "right"),
        ("👍 in memory", "ideal", "right"),
        ("👍 in memory", "perfekt", "right"),
        ("👍 in memory", "nicht gut", "wrong"),
        ("⚠️ needs tuning", "it depends", "right"),
        ("⚠️ needs tuning", "geht so", "right"),
        ("⚠️ needs tuning", "eingeschränkt geeignet", "right"),
        ("⚠️ needs tuning", "good, needs tuning", "wrong"),
        ("❌ no persistence", "bad idea", "right"),
        ("❌ no persistence", "eher nicht", "right"),
        ("❌ no persistence", "nope", "right"),
        ("❌ no persistence", "caution", "wrong"),
    ],
)
def test_more_rating_words(back, answer, verdict_):
    from brokerquiz.core.grading import grade_card

    assert grade_card(_rating(back), answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # "much" / "viel" are no amount: "much less latency" says less latency
        ("less latency", "much less latency", "right"),
        ("weniger Latenz", "viel weniger latenz", "right"),
        ("Offsets on the client side", "offsets on the server side", "wrong"),  # which side does it
        ("Offsets clientseitig gespeichert", "offsets serverseitig gespeichert", "wrong"),
        ("Verteilte Sperren, automatisches Failover", "distributed locks, automatic failover", "right"),  # the other language
        ("Wird vom Client gesteuert", "controlled by the client", "right"),
        ("Einfach zu betreiben", "easy to operate", "right"),
    ],
)
def test_amounts_sides_and_field_verbs(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # "configuration" / "configured" are no value of flexibility: only "configurable" (a stem prefix) is
        ("Fixed shard count", "shard count is fixed, set in the configuration at creation", "right"),
        ("Strict schema, XML column type", "strict schema, xml column type, configured per table", "right"),
        ("configurable snapshots", "fixed snapshots", "wrong"),
        ("configurable snapshots", "tunable snapshots", "right"),
    ],
)
def test_configuration_is_no_flexibility(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


def test_avoid_is_prevent_not_a_rating():
    # a rating word spelled like a field word takes it over: "avoid" stays "prevent"
    assert grade("Checksums prevent silent corruption", "checksums avoid silent corruption").verdict == "right"
    assert grade("Prüfsummen verhindern stille Korruption", "prüfsummen vermeiden stille korruption").verdict == "right"


class _GermanDeck(dict):
    """What a German deck passes as aliases (no subjects): the grader then stems with the German stemmer."""

    language, glossary, pair, path, deck_id = "de", None, None, None, "t"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("einstellbare Puffergröße", "feste Puffergröße", "wrong"),
        ("starke Konsistenz beim Lesen", "schwache Konsistenz beim Lesen", "wrong"),
        ("vertikal, Lesereplikate", "hochskalieren, lesereplikate", "right"),
        ("Keine Joins über Shards, Indizes pro Shard", "no cross shard joins, indexes per shard", "right"),
        ("Tabellen pro Abfrage, denormalisiert", "eine tabelle je abfrage, nicht normalisiert", "right"),
        ("Dateispeicher, YAML-aehnliche TOML-Dateien", "dateispeicher, toml dateien", "right"),
        ("Cluster ohne Master, asynchron", "cluster mit master, asynchron", "wrong"),
        ("Cluster ohne Leader, asynchron", "leaderless cluster, asynchron", "right"),
        ("Verteilte Sperren, automatisches Failover", "distributed locks, automatic failover", "right"),
        ("Prüfsummen verhindern stille Korruption", "prüfsummen vermeiden stille korruption", "right"),
    ],
)
def test_the_german_fixes_hold_with_the_german_stemmer(expected, answer, verdict_):
    assert grade(expected, answer, aliases=_GermanDeck()).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a term of two words typed with a hyphen is that term
        ("Lookups by sort key, primary key required", "lookups by sort key, primary-key required", "right"),
        ("Sharded by partition key only", "sharded by partition-key only", "right"),
        ("Ring ohne Master", "ring ohne-master", "right"),
        # field abbreviations
        ("Write-ahead log, point-in-time recovery", "wal, pitr", "right"),
        ("Single-statement transactions", "single-statement txns", "right"),
    ],
)
def test_two_word_terms_typed_with_a_hyphen_and_abbreviations(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        ("Bloom filters speed up lookups", "bloom filters make lookups faster", "right"),
        ("Bloom-Filter beschleunigen Lookups", "bloom filters make lookups faster", "right"),
        ("Bloom filters speed up lookups", "bloom filters slow down lookups", "wrong"),
    ],
)
def test_speeding_up_is_making_faster(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


def test_primary_and_followers_in_two_parts_are_no_list_of_every_role():
    # "primary" is no value of the leader/follower group: an answer naming the primary in one
    # part and followers in another lists no options
    assert grade("Strong on the primary, async replicas can lag", "strong on the primary, async followers can lag").verdict == "right"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # what follows an aside marker ("rather than", "statt", "unlike") is about something else:
        # its values are no claim of the answer
        ("Horizontal scaling, built-in sharding", "horizontal scaling rather than vertical, built-in sharding", "right"),
        ("Low latency, high throughput", "low latency unlike kafka with high latency, high throughput", "right"),
        ("Synchron, starke Konsistenz", "synchron statt asynchron, starke konsistenz", "right"),
        # the claim before the marker still counts
        ("Low latency, high throughput", "high latency instead of low, high throughput", "wrong"),
        ("asynchron", "synchron statt asynchron", "wrong"),
    ],
)
def test_values_in_an_aside_are_no_claim(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # the expected value said in its part, another value in a part answering another part: no contradiction
        ("Strong on the leader, followers can lag", "strong on the leader, followers lag so reads there are weakly consistent", "right"),
        ("Synchronous commit, replicas can lag", "synchronous commit, async replicas can lag", "right"),
        # a part answering no expected part still lists the other value; a part's own value still flips
        ("Horizontal, gossip membership", "horizontal, gossip membership, vertical too", "wrong"),
        ("Strong on the leader, followers can lag", "eventual on the leader, followers can lag", "wrong"),
        ("low latency, high throughput", "high latency, low throughput", "wrong"),
    ],
)
def test_a_value_contradicts_only_the_part_it_answers(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_
