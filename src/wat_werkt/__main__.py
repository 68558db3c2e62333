"""Allow `python -m wat_werkt`."""

from __future__ import annotations

from wat_werkt.cli import main

if __name__ == "__main__":
    main()
