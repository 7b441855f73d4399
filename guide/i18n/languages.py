"""Each language's translation status, kept as data beside its catalogue (locale/<ll>/status.toml).

A "draft" language has not yet been checked by a qualified translator: its pages say so and link
the English page. A language that "ships" must be completely translated (make i18n-check).
English is the source and has no status file.
"""

import tomllib
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path

from django.conf import settings
from django.utils.translation import to_locale

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
