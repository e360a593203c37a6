"""Factories for the Forum's pages, shared by tests and benchmarks."""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from events.factories import EventPageFactory
from forum.consultations.models import ConsultationPage
from forum.models import (
    GoverningBodyPage,
    OrganisationArea,
    OrganisationWorkingGroup,
    PlenarySessionPage,
    WorkingGroupPage,
)
from hub.factories import OrganisationFactory, translate_snippet
from hub.models import Organisation


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


def create_organisation(areas=(), groups=(), **fields):
    """A published organisation (``OrganisationFactory``) working in ``areas`` and taking
    part in the working groups of ``groups`` (thematic areas of its language)."""
    organisation = OrganisationFactory.build(**fields)
    organisation.area_links = [OrganisationArea(area=area) for area in areas]
    organisation.group_links = [OrganisationWorkingGroup(area=area) for area in groups]
    organisation.save()
    return organisation


def bulk_create_organisations(locale, rows, **fields):
    """Published organisations of ``locale`` at once, bypassing per-object saves.

    For query-count tests: ``rows`` holds one ``(slug, areas, groups)`` per
    organisation (thematic areas of ``locale``); ``fields`` are given to every one.
    One ``bulk_create`` of the organisations and one of each kind of row.
    """
    rows = list(rows)
    organisations = Organisation.objects.bulk_create(
        [OrganisationFactory.build(locale=locale, slug=slug, **fields) for slug, _a, _g in rows]
    )
    pairs = list(zip(organisations, rows, strict=True))
    OrganisationArea.objects.bulk_create(
        [
            OrganisationArea(organisation=organisation, area=area, locale=locale, sort_order=n)
            for organisation, (_slug, areas, _groups) in pairs
            for n, area in enumerate(areas)
        ]
    )
    OrganisationWorkingGroup.objects.bulk_create(
        [
            OrganisationWorkingGroup(
                organisation=organisation, area=area, locale=locale, sort_order=n
            )
            for organisation, (_slug, _areas, groups) in pairs
            for n, area in enumerate(groups)
        ]
    )
    return organisations


def translate_organisation(organisation, code, **fields):
    """A published translation of ``organisation`` in ``code``, with ``fields`` set.

    Its areas and working groups are the translations of the source's areas, as
    wagtail-localize points them (translate the areas first).
    """
    locale = Locale.objects.get(language_code=code)
    return translate_snippet(
        organisation,
        code,
        area_links=[
            OrganisationArea(area=link.area.get_translation(locale))
            for link in organisation.area_links.all()
        ],
        group_links=[
            OrganisationWorkingGroup(area=link.area.get_translation(locale))
            for link in organisation.group_links.all()
        ],
        **fields,
    )
