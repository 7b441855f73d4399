"""The outcome as a hand-over: a second language beside the first, and print choices."""

import re
from collections import Counter

import pytest
from django.conf import settings

from guide.flow import wire
from tests.helpers import final_path, scrape, visible_text

Q = "/en/questions/"
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]


def outcome(client, url=Q, **extra):
    response = client.post(url, wire.body(final_path(), nav=wire.OUTCOME, **extra))
    assert response.status_code == 200
    return response.content.decode()


def columns(html: str) -> list[str]:
    return re.findall(
        r'<div class="bilingual__column"[^>]*>(.*?)</div>\s*(?=<div class="bilingual__column"|</div>)',
        html,
        re.S,
    )


def test_one_language_by_default_and_print_leaves_out_the_situation(client):
    html = outcome(client)
    assert 'class="bilingual' not in html
    assert "outcome--print-details" not in html
    assert re.search(r'value="no" id="print-details-no" checked', html)


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_second_language_shows_every_section_beside_the_first(client, code):
    html = outcome(client, also=code)
    rows = re.findall(r'<div class="bilingual[ "]', html)
    assert len(rows) == len(re.findall(r'class="bilingual__column" lang=', html)) > 5
    assert re.search(rf'class="bilingual__column" lang="{code}" dir="(ltr|rtl)"', html)
    if code in settings.LANGUAGES_BIDI:
        assert f'lang="{code}" dir="rtl"' in html
    # Ids stay unique with two copies of each section.
    ids = Counter(re.findall(r'\bid="([^"]+)"', html))
    assert [i for i, n in ids.items() if n > 1] == []
    assert f'id="{code}-next-steps"' in html


def test_the_answers_survive_choosing_a_second_language(client):
    html = outcome(client, also=OTHER_LANGUAGES[0])
    page = scrape(html)
    for form in page.forms:
        carried = {f["name"]: f["value"] for f in form["fields"] if f.get("type") == "hidden"}
        if "itin" in carried:
            # Every question's slot, on the wire's codes (guide/flow/wire.py).
            assert {k: carried[k] for k in wire.NUMBERS} == dict(wire.slots(final_path()))
    text = visible_text(html)
    assert "Your answers" in text and "Yes, I have an ITIN" in text


def test_print_details_marks_the_page_when_chosen(client):
    assert "outcome--print-details" in outcome(client, print_details="yes")


@pytest.mark.parametrize("also", ["xx", "en", "../", "<b>"])
def test_unknown_or_same_language_is_ignored_and_never_echoed(client, also):
    html = outcome(client, also=also)
    assert 'class="bilingual' not in html
    if also != "en":
        assert f'value="{also}"' not in html


def test_handout_controls_are_radios_and_buttons_only(client):
    html = outcome(client)
    section = html.split('class="handout-options"')[1].split("</section>")[0]
    for tag in re.findall(r"<input\b[^>]*>", section):
        assert re.search(r'type="(radio|hidden)"', tag), tag
