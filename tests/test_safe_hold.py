"""Safe hold: one setting puts a notice at the top of every outcome, in every language, with the
legal help links first. Off by default."""

from datetime import date

import pytest
from django.conf import settings as django_settings
from django.core.exceptions import ImproperlyConfigured
from django.utils import translation
from django.utils.formats import date_format

from guide import content
from guide_project.settings import env_date
from tests.helpers import final_path, on_the_wire, visible_text
from tests.pages import distinct_outcomes

NOTICE = "the legal situation changed. This explanation may be out of date."
LANGUAGES = [code for code, _name in django_settings.LANGUAGES]


def outcome_html(client, language="en", answers=None):
    response = client.post(
        f"/{language}/questions/", on_the_wire({**(answers or final_path()), "nav": "outcome"})
    )
    assert response.status_code == 200
    return response.content.decode()


def test_off_by_default_no_notice(client):
    assert django_settings.SAFE_HOLD_DATE is None
    html = outcome_html(client)
    assert NOTICE not in visible_text(html)
    assert "safe-hold" not in html


@pytest.mark.parametrize("answers", distinct_outcomes()[::7])
def test_on_every_outcome_opens_with_the_dated_notice_and_legal_help_first(
    client, settings, answers
):
    settings.SAFE_HOLD_DATE = date(2026, 12, 1)
    html = outcome_html(client, answers=answers)
    text = visible_text(html)
    assert f"On Dec. 1, 2026, {NOTICE}" in text
    assert "Talk to free legal help before you rely on this page" in text
    notice_at = html.index('class="callout safe-hold"')
    # At the top of the outcome: before its headline (the page's <h1>).
    assert notice_at < html.index("<h1")
    # Inside the notice, the immigration legal help links come first, before anything else.
    notice = html[notice_at : html.index("</section>", notice_at)]
    for link in content.HELP_LINKS:
        if link.group == "immigration":
            assert f'href="{link.url}"' in notice
            assert html.index(f'href="{link.url}"') == notice_at + notice.index(
                f'href="{link.url}"'
            )
    assert 'href="/en/legal-help/"' in notice


@pytest.mark.parametrize("language", LANGUAGES)
def test_on_in_every_language(client, settings, language):
    settings.SAFE_HOLD_DATE = date(2026, 12, 1)
    html = outcome_html(client, language)
    notice_at = html.index('class="callout safe-hold"')
    notice = visible_text(html[notice_at : html.index("</section>", notice_at)])
    with translation.override(language):
        assert date_format(date(2026, 12, 1), "DATE_FORMAT") in notice
    assert f'href="/{language}/legal-help/"' in html[notice_at:]


def test_switched_on_by_an_environment_variable(monkeypatch):
    monkeypatch.setenv("SAFE_HOLD_DATE", "2026-12-01")
    assert env_date("SAFE_HOLD_DATE") == date(2026, 12, 1)
    monkeypatch.setenv("SAFE_HOLD_DATE", "")
    assert env_date("SAFE_HOLD_DATE") is None
    monkeypatch.delenv("SAFE_HOLD_DATE")
    assert env_date("SAFE_HOLD_DATE") is None


def test_a_malformed_date_stops_the_start_with_a_clear_message(monkeypatch):
    monkeypatch.setenv("SAFE_HOLD_DATE", "1 December")
    with pytest.raises(ImproperlyConfigured, match="SAFE_HOLD_DATE must be a date like"):
        env_date("SAFE_HOLD_DATE")
