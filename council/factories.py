"""Factories for the Council's pages, shared by tests and benchmarks."""

from datetime import timedelta

import factory
import wagtail_factories
from django.utils import timezone

from council.models import (
    CouncilMeetingPage,
    CouncilMembership,
    CouncilMinutesPage,
    CouncilOpinionPage,
    CouncilRole,
    MinutesAttendance,
)
from events.factories import EventPageFactory
from hub.factories import PersonFactory


class CouncilMeetingPageFactory(EventPageFactory):
    """A Council meeting; build it under a meeting index with ``events.factories.create_event``."""

    class Meta:
        model = CouncilMeetingPage

    title = factory.Sequence(lambda n: f"Posiedzenie Rady {n}")
    slug = factory.Sequence(lambda n: f"posiedzenie-{n}")
    summary = "Posiedzenie Rady Imigrantów i Imigrantek."
    number = factory.Sequence(lambda n: n + 1)


class CouncilMinutesPageFactory(wagtail_factories.PageFactory):
    """Draft minutes (not live, no approval); add them under a meeting with ``add_minutes``."""

    class Meta:
        model = CouncilMinutesPage

    title = factory.Sequence(lambda n: f"Protokół {n}")
    slug = "protokol"
    live = False
    prepared_by = "Sekretariat Rady"
    prepared_on = factory.LazyFunction(timezone.localdate)


def add_minutes(meeting, publish=False, attendance=(), **fields):
    """Minutes under ``meeting``, saved as a revision and published when ``publish``.

    ``attendance`` is (person, present) pairs. Publishing goes through the
    revision, like an editor's; the model refuses it when the approval cannot stand.
    """
    minutes = CouncilMinutesPageFactory.build(locale=meeting.locale, **fields)
    for person, present in attendance:
        minutes.attendance.add(MinutesAttendance(person=person, present=present))
    meeting.add_child(instance=minutes)
    revision = minutes.save_revision()
    if publish:
        revision.publish()
    minutes.refresh_from_db()
    return minutes


class CouncilOpinionPageFactory(wagtail_factories.PageFactory):
    """An opinion adopted today; add it under an opinion index with ``add_opinion``."""

    class Meta:
        model = CouncilOpinionPage

    title = factory.Sequence(lambda n: f"Opinia Rady {n}")
    slug = factory.Sequence(lambda n: f"opinia-{n}")
    kind = "opinion"
    adopted_on = factory.LazyFunction(timezone.localdate)
    subject = factory.Sequence(lambda n: f"Temat opinii {n}")
    text = (("paragraph", "<p>Treść opinii.</p>"),)
    prepared_by = "Sekretariat Rady"
    prepared_on = factory.LazyAttribute(lambda opinion: opinion.adopted_on)


def add_opinion(index, publish=True, **fields):
    """An opinion under ``index``, published through a revision when ``publish``."""
    opinion = CouncilOpinionPageFactory.build(locale=index.locale, live=False, **fields)
    index.add_child(instance=opinion)
    if publish:
        opinion.save_revision().publish()
    opinion.refresh_from_db()
    return opinion


def term_dates(today=None, terms_ago=0):
    """(start, end) of a three-year term that began about a year before ``today``.

    ``terms_ago=1`` is the term before it, which ended the day before the current one began.
    """
    today = today or timezone.localdate()
    start = (today.replace(day=1) - timedelta(days=400)).replace(day=1)
    start = start.replace(year=start.year - 3 * terms_ago)
    return start, start.replace(year=start.year + 3) - timedelta(days=1)


class CouncilMembershipFactory(factory.django.DjangoModelFactory):
    """A member of the current term; ``build()`` the rows and publish them with ``add_members``.

    ``CouncilMembershipFactory.build(past_term=True)`` sits in the term before.
    """

    class Meta:
        model = CouncilMembership

    class Params:
        past_term = False

    person = factory.SubFactory(PersonFactory)
    role = CouncilRole.MEMBER
    term_start = factory.LazyAttribute(lambda row: term_dates(terms_ago=int(row.past_term))[0])
    term_end = factory.LazyAttribute(lambda row: term_dates(terms_ago=int(row.past_term))[1])
    languages = "uk, pl"


def add_members(root, memberships):
    """Give the Council section ``root`` these composition rows and publish it, as an editor would.

    The rows replace the section's composition; each person must be in the section's language.
    """
    for row in memberships:
        row.locale = root.locale
    root.memberships = list(memberships)
    root.save_revision().publish()
    root.refresh_from_db()
    return root
