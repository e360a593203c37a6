"""Factories for the calendar, shared by tests and benchmarks."""

from __future__ import annotations

import datetime
import uuid

import factory
import wagtail_factories
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.models import Page

from events.models import (
    EventKind,
    EventPage,
    EventPageArea,
    EventPageWorkingGroup,
    Registration,
    RegistrationStatus,
    SharedEvent,
)


class EventPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Wydarzenie {n}")
    slug = factory.Sequence(lambda n: f"wydarzenie-{n}")
    summary = factory.Sequence(lambda n: f"Krótki opis wydarzenia {n}.")
    kind = EventKind.WORKSHOP
    start = factory.Sequence(
        lambda n: timezone.now().replace(microsecond=0) + datetime.timedelta(days=n % 60 + 1)
    )
    end = factory.LazyAttribute(lambda o: o.start + datetime.timedelta(hours=2))
    venue_name = "Biblioteka Manhattan"
    venue_address = "al. Grunwaldzka 82, 80-244 Gdańsk"


class EventImageFactory(wagtail_factories.ImageFactory):
    """A small share image for events (the hub's own image model)."""

    class Meta:
        model = "hub.HubImage"

    title = factory.Sequence(lambda n: f"Zdjęcie wydarzenia {n}")


def create_event(index, areas=(), groups=(), publish=True, factory=None, **fields):
    """An event under ``index``, published through a revision like an editor's.

    ``factory`` builds a kind of event of another app (a Council meeting, a plenary
    session); it defaults to ``EventPageFactory``.
    """
    page = (factory or EventPageFactory).build(locale=index.locale, **fields)
    for area in areas:
        page.area_links.add(EventPageArea(area=area))
    for area in groups:
        page.group_links.add(EventPageWorkingGroup(area=area))
    index.add_child(instance=page)
    if publish:
        page.save_revision().publish()
        page.refresh_from_db()
    return page


def create_registration_event(index, capacity=10, **fields):
    """A live event that takes registrations (in five days unless ``start`` is given)."""
    fields.setdefault("start", timezone.now().replace(microsecond=0) + datetime.timedelta(days=5))
    return create_event(index, registration_enabled=True, capacity=capacity, **fields)


def bulk_create_events(
    index, count, start_number=0, area=None, organiser=None, image=None, registrations=0
):
    """Many live events at once (for query-count tests), bypassing per-page saves.

    Builds the treebeard paths directly: one ``bulk_create`` of the page rows,
    then one row per event in the event table.  Each event can carry what a
    listing or a feed may look up per event: an ``area`` (and working group), an
    ``organiser``, a share ``image`` and a number of confirmed ``registrations``.
    """
    index = Page.objects.get(pk=index.pk)
    content_type = ContentType.objects.get_for_model(EventPage)
    now = timezone.now().replace(microsecond=0)
    last_child = index.get_last_child()
    first_position = (
        Page._str2int(last_child.path[-Page.steplen :]) + 1 if last_child is not None else 1
    )
    pages = []
    for offset in range(count):
        number = start_number + offset
        slug = f"zbiorcze-{number}"
        pages.append(
            Page(
                path=index.path + Page._int2str(first_position + offset).rjust(Page.steplen, "0"),
                depth=index.depth + 1,
                numchild=0,
                title=f"Wydarzenie zbiorcze {number}",
                draft_title=f"Wydarzenie zbiorcze {number}",
                slug=slug,
                url_path=f"{index.url_path}{slug}/",
                content_type=content_type,
                locale_id=index.locale_id,
                translation_key=uuid.uuid4(),
                live=True,
                first_published_at=now,
                last_published_at=now,
            )
        )
    Page.objects.bulk_create(pages, batch_size=500)
    created = Page.objects.filter(path__in=[p.path for p in pages]).values_list("pk", "path")
    pks = dict((path, pk) for pk, path in created)
    links, group_links, events = [], [], []
    for offset, base in enumerate(pages):
        start = now + datetime.timedelta(days=offset % 90 + 1, hours=offset % 7)
        event = EventPage(
            page_ptr_id=pks[base.path],
            summary="Opis wydarzenia zbiorczego.",
            kind=EventKind.values[offset % len(EventKind.values)],
            start=start,
            end=start + datetime.timedelta(hours=2),
            venue_name="Sala 104",
            languages="pl, uk",
            organiser=organiser,
            social_image=image,
            registration_enabled=bool(registrations),
            capacity=registrations * 2 or None,
        )
        event.save_base(raw=True, force_insert=True)
        events.append(event)
        if area is not None:
            links.append(
                EventPageArea(page_id=event.page_ptr_id, area=area, locale_id=index.locale_id)
            )
            group_links.append(
                EventPageWorkingGroup(
                    page_id=event.page_ptr_id, area=area, locale_id=index.locale_id
                )
            )
    if registrations:
        shared = SharedEvent.objects.bulk_create(
            [
                SharedEvent(
                    translation_key=base.translation_key,
                    title=base.title,
                    start=event.start,
                    finish=event.end,
                    capacity=event.capacity,
                )
                for base, event in zip(pages, events, strict=True)
            ],
            batch_size=500,
        )
        Registration.objects.bulk_create(
            [
                Registration(
                    event=row,
                    page_id=pks[base.path],
                    language=index.locale.language_code,
                    name=f"Uczestnik {number}",
                    email=f"uczestnik-{number}@{base.slug}.example.org",
                    status=RegistrationStatus.CONFIRMED,
                )
                for row, base in zip(shared, pages, strict=True)
                for number in range(registrations)
            ],
            batch_size=500,
        )
    EventPageArea.objects.bulk_create(links, batch_size=500)
    EventPageWorkingGroup.objects.bulk_create(group_links, batch_size=500)
    Page.objects.filter(pk=index.pk).update(numchild=index.numchild + count)
    return count


__all__ = [
    "EventImageFactory",
    "EventPageFactory",
    "SharedEvent",
    "bulk_create_events",
    "create_event",
    "create_registration_event",
]
