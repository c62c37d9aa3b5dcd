"""A drop-in replacement for the legacy Novu Python SDK, built on a generated client."""
