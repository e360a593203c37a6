"""Every publication of an event (in any language) raises its iCal SEQUENCE."""

from django.db.models.signals import post_delete
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from events import feed_cache
from events.models import EventPage, SharedEvent
from events.registration import fill_free_seats


def event_published(sender, instance, **kwargs):
    if isinstance(instance, EventPage):
        shared = SharedEvent.for_page(instance, bump=True)
        if instance.registration_enabled and shared.registrations.exists():
            fill_free_seats(shared)


def page_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page):
        feed_cache.invalidate()


def connect():
    page_published.connect(event_published, dispatch_uid="events_raise_sequence")
    # Any change to the live tree may change a feed: build the feeds again.
    for signal in (page_published, page_unpublished, page_slug_changed, post_page_move):
        signal.connect(feed_cache.invalidate, dispatch_uid=f"events_ical_{id(signal)}")
    post_delete.connect(page_deleted, dispatch_uid="events_ical_delete")
