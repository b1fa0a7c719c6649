"""brokerquiz: learn message brokers for interviews, in the terminal."""
