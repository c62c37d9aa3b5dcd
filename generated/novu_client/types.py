"""Contains some shared types for properties"""

from collections.abc import Mapping, MutableMapping
from dataclasses import dataclass
from enum import IntEnum, StrEnum
from http import HTTPStatus
from typing import IO, Any, BinaryIO, Generic, Literal, Self, TypeVar


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()

# The types that `httpx.Client(files=)` can accept, copied from that library.
FileContent = IO[bytes] | bytes | str
FileTypes = (
    # (filename, file (or bytes), content_type)
    tuple[str | None, FileContent, str | None]
    # (filename, file (or bytes), content_type, headers)
    | tuple[str | None, FileContent, str | None, Mapping[str, str]]
)
RequestFiles = list[tuple[str, FileTypes]]


@dataclass(slots=True)
class File:
    """Contains information for file uploads"""

    payload: BinaryIO
    file_name: str | None = None
    mime_type: str | None = None

    def to_tuple(self) -> FileTypes:
        """Return a tuple representation that httpx will accept for multipart/form-data"""
        return self.file_name, self.payload, self.mime_type


T = TypeVar("T")


@dataclass(slots=True)
class Response(Generic[T]):
    """A response from an endpoint"""

    status_code: HTTPStatus
    content: bytes
    headers: MutableMapping[str, str]
    parsed: T | None


class _OpenEnum:
    """What the generated enums add to StrEnum / IntEnum.

    Novu adds enum values (providers, channels, roles) before the spec lists them, so a closed enum
    would fail a whole response on one new value. Models parse with `from_wire`, which returns a
    pseudo-member for a value the enum does not know: an instance of the enum (so still a str / int
    equal to the raw value, sent back unchanged by `to_dict`) with `is_known` False and `name` None,
    not iterated with the members and not `in` the enum. Calling the enum, `Enum("value")`, stays
    strict: a typo in a request is a ValueError naming the values the spec allows, not a value sent
    to Novu to be rejected there.
    """

    _value_: Any  # `_name_` too, but Enum declares it `str`, and a pseudo-member's is None

    @classmethod
    def from_wire(cls, value: Any) -> Self:
        """The member for `value`, or a pseudo-member carrying it if the enum does not list it."""
        try:
            member: Self = cls._value2member_map_[value]  # type: ignore[attr-defined]
            return member
        except (KeyError, TypeError):  # TypeError: unhashable, e.g. a list where a value belongs
            pass
        wire_type = str if issubclass(cls, str) else int
        if not isinstance(value, wire_type) or isinstance(value, bool):
            raise ValueError(f"{value!r} is not a {wire_type.__name__} value of {cls.__qualname__}")
        pseudo: Any = wire_type.__new__(cls, value)  # type: ignore[type-var]
        pseudo._name_ = None
        pseudo._value_ = value
        return pseudo  # type: ignore[no-any-return]

    @classmethod
    def _missing_(cls, value: object) -> Any:
        allowed = ", ".join(repr(m.value) for m in cls)  # type: ignore[attr-defined]
        raise ValueError(f"{value!r} is not a valid {cls.__qualname__}; expected one of {allowed}")

    @property
    def is_known(self) -> bool:
        """False for a value the spec does not list (parsed from a response)."""
        return getattr(self, "_name_", None) is not None

    def __repr__(self) -> str:
        name = getattr(self, "_name_", None)
        if name is None:
            return f"<{type(self).__qualname__} (not in the spec): {self._value_!r}>"
        return f"<{type(self).__qualname__}.{name}: {self._value_!r}>"

    def __reduce_ex__(self, protocol: Any) -> tuple[Any, ...]:
        # Rebuilt through from_wire, so a pickled pseudo-member unpickles (the strict call would refuse it).
        return type(self).from_wire, (self._value_,)


class OpenStrEnum(_OpenEnum, StrEnum):
    """Base of the generated string enums; see _OpenEnum."""


class OpenIntEnum(_OpenEnum, IntEnum):
    """Base of the generated integer enums; see _OpenEnum."""


__all__ = ["UNSET", "File", "FileTypes", "RequestFiles", "OpenIntEnum", "OpenStrEnum", "Response", "Unset"]
