"""Factories for the Forum's pages, shared by tests and benchmarks."""

import factory

from events.factories import EventPageFactory
from forum.models import PlenarySessionPage


class PlenarySessionPageFactory(EventPageFactory):
    """A plenary session; add it under the sessions index with ``create_event``."""

    class Meta:
        model = PlenarySessionPage

    title = factory.Sequence(lambda n: f"Sesja plenarna {n}")
    slug = factory.Sequence(lambda n: f"sesja-plenarna-{n}")
    summary = "Sesja plenarna Forum."
