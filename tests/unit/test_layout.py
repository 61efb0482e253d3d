"""The house rules, checked on the source: which wing may import which."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from chalicelib.providers.exceptions import (
    FINDING_CODES,
    NoMatches,
    NoOffers,
    NoProducerPage,
    NothingFound,
    ProviderError,
    Unidentified,
)

REPO = Path(__file__).resolve().parents[2]
CHALICELIB = REPO / "chalicelib"

# What each wing of chalicelib may import from chalicelib (besides itself).
ALLOWED: dict[str, set[str]] = {
    "wire": set(),
    "errors": {"wire"},
    "config": set(),
    "observability": {"errors", "providers"},
    "stores": {"wire", "errors", "config", "observability"},
    "images": {"errors"},
    "providers": {"wire", "errors", "config", "images", "observability", "net"},
    "pipeline": {"wire", "errors", "config", "observability", "stores", "providers", "images",
                 "services", "net", "hints"},
    # images: the sentences for a refused file (chalicelib/images/sentences.py), said alike by
    # the relay's /classify and the lens stage
    "surfaces": {"wire", "errors", "config", "observability", "stores", "services", "net",
                 "hints", "images"},
    # A client's text hint: its limits and its dedupe key (pure).
    "hints": {"errors"},
    # The SSRF-safe client, shared by the analysts (producer pages) and webhook deliveries (and
    # the API's check of a callback URL): it knows only the base wings.
    "net": {"wire", "errors", "config", "observability"},
}


def chalicelib_imports(path: Path) -> set[str]:
    """The ``chalicelib.<name>`` modules a file imports (the wing: first name after it)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            modules = [node.module]
        elif isinstance(node, ast.Import):
            modules = [alias.name for alias in node.names]
        else:
            continue
        names |= {m.split(".")[1] for m in modules
                  if m.startswith("chalicelib.") and len(m.split(".")) > 1}
    return names


def wing_of(path: Path) -> str:
    return path.relative_to(CHALICELIB).parts[0].removesuffix(".py")


@pytest.mark.parametrize("wing", sorted(ALLOWED))
def test_each_wing_imports_only_what_lies_below_it(wing: str) -> None:
    files = [p for p in CHALICELIB.rglob("*.py") if wing_of(p) == wing]
    assert files, f"no module in wing {wing}"
    for path in files:
        foreign = chalicelib_imports(path) - ALLOWED[wing] - {wing}
        assert not foreign, f"{path.relative_to(REPO)} imports {sorted(foreign)}"


def test_what_the_functions_run_never_imports_the_dev_packages() -> None:
    for path in [REPO / "app.py", *CHALICELIB.rglob("*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            module = node.module if isinstance(node, ast.ImportFrom) else None
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else [module]
            for name in filter(None, names):
                top = name.split(".")[0]
                assert top not in {"devstack", "tools", "bench", "tests", "lens_gpt_client",
                                   "infra"}, f"{path.relative_to(REPO)} imports {name}"


def test_finding_codes_come_from_the_finding_types() -> None:
    assert [NoMatches.code, Unidentified.code, NoProducerPage.code, NoOffers.code] == [
        "no-matches", "unidentified", "no-producer-page", "no-offers"]
    assert FINDING_CODES == {"no-matches", "unidentified", "no-producer-page", "no-offers"}
    finding = NoOffers("nothing to estimate from")
    assert isinstance(finding, NothingFound) and isinstance(finding, ProviderError)
    assert (finding.code, finding.message, finding.retryable) == (
        "no-offers", "nothing to estimate from", False)


def test_no_module_logs_around_the_service_logger() -> None:
    """A ``logging.getLogger`` line would carry no query id; modules use powertools' child."""
    for folder in ("chalicelib", "devstack"):
        for path in (REPO / folder).rglob("*.py"):
            assert "logging.getLogger(__name__)" not in path.read_text(encoding="utf-8"), path
