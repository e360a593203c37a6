"""The portal's permission matrix: every portal URL against every kind of visitor.

Each cell is the status code the visitor gets: ``ok`` (200), ``404`` (the portal
never answers 403 with a hint), ``login`` (sent to sign in and back: the account's
own pages), ``sent`` (the form went through: a redirect back). Organisation A's and
B's items carry marker strings in their titles: an answer never holds the other
organisation's marker, and A's marker is there where A's members open A's items
(the positive control). One test walks the whole matrix and lists every cell that
differs.
"""

import pytest
from allauth.account.models import EmailAddress

from events.factories import create_registration_event
from hub.factories import OrganisationFactory, create_news
from hub.site.portal import urls
from hub.site.portal.models import Invitation
from tests.portal.partners import member, partner
from tests.staff import sign_in

A_MARK = "Sekret-AAA-71"
B_MARK = "Sekret-BBB-93"
ROLES = ["anonymous", "unverified", "verified", "member_a", "admin_a", "member_b", "editor"]


def row(anonymous, unverified, verified, member_a, admin_a, member_b, editor):
    cells = [anonymous, unverified, verified, member_a, admin_a, member_b, editor]
    return dict(zip(ROLES, cells, strict=True))


#                   anonymous unverified verified member_a admin_a member_b editor
OWN = row("404", "404", "404", "ok", "ok", "ok", "404")  # each member's own organisation
A_ONLY = row("404", "404", "404", "ok", "ok", "404", "404")  # A's item: A's members only
ADMINS = row("404", "404", "404", "404", "ok", "404", "404")  # any organisation's admin
INVITE = row("404", "404", "404", "404", "sent", "404", "404")  # A's admin sends it
ACCOUNT = row("login", "ok", "ok", "ok", "ok", "ok", "ok")  # the account's own pages
# A verified address: staff's too (an editor's account may ask like anyone's; an editor
# decides), while the organisations' pages above stay closed to staff.
VERIFIED = row("login", "404", "ok", "ok", "ok", "ok", "ok")
INVITATION = row("ok", "ok", "ok", "ok", "ok", "ok", "ok")  # the link shows whom it is for

# name: (method, path (``{news}``, ``{event}``, ``{token}`` filled in), expected, shows A)
URLS = {
    "dashboard": ("get", "/pl/partners/", OWN, True),
    "create news": ("get", "/pl/partners/items/new/news/", OWN, False),
    "create event": ("get", "/pl/partners/items/new/event/", OWN, False),
    "edit": ("get", "/pl/partners/items/{news}/edit/", A_ONLY, True),
    "preview": ("get", "/pl/partners/items/{news}/preview/", A_ONLY, True),
    "submit": ("get", "/pl/partners/items/{news}/submit/", A_ONLY, True),
    "withdraw": ("get", "/pl/partners/items/{event}/withdraw/", A_ONLY, True),
    "registrations": ("get", "/pl/partners/items/{event}/registrations/", A_ONLY, True),
    "registrations csv": (
        "get",
        "/pl/partners/items/{event}/registrations/?export=csv",
        A_ONLY,
        False,
    ),
    "registrations xlsx": (
        "get",
        "/pl/partners/items/{event}/registrations/?export=xlsx",
        A_ONLY,
        False,
    ),
    "members": ("get", "/pl/partners/members/", ADMINS, False),
    "invite": ("post", "/pl/partners/members/invite/", INVITE, False),
    "invitation accept": ("get", "/pl/partners/invitations/{token}/", INVITATION, False),
    "profile change": ("get", "/pl/partners/profile/", ADMINS, False),
    "join request": ("get", "/pl/partners/join/", VERIFIED, False),
    "propose organisation": ("get", "/pl/partners/join/new/", VERIFIED, False),
    "account data": ("get", "/pl/partners/account/", ACCOUNT, False),
    "account export": ("post", "/pl/partners/account/download/", ACCOUNT, False),
    "account delete": ("post", "/pl/partners/account/delete/", ACCOUNT, False),
}
POSTED = {"invite": {"email": "kolega@example.org"}, "account delete": {}}


