"""The month view: a real table with a caption and headers, events on their days."""

import datetime
import re

from django.utils import timezone

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


def months_ahead(count, now=None):
    today = (now or timezone.now()).astimezone(WARSAW)
    months = today.year * 12 + today.month - 1 + count
    return months // 12, months % 12 + 1


def month_path(calendar, year_month):
    year, month = year_month
    return f"{calendar.url}month/{year}/{month}/"


def month_nav(html):
    return html.split('<nav class="month-nav"', 1)[1].split("</nav>", 1)[0]


def test_the_month_view_ends_two_years_ahead_with_no_arrow_beyond(client, calendar):
    inside, last, beyond = months_ahead(23), months_ahead(24), months_ahead(25)
    response = client.get(month_path(calendar, inside))
    assert response.status_code == 200
    nav = month_nav(response.content.decode())
    assert f'href="{month_path(calendar, last)}"' in nav
    assert 'rel="next nofollow"' in nav and 'rel="prev nofollow"' in nav

    response = client.get(month_path(calendar, last))
    assert response.status_code == 200
    nav = month_nav(response.content.decode())
    assert 'rel="prev nofollow"' in nav
    assert 'rel="next' not in nav
    assert month_path(calendar, beyond) not in nav

    assert client.get(month_path(calendar, beyond)).status_code == 404
    assert client.get(calendar.url + "month/2056/10/").status_code == 404
    assert client.get(calendar.url + "month/9998/12/").status_code == 404


def test_the_month_view_starts_at_the_first_events_month(client, calendar, make_event):
    first = calendar.events().order_by("start").first()
    earliest = min(first.start, timezone.now()) if first else timezone.now()
    start = earliest.astimezone(WARSAW).replace(day=15, hour=10) - datetime.timedelta(days=400)
    make_event(title="Najstarsze spotkanie", start=start)
    year, month = start.year, start.month
    before = (year - 1, 12) if month == 1 else (year, month - 1)
    after = (year + 1, 1) if month == 12 else (year, month + 1)

    response = client.get(month_path(calendar, (year, month)))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Najstarsze spotkanie" in html
    nav = month_nav(html)
    assert 'rel="prev' not in nav
    assert f'href="{month_path(calendar, after)}"' in nav

    response = client.get(month_path(calendar, after))
    assert response.status_code == 200
    assert f'href="{month_path(calendar, (year, month))}"' in month_nav(response.content.decode())
    assert client.get(month_path(calendar, before)).status_code == 404
    assert client.get(calendar.url + "month/2000/1/").status_code == 404


def test_this_month_keeps_only_the_filters_so_a_huge_query_still_redirects(client, calendar):
    response = client.get(calendar.url + "month/", {"kind": "workshop", "q": "x" * 20_000})
    assert response.status_code == 302
    location = response["Location"]
    assert re.search(r"/month/\d{4}/\d{1,2}/\?kind=workshop$", location)
    assert client.get(location).status_code == 200
