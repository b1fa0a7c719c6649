"""The general causes behind the fresh10 batch's (databases decks, English and German, and the
fact/compare cards of the shipped deck) first-run errors (issue 11), said with words and
subjects other than the batch's cases."""

from __future__ import annotations

import pytest

from brokerquiz.core.grading import grade


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a named product in place of the one the cell names: another product of that role
        ("MyISAM tables, table-level locks", "innodb tables, table-level locks", "wrong"),
        ("Citus for distributed tables", "vitess for distributed tables", "wrong"),
        ("stored in RocksDB, compacted in the background", "stored in wiredtiger, compacted in the background", "wrong"),
        ("Citus for distributed tables", "citus for distributed tables", "right"),
        # an extension the cell speaks of generally may be named
        ("partitioning via plugins", "partitioning via the citus plugin", "right"),
    ],
)
def test_named_products_of_one_role_exclude_each_other(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # rewritten in place is the opposite of immutable
        ("immutable segment files", "segment files overwritten on update", "wrong"),
        ("unveränderliche Segmentdateien", "Segmentdateien werden überschrieben", "wrong"),
        ("immutable segment files", "segment files that are immutable", "right"),
    ],
)
def test_more_opposite_values(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # one against several, said in any language
        ("backups kept in several zones", "backups kept in only one zone", "wrong"),
        ("Backups in mehreren Zonen", "Backups in nur einer Zone", "wrong"),
        ("Backups in mehreren Zonen", "Backups in vielen Zonen", "right"),
        ("a single coordinator node", "multiple coordinator nodes", "wrong"),
        # a count word does not break a phrase it starts ("a single primary" is one primary)
        ("Logical replication, single leader", "logical replication, a single leader", "right"),
        ("Logical replication, single leader", "logical replication, only one leader", "right"),
        # several writers: no single primary
        ("one leader per shard, single primary", "one leader per shard, several primaries", "wrong"),
    ],
)
def test_one_against_several(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # for each one against one for all
        ("quota per tenant", "one quota for all tenants", "wrong"),
        ("Kontingent pro Mandant", "ein Kontingent für alle Mandanten", "wrong"),
        ("ordered within a shard", "ordered globally", "wrong"),
        ("ordered within a shard", "ordered per shard", "right"),
    ],
)
def test_each_against_all(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


def test_a_function_word_value_in_another_cell_is_no_mixed_in_value():
    # "per" is a value of a quiet group: another subject's cell saying it ("per channel") is no
    # sign that the answer "FIFO per queue" mixes that cell in
    others = ("Ordered per channel, per subscriber",)
    assert grade("FIFO in the queue", "FIFO per queue", others=others).verdict == "right"
    # a value of a group that is not quiet still is ("horizontal" from the other cell)
    assert grade("Vertical, read replicas", "vertical, horizontal read replicas", others=("Horizontal, sharding",)).verdict == "wrong"


def test_a_function_word_is_still_a_claim_an_accepted_short_form_does_not_make():
    # the accept entry "hash, sticky" does not vouch for "round robin per record"
    long = "With a key, the hash of the key picks the shard. Without a key, a sticky picker fills one batch at a time."
    verdict = grade(long, "hash(key); without a key round robin per record", accept=("hash, sticky picker",)).verdict
    assert verdict != "right"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # the article before the noun the expected text counts as several says one of it
        ("Backups über mehrere Zonen verteilt", "Backups über eine Zone verteilt", "wrong"),
        ("copies spread over several zones", "copies spread over a zone", "wrong"),
        # elsewhere the article is a stop word: one table per query is tables per query
        ("Indizes pro Abfrage, denormalisiert", "ein Index je Abfrage, denormalisiert", "right"),
        ("Backups über mehrere Zonen verteilt", "Backups über mehrere Zonen verteilt, eine Kopie pro Zone", "right"),
    ],
)
def test_an_article_before_the_counted_noun_says_one(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


def test_a_word_as_spelled_before_a_shorter_word_its_stem_shares():
    # German "mehrere" (several) stems like "mehr" (more): the spelling typed wins, so "viele"
    # (several too) meets it and "nur eine" (one) contradicts it
    assert grade("Kopien in mehreren Rechenzentren", "Kopien in vielen Rechenzentren").verdict == "right"
    assert grade("Kopien in mehreren Rechenzentren", "Kopien in nur einem Rechenzentrum").verdict == "wrong"
    assert grade("mehr Durchsatz", "weniger Durchsatz").verdict == "wrong"


def test_the_german_lexicon_has_ordinals_and_quantity_words():
    from brokerquiz.core.grading.lexicon import lexicons

    lex = lexicons()
    assert {"dritte", "anzahl"} <= lex.ordinals | lex.quantity
    assert grade("die dritte Wiederholung", "die 3. Wiederholung").verdict == "right"
    assert grade("die dritte Wiederholung", "die vierte Wiederholung").verdict == "wrong"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a class noun after the word saying which kind adds nothing to it
        ("Graph database, Cypher queries", "graph, cypher queries", "right"),
        ("Graph database, Cypher queries", "graph", "partly"),
        ("Key-value store, TTL per key", "key-value, ttl per key", "right"),
        ("Zeitreihen-Datenbank, SQL", "zeitreihen, sql", "right"),
        # a phrase term ending in one meets its other word
        ("document database with secondary indexes", "documents with secondary indexes", "right"),
        # in the answer it costs nothing
        ("Columnar, vectorized execution", "columnar engine, vectorized execution", "right"),
        # but a noun the text needs as such still counts: "to the database" is no class noun
        ("copied into the database", "copied", "partly"),
        ("copied into a relational database", "copied into a relational one", "right"),
    ],
)
def test_a_class_noun_after_its_modifier_adds_nothing(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a compound whose head is the expected word is a kind of it
        ("Hierarchical, XML", "semi-hierarchical, xml", "right"),
        ("Partitioniert, SQL", "vorpartitioniert, sql", "right"),
        # not behind a negating prefix
        ("Hierarchical, XML", "non-hierarchical, xml", "wrong"),
        ("Partitioniert, SQL", "unpartitioniert, sql", "wrong"),
    ],
)
def test_a_compound_whose_head_is_the_expected_word(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # "since 4.0" keys like "sync": it is a version's "since", not a value of sync/async
        ("snapshots since 3.2", "snapshots since 3.2", "right"),
        ("snapshots since 3.2, asynchronous copies", "snapshots since 3.2, async copies", "right"),
        ("incremental snapshots since 3.2", "incremental async snapshots since 3.2", "right"),
        ("Snapshots seit 3.2", "snapshots since 3.2", "right"),
        # spellings the batch missed, said of other things
        ("Relational, strict schema", "rdbms, strict schema", "right"),
        ("Vertical scaling first", "bigger machine first", "right"),
        ("VACUUM reclaims the space of dead tuples", "vacuum cleans up dead tuples", "right"),
        ("Schreiblast über mehrere Regionen", "riesige schreiblast über viele regionen", "right"),
    ],
)
def test_more_spellings_of_known_terms(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


def test_an_acronym_plural_typed_in_lower_case_meets_it():
    # (the stemmer keeps the "s" of "ctes": the capitals say it is a plural)
    assert grade("Triggers, views, CTEs", "triggers, views, ctes").missing == ()
    assert grade("triggers, views, ctes", "Triggers, views, CTEs").missing == ()
    assert grade("Triggers, views, CTEs", "triggers, views").verdict == "partly"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # "nothing X" denies X as "no X" does
        ("No cross-shard joins, lookups per shard", "lookups inside one shard, nothing joined cross-shard", "right"),
        ("cross-shard joins", "nothing joins cross-shard", "wrong"),
        ("Joins über Shards", "nichts joint über shards", "wrong"),
    ],
)
def test_nothing_is_a_negator(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


def test_another_cells_term_in_place_of_a_whole_unsaid_part():
    # "B-tree" is the other subject's engine, said where "skip lists" goes unsaid: not partly right
    others = ("B-tree pages + WAL, MVCC",)
    assert grade("Skip lists + AOF, single-threaded", "b-tree + aof", others=others).verdict == "wrong"
    # leaving the part out is an omission
    assert grade("Skip lists + AOF, single-threaded", "aof, single-threaded", others=others).verdict == "partly"
    # a term no other cell says is no stand-in
    assert grade("Skip lists + AOF, single-threaded", "tries + aof", others=others).verdict == "partly"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # a separable verb: its particle closes the clause ("hängt ... ab" = depends)
        ("Die Wahl hängt von der Last ab", "the choice depends on the load", "right"),
        ("the choice depends on the load", "die wahl hängt von der last ab", "right"),
        ("Der Pool gibt seinen Puffer frei", "the pool frees its buffer", "right"),
        # a negator between them keeps the denial
        ("Die Wahl hängt von der Last ab", "die wahl hängt nicht von der last ab", "wrong"),
    ],
)
def test_a_separable_verb_typed_apart_is_its_phrase(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


def test_a_compound_splits_into_glossary_terms_of_the_other_language():
    # "xid-wraparound": XID is "Transaktions-IDs", wraparound "Überlauf" (terms, not look-alikes)
    assert grade("verhindert den Überlauf der Transaktions-IDs", "verhindert xid-wraparound").verdict == "right"
    assert grade("verhindert den Überlauf der Transaktions-IDs", "verhindert den xid-überlauf").verdict == "right"


def test_table_is_a_class_noun_and_german_possessives_are_stop_words():
    from brokerquiz.core.grading.lexicon import lexicons

    assert grade("Heap tables, B-tree indexes", "heap, b-tree indexes").verdict == "right"
    assert grade("Heap tables, B-tree indexes", "b-tree indexes").verdict == "partly"
    assert {"ihren", "seinen", "deren"} <= lexicons().stop


def test_german_kein_opening_the_text_denies_its_noun_phrase():
    # "kein" opening the answer denies its words up to a stop word, as "no" does: the modifier
    # and the noun ("kein regionsübergreifendes Failover" = no failover across regions)
    expected = "Kein Failover über Regionen, Lesen pro Region"
    assert grade(expected, "kein regionsübergreifendes failover, lesen pro region").verdict == "right"
    assert grade(expected, "failover über regionen, lesen pro region").verdict == "wrong"


def test_document_oriented_is_a_document_store():
    assert grade("Dokumentenspeicher, Volltextsuche", "dokumentenorientiert, volltextsuche").verdict == "right"
    assert grade("Document store, full-text search", "document-oriented, full-text search").verdict == "right"


def test_heap_is_a_term_another_cell_may_say():
    # "heap tables" is the other subject's storage, said in place of the expected part
    others = ("Heap tables + WAL, MVCC",)
    assert grade("LSM tree, memtable + SSTables", "heap tables, memtable", others=others).verdict == "wrong"
    assert grade("LSM tree, memtable + SSTables", "memtable + sstables", others=others).verdict == "partly"


@pytest.mark.parametrize(
    ("expected", "answer", "verdict_"),
    [
        # "only X" where X and another value are expected rules the other out
        ("at-least-once / exactly-once", "only exactly-once", "wrong"),
        ("at-least-once / exactly-once", "nur genau einmal", "wrong"),
        ("at-least-once / exactly-once", "только ровно один раз", "wrong"),
        ("pull or push", "only push", "wrong"),
        # X alone is an omission, and "only" before the one expected value is right
        ("at-least-once / exactly-once", "exactly-once", "partly"),
        ("push-based delivery", "only push-based delivery", "right"),
    ],
)
def test_only_one_of_several_expected_values(expected, answer, verdict_):
    assert grade(expected, answer).verdict == verdict_


def test_a_one_word_before_an_expected_noun_is_its_article():
    # "one partition" says "a partition": the one costs nothing
    assert grade("guaranteed inside a shard", "inside one shard").verdict == "right"
    assert grade("geordnet innerhalb eines Shards", "innerhalb eines shards").verdict == "right"
    # before a noun counted as several it still says one
    assert grade("copies in several zones", "copies in one zone").verdict == "wrong"


def test_a_version_marker_goes_without_saying_before_the_same_number():
    # "from 2.8" and "2.8+" say "since 2.8"; another number is still wrong
    assert grade("Atomic per row, multi-row transactions since 2.8", "single-row atomicity, multi-row transactions from 2.8").verdict == "right"
    assert grade("Teilindizes, abdeckende Indizes seit 2.8", "teilindizes, abdeckende indizes ab 2.8").verdict == "right"
    assert grade("Partial indexes, covering indexes since 2.8", "partial indexes, covering indexes from 3.0").verdict == "wrong"
