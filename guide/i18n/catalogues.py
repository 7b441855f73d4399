"""The translation catalogues: where they live, which string goes in which, and their counts.

Each language has two gettext catalogues, so that translators and legal reviewers can work on them
separately:

- ``locale/<ll>/LC_MESSAGES/django.po``: the interface (questions, answers, buttons, errors);
- ``explanations/locale/<ll>/LC_MESSAGES/django.po``: the long legal explanations (the outcome
  sections, the court timeline and help links, the privacy, about and legal help pages).

Django's makemessages can only send a file's strings to the ``locale/`` of the folder that holds
it, and these files live beside the interface's. So ``make messages`` joins each language's two
catalogues, lets makemessages (msgmerge) update the whole, then splits it again by where each
string is used: a string goes to the explanations only when every place using it is an explanation
file. Django reads both at run time (both are in LOCALE_PATHS). Used only by developer commands,
never by a page.
"""

import fnmatch
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import polib

#: Source files whose strings are long legal explanations (paths relative to the project root).
EXPLANATION_SOURCES = (
    "templates/guide/sections/*",
    "guide/content/__init__.py",
    "guide/content/timeline.py",
    "guide/content/glossary.py",
    "guide/content/sentences.py",
    "templates/guide/about.html",
    "templates/guide/legal_help.html",
    "templates/guide/privacy.html",
    "templates/guide/safety.html",
    "templates/guide/whats_changed.html",
    "templates/guide/words.html",
)

UI = "locale"
EXPLANATIONS = "explanations/locale"
CATALOGUE_DIRS = (UI, EXPLANATIONS)
PO_NAME = "LC_MESSAGES/django.po"
POT_NAME = "django.pot"

#: Placeholders a translation must keep exactly: %(name)s, %s, {name}, HTML tags and entities.
PLACEHOLDER = re.compile(r"%\([^)]+\)[#0 +-]*\d*(?:\.\d+)?[a-zA-Z]|%[a-zA-Z]|%%|\{[a-zA-Z0-9_]*\}")
TAG = re.compile(r"</?[a-zA-Z][^>]*>|&[a-zA-Z0-9#]+;")


def is_explanation(path: str) -> bool:
    path = path.removeprefix("./")
    return any(fnmatch.fnmatchcase(path, pattern) for pattern in EXPLANATION_SOURCES)


def belongs_to_explanations(entry: polib.POEntry) -> bool:
    files = [path for path, _line in entry.occurrences]
    return bool(files) and all(is_explanation(path) for path in files)


def locales(root: Path) -> list[str]:
    """Every locale with a catalogue (folder names: es, ar, pt_BR…), sorted."""
    return sorted(path.parent.parent.name for path in (root / UI).glob(f"*/{PO_NAME}"))


def po_path(root: Path, directory: str, locale: str) -> Path:
    return root / directory / locale / PO_NAME


def all_po_files(root: Path) -> list[Path]:
    return sorted(
        path for directory in CATALOGUE_DIRS for path in (root / directory).glob(f"*/{PO_NAME}")
    )


def join(root: Path, locale: str) -> None:
    """Put the explanations' entries into the interface catalogue, so that msgmerge sees one
    catalogue per language and keeps every translation (and marks changed ones fuzzy)."""
    ui_path = po_path(root, UI, locale)
    explanations_path = po_path(root, EXPLANATIONS, locale)
    if not explanations_path.exists():
        return
    ui = polib.pofile(str(ui_path), wrapwidth=79)
    known = {(entry.msgctxt, entry.msgid) for entry in ui}
    for entry in polib.pofile(str(explanations_path)):
        if (entry.msgctxt, entry.msgid) not in known:
            ui.append(entry)
    ui.save()


def split(source: Path, ui_path: Path, explanations_path: Path) -> None:
    """Write the entries of `source` to the two catalogues, each with the same header."""
    whole = polib.pofile(str(source), wrapwidth=79)
    parts = {}
    for target, wanted in ((ui_path, False), (explanations_path, True)):
        part = polib.POFile(wrapwidth=79)
        part.header = whole.header
        part.metadata = dict(whole.metadata)
        part.metadata_is_fuzzy = whole.metadata_is_fuzzy
        part.extend(entry for entry in whole if belongs_to_explanations(entry) is wanted)
        parts[target] = part
    for target, part in parts.items():
        target.parent.mkdir(parents=True, exist_ok=True)
        part.save(str(target))


def source_catalogue(root: Path) -> polib.POFile:
    """The English catalogue: both templates (.pot) as one."""
    whole = polib.pofile(str(root / UI / POT_NAME))
    whole.extend(polib.pofile(str(root / EXPLANATIONS / POT_NAME)))
    return whole


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def tags(text: str) -> list[str]:
    return sorted(TAG.findall(text))


def words(text: str) -> int:
    return len(TAG.sub(" ", PLACEHOLDER.sub(" x ", text)).split())


@dataclass(frozen=True)
class Counts:
    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    translated_words: int = 0
    fuzzy_words: int = 0
    untranslated_words: int = 0

    def __add__(self, other: "Counts") -> "Counts":
        return Counts(*(a + b for a, b in zip(self.astuple(), other.astuple(), strict=True)))

    def astuple(self) -> tuple[int, ...]:
        return (
            self.translated,
            self.fuzzy,
            self.untranslated,
            self.translated_words,
            self.fuzzy_words,
            self.untranslated_words,
        )

    @property
    def total(self) -> int:
        return self.translated + self.fuzzy + self.untranslated


def counts(entries: Iterable[polib.POEntry]) -> Counts:
    """Entries and English words: translated, fuzzy (shown in English until confirmed), empty."""
    result = [0] * 6
    for entry in entries:
        if entry.obsolete:
            continue
        size = words(entry.msgid)
        kind = 1 if entry.fuzzy else 0 if entry.translated() else 2
        result[kind] += 1
        result[kind + 3] += size
    return Counts(*result)
