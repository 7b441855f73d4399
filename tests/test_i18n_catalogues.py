"""The translator's workflow: catalogue checks that fail CI, each shown failing on a bad catalogue,
and the regenerate → fuzzy → confirm cycle run on a copy of the project."""

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import django
import polib
import pytest
from django.conf import settings
from django.utils.translation import to_locale

from guide.i18n import catalogues
from guide.i18n.languages import read_status
from tests import pseudo_locale

ROOT = Path(__file__).resolve().parent.parent
CHECK_PO = [sys.executable, str(ROOT / "scripts" / "check_po.py")]
DJANGO_LOCALE = Path(django.__file__).parent / "conf" / "locale"

HEADER = """msgid ""
msgstr ""
"Project-Id-Version: Know Before You File\\n"
"Language: {language}\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: {plural}\\n"

"""
GOOD_ENTRIES = """#: templates/base.html
msgid "Continue"
msgstr "Continuar"

#: templates/base.html
#, python-format
msgid "Last reviewed: %(reviewed)s."
msgstr "Revisado por última vez: %(reviewed)s."

#: templates/guide/sections/covers.html
msgid "Read <a href=\\"%(url)s\\">the list</a>."
msgstr "Lea <a href=\\"%(url)s\\">la lista</a>."
"""
ES_PLURAL = "nplurals=2; plural=(n != 1);"


def write_catalogue(
    tmp_path: Path, entries: str, *, language="xx", plural=ES_PLURAL, ships=True
) -> Path:
    po = tmp_path / "locale" / language / "LC_MESSAGES" / "django.po"
    po.parent.mkdir(parents=True)
    po.write_text(HEADER.format(language=language, plural=plural) + entries, encoding="utf-8")
    (po.parent.parent / "status.toml").write_text(
        f'status = "draft"\nships = {str(ships).lower()}\nreviewed_on = ""\nreviewed_by = ""\n'
    )
    return po


def check(tmp_path: Path, po: Path) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*CHECK_PO, "--locale-dir", str(tmp_path / "locale"), str(po)],
        capture_output=True,
        text=True,
    )


# --- scripts/check_po.py ---


def test_a_complete_catalogue_passes(tmp_path):
    result = check(tmp_path, write_catalogue(tmp_path, GOOD_ENTRIES))
    assert result.returncode == 0, result.stdout
    assert "3/3 translated" in result.stdout


@pytest.mark.parametrize(
    "bad, expected",
    [
        ('msgid "Back"\nmsgstr ""\n', "FAIL 1 untranslated"),
        ('#, fuzzy\n#| msgid "Go on"\nmsgid "Go on now"\nmsgstr "Continuar"\n', "FAIL 1 fuzzy"),
        (
            '#, python-format\nmsgid "Checked: %(checked)s."\nmsgstr "Revisado: %(revisado)s."\n',
            "FAIL msgfmt --check failed",
        ),
        ('msgid "Tax year {year}"\nmsgstr "Año fiscal {año}"\n', "FAIL placeholders differ"),
        (
            'msgid "See <a href=\\"%(url)s\\">it</a>."\nmsgstr "Vea <a href=\\"/lista/\\">eso</a>."\n',
            "differ from the English",
        ),
        (
            'msgid "Use <strong>only</strong> this."\nmsgstr "Use solo esto."\n',
            "FAIL HTML tags differ",
        ),
    ],
)
def test_a_shipped_catalogue_with_a_bad_entry_fails(tmp_path, bad, expected):
    result = check(tmp_path, write_catalogue(tmp_path, GOOD_ENTRIES + "\n" + bad))
    assert result.returncode == 1
    assert expected in result.stdout, result.stdout


def test_an_unshipped_language_may_be_incomplete_but_not_broken(tmp_path):
    po = write_catalogue(tmp_path, 'msgid "Continue"\nmsgstr ""\n', ships=False)
    assert check(tmp_path, po).returncode == 0
    broken = write_catalogue(tmp_path / "b", 'msgid "Year {year}"\nmsgstr "Año"\n', ships=False)
    assert check(tmp_path / "b", broken).returncode == 1


@pytest.mark.parametrize(
    "plural, expected",
    [
        # What makemessages writes for a language Django lacks (ht, tl): every page would crash.
        ("nplurals=INTEGER; plural=EXPRESSION;", "msgfmt --check failed"),
        (
            "nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : "
            "n%100>=11 ? 4 : 5;",
            "msgfmt --check failed",
        ),  # the entry below has only 2 forms
    ],
)
def test_bad_plural_forms_fail(tmp_path, plural, expected):
    entry = (
        'msgid "One day"\nmsgid_plural "%(count)s days"\n'
        'msgstr[0] "Un día"\nmsgstr[1] "%(count)s días"\n'
    )
    result = check(tmp_path, write_catalogue(tmp_path, entry, plural=plural))
    assert result.returncode == 1 and expected in result.stdout, result.stdout


