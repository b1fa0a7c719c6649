"""The Textual face of brokerquiz: `app.BrokerQuizApp`, its screens and widgets.

Nothing here is imported by the commands that show no UI (`cards`, `check`, `stats`...).
"""
