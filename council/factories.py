"""Factories for the Council's pages, shared by tests and benchmarks."""

import factory

from council.models import CouncilMeetingPage
from events.factories import EventPageFactory


class CouncilMeetingPageFactory(EventPageFactory):
    """A Council meeting; build it under a meeting index with ``events.factories.create_event``."""

    class Meta:
        model = CouncilMeetingPage

    title = factory.Sequence(lambda n: f"Posiedzenie Rady {n}")
    slug = factory.Sequence(lambda n: f"posiedzenie-{n}")
    summary = "Posiedzenie Rady Imigrantów i Imigrantek."
    number = factory.Sequence(lambda n: n + 1)
