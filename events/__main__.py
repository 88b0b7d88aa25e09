"""Entry point of `python -m events`."""

import sys

from events.cli import main

sys.exit(main())
