"""The court timeline as a picture: built from content.TIMELINE (never a second copy of the
dates), every event in the picture and in the list, and the dates agree with the outcome text."""

import re
from datetime import date

from guide import content
from guide.content import timeline
from tests.helpers import final_path, on_the_wire, visible_text


def timeline_html(html: str) -> str:
    return html[
        html.index('<div class="tl"') : html.index("</ol>", html.index('<ol class="timeline"'))
    ]


def test_the_scale_has_every_month_from_first_to_last_event_once():
    months = timeline.months(content.TIMELINE)
    first, last = content.TIMELINE[0].when, content.TIMELINE[-1].when
    assert (months[0].first_day.year, months[0].first_day.month) == (first.year, first.month)
    assert (months[-1].first_day.year, months[-1].first_day.month) == (last.year, last.month)
    days = [month.first_day for month in months]
    assert len(days) == (last.year - first.year) * 12 + last.month - first.month + 1
    assert days == sorted(set(days))
    # Every event is on the scale exactly once, numbered as in the written list.
    placed = [(number, event) for month in months for number, event in month.events]
    assert placed == list(enumerate(content.TIMELINE, start=1))
    assert [m.first_day.year for m in months if m.starts_year] == sorted({d.year for d in days})


def test_an_event_on_new_years_day_and_a_single_event_still_fit():
    one = [content.TimelineEvent(date(2027, 1, 1), "day", "x", "", ("S2",))]
    months = timeline.months(one)
    assert len(months) == 1 and months[0].starts_year and months[0].events[0][0] == 1
    assert timeline.months([]) == []


def test_outcome_and_about_draw_the_same_events_from_the_content_data(client):
    outcome = client.post(
        "/en/questions/", on_the_wire({**final_path(), "nav": "outcome"})
    ).content.decode()
    about = client.get("/en/about/").content.decode()
    for html in (outcome, about):
        part = timeline_html(html)
        # The picture: one numbered mark per event, with its shape (direction) from the data.
        marks = re.findall(
            r'<span class="tl__mark tl__mark--(\w+)">(\d+)</span>',
            part.split('<p class="tl__key">')[0],
        )
        assert marks == [
            (event.direction or "event", str(number))
            for number, event in enumerate(content.TIMELINE, start=1)
        ]
        # The list: every date as written in the content data, in order.
        datetimes = re.findall(r'<time datetime="([\d-]+)">', part)
        assert datetimes == [event.when.isoformat() for event in content.TIMELINE]
        # The picture is hidden from screen readers, the list carries the same words.
        assert '<div class="tl" aria-hidden="true">' in part
        for event in content.TIMELINE:
            assert str(event.text) in visible_text(part)
        # Colour never alone: each direction has its words in the key and in the list.
        key = visible_text(part.split('<p class="tl__key">')[1].split("</p>")[0])
        assert "Allowed the sharing" in key and "Blocked or limited the sharing" in key


def test_the_timeline_agrees_with_the_outcome_text(client):
    """The dates the outcome writes out are the timeline's dates, not a second copy."""
    text = visible_text(
        client.post(
            "/en/questions/", on_the_wire({**final_path(), "nav": "outcome"})
        ).content.decode()
    )
    signed = content.TIMELINE[0]
    assert f"signed on {signed.when:%B} {signed.when.day}, {signed.when.year}" in text
    shared = next(e for e in content.TIMELINE if "47,000" in str(e.text))
    assert f"On {shared.when:%B} {shared.when.day}, {shared.when.year}, the IRS gave ICE" in text
    # The newest court information can be newer than the newest ruling: a case tracker's
    # reading of the cases (facts.md Appendix C).
    newest = content.CONTENT.newest_court_information
    assert newest >= max(event.when for event in content.TIMELINE)
    assert f"As of {newest:%B} {newest.year}, two court orders blocked this sharing" in text
