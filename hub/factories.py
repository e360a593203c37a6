"""Factories for the foundations' models, shared by tests and benchmarks."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone

from hub.models import NewsPage, StandardPage, ThematicArea


class ThematicAreaFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ThematicArea

    code = factory.Sequence(lambda n: f"area-{n}")
    name = factory.Sequence(lambda n: f"Obszar {n}")


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Strona {n}")
    slug = factory.Sequence(lambda n: f"strona-{n}")
    introduction = "Wprowadzenie do strony."


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Wiadomość {n}")
    slug = factory.Sequence(lambda n: f"wiadomosc-{n}")
    lead = factory.Sequence(lambda n: f"Krótki wstęp do wiadomości {n}.")
    publication_date = factory.Sequence(lambda n: timezone.now() - datetime.timedelta(hours=n + 1))
