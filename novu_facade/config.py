"""Configuration: `NovuConfig` (legacy-compatible) and the one place settings are resolved.

Every setting resolves in the same order: explicit argument, then `NovuConfig.configure(...)`, then
environment variable, then default.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import ClassVar

DEFAULT_URL = "https://api.novu.co"
DEFAULT_TIMEOUT = 5.0
DEFAULT_MAX_RETRIES = 2

ENV_URL = "NOVU_API_URL"
ENV_API_KEY = "NOVU_API_KEY"
ENV_TIMEOUT = "NOVU_PYTHON_REQUESTS_TIMEOUT"
ENV_MAX_RETRIES = "NOVU_MAX_RETRIES"
ENV_MAX_WAIT = "NOVU_MAX_WAIT"  # longest Retry-After / RateLimit-Reset slept on, seconds
ENV_DEADLINE = "NOVU_DEADLINE"  # overall budget of one call, all attempts and waits, seconds
ENV_LOG = "NOVU_LOG"  # "debug" logs every request and retry (never a header) to stderr


class NovuConfig:
    """Process-wide defaults for the URL and API key, as in the legacy SDK.

    Every `NovuConfig()` is the same object; `NovuConfig.configure(url, api_key)` sets both values.
    """

    _instance: ClassVar[NovuConfig | None] = None
    url: str | None = None
    api_key: str | None = None

    def __new__(cls) -> NovuConfig:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    @classmethod
    def configure(cls, url: str, api_key: str) -> None:
        config = cls()
        config.url = url
        config.api_key = api_key

    def __repr__(self) -> str:  # never show the key
        return f"NovuConfig(url={self.url!r}, api_key={'***' if self.api_key else None})"


class ConfigurationError(ValueError):
    """A setting is missing or malformed."""


@dataclass(frozen=True)
class Settings:
    """Resolved settings of one client. `api_key` is hidden from repr.

    `max_wait` and `deadline` are None when neither argument nor environment sets them: the retry
    policy's defaults apply (novu_facade._retry).
    """

    base_url: str
    api_key: str
    timeout: float
    max_retries: int
    max_wait: float | None = None
    deadline: float | None = None

    def __repr__(self) -> str:
        return (
            f"Settings(base_url={self.base_url!r}, api_key='***', timeout={self.timeout!r}, "
            f"max_retries={self.max_retries!r}, max_wait={self.max_wait!r}, deadline={self.deadline!r})"
        )


def normalise_url(url: str) -> str:
    """Accept a bare host (`api.novu.co`) or a URL with a trailing slash; return `https://host`."""
    url = url.strip()
    if not url:
        raise ConfigurationError("the Novu API URL is empty")
    if "://" not in url:
        url = "https://" + url
    return url.rstrip("/")


def resolve(
    url: str | None = None,
    api_key: str | None = None,
    timeout: float | None = None,
    max_retries: int | None = None,
    max_wait: float | None = None,
    deadline: float | None = None,
) -> Settings:
    config = NovuConfig()
    resolved_key = api_key or config.api_key or os.environ.get(ENV_API_KEY)
    if not resolved_key:
        raise ConfigurationError(
            f"no Novu API key: pass api_key=..., call NovuConfig.configure(url, api_key) or set {ENV_API_KEY}"
        )
    resolved_timeout = timeout or _env_float(ENV_TIMEOUT, DEFAULT_TIMEOUT)
    resolved_url = url or config.url or os.environ.get(ENV_URL) or DEFAULT_URL
    if max_retries is None:
        max_retries = int(_env_float(ENV_MAX_RETRIES, DEFAULT_MAX_RETRIES, allow_zero=True))
    if max_retries < 0:
        raise ConfigurationError(f"max_retries must be 0 or more, not {max_retries}")
    return Settings(
        normalise_url(resolved_url),
        resolved_key,
        float(resolved_timeout),
        max_retries,
        _seconds("max_wait", max_wait, ENV_MAX_WAIT, allow_zero=True),
        _seconds("deadline", deadline, ENV_DEADLINE, allow_zero=False),
    )


def _seconds(name: str, value: float | None, env: str, allow_zero: bool) -> float | None:
    """An optional number of seconds: the argument, else the environment variable, else None."""
    if value is None:
        raw = os.environ.get(env)
        return None if raw is None or raw == "" else _env_float(env, 0.0, allow_zero)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ConfigurationError(f"{name} must be a number of seconds, not {type(value).__name__}")
    if value < 0 or (value == 0 and not allow_zero) or value != value:
        raise ConfigurationError(f"{name} must be {'0 or more' if allow_zero else 'positive'} seconds, not {value}")
    return float(value)


def debug_logging_requested() -> bool:
    return os.environ.get(ENV_LOG, "").lower() == "debug"


def _env_float(name: str, default: float, allow_zero: bool = False) -> float:
    raw = os.environ.get(name)
    if raw is None or raw == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ConfigurationError(f"{name}={raw!r} is not a number of seconds") from None
    if value < 0 or (value == 0 and not allow_zero):
        raise ConfigurationError(f"{name}={raw!r} must be {'0 or more' if allow_zero else 'positive'}")
    return value
