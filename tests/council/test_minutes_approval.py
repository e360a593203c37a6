"""Minutes are approved and published only for a meeting that has happened, never ahead of time."""

from datetime import timedelta

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from council.factories import CouncilMeetingPageFactory, add_minutes
from council.models import CouncilMinutesPage
from events.factories import create_event


def meeting(council, days_from_now):
    start = (timezone.now() + timedelta(days=days_from_now)).replace(microsecond=0)
    return create_event(
        council["meetings"]["pl"],
        factory=CouncilMeetingPageFactory,
        slug=f"approval-test-{days_from_now}",
        start=start,
        end=start + timedelta(hours=2),
    )


def is_live(minutes):
    return CouncilMinutesPage.objects.get(pk=minutes.pk).live


def test_minutes_of_a_meeting_that_has_not_happened_cannot_be_approved(council):
    approving = meeting(council, -2)
    minutes = add_minutes(meeting(council, 7))
    minutes.approved_on = timezone.localdate()
    minutes.approved_at = approving
    with pytest.raises(ValidationError) as raised:
        minutes.full_clean()
    with translation.override("en"):
        assert raised.value.message_dict["approved_on"] == [
            "This meeting has not taken place yet: its minutes cannot be approved."
        ]
    with translation.override("pl"):
        assert raised.value.message_dict["approved_on"] == [
            "To posiedzenie jeszcze się nie odbyło: jego protokołu nie można przyjąć."
        ]


def test_publishing_minutes_of_a_future_meeting_is_refused_on_every_path(council):
    approving = meeting(council, -2)
    minutes = add_minutes(meeting(council, 7))
    minutes.approved_on = timezone.localdate()
    minutes.approved_at = approving
    # A revision saved without the editor's validation (an import, a command) …
    revision = minutes.save_revision(clean=False)
    # … still cannot be published.
    with pytest.raises(ValidationError) as raised:
        revision.publish()
    assert "approved_on" in raised.value.message_dict
    assert not is_live(minutes)


def test_an_approval_date_in_the_future_is_refused(council):
    approving = meeting(council, -2)
    minutes = add_minutes(meeting(council, -30))
    minutes.approved_on = timezone.localdate() + timedelta(days=5)
    minutes.approved_at = approving
    with pytest.raises(ValidationError) as raised:
        minutes.full_clean()
    with translation.override("uk"):
        assert raised.value.message_dict["approved_on"] == [
            "Дата затвердження не може бути в майбутньому."
        ]
    with pytest.raises(ValidationError):
        minutes.save_revision(clean=False).publish()
    assert not is_live(minutes)


def test_an_approving_meeting_that_has_not_happened_is_refused(council):
    minutes = add_minutes(meeting(council, -30))
    minutes.approved_on = timezone.localdate()
    minutes.approved_at = meeting(council, 3)
    with pytest.raises(ValidationError) as raised:
        minutes.full_clean()
    assert list(raised.value.message_dict) == ["approved_at"]


def test_minutes_of_a_past_meeting_approved_in_the_past_are_published(client, council):
    approving = meeting(council, -2)
    minutes = add_minutes(
        meeting(council, -30),
        publish=True,
        title="Protokół przyjęty",
        approved_on=timezone.localdate(approving.start),
        approved_at=approving,
    )
    assert minutes.live
    response = client.get(minutes.url)
    assert response.status_code == 200
    assert "Protokół przyjęty" in response.content.decode()


def test_the_admin_refuses_to_publish_minutes_of_a_future_meeting(client, council, editor):
    approving = meeting(council, -2)
    minutes = add_minutes(meeting(council, 7), title="Protokół z przyszłości")
    client.force_login(editor)
    data = nested_form_data(
        {
            "title": minutes.title,
            "slug": minutes.slug,
            "approved_on": timezone.localdate().isoformat(),
            "approved_at": approving.pk,
            "attendance": inline_formset([]),
            "guests": "",
            "items": streamfield([]),
            "prepared_by": minutes.prepared_by,
            "prepared_on": minutes.prepared_on.isoformat(),
            "change_note": "",
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[minutes.pk]), data)
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert list(errors) == ["approved_on"], errors
    # The editor reads it on the field, in the admin's language (Polish here).
    assert "To posiedzenie jeszcze się nie odbyło" in response.content.decode()
    assert not is_live(minutes)
