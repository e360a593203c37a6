"""Draft minutes never leak: not by URL, listing, search, sitemap, feed, nor their PDF."""

import pytest
from wagtail.models import Collection
from wagtail.test.utils.form_data import querydict_from_html

from council.documents import DRAFTS_COLLECTION, PUBLIC_COLLECTION
from council.models import CouncilMinutesPage

from .conftest import add_meeting, add_minutes, make_pdf

MARKER = "Fioletowyparasol"


@pytest.fixture(autouse=True)
def files_on_disk(settings, tmp_path):
    """Documents are served from disk here: the test settings' in-memory storage has no paths."""
    settings.MEDIA_ROOT = str(tmp_path)
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }


@pytest.fixture
def draft(council):
    meeting = add_meeting(council["meetings"]["pl"], 901)
    return add_minutes(meeting, publish=False, title=f"Protokół {MARKER}", marker=MARKER)


def approve_and_publish(draft):
    """The draft approved at its own meeting and published: what each absence is shown against."""
    draft.approved_on = draft.prepared_on
    draft.approved_at = draft.get_parent().specific
    draft.save_revision().publish()
    return CouncilMinutesPage.objects.get(pk=draft.pk)


def test_a_draft_cannot_be_reached_by_its_url(client, draft):
    assert draft.url is None or client.get(draft.url).status_code == 404
    parent = draft.get_parent().specific
    assert client.get(parent.url + "protokol/").status_code == 404
    # Published, the same minutes are at that address.
    approve_and_publish(draft)
    response = client.get(parent.url + "protokol/")
    assert response.status_code == 200
    assert MARKER in response.content.decode()


def test_a_draft_is_not_in_the_meeting_page_nor_the_archive(client, draft, council):
    meeting_url = draft.get_parent().url
    meeting_html = client.get(meeting_url).content.decode()
    assert MARKER not in meeting_html
    assert "protokol/" not in meeting_html
    index = council["meetings"]["pl"]
    year = draft.get_parent().specific.start.year
    archive_url = f"{index.url}?year={year}"
    archive_html = client.get(archive_url).content.decode()
    assert "Posiedzenie testowe 901" in archive_html
    assert MARKER not in archive_html
    assert draft.signed_pdf.url not in archive_html
    # Published, the same minutes are linked from both, with their PDF in the archive.
    page = approve_and_publish(draft)
    assert page.url in client.get(meeting_url).content.decode()
    archive_html = client.get(archive_url).content.decode()
    assert page.url in archive_html
    assert page.signed_pdf.url in archive_html


def test_a_draft_is_not_in_search_sitemap_or_feed(client, draft, council):
    def search():
        return client.get("/pl/search/", {"q": MARKER}).content.decode()

    def sitemap():
        return client.get("/sitemap.xml").content.decode()

    def feed():
        response = client.get(council["meetings"]["pl"].url + "feed/")
        assert response.status_code == 200
        return response.content.decode()

    assert draft.url not in search()
    assert "posiedzenie-testowe-901/protokol" not in sitemap()
    assert MARKER not in feed()
    # Published, the same minutes are found, listed and in the feed.
    page = approve_and_publish(draft)
    assert page.url in search()
    assert "posiedzenie-testowe-901/protokol" in sitemap()
    assert MARKER in feed()


def test_a_drafts_pdf_is_restricted_to_the_people_who_prepare_it(client, draft, council_secretary):
    document = draft.signed_pdf
    assert not draft.live
    assert document.collection.name == DRAFTS_COLLECTION
    response = client.get(document.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    client.force_login(council_secretary)
    assert client.get(document.url).status_code == 200


def test_publishing_moves_the_pdf_to_the_public_collection(client, draft):
    page = approve_and_publish(draft)
    document = type(draft.signed_pdf).objects.get(pk=draft.signed_pdf_id)
    assert document.collection == Collection.objects.get(name=PUBLIC_COLLECTION)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    html = client.get(page.url).content.decode()
    assert MARKER in html
    assert document.url in html
    assert page.url in client.get("/pl/search/", {"q": MARKER}).content.decode()


def test_unpublishing_moves_the_pdf_back(client, council):
    meeting = add_meeting(council["meetings"]["pl"], 902)
    minutes = add_minutes(meeting, publish=True)
    assert minutes.signed_pdf.collection.name == PUBLIC_COLLECTION
    assert client.get(minutes.signed_pdf.url).status_code == 200
    minutes.unpublish()
    document = type(minutes.signed_pdf).objects.get(pk=minutes.signed_pdf_id)
    assert document.collection.name == DRAFTS_COLLECTION
    assert client.get(document.url).status_code == 302


def test_a_new_pdf_saved_in_a_draft_of_published_minutes_stays_restricted(
    client, council, council_secretary
):
    meeting = add_meeting(council["meetings"]["pl"], 903)
    minutes = add_minutes(meeting, publish=True)
    corrected = make_pdf("Poprawiony protokół", PUBLIC_COLLECTION)
    client.force_login(council_secretary)
    form = querydict_from_html(
        client.get(f"/admin/pages/{minutes.pk}/edit/").content.decode(), form_id="page-edit-form"
    )
    form["items-count"] = "0"
    form["signed_pdf"] = str(corrected.pk)
    response = client.post(f"/admin/pages/{minutes.pk}/edit/", form)
    assert response.status_code == 302
    corrected.refresh_from_db()
    assert corrected.collection.name == DRAFTS_COLLECTION
    client.logout()
    assert client.get(corrected.url).status_code == 302
    assert client.get(minutes.signed_pdf.url).status_code == 200
