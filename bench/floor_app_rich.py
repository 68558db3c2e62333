"""The floor for the table output: bench/floor_app.py that also imports rich.console and
rich.table, as any program that draws a Rich table must.

    python bench/floor_app_rich.py check FILE... [--format table]
"""

from __future__ import annotations

import rich.console
import rich.table  # noqa: F401  - imported for its cost only
from floor_app import main  # bench/ is on sys.path when this file is run as a script

if __name__ == "__main__":
    main()
