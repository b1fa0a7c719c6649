"""The progress store: the Store facade, schema and migrations, queue, reviews, stats, interviews."""
