"""``StrEnum`` for the facade enums (kept as its own module to mirror the legacy layout)."""

from enum import StrEnum

__all__ = ["StrEnum"]
