"""Draft minutes never leak: not by URL, listing, search, sitemap, feed, nor their PDF."""

import pytest
from wagtail.models import Collection
from wagtail.test.utils.form_data import querydict_from_html

from council.documents import DRAFTS_COLLECTION, PUBLIC_COLLECTION
from council.models import CouncilMinutesPage

from .conftest import add_meeting, add_minutes, make_pdf

MARKER = "Fioletowyparasol"
# The published minutes each absence of the draft is contrasted with.
PUBLISHED_MARKER = "Pomaranczowyparasol"


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


@pytest.fixture
def published(council):
    """Minutes of the same year, published: what the public does see where the draft is not."""
    meeting = add_meeting(council["meetings"]["pl"], 904)
    return add_minutes(
        meeting, publish=True, title=f"Protokół {PUBLISHED_MARKER}", marker=PUBLISHED_MARKER
    )


def test_a_draft_cannot_be_reached_by_its_url(client, draft, published):
    assert draft.url is None or client.get(draft.url).status_code == 404
    parent = draft.get_parent().specific
    assert client.get(parent.url + "protokol/").status_code == 404
    # The published minutes are at the same place under their meeting.
    response = client.get(published.get_parent().url + "protokol/")
    assert response.status_code == 200
    assert PUBLISHED_MARKER in response.content.decode()


def test_a_draft_is_not_in_the_meeting_page_nor_the_archive(client, draft, published, council):
    meeting_html = client.get(draft.get_parent().url).content.decode()
    assert MARKER not in meeting_html
    assert "protokol/" not in meeting_html
    published_meeting_html = client.get(published.get_parent().url).content.decode()
    assert published.url in published_meeting_html
    index = council["meetings"]["pl"]
    year = draft.get_parent().specific.start.year
    archive_html = client.get(f"{index.url}?year={year}").content.decode()
    assert "Posiedzenie testowe 901" in archive_html
    assert MARKER not in archive_html
    assert draft.signed_pdf.url not in archive_html
    assert published.url in archive_html
    assert published.signed_pdf.url in archive_html


def test_a_draft_is_not_in_search_sitemap_or_feed(client, draft, published, council):
    search_html = client.get("/pl/search/", {"q": MARKER}).content.decode()
    assert draft.url not in search_html
    published_search = client.get("/pl/search/", {"q": PUBLISHED_MARKER}).content.decode()
    assert published.url in published_search
    sitemap = client.get("/sitemap.xml").content.decode()
    assert "posiedzenie-testowe-901/protokol" not in sitemap
    assert "posiedzenie-testowe-904/protokol" in sitemap
    feed = client.get(council["meetings"]["pl"].url + "feed/")
    assert feed.status_code == 200
    assert MARKER not in feed.content.decode()
    assert PUBLISHED_MARKER in feed.content.decode()


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
    draft.approved_on = draft.prepared_on
    draft.approved_at = draft.get_parent().specific
    draft.save_revision().publish()
    document = type(draft.signed_pdf).objects.get(pk=draft.signed_pdf_id)
    assert document.collection == Collection.objects.get(name=PUBLIC_COLLECTION)
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    page = CouncilMinutesPage.objects.get(pk=draft.pk)
    html = client.get(page.url).content.decode()
    assert MARKER in html
    assert document.url in html
    # Published, the same minutes are found: the search test above can fail.
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
