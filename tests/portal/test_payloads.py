"""Hostile input through every portal field: never a 500, inert wherever it is shown.

Each payload goes into one field of a news item or an event (the other fields
valid).  The answer is a saved draft or the form again with a clear message and
what was typed; an item carrying the payload in every field that stores it is
inert in the preview, in the admin's editor, on the public page once approved,
and in the partner's e-mail (plain text only).
"""

from html.parser import HTMLParser

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils.html import escape
from wagtail.models import Page, WorkflowState

from hub.factories import OrganisationFactory
from hub.input import STRIP_KEEP_LINES
from tests.portal.partners import event_data, image_file, member, news_data, sent_mail

PAYLOADS = [
    '<script>alert("p1")</script>',
    "<img src=x onerror=alert('p2')>",
    '<a href="javascript:alert(3)">klik</a> <a href=" JaVaScRiPt:alert(4)">b</a>',
    '"><svg onload=alert(5)><script>alert(6)</script>',
    "</script><script>alert(7)</script>",
    '<iframe src="https://example.org"></iframe><p style="x" onclick="alert(8)">t</p>',
    "W" * 10_000,
    "Tekst\x00 z\x07 kontrolnymi\x1b znakami\x7f",
    "javascript:alert(10)",
]
NEWS_FIELDS = ["title", "lead", "body", "alt_text"]
EVENT_FIELDS = [*NEWS_FIELDS, "venue_name", "venue_address", "online_url"]


class ActiveContent(HTMLParser):
    """What would run in a browser: our alert in a script, an event-handler attribute,
    a ``javascript:`` address, the frame partners may not embed."""

    def __init__(self):
        super().__init__()
        self.found = []
        self.in_script = False

    def handle_starttag(self, tag, attrs):
        # A data block (JSON-LD) never runs; a script element of its own would.
        data_types = ("application/ld+json", "application/json")
        self.in_script = tag == "script" and dict(attrs).get("type") not in data_types
        for name, value in attrs:
            value = (value or "").strip().lower()
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=…>")
            if name in ("href", "src", "action") and value.startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value}>")
        if tag == "iframe" and "example.org" in str(attrs):
            self.found.append("<iframe>")

    def handle_endtag(self, tag):
        self.in_script = False

    def handle_data(self, data):
        if self.in_script and "alert(" in data:
            self.found.append(f"<script>{data[:60]}")


def assert_inert(html, where):
    parser = ActiveContent()
    parser.feed(html)
    assert parser.found == [], where


@pytest.fixture
def partner_client(client, locales):
    organisation = OrganisationFactory(locale=locales["pl"], name="Fundacja Omega")
    user = member(organisation, "omega@example.org")
    client.force_login(user)
    return client


def post_item(client, kind, fields, payload):
    """Post a new ``kind`` item with ``payload`` in each of ``fields`` (the others valid)."""
    data = event_data() if kind == "event" else news_data()
    data["title"] = f"Ładunek {kind} {' '.join(fields)}"
    if "alt_text" in fields:
        data["image"] = image_file()
    for field in fields:
        data[field] = payload
    return client.post(f"/pl/partners/items/new/{kind}/", data)


def assert_answered(response, field, payload):
    """A saved draft, or the form again with a clear message and what was typed."""
    assert response.status_code in (302, 400), (field, payload[:40], response.status_code)
    html = response.content.decode()
    assert_inert(html, ("form", field, payload[:40]))
    if response.status_code == 400:
        # A clear message, and what was typed is still there (less control characters).
        assert "error-summary" in html
        kept = escape(payload.translate(STRIP_KEEP_LINES))
        if field == "body":
            assert kept in html, (field, payload[:40])
        elif field != "online_url" or len(payload) < 1000:
            assert f'value="{kept}"' in html or kept in html, (field, payload[:40])


