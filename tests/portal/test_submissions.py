"""Partners write news and events in the portal: draft pages, previewed as the public sees them."""

import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image
from wagtail.models import PageLogEntry

from events.models import EventPage
from hub.factories import OrganisationFactory, translate_snippet
from hub.models import NewsPage
from hub.site.portal.forms import PARTNER_UPLOADS
from tests.portal.partners import event_data, image_file, member, news_data

LANGUAGES = ["pl", "en", "uk"]


@pytest.fixture
def organisation(locales):
    org = OrganisationFactory(locale=locales["pl"], name="Fundacja Alfa")
    translate_snippet(org, "en", name="Alpha Foundation")
    translate_snippet(org, "uk", name="Фонд Альфа")
    return org


@pytest.fixture
def partner(client, organisation):
    user = member(organisation, "alfa@example.org")
    client.force_login(user)
    return user


def new_url(code, kind):
    return f"/{code}/partners/items/new/{kind}/"


@pytest.mark.parametrize("code", LANGUAGES)
def test_partner_creates_a_news_draft_in_the_chosen_language(
    client, partner, organisation, news_indexes, code
):
    form = client.get(new_url("pl", "news"))
    assert form.status_code == 200
    assert 'name="title"' in form.content.decode()
    response = client.post(new_url("pl", "news"), news_data(language=code, title=f"Kurs ({code})"))
    assert response.status_code == 302, response.content.decode()[:3000]
    page = NewsPage.objects.get(title=f"Kurs ({code})")
    assert page.get_parent().specific == news_indexes[code]
    assert page.locale.language_code == code
    assert not page.live
    assert page.organisation == organisation.get_translation(page.locale)
    assert page.owner == partner
    assert page.latest_revision.user == partner
    assert PageLogEntry.objects.filter(page=page, action="wagtail.create", user=partner).exists()
    assert [child.block_type for child in page.body] == ["paragraph"]
    assert page.body[0].value.source == "<p>Pierwszy akapit.</p><p>Drugi akapit.</p>"
    # Not public: the news index does not list it, the page answers 404.
    assert client.get(news_indexes[code].url).content.decode().count(f"Kurs ({code})") == 0
    dashboard = client.get("/pl/partners/").content.decode()
    assert f"Kurs ({code})" in dashboard and "Wersja robocza" in dashboard


