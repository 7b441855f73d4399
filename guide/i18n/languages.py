"""What the guide knows of each language beyond its catalogue: its translation status, kept as
data beside the catalogue (locale/<ll>/status.toml), and how it puts two sentences side by side.

A "draft" language has not yet been checked by a qualified translator: its pages say so and link
the English page. A language that "ships" must be completely translated (make i18n-check).
English is the source and has no status file.

A sentence the guide says in more than one place is one catalogue entry
(guide/content/sentences.py), so a text that says it again is joined from entries of its own:
`join_sentences` does that for a text written in Python, `{% sentences %}`
(guide/templatetags/sentences.py) for a template. Both put the language's own gap between the
sentences.
"""

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, cast

from django.conf import settings
from django.utils.functional import lazy
from django.utils.translation import get_language, to_locale

if TYPE_CHECKING:
    # What gettext_lazy returns, as django-stubs names it: a Promise that stands for a str.
    from django.utils.functional import _StrPromise

DRAFT = "draft"
REVIEWED = "reviewed"


@dataclass(frozen=True)
class LanguageStatus:
    status: str
    ships: bool
    reviewed_on: date | None
    reviewed_by: str

    @property
    def draft(self) -> bool:
        return self.status != REVIEWED


def status_path(locale_dir: Path, language: str) -> Path:
    return Path(locale_dir) / to_locale(language) / "status.toml"


def read_status(path: Path) -> LanguageStatus:
    data = tomllib.loads(Path(path).read_text(encoding="utf-8"))
    if data.get("status") not in {DRAFT, REVIEWED}:
        raise ValueError(f"{path}: status must be {DRAFT!r} or {REVIEWED!r}")
    reviewed_on = data.get("reviewed_on") or None
    if data["status"] == REVIEWED and not (reviewed_on and data.get("reviewed_by")):
        raise ValueError(f"{path}: a reviewed language needs reviewed_on and reviewed_by")
    return LanguageStatus(
        status=data["status"],
        ships=bool(data.get("ships", False)),
        reviewed_on=date.fromisoformat(str(reviewed_on)) if reviewed_on else None,
        reviewed_by=str(data.get("reviewed_by", "")),
    )


@cache
def status_of(language: str) -> LanguageStatus | None:
    """The status of a language of the site; None for the source language (English)."""
    path = status_path(settings.LOCALE_PATHS[0], language)
    return read_status(path) if path.exists() else None


#: What stands between two sentences of one paragraph where the guide joins sentences that are
#: catalogue entries of their own: a space, but nothing in Chinese, whose sentences end in "。"
#: and where a space would show. A language not named here takes a space.
SENTENCE_GAPS: dict[str, str] = {"zh-hans": "", "zh-hant": ""}


def sentence_gap(language: str | None = None) -> str:
    """The gap between two sentences in this language (by default the active one)."""
    return SENTENCE_GAPS.get(language or get_language() or "", " ")


def _joined(*parts: object) -> str:
    return sentence_gap().join(str(part) for part in parts)


_lazy_joined = lazy(_joined, str)


def join_sentences(*parts: "str | _StrPromise") -> "_StrPromise":
    """One text of several sentences, each its own catalogue entry (or entries), joined in the
    language active when the text is shown, with that language's gap."""
    return cast("_StrPromise", _lazy_joined(*parts))
