"""Interface catalogs: `<lang>/LC_MESSAGES/brokerquiz.po` (edited) and `.mo` (compiled, read
by gettext at run time). `python -m brokerquiz.locale` keeps them in step with the code."""
