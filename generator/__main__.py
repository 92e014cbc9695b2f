"""``python -m generator`` is the same as the ``nnwalk`` command."""

from .cli import main

raise SystemExit(main())
