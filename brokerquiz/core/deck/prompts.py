"""The words of generated cards' fronts, per language: UI strings, kept apart from the code
that builds the cards (core/deck/cards.py). A deck's language picks its set by its first subtag
("ru-RU" → "ru"; core/lang.py); an unknown one gets English. A deck's `subject_noun` replaces "noun".
"""

from __future__ import annotations

from ..lang import for_language

PROMPTS = {
    "en": {
        "noun": "subject",
        "fact": "{subject} — {row}?",
        "reverse": "Which {noun}? {row}: “{value}”",
        "reverse_many": "Which {noun}(s)? {row}: “{value}”",
        "compare": "Compare “{row}”: {subjects}",
        "scenario": "“{row}”: which {noun}s fit (👍)?",
        "rating": "{subject} for “{row}”: 👍, ⚠️ or ❌?",
        "use-case": "“{item}” — which {noun}?",
        "use-case_many": "“{item}” — which {noun}(s)?",
        "takeaway": "{subject} = … ({title})",
        "phrase": "{title}: say the whole phrase",
        "cloze": "{title}: fill in the blank\n{text}",
        "takeaways": "Key takeaways",
        "phrase_title": "The phrase",
        "follow_ups": "Interviewer follow-ups",
        "fits": "fits",
        "explain_scenario": "{subject}: {rating}",
    },
    "ru": {
        "noun": "вариант",
        "fact": "{subject} — {row}?",
        "reverse": "Какой {noun}? {row}: «{value}»",
        "reverse_many": "Какой {noun} (или {noun}ы)? {row}: «{value}»",
        "compare": "Сравните «{row}»: {subjects}",
        "scenario": "«{row}»: какие {noun}ы подходят (👍)?",
        "rating": "{subject} в сценарии «{row}»: 👍, ⚠️ или ❌?",
        "use-case": "«{item}» — какой {noun}?",
        "use-case_many": "«{item}» — какой {noun} (или {noun}ы)?",
        "takeaway": "{subject} = … ({title})",
        "phrase": "{title}: произнесите фразу целиком",
        "cloze": "{title}: заполните пропуск\n{text}",
        "takeaways": "Ключевые выводы",
        "phrase_title": "Фраза",
        "follow_ups": "Вопросы интервьюера",
        "fits": "подходит",
        "explain_scenario": "{subject}: {rating}",
    },
}


def prompts(language: str) -> dict[str, str]:
    """The front templates for a deck language."""
    return for_language(PROMPTS, language)
