"""Re-export of the typed-answer grader (brokerquiz.core.grading)."""
from brokerquiz.core.grading import *  # noqa: F401,F403
from brokerquiz.core.grading import Grade, grade  # noqa: F401
