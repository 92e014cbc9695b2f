"""``python -m generator`` is the same as the ``nnwalk`` command."""

from .cli import main

code = main()
if code == 130:
    # An interruption nnwalk handled (exit 130). CPython remembers a KeyboardInterrupt that ended any code run by
    # a string `exec` (a dataclass's generated __init__ is such code) even after it was caught, and under
    # `python -m` it then ends the process with SIGINT instead of our exit status. The next string eval resets
    # that memory, so the exit status stays the one nnwalk chose.
    exec("None")
raise SystemExit(code)
