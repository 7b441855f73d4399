"""The house rules of guide/'s layout, read from the source (ast), never by importing it.

- The README's layout table names every package and top-level module of guide/, once, and
  nothing that is not there: a newcomer's map that cannot go stale.
- Nothing under guide/ imports from tests/ or django.test: test-only code stays in tests/.
- No module reaches for another module's private (`_name`) names, by import or by attribute:
  each module is used through what it offers (the outcome page through its door, guide/outcome/).
"""

import ast
import re
from collections import Counter
from pathlib import Path

from django.conf import settings

ROOT = Path(settings.BASE_DIR)
GUIDE = ROOT / "guide"

#: Every module of ours whose imports are checked for private names.
OURS = sorted(
    [
        *GUIDE.rglob("*.py"),
        *(ROOT / "guide_project").rglob("*.py"),
        *(ROOT / "tests").rglob("*.py"),
        *(ROOT / "scripts").glob("*.py"),
        ROOT / "gunicorn.conf.py",
        ROOT / "manage.py",
    ]
)


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def is_guide_module(name: str) -> bool:
    """Whether a dotted name is a module or package of guide/ (not a name inside one)."""
    if name != "guide" and not name.startswith("guide."):
        return False
    path = ROOT.joinpath(*name.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def is_private(name: str) -> bool:
    return name.startswith("_") and not (name.startswith("__") and name.endswith("__"))


def imports(tree: ast.AST, importer: str):
    """(module, name or None) for every import in a module, relative ones resolved."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name, None, alias
        elif isinstance(node, ast.ImportFrom):
            module = node.module or ""
            if node.level:
                base = importer.split(".")[: -node.level or None]
                module = ".".join([*base, module] if module else base)
            for alias in node.names:
                yield module, alias.name, alias


def dotted(node: ast.AST) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        base = dotted(node.value)
        return f"{base}.{node.attr}" if base else None
    return None


def private_uses(path: Path) -> list[str]:
    """Every private name of another guide/ module that this module imports or reads."""
    importer = module_name(path)
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    #: Local names bound to guide/ modules: `from guide.flow import wire` binds wire.
    modules: dict[str, str] = {}
    for module, name, alias in imports(tree, importer):
        if name is None:  # import guide.flow.wire [as w]
            if alias.asname:
                modules[alias.asname] = module
            else:
                top = module.split(".")[0]
                modules[top] = top
        elif is_guide_module(f"{module}.{name}"):
            modules[alias.asname or name] = f"{module}.{name}"
        elif is_guide_module(module) and is_private(name) and module != importer:
            found.append(f"from {module} import {name}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and is_private(node.attr):
            base = dotted(node.value)
            if base is None:
                continue
            head, _, rest = base.partition(".")
            if head not in modules:
                continue
            target = ".".join(filter(None, [modules[head], rest]))
            if is_guide_module(target) and target != importer:
                found.append(f"{target}.{node.attr} (line {node.lineno})")
    return found


def test_no_module_uses_another_modules_private_names():
    found = {str(path.relative_to(ROOT)): uses for path in OURS if (uses := private_uses(path))}
    assert found == {}


def test_nothing_under_guide_imports_test_code():
    found = []
    for path in sorted(GUIDE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for module, name, _alias in imports(tree, module_name(path)):
            full = f"{module}.{name}" if name else module
            for forbidden in ("tests", "django.test"):
                if full == forbidden or full.startswith(f"{forbidden}."):
                    found.append(f"{path.relative_to(ROOT)}: {full}")
    assert found == []


def layout_table() -> list[str]:
    """The 'Where' cells of the README's layout table."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Layout\n", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ")]
    return [row.split("|")[1] for row in rows[2:]]  # after the heading and its rule


def test_the_readme_layout_names_every_part_of_guide_once():
    named = Counter(
        path for cell in layout_table() for path in re.findall(r"`(guide/[^`]*)`", cell)
    )
    packages = {f"guide/{path.parent.name}/" for path in GUIDE.glob("*/__init__.py")}
    modules = {f"guide/{path.name}" for path in GUIDE.glob("*.py") if path.name != "__init__.py"}
    assert {part: named[part] for part in packages | modules} == dict.fromkeys(
        packages | modules, 1
    )
    # And nothing that is not there (or deeper than the top of guide/, which each package's
    # row and its own docstring describe).
    assert set(named) == packages | modules


def test_browser_tests_wait_on_functions_not_strings():
    """The site's CSP forbids eval, and Playwright evaluates a predicate given as a bare
    expression with eval: `wait_for_function("window.scrollY > 500")` is refused by the page
    whenever the condition is not already true, so such a test passes or fails by timing. Written
    as a function, `"() => window.scrollY > 500"`, it is not evaluated as a string."""
    bare = []
    for path in sorted((ROOT / "tests" / "browser").glob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "wait_for_function"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and not re.match(r"\s*(\(\)|\w+)\s*=>|\s*function\b", node.args[0].value)
            ):
                bare.append(f"{path.name}:{node.lineno}")
    assert not bare, bare
