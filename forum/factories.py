"""Factories for the Forum's pages, shared by tests and benchmarks."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from events.factories import EventPageFactory
from forum.consultations.models import ConsultationPage
from forum.models import PlenarySessionPage


class PlenarySessionPageFactory(EventPageFactory):
    """A plenary session; add it under the sessions index with ``create_event``."""

    class Meta:
        model = PlenarySessionPage

    title = factory.Sequence(lambda n: f"Sesja plenarna {n}")
    slug = factory.Sequence(lambda n: f"sesja-plenarna-{n}")
    summary = "Sesja plenarna Forum."


class ConsultationPageFactory(wagtail_factories.PageFactory):
    """An open consultation without a draft or questions; give ``parent`` a consultations index."""

    class Meta:
        model = ConsultationPage

    title = factory.Sequence(lambda n: f"Konsultacja {n}")
    slug = factory.Sequence(lambda n: f"konsultacja-{n}")
    summary = "Czy miasto powinno otworzyć punkt informacyjny w każdej dzielnicy?"
    run_by = "Wydział Rozwoju Społecznego"
    opens_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(days=1))
    closes_at = factory.LazyAttribute(lambda o: o.opens_at + datetime.timedelta(days=30))
