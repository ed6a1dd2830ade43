"""`python -m legal_desk`: the command line, or the desktop app when no command is given."""

import sys

from legal_desk.cli import main

sys.exit(main())
