"""A pseudo-locale for tests only: every English string accented and about 40% longer.

Rendering the site in it shows at once any text that was not marked for translation (it stays in
plain English) and any layout that breaks with longer text. Its code, "qps", is a private-use
language code that Django does not ship, so it also walks the path of adding such a language
(TRANSLATING.md): a LANG_INFO entry, a compiled catalogue with a real plural rule, and our own
error messages. It is never in settings.LANGUAGES; tests add it (tests/test_i18n_pages.py).
"""

import re
import subprocess
from pathlib import Path

import polib

from guide.i18n import catalogues

CODE = "qps"
LOCALE = "qps"
LANG_INFO = {"bidi": False, "code": CODE, "name": "Pseudo-English", "name_local": "Ƥşḗŭḓǿ-Ḗƞɠŀīşħ"}
PLURAL_FORMS = "nplurals=2; plural=(n != 1);"

_ACCENTED = str.maketrans(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ",
    "ȧƀƈḓḗƒɠħīĵķŀḿƞǿƥɋřşŧŭṽẇẋẏẑȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ",
)
_VOWELS = re.compile(r"([aeiouAEIOU])")
# Kept exactly: placeholders, HTML tags and entities.
_KEEP = re.compile(f"({catalogues.PLACEHOLDER.pattern}|{catalogues.TAG.pattern})")


def pseudo(text: str) -> str:
    """Accent every letter and double every vowel (about 40% longer in English), leaving
    placeholders and tags intact."""
    parts = _KEEP.split(text)
    out = []
    for part in parts:
        if part and _KEEP.fullmatch(part):
            out.append(part)
        else:
            out.append(_VOWELS.sub(r"\1\1", part).translate(_ACCENTED))
    return "".join(out)


def pseudo_catalogue(source: polib.POFile) -> polib.POFile:
    po = polib.POFile()
    po.metadata = {
        "Project-Id-Version": "Know Before You File",
        "PO-Revision-Date": "2026-11-25 00:00+0000",
        "Last-Translator": "tests/pseudo_locale.py",
        "Language-Team": "none (generated)",
        "Language": LOCALE,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS,
    }
    for entry in source:
        new = polib.POEntry(msgid=entry.msgid, msgctxt=entry.msgctxt, flags=list(entry.flags))
        if "fuzzy" in new.flags:
            new.flags.remove("fuzzy")
        if entry.msgid_plural:
            new.msgid_plural = entry.msgid_plural
            new.msgstr_plural = {0: pseudo(entry.msgid), 1: pseudo(entry.msgid_plural)}
        else:
            new.msgstr = pseudo(entry.msgid)
        po.append(new)
    return po


def build(root: Path, output: Path) -> Path:
    """Write and compile the pseudo catalogue under output/qps/LC_MESSAGES; return the .po."""
    po_file = output / LOCALE / "LC_MESSAGES" / "django.po"
    po_file.parent.mkdir(parents=True, exist_ok=True)
    pseudo_catalogue(catalogues.source_catalogue(root)).save(str(po_file))
    subprocess.run(
        ["msgfmt", "--check", "-o", str(po_file.with_suffix(".mo")), str(po_file)], check=True
    )
    return po_file
