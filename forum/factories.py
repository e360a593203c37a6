"""Factories for the Forum's pages, shared by tests and benchmarks."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from events.factories import EventPageFactory
from forum.consultations.models import ConsultationPage
from forum.models import GoverningBodyPage, PlenarySessionPage, WorkingGroupPage


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


class GoverningBodyPageFactory(wagtail_factories.PageFactory):
    """A governing body without members; give ``parent`` the governing bodies index."""

    class Meta:
        model = GoverningBodyPage

    title = factory.Sequence(lambda n: f"Organ Forum {n}")
    slug = factory.Sequence(lambda n: f"organ-{n}")
    role = "<p>Organ doradczy Forum.</p>"
    meeting_rhythm = "co najmniej raz na pół roku"


class WorkingGroupPageFactory(wagtail_factories.PageFactory):
    """A working group on ``area`` (a thematic area of the page's language); give ``parent``."""

    class Meta:
        model = WorkingGroupPage

    title = factory.Sequence(lambda n: f"Grupa robocza {n}")
    slug = factory.Sequence(lambda n: f"grupa-robocza-{n}")
    purpose = "<p>Grupa pracuje nad jednym obszarem Modelu.</p>"
    meeting_rhythm = "w drugi wtorek miesiąca"
