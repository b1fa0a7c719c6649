"""The app's screens; each is opened by name through `brokerquiz.tui.app.MODES`."""
