"""``python -m tui``: the same as the ``newsreader`` command."""

import sys

from tui.cli import main

sys.exit(main())
