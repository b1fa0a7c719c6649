"""The timed mock interview: its questions, their pick, grading and the report."""