def test_a_language_header_that_does_not_match_its_folder_fails(tmp_path):
    po = write_catalogue(tmp_path, GOOD_ENTRIES)
    po.write_text(po.read_text().replace('"Language: xx\\n"', '"Language: Spanish\\n"'))
    result = check(tmp_path, po)
    assert result.returncode == 1 and "Language header" in result.stdout


def test_the_committed_catalogues_pass_every_check():
    files = catalogues.all_po_files(ROOT)
    assert len(files) == 2 * (len(settings.LANGUAGES) - 1)
    result = subprocess.run(
        [*CHECK_PO, "--locale-dir", str(ROOT / "locale"), *map(str, files)],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stdout + result.stderr


# --- the committed catalogues and status files ---


#: Haitian Creole nouns do not inflect (nplurals=1); Tagalog takes CLDR's Filipino rule.
PLURALS_DJANGO_LACKS = {
    "ht": "nplurals=1; plural=0;",
    "tl": "nplurals=2; plural=(n != 1 && n != 2 && n != 3 && (n % 10 == 4 || n % 10 == 6 || "
    "n % 10 == 9));",
}


@pytest.mark.parametrize("code", [code for code, _ in settings.LANGUAGES if code != "en"])
def test_each_language_has_both_catalogues_with_django_s_plural_rule(code):
    locale = to_locale(code)
    django_file = DJANGO_LOCALE / locale / "LC_MESSAGES" / "django.po"
    # A language Django does not ship has the rule agreed in TRANSLATING.md instead.
    rule = (
        polib.pofile(str(django_file)).metadata["Plural-Forms"]
        if django_file.exists()
        else PLURALS_DJANGO_LACKS[code]
    )
    for directory in catalogues.CATALOGUE_DIRS:
        po = polib.pofile(str(catalogues.po_path(ROOT, directory, locale)))
        assert po.metadata["Language"] == locale
        assert po.metadata["Plural-Forms"] == rule
        assert not po.metadata_is_fuzzy  # a fuzzy header is left out of the .mo
    read_status(ROOT / "locale" / locale / "status.toml")


def test_interface_and_explanations_are_split_by_where_each_string_is_used():
    ui = polib.pofile(str(ROOT / "locale" / "django.pot"))
    explanations = polib.pofile(str(ROOT / "explanations" / "locale" / "django.pot"))
    assert len(ui) > 50 and len(explanations) > 50
    assert not {e.msgid for e in ui} & {e.msgid for e in explanations}
    for entry in explanations:
        assert all(catalogues.is_explanation(path) for path, _ in entry.occurrences)
    for entry in ui:
        assert not all(catalogues.is_explanation(path) for path, _ in entry.occurrences)
    assert "Continue" in {e.msgid for e in ui}
    assert any(
        path.startswith("templates/guide/sections/")
        for e in explanations
        for path, _ in e.occurrences
    )


def test_the_pseudo_locale_never_ships():
    assert pseudo_locale.CODE not in dict(settings.LANGUAGES)
    assert not list(ROOT.glob(f"**/{pseudo_locale.LOCALE}/LC_MESSAGES/*.po"))


def test_status_files_are_validated(tmp_path):
    path = tmp_path / "status.toml"
    path.write_text('status = "done"\n')
    with pytest.raises(ValueError):
        read_status(path)
    path.write_text('status = "reviewed"\nreviewed_on = ""\nreviewed_by = ""\n')
    with pytest.raises(ValueError):
        read_status(path)
    path.write_text(
        'status = "reviewed"\nships = true\nreviewed_on = "2026-11-25"\n'
        'reviewed_by = "A. Translator"\n'
    )
    assert read_status(path).ships and not read_status(path).draft


# --- the pseudo-locale ---


def test_pseudo_keeps_placeholders_and_tags_and_is_longer():
    english = 'Last reviewed: %(reviewed)s, for {year}. Read <a href="%(url)s">the list</a>.'
    text = pseudo_locale.pseudo(english)
    assert catalogues.placeholders(text) == catalogues.placeholders(english)
    assert catalogues.tags(text) == catalogues.tags(english)
    outside = catalogues.TAG.sub("", catalogues.PLACEHOLDER.sub("", text))
    assert not re.search(r"[A-Za-z]", outside)
    source = polib.pofile(str(ROOT / "locale" / "django.pot"))
    english_letters = sum(len(e.msgid) for e in source)
    pseudo_letters = sum(len(pseudo_locale.pseudo(e.msgid)) for e in source)
    assert 1.3 < pseudo_letters / english_letters < 1.6


# --- the regenerate → fuzzy → confirm cycle, on a copy of the project ---


@pytest.fixture
def project(tmp_path):
    copy = tmp_path / "project"
    shutil.copytree(
        ROOT,
        copy,
        ignore=shutil.ignore_patterns(
            ".git",
            ".venv",
            "node_modules",
            "staticfiles",
            "*.egg-info",
            ".pytest_cache",
            "__pycache__",
            "*.mo",
            "tests",
            ".hypothesis",
        ),
    )
    return copy


def manage(project: Path, *args: str, check=True) -> subprocess.CompletedProcess:
    env = {**os.environ, "DJANGO_SECRET_KEY": "test-only-not-secret", "PYTHONPATH": str(project)}
    result = subprocess.run(
        [sys.executable, "manage.py", *args], cwd=project, env=env, capture_output=True, text=True
    )
    if check:
        assert result.returncode == 0, result.stdout + result.stderr
    return result


def translate_everything(project: Path, language: str) -> None:
    """Stand-in translations that keep every placeholder and tag, and mark the language shipped."""
    for po_file in (catalogues.po_path(project, d, language) for d in catalogues.CATALOGUE_DIRS):
        po = polib.pofile(str(po_file), wrapwidth=79)
        for entry in po:
            if entry.msgid_plural:
                entry.msgstr_plural = {
                    i: "T " + entry.msgid_plural for i in range(len(entry.msgstr_plural))
                }
            else:
                entry.msgstr = "T " + entry.msgid
        po.save()
    status = project / "locale" / language / "status.toml"
    status.write_text(status.read_text().replace("ships = false", "ships = true"))


def check_project(project: Path, language: str) -> subprocess.CompletedProcess:
    files = [catalogues.po_path(project, d, language) for d in catalogues.CATALOGUE_DIRS]
    return subprocess.run(
        [*CHECK_PO, "--locale-dir", str(project / "locale"), *map(str, files)],
        capture_output=True,
        text=True,
    )


def test_the_committed_catalogues_are_up_to_date_with_the_source(project):
    manage(project, "i18n_messages", "--check")


def test_a_new_string_without_make_messages_fails_the_check(project):
    manage(project, "i18n_messages")  # start from catalogues that match the source
    template = project / "templates" / "guide" / "privacy.html"
    template.write_text(
        template.read_text().replace(
            "{% endblock %}",
            '<p>{% translate "A sentence nobody extracted." %}</p>\n{% endblock %}',
            1,
        )
    )
    result = manage(project, "i18n_messages", "--check", check=False)
    assert result.returncode != 0
    assert "A sentence nobody extracted." in result.stdout
    # …and once regenerated (what `make messages` does), the check passes.
    manage(project, "i18n_messages", "--check")


def test_changed_english_makes_every_language_fuzzy_until_a_translator_confirms(project):
    manage(project, "i18n_messages")  # start from catalogues that match the source
    for language in ("es", "ar"):
        translate_everything(project, language)
        assert check_project(project, language).returncode == 0
    old = (
        "This translation has not yet been checked by a qualified translator. If something is "
        "unclear, read the English page."
    )
    new = old.replace("qualified", "professional")
    template = project / "templates" / "guide" / "_translation_notice_text.html"
    template.write_text(template.read_text().replace("a qualified", "a professional"))
    manage(project, "i18n_messages")
    for language in ("es", "ar"):
        po_file = catalogues.po_path(project, catalogues.UI, language)
        entry = polib.pofile(str(po_file)).find(new)
        assert entry.fuzzy and entry.previous_msgid == old and entry.msgstr == "T " + old
        result = check_project(project, language)
        assert result.returncode == 1 and "1 fuzzy" in result.stdout
        # The translator updates the sentence and confirms it (Poedit: "Needs work" off).
        po = polib.pofile(str(po_file), wrapwidth=79)
        entry = po.find(new)
        entry.msgstr, entry.previous_msgid = "T " + new, None
        entry.flags.remove("fuzzy")
        po.save()
        assert check_project(project, language).returncode == 0


def test_marking_reviewed_records_who_and_the_report_lists_english_changed_since(project):
    manage(project, "i18n_messages")  # start from catalogues that match the source
    manage(project, "i18n_mark_reviewed", "es", "--by", "A. Translator", "--on", "2026-11-25")
    status = read_status(project / "locale" / "es" / "status.toml")
    assert (status.status, str(status.reviewed_on), status.reviewed_by) == (
        "reviewed",
        "2026-11-25",
        "A. Translator",
    )
    report = manage(project, "i18n_report").stdout
    assert "es (Spanish): reviewed" in report and "0 new or changed, 0 removed" in report
    template = project / "templates" / "guide" / "_language_chooser.html"
    template.write_text(template.read_text().replace("'Language'", "'Languages'"))
    manage(project, "i18n_messages")
    report = manage(project, "i18n_report").stdout
    spanish = report.split("es (Spanish)")[1]
    assert "1 new or changed, 1 removed or changed" in spanish
    assert "+ Languages\n" in spanish and "- Language\n" in spanish
    assert re.search(r"ar \(Arabic\): draft.*\n(.*\n){3}.*no review recorded", report)
    assert re.search(r"total +entries: \d+ translated, \d+ fuzzy, \d+ untranslated; words:", report)
