"""Generate the raw client from a derived spec: openapi-python-client with the project's config and
templates, any warning an error (as `--fail-on-warning`), its output formatted with ruff in isolated
mode so the result does not depend on where it is written.

    python -m scripts.generate_client SPEC OUT_DIR   writes OUT_DIR/novu_client (replacing it)

scripts/regen.sh generates generated/ this way, and tests/spec generate their synthetic documents so.
The generator runs in this process, through the function its command line calls.
"""

from __future__ import annotations

import contextlib
import io
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import yaml
from openapi_python_client import generate as run_generator
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import GeneratorError, ParseError

from scripts.spec_repairs import BINARY_MEDIA_TYPES

ROOT = Path(__file__).resolve().parent.parent
CONFIG = ROOT / "openapi" / "config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
PACKAGE = "novu_client"
# The ruff of the environment running this script (the pinned one of .venv).
BIN = Path(sys.executable).parent


class GenerationError(RuntimeError):
    """The generator refused the spec or warned about it; the message is what it said."""


def describe(error: GeneratorError) -> str:
    lines = [f"{error.level.value}: {error.header}", *([error.detail] if error.detail else [])]
    if isinstance(error, ParseError) and error.data is not None:
        lines.append(error.data.model_dump_json(indent=2, exclude_unset=True, by_alias=True))
    return "\n".join(lines)


def binary_media_types(spec: Path) -> list[str]:
    document = yaml.load(spec.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return [str(media) for media in document.get(BINARY_MEDIA_TYPES) or []]


def generate(spec: Path, out_dir: Path) -> Path:
    """Generate `spec` into `out_dir/novu_client` (replaced if it exists) and return that directory.
    Raises GenerationError if the generator fails or warns (a warning means a part left out)."""
    with tempfile.TemporaryDirectory() as work:
        package = Path(work) / PACKAGE
        config = Config.from_sources(
            ConfigFile.load_from_path(CONFIG), MetaType.NONE, spec, "utf-8", False, output_path=package
        )
        # Media types the derivation marked (scripts/spec_repairs.py): sent and read as raw bytes.
        config.content_type_overrides = {media: "application/octet-stream" for media in binary_media_types(spec)}
        try:
            with contextlib.redirect_stdout(io.StringIO()):  # "Generating <path>"
                errors = run_generator(config=config, custom_template_path=TEMPLATES)
        except Exception as exc:  # the generator raises on some documents, e.g. enum member names that clash
            raise GenerationError(f"openapi-python-client failed on {spec}: {type(exc).__name__}: {exc}") from exc
        if errors:
            said = "\n\n".join(describe(error) for error in errors)
            raise GenerationError(f"openapi-python-client on {spec}:\n{said}")
        isolated = ["--isolated", "--quiet", "--line-length", "120"]
        fix = ["check", *isolated, "--select", "F401,I", "--fix-only", "--exit-zero"]
        subprocess.run([str(BIN / "ruff"), *fix, str(package)], check=True)
        subprocess.run([str(BIN / "ruff"), "format", *isolated, str(package)], check=True)
        shutil.rmtree(package / ".ruff_cache", ignore_errors=True)
        (package / "py.typed").touch()
        out_dir.mkdir(parents=True, exist_ok=True)
        target = out_dir / PACKAGE
        shutil.rmtree(target, ignore_errors=True)
        shutil.move(package, target)
    return target


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m scripts.generate_client SPEC OUT_DIR", file=sys.stderr)
        return 2
    try:
        generate(Path(args[0]), Path(args[1]))
    except GenerationError as exc:
        print(exc, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
