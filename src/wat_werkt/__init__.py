"""watwerkt: check a parenting-support intervention against the NJi working factors."""

from __future__ import annotations

__version__ = "0.1.0"
