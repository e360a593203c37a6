"""The month view: a real table with a caption and headers, events on their days."""

import datetime
import re

from events.models import WARSAW


def test_month_view_is_a_table_with_caption_and_column_headers(client, calendar, make_event):
    start = datetime.datetime(2027, 2, 10, 18, 0, tzinfo=WARSAW)
    event = make_event(title="Lutowe spotkanie", start=start)
    response = client.get(calendar.url + "month/2027/2/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "<caption" in html and "2027" in html.split("<caption", 1)[1].split("</caption>")[0]
    assert len(re.findall(r'<th scope="col">', html)) == 7
    # February 2027 starts on a Monday and has four full weeks.
    assert len(response.context["weeks"]) == 4
    day = response.context["weeks"][1][2]  # Wednesday of the second week
    assert day.date == datetime.date(2027, 2, 10)
    assert [e.title for e in day.events] == [event.title]
    assert f'href="{event.url}"' in html
    assert '<span class="month__time">18:00</span>' in html


def test_an_event_over_several_days_shows_on_each(client, calendar, make_event):
    start = datetime.datetime(2027, 2, 26, 9, 0, tzinfo=WARSAW)
    make_event(
        title="Weekendowy zjazd", start=start, end=start + datetime.timedelta(days=2, hours=6)
    )
    weeks = client.get(calendar.url + "month/2027/2/").context["weeks"]
    days_with_it = [
        cell.date.day
        for week in weeks
        for cell in week
        if cell and any(e.title == "Weekendowy zjazd" for e in cell.events)
    ]
    assert days_with_it == [26, 27, 28]


def test_month_view_links_to_the_months_around_and_keeps_filters(client, calendar):
    html = client.get(calendar.url + "month/2027/1/", {"kind": "workshop"}).content.decode()
    assert f'href="{calendar.url}month/2026/12/?kind=workshop"' in html
    assert f'href="{calendar.url}month/2027/2/?kind=workshop"' in html


def test_this_month_redirects_to_the_current_month(client, calendar):
    response = client.get(calendar.url + "month/")
    assert response.status_code == 302
    assert re.search(r"/month/\d{4}/\d{1,2}/$", response["Location"])


def test_impossible_months_are_not_found(client, calendar):
    assert client.get(calendar.url + "month/2027/13/").status_code == 404
