"""The search room knows no domain: apps register sources with it, and the catalogue never calls it."""

import ast
from pathlib import Path

import gongkai

ROOT = Path(gongkai.__file__).parent
DOMAINS = ("catalogue", "foi", "reports", "portal", "demo")
# The pages still ask the catalogue which roles see a department's drafts (staff scope).
PAGE_LAYER = {"views.py"}


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


def _modules(app: str):
    for path in sorted((ROOT / app).rglob("*.py")):
        if "tests" not in path.relative_to(ROOT / app).parts:
            yield path


def test_the_catalogue_imports_nothing_from_search():
    offenders = [
        str(path.relative_to(ROOT))
        for path in _modules("catalogue")
        if any(name == "gongkai.search" or name.startswith("gongkai.search.") for name in _imports(path))
    ]
    assert offenders == []


def test_the_search_index_and_its_queries_import_no_domain_app():
    offenders = [
        (str(path.relative_to(ROOT)), name)
        for path in _modules("search")
        if path.name not in PAGE_LAYER
        for name in _imports(path)
        if any(name == f"gongkai.{d}" or name.startswith(f"gongkai.{d}.") for d in DOMAINS)
    ]
    assert offenders == []
