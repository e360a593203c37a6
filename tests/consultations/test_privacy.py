"""Privacy: personal fields anonymised after the report; one respondent's data exported."""

import json
from datetime import timedelta

from django.core.management import call_command
from django.utils import timezone

from forum.consultations.models import Response
from hub.retention import apply_retention


def make_response(page, **fields):
    return Response.objects.create(
        page=page,
        translation_key=page.translation_key,
        language="pl",
        consent_at=timezone.now(),
        answers={"q": "x"},
        **fields,
    )


def test_personal_fields_are_erased_n_days_after_the_report(consultation, settings):
    settings.HUB_RETENTION_DAYS = {"consultation_responses": 30}
    published = timezone.now() - timedelta(days=40)
    # The report comes after the consultation has closed (the phases are validated).
    consultation.opens_at = published - timedelta(days=30)
    consultation.closes_at = published - timedelta(days=1)
    consultation.report_published_at = published
    consultation.save()
    response = make_response(
        consultation, name="Olena", organisation="Fundacja", email="olena@example.org"
    )
    # 29 days after the report: kept.
    apply_retention(published + timedelta(days=29))
    response.refresh_from_db()
    assert response.email == "olena@example.org" and response.anonymised_at is None
    # 30 days after: erased, the answers stay.
    results = apply_retention(published + timedelta(days=30))
    response.refresh_from_db()
    assert (response.name, response.organisation, response.email) == ("", "", "")
    assert response.anonymised_at is not None and response.answers == {"q": "x"}
    assert any(r.label == "consultation responses anonymised" and r.count >= 1 for r in results)


def test_responses_without_a_report_are_kept(consultation):
    response = make_response(consultation, email="olena@example.org")
    apply_retention(timezone.now() + timedelta(days=3650))
    response.refresh_from_db()
    assert response.email == "olena@example.org"


def test_one_respondents_data_is_exported_on_request(consultation, capsys):
    mine = make_response(consultation, email="Olena@Example.org", name="Olena")
    make_response(consultation, email="someone@example.org")
    call_command("export_respondent_data", email="olena@example.org")
    data = json.loads(capsys.readouterr().out)
    assert [item["reference"] for item in data] == [mine.reference]
    assert data[0]["name"] == "Olena" and data[0]["consultation"] == consultation.title