@pytest.mark.parametrize("code", LANGUAGES)
def test_partner_creates_an_event_with_an_image_and_registration(
    client, partner, organisation, hub, code
):
    data = event_data(
        language=code,
        title=f"Dyżur ({code})",
        image=image_file(),
        alt_text="Prawniczka rozmawia z mieszkanką",
        languages=["pl", "uk"],
        registration_enabled="on",
        capacity="12",
    )
    response = client.post(new_url(code, "event"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    page = EventPage.objects.get(title=f"Dyżur ({code})")
    assert page.get_parent().specific == hub["sections"]["events.EventIndexPage"][code]
    assert page.organiser == organisation.get_translation(page.locale)
    assert not page.live
    assert page.registration_enabled and page.capacity == 12
    assert page.languages == "pl, uk"
    assert page.venue_name == "Biblioteka Manhattan"
    image_block, paragraph = list(page.body)
    assert image_block.block_type == "image"
    assert image_block.value["alt_text"] == "Prawniczka rozmawia z mieszkanką"
    assert image_block.value["image"].collection.name == PARTNER_UPLOADS
    assert paragraph.block_type == "paragraph"


def test_preview_shows_the_draft_as_the_public_page(client, partner, hub):
    client.post(
        new_url("uk", "event"),
        event_data(
            language="uk",
            title="Юридична консультація",
            image=image_file(),
            alt_text="Юристка консультує",
        ),
    )
    page = EventPage.objects.get(title="Юридична консультація")
    response = client.get(f"/pl/partners/items/{page.pk}/preview/")
    html = response.content.decode()
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex"
    # The public event page in its own language: title, lead, place, image with its alt text.
    assert '<html lang="uk"' in html
    assert "<h1>Юридична консультація</h1>" in html
    assert "Bezpłatne porady prawne." in html and "Biblioteka Manhattan" in html
    assert 'alt="Юристка консультує"' in html
    assert "<p>Pierwszy akapit.</p>" in html
    # The public address itself still answers 404: nothing is live.
    assert client.get(page.url).status_code == 404


def test_partner_edits_a_draft_as_a_new_revision(client, partner, news_indexes):
    client.post(new_url("pl", "news"), news_data())
    page = NewsPage.objects.get(title="Kurs językowy dla dorosłych")
    form = client.get(f"/pl/partners/items/{page.pk}/edit/").content.decode()
    assert 'value="Kurs językowy dla dorosłych"' in form
    assert "Pierwszy akapit." in form
    response = client.post(
        f"/pl/partners/items/{page.pk}/edit/",
        news_data(title="Kurs językowy (zmiana)", body="<h2>Plan</h2><p>Nowy <b>tekst</b>.</p>"),
    )
    assert response.status_code == 302
    page.refresh_from_db()
    draft = page.get_latest_revision_as_object()
    assert draft.title == "Kurs językowy (zmiana)"
    assert draft.body[0].value.source == "<h2>Plan</h2><p>Nowy <b>tekst</b>.</p>"
    assert page.revisions.count() == 2
    assert PageLogEntry.objects.filter(page=page, action="wagtail.edit", user=partner).exists()


def test_save_and_preview_goes_to_the_preview(client, partner, news_indexes):
    response = client.post(new_url("pl", "news"), {**news_data(), "preview": ""})
    page = NewsPage.objects.get(title="Kurs językowy dla dorosłych")
    assert response.status_code == 302
    assert response["Location"] == f"/pl/partners/items/{page.pk}/preview/"


def test_errors_keep_what_was_typed_and_the_uploaded_image(client, partner, news_indexes):
    response = client.post(
        new_url("pl", "news"),
        news_data(lead="", image=image_file(), alt_text="Sala lekcyjna"),
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Popraw następujące" in html or "error-summary" in html
    assert 'value="Kurs językowy dla dorosłych"' in html
    assert "Pierwszy akapit." in html and 'value="Sala lekcyjna"' in html
    token = response.context["form"].data["kept_image"]
    assert token and f'value="{token}"' in html
    assert not NewsPage.objects.filter(title="Kurs językowy dla dorosłych").exists()
    # Sent again without choosing the file again: the image uploaded the first time is used.
    response = client.post(
        new_url("pl", "news"), news_data(lead="Wstęp.", kept_image=token, alt_text="Sala lekcyjna")
    )
    assert response.status_code == 302
    page = NewsPage.objects.get(title="Kurs językowy dla dorosłych")
    assert page.lead_image.description == "Sala lekcyjna"


def test_kept_image_token_of_another_organisation_is_ignored(client, partner, news_indexes):
    other = OrganisationFactory(name="Obca")
    intruder = member(other, "obca@example.org")
    client.force_login(intruder)
    response = client.post(new_url("pl", "news"), news_data(lead="", image=image_file()))
    token = response.context["form"].data["kept_image"]
    client.force_login(partner)
    client.post(new_url("pl", "news"), news_data(kept_image=token))
    assert NewsPage.objects.get(title="Kurs językowy dla dorosłych").lead_image is None


def test_an_image_needs_its_alternative_text(client, partner, news_indexes):
    response = client.post(new_url("pl", "news"), news_data(image=image_file()))
    assert response.status_code == 400
    assert "Opisz obraz" in response.content.decode()


@pytest.mark.parametrize(
    ("upload", "message"),
    [
        (lambda: image_file("anim.gif", "GIF"), "JPEG, PNG lub WebP"),
        (
            lambda: image_file("photo.jpg", "PNG"),  # a PNG calling itself a JPEG
            "Rozszerzenie nie pasuje",
        ),
        (
            lambda: SimpleUploadedFile("fake.png", b"not an image", content_type="image/png"),
            "JPEG, PNG lub WebP",
        ),
    ],
)
def test_uploads_must_be_jpeg_png_or_webp_by_content(
    client, partner, news_indexes, upload, message
):
    response = client.post(new_url("pl", "news"), news_data(image=upload(), alt_text="Opis"))
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html, html[html.find("error-summary") : html.find("error-summary") + 800]
    assert (
        not NewsPage.objects.exists()
        or not NewsPage.objects.filter(title="Kurs językowy dla dorosłych").exists()
    )


@pytest.mark.parametrize("image_format", ["JPEG", "PNG", "WEBP"])
def test_jpeg_png_and_webp_are_accepted(client, partner, news_indexes, image_format):
    name = f"photo.{image_format.lower()}"
    response = client.post(
        new_url("pl", "news"), news_data(image=image_file(name, image_format), alt_text="Opis")
    )
    assert response.status_code == 302
    assert NewsPage.objects.get(title="Kurs językowy dla dorosłych").lead_image is not None


def test_images_over_5_mb_are_refused(client, partner, news_indexes):
    # Noise does not compress: a 1500 × 1300 PNG of it is over 5 MB.
    noise = Image.frombytes("RGB", (1500, 1300), os.urandom(1500 * 1300 * 3))
    buffer = io.BytesIO()
    noise.save(buffer, "PNG")
    assert buffer.tell() > 5 * 1024 * 1024
    big = SimpleUploadedFile("big.png", buffer.getvalue(), content_type="image/png")
    response = client.post(new_url("pl", "news"), news_data(image=big, alt_text="Opis"))
    assert response.status_code == 400
    assert "image" in response.context["form"].errors
    assert 'value="Kurs językowy dla dorosłych"' in response.content.decode()


def test_event_rules_come_back_as_form_errors(client, partner, hub):
    response = client.post(
        new_url("pl", "event"),
        event_data(venue_name="", venue_address="", registration_enabled="on"),
    )
    html = response.content.decode()
    assert response.status_code == 400
    assert "Podaj miejsce" in html or "venue" in html
    assert not EventPage.objects.filter(title="Dyżur prawny").exists()


def test_addresses_are_readable_in_every_language(client, partner, hub):
    for code, title, slug in (
        ("uk", "Юридична консультація", "iurydychna-konsultatsiia"),
        ("pl", "Łódź i Gdańsk", "lodz-i-gdansk"),
        ("uk", "Юридична консультація", "iurydychna-konsultatsiia-1"),
    ):
        client.post(new_url(code, "event"), event_data(language=code, title=title))
        assert EventPage.objects.filter(title=title, slug=slug).exists(), slug


def test_partner_replaces_keeps_or_removes_the_image(client, partner, hub):
    client.post(new_url("pl", "event"), event_data(image=image_file(), alt_text="Pierwsze zdjęcie"))
    page = EventPage.objects.get(title="Dyżur prawny")
    edit = f"/pl/partners/items/{page.pk}/edit/"
    form = client.get(edit).content.decode()
    assert 'name="remove_image"' in form and 'value="Pierwsze zdjęcie"' in form
    # Saved again without a file: the image stays, with the new description.
    client.post(edit, event_data(alt_text="Sala konsultacji"))
    draft = EventPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert [child.block_type for child in draft.body] == ["image", "paragraph"]
    assert draft.body[0].value["alt_text"] == "Sala konsultacji"
    # Removed: no image, and no description needed.
    client.post(edit, event_data(remove_image="on"))
    draft = EventPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert [child.block_type for child in draft.body] == ["paragraph"]
    assert 'name="remove_image"' not in client.get(edit).content.decode()