@pytest.fixture
def world(hub, locales, editor):
    sections = hub["sections"]
    news_index, events = (
        sections["hub.NewsIndexPage"]["pl"],
        sections["events.EventIndexPage"]["pl"],
    )
    a = OrganisationFactory(locale=locales["pl"], name="Fundacja Alfa")
    b = OrganisationFactory(locale=locales["pl"], name="Stowarzyszenie Beta")
    made = {}
    for key, organisation, mark in (("a", a, A_MARK), ("b", b, B_MARK)):
        news = create_news(
            news_index, title=f"{mark} wiadomość", organisation=organisation, live=False
        )
        news.save_revision()
        event = create_registration_event(
            events, title=f"{mark} wydarzenie", organiser=organisation
        )
        made[key] = {"news": news.pk, "event": event.pk}
    invitation = Invitation.objects.create(organisation=a, email="zaproszona@example.org")
    unverified = partner("unverified@example.org", verified=False)
    # Staff accounts have a verified address, as the demo's and the real ones do.
    EmailAddress.objects.create(user=editor, email=editor.email, verified=True, primary=True)
    return {
        "paths": {
            "news": made["a"]["news"],
            "event": made["a"]["event"],
            "token": invitation.token,
        },
        "users": {
            "unverified": unverified,
            "verified": partner("verified@example.org"),
            "member_a": member(a, "member-a@example.org"),
            "admin_a": member(a, "admin-a@example.org", admin=True),
            "member_b": member(b, "member-b@example.org"),
            "editor": editor,
        },
    }


def outcome(response):
    if response.status_code == 200:
        return "ok"
    if response.status_code == 302:
        return "login" if "/accounts/login/" in response["Location"] else "sent"
    return str(response.status_code)


def visit(client, world, role, name):
    client.logout()
    if role == "editor":
        sign_in(client, world["users"]["editor"])
    elif role != "anonymous":
        client.force_login(world["users"][role])
    method, path, _expected, _shows_a = URLS[name]
    path = path.format(**world["paths"])
    if method == "post":
        return client.post(path, POSTED.get(name, {}))
    return client.get(path)


def test_every_portal_url_for_every_visitor(client, world, settings):
    settings.PORTAL_INVITATION_RATE_LIMIT = 1000
    wrong, leaks, controls = {}, [], []
    for name, (_method, _path, expected, shows_a) in URLS.items():
        for role in ROLES:
            response = visit(client, world, role, name)
            got = outcome(response)
            if got != expected[role]:
                wrong[(name, role)] = f"{got}, expected {expected[role]}"
            body = b"" if response.streaming else response.content
            text = body.decode(errors="replace")
            other = B_MARK if role in ("member_a", "admin_a") else A_MARK
            if other in text:
                leaks.append((name, role))
            if B_MARK in text and role != "member_b":
                leaks.append((name, role, "B"))
            if shows_a and role in ("member_a", "admin_a") and A_MARK not in text:
                controls.append((name, role))
            if name == "dashboard" and role == "member_b" and B_MARK not in text:
                controls.append((name, role))
    assert wrong == {}
    assert leaks == []
    # The positive control: A's members see A's items where the page shows them.
    assert controls == []


def test_the_matrix_covers_every_portal_url():
    names = {pattern.name for pattern in urls.urlpatterns}
    # Removing a member needs a member to remove: tests/portal/test_membership.py covers it.
    covered = {"dashboard", "join", "propose", "members", "invite", "invitation", "profile"}
    covered |= {"account", "account_download", "account_delete", "item_new", "item_edit"}
    covered |= {"item_preview", "item_submit", "item_withdraw", "item_registrations"}
    assert names - {"remove_member"} == covered
