#!/usr/bin/env python3
"""Check translation catalogues: python scripts/check_po.py [--locale-dir locale] FILE.po…

For every file:
- `msgfmt --check` passes (format strings, plural header and forms, header fields);
- the Language header names the file's folder and Plural-Forms is a real rule;
- every translated entry keeps the English entry's placeholders (%(name)s, {year}) and HTML tags;
- if the language ships (locale/<ll>/status.toml says `ships = true`): every entry is translated
  and none is fuzzy. A fuzzy entry is one whose English changed since it was translated: it shows
  in English until a translator confirms it.

Prints one line per file and each problem; exits 1 if any file has a problem.
"""

import argparse
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import polib

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from guide.i18n.catalogues import counts, placeholders, tags

PLURAL = re.compile(r"nplurals=[1-6];\s*plural=[-+*/%?:()<>=!&| n0-9]+;?")


def ships(locale_dir: Path, locale: str) -> bool:
    path = locale_dir / locale / "status.toml"
    return path.exists() and bool(tomllib.loads(path.read_text(encoding="utf-8")).get("ships"))


def problems_in(path: Path, *, must_be_complete: bool) -> list[str]:
    problems = []
    msgfmt = subprocess.run(
        ["msgfmt", "--check", "-o", "/dev/null", str(path)], capture_output=True, text=True
    )
    if msgfmt.returncode:
        details = msgfmt.stderr.strip().replace("\n", "\n    ")
        problems.append(f"msgfmt --check failed:\n    {details}")
        return problems
    po = polib.pofile(str(path))
    locale = path.parent.parent.name
    if po.metadata.get("Language") != locale:
        problems.append(f"Language header is {po.metadata.get('Language')!r}, not {locale!r}")
    if not PLURAL.fullmatch(po.metadata.get("Plural-Forms", "").strip()):
        problems.append(f"Plural-Forms is not a real rule: {po.metadata.get('Plural-Forms')!r}")
    for entry in po.translated_entries():
        sources = [entry.msgid] + ([entry.msgid_plural] if entry.msgid_plural else [])
        translations = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for translation in translations:
            for kind, find in (("placeholders", placeholders), ("HTML tags", tags)):
                if not any(find(translation) == find(source) for source in sources):
                    problems.append(
                        f"{kind} differ from the English in {entry.msgid[:60]!r}: "
                        f"{find(sources[0])} ≠ {find(translation)}"
                    )
    if must_be_complete:
        if po.fuzzy_entries():
            problems.append(
                f"{len(po.fuzzy_entries())} fuzzy entries (their English changed: "
                "a translator must confirm them), first: "
                f"{po.fuzzy_entries()[0].msgid[:60]!r}"
            )
        if po.untranslated_entries():
            problems.append(
                f"{len(po.untranslated_entries())} untranslated entries, first: "
                f"{po.untranslated_entries()[0].msgid[:60]!r}"
            )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--locale-dir",
        type=Path,
        default=Path("locale"),
        help="where each language's status.toml is (default: locale)",
    )
    parser.add_argument("files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    failed = False
    for path in args.files:
        locale = path.parent.parent.name
        complete = ships(args.locale_dir, locale)
        problems = problems_in(path, must_be_complete=complete)
        c = counts(polib.pofile(str(path)))
        print(
            f"{path}: {c.translated}/{c.total} translated, {c.fuzzy} fuzzy, "
            f"{c.untranslated} untranslated ({'ships' if complete else 'not shipped yet'})"
        )
        for problem in problems:
            print(f"  FAIL {problem}")
        failed |= bool(problems)
    return int(failed)


if __name__ == "__main__":
    sys.exit(main())