@pytest.mark.parametrize("kind", ["news", "event"])
def test_payloads_in_every_field_are_inert(partner_client, editor, kind, hub, settings):
    """Each payload goes into each field alone (the form's answer is checked every time);
    then one item carries it in every field that took it, and that item is checked in the
    preview, the admin's editor, on the public page once approved and in the e-mail, so
    every payload is seen in every field that stores it in each of those places."""
    # One partner saves some seventy items here; the limit has its own test below.
    settings.PORTAL_SUBMISSION_RATE_LIMIT = 1000
    editor_client = Client()
    editor_client.force_login(editor)
    fields = EVENT_FIELDS if kind == "event" else NEWS_FIELDS
    stored_somewhere = set()
    before = set(Page.objects.values_list("pk", flat=True))
    for payload in PAYLOADS:
        taken = []
        for field in fields:
            response = post_item(partner_client, kind, [field], payload)
            assert_answered(response, field, payload)
            if response.status_code == 302:
                taken.append(field)
        stored_somewhere.update(taken)
        if not taken:
            continue
        singles = set(Page.objects.values_list("pk", flat=True))
        assert post_item(partner_client, kind, taken, payload).status_code == 302, taken
        page = Page.objects.exclude(pk__in=singles).get().specific
        where = (kind, taken, payload[:40])
        preview = partner_client.get(f"/pl/partners/items/{page.pk}/preview/")
        assert preview.status_code == 200
        assert_inert(preview.content.decode(), ("preview", *where))
        admin = editor_client.get(f"/admin/pages/{page.pk}/edit/")
        assert admin.status_code == 200
        assert_inert(admin.content.decode(), ("admin", *where))
        assert partner_client.post(f"/pl/partners/items/{page.pk}/submit/").status_code == 302
        state = WorkflowState.objects.for_instance(page).get(status="in_progress")
        state.current_task_state.specific.approve(user=editor)
        page.refresh_from_db()
        public = partner_client.get(page.url)
        assert public.status_code == 200
        assert_inert(public.content.decode(), ("public", *where))
    # Plain text is saved (no payload is a valid address: the link field refuses them all).
    assert stored_somewhere == set(fields) - {"online_url"}
    assert Page.objects.exclude(pk__in=before).exists()
    mail.outbox.clear()
    messages = [m for m in sent_mail() if m.to == ["omega@example.org"]]
    approved = Page.objects.exclude(pk__in=before).filter(live=True).count()
    # Each approved item: "received for review", then "approved".
    assert messages and len(messages) == 2 * approved
    for message in messages:
        # Plain text only: no mail client renders anything a partner typed as HTML.
        assert message.content_subtype == "plain" and not getattr(message, "alternatives", [])


def test_rich_text_keeps_what_is_allowed_and_drops_the_rest(partner_client, news_indexes):
    body = (
        "<h2>Plan</h2><h4>Mały</h4><p>Tekst <b>gruby</b> <i>kursywa</i> <u>podkreślenie</u> "
        '<a href="https://example.org/kurs" target="_blank" onclick="x()">link</a> '
        '<a href="mailto:kurs@example.org">e-mail</a> <a href="/admin/">względny</a></p>'
        "<ul><li>jeden</li></ul><ol><li>dwa</li></ol><img src=x><table><tr><td>t</td></tr></table>"
    )
    response = partner_client.post("/pl/partners/items/new/news/", news_data(body=body))
    assert response.status_code == 302
    page = Page.objects.get(title="Kurs językowy dla dorosłych").specific
    assert page.body[0].value.source == (
        "<h2>Plan</h2>Mały<p>Tekst <b>gruby</b> <i>kursywa</i> podkreślenie "
        '<a href="https://example.org/kurs">link</a> '
        '<a href="mailto:kurs@example.org">e-mail</a> <a>względny</a></p>'
        "<ul><li>jeden</li></ul><ol><li>dwa</li></ol>t"
    )


def test_an_svg_with_a_script_is_refused_as_an_image(partner_client, news_indexes):
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    for name in ("drawing.svg", "drawing.png"):
        upload = SimpleUploadedFile(name, svg, content_type="image/svg+xml")
        response = partner_client.post(
            "/pl/partners/items/new/news/", news_data(image=upload, alt_text="Rysunek")
        )
        assert response.status_code == 400
        assert "image" in response.context["form"].errors
        assert 'value="Kurs językowy dla dorosłych"' in response.content.decode()
    assert not Page.objects.filter(title="Kurs językowy dla dorosłych").exists()


def test_submissions_are_rate_limited(partner_client, news_indexes, settings):
    settings.PORTAL_SUBMISSION_RATE_LIMIT = 2
    for n in range(2):
        response = partner_client.post("/pl/partners/items/new/news/", news_data(title=f"Wpis {n}"))
        assert response.status_code == 302
    response = partner_client.post("/pl/partners/items/new/news/", news_data(title="Wpis 3"))
    html = response.content.decode()
    assert response.status_code == 400
    assert "Zbyt wiele zapisów" in html and 'value="Wpis 3"' in html
    assert not Page.objects.filter(title="Wpis 3").exists()


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("language", "<script>alert(1)</script>"),
        ("languages", ["pl", '"><script>alert(1)</script>']),
        ("areas", ["<img src=x onerror=alert(1)>"]),
        ("start", "<script>alert(1)</script>"),
        ("end", "2026-13-45T99:99"),
        ("capacity", "-1"),
        ("capacity", "9" * 10_000),
        ("kept_image", "forged:token<script>"),
    ],
)
def test_payloads_in_choice_date_and_number_fields_get_a_message(partner_client, hub, field, value):
    data = event_data(registration_enabled="on", capacity="10")
    data[field] = value
    response = partner_client.post("/pl/partners/items/new/event/", data)
    html = response.content.decode()
    assert_inert(html, field)
    if field == "kept_image":
        # A forged token is no image: the item is saved without one.
        assert response.status_code == 302
        page = Page.objects.get(title="Dyżur prawny").specific
        assert [child.block_type for child in page.body] == ["paragraph"]
    else:
        assert response.status_code == 400
        assert "error-summary" in html and 'value="Dyżur prawny"' in html
