"""The public record names people by their name and function, never by their login."""

from datetime import timedelta

from django.utils import timezone

from council.factories import CouncilMeetingPageFactory, add_minutes
from council.models import CouncilMinutesPage
from events.factories import create_event
from hub.factories import StaffFactory
from hub.setup import COUNCIL_SECRETARIES

LOGIN = "zx-sekr-login-7731"


def published_minutes(council, user, slug):
    start = (timezone.now() - timedelta(days=20)).replace(microsecond=0)
    meeting = create_event(
        council["meetings"]["pl"],
        factory=CouncilMeetingPageFactory,
        slug=slug,
        start=start,
        end=start + timedelta(hours=2),
    )
    minutes = add_minutes(
        meeting,
        title="Protokół z nazwiskiem",
        prepared_by="Sekretariat Rady",
        approved_on=timezone.localdate(start),
        approved_at=meeting,
    )
    minutes.save_revision(user=user).publish(user=user)
    minutes = CouncilMinutesPage.objects.get(pk=minutes.pk)
    # A later correction by the same person goes into the change history.
    minutes.guests = "Gość dopisany"
    minutes.change_note = "Dopisano gościa."
    minutes.save_revision(user=user).publish(user=user)
    return CouncilMinutesPage.objects.get(pk=minutes.pk)


def test_the_minutes_show_who_published_them_by_name_and_function(client, council):
    user = StaffFactory(
        username=LOGIN,
        email=f"{LOGIN}@example.org",
        first_name="Anna",
        last_name="Kowalska-Nowak",
        groups=[COUNCIL_SECRETARIES],
    )
    minutes = published_minutes(council, user, "named-publisher")
    html = client.get(minutes.url).content.decode()
    # Published by, and the change history's "who": the name and the function.
    assert html.count("Anna Kowalska-Nowak, sekretarz Rady") == 2
    assert "Dopisano gościa." in html
    assert LOGIN not in html


def test_an_account_without_a_name_is_shown_by_its_function_not_its_login(client, council):
    user = StaffFactory(username=LOGIN, email=f"{LOGIN}@example.org", groups=[COUNCIL_SECRETARIES])
    minutes = published_minutes(council, user, "nameless-publisher")
    html = client.get(minutes.url).content.decode()
    assert "<dd>sekretarz Rady</dd>" in html
    assert LOGIN not in html


def test_a_login_typed_into_the_name_is_not_shown_either(client, council):
    user = StaffFactory(
        username=LOGIN,
        email=f"{LOGIN}@example.org",
        first_name=f"{LOGIN}@example.org",
        groups=[COUNCIL_SECRETARIES],
    )
    minutes = published_minutes(council, user, "address-as-name")
    html = client.get(minutes.url).content.decode()
    assert "<dd>sekretarz Rady</dd>" in html
    assert LOGIN not in html
