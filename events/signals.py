"""Every publication of an event (in any language) raises its iCal SEQUENCE."""

from wagtail.signals import page_published


def event_published(sender, instance, **kwargs):
    from events.models import EventPage, SharedEvent

    if isinstance(instance, EventPage):
        shared = SharedEvent.for_page(instance, bump=True)
        if instance.registration_enabled and shared.registrations.exists():
            from events.registration import fill_free_seats

            fill_free_seats(shared)


def connect():
    page_published.connect(event_published, dispatch_uid="events_raise_sequence")
