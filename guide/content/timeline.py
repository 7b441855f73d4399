"""The court timeline as a picture: which events fall in which month, on a scale of months.

Built from content.TIMELINE (the same data as the written list), never from a copy of the dates.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from guide.content import TimelineEvent


@dataclass(frozen=True)
class Month:
    first_day: date
    #: (number in the written list, event) for the events of this month, in date order.
    events: tuple[tuple[int, TimelineEvent], ...]
    #: The scale names the year here: the first month shown, and every January.
    starts_year: bool


def months(events: Sequence[TimelineEvent]) -> list[Month]:
    """Every month from the first event's to the last one's, each with its numbered events."""
    if not events:
        return []
    numbered = list(enumerate(events, start=1))
    first = min(event.when for event in events).replace(day=1)
    last = max(event.when for event in events).replace(day=1)
    result: list[Month] = []
    day = first
    while day <= last:
        in_month = tuple(
            (number, event)
            for number, event in numbered
            if (event.when.year, event.when.month) == (day.year, day.month)
        )
        result.append(Month(day, in_month, starts_year=day == first or day.month == 1))
        day = date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return result
