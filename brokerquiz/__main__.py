"""`python -m brokerquiz`."""

from brokerquiz.cli import main

if __name__ == "__main__":
    main()
