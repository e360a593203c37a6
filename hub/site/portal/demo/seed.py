"""Demo content of the partner portal: partners of two member organisations and their items.

Run by ``seed_demo`` through ``SEEDERS_HOOK`` after the Forum's seeder (which makes the
organisations, found here by slug). The items are made as a partner makes them, through
the portal's own form and functions (``submissions.create_item``, ``submit``, ``withdraw``),
and decided by an editor through Wagtail's workflow, so they are real revisions by their
partner in real workflow states; the pending requests go through the membership functions.

The partners' accounts always exist (the items' authors), but they can sign in, with the
known passwords of ``PARTNER_ACCOUNTS``, only when the demo accounts are seeded (DEBUG or
``--accounts``): otherwise their password is unusable and their address unverified.
Every step looks before it creates, so a second run changes nothing; the small demo
has the same few items (one of each state, and a little more).
"""

from __future__ import annotations

import datetime
import io
from pathlib import Path
from typing import NamedTuple

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import timezone, translation
from PIL import Image

from events.models import WARSAW
from hub.demo import data
from hub.factories import can_sign_in
from hub.models import Organisation
from hub.setup import EDITORS
from hub.site.portal import membership as membership_views
from hub.site.portal import submissions
from hub.site.portal.membership_forms import ProfileChangeForm
from hub.site.portal.models import Decision, Membership, ProfileChange

HERE = Path(__file__).parent
PORTAL = data.load(HERE / "portal.toml")
SOURCE = data.source_language()


class PartnerAccount(NamedTuple):
    key: str
    organisation: str  # "a" or "b" of portal.toml's [organisations]
    role: str  # "admin", "member" or "applicant" (a pending request to join)
    email: str
    password: str
    first_name: str
    last_name: str


PARTNER_ACCOUNTS = [
    PartnerAccount(
        "admin",
        "a",
        "admin",
        "ewa.kaminska@example.org",
        "demo-partner-admin-2026",
        "Ewa",
        "Kamińska",
    ),
    PartnerAccount(
        "member", "a", "member", "tomasz.lis@example.org", "demo-partner-2026", "Tomasz", "Lis"
    ),
    PartnerAccount(
        "b-member",
        "b",
        "member",
        "iryna.bondar@example.org",
        "demo-partner-most-2026",
        "Iryna",
        "Bondar",
    ),
    PartnerAccount(
        "applicant",
        "b",
        "applicant",
        "pavlo.melnyk@example.org",
        "demo-applicant-2026",
        "Pavlo",
        "Melnyk",
    ),
]
ROLE_LABELS = {"admin": "Partner admin", "member": "Partner", "applicant": "Applicant"}


def _organisations():
    slugs = PORTAL["organisations"]
    found = {
        o.slug: o
        for o in Organisation.objects.filter(locale__language_code=SOURCE, slug__in=slugs.values())
    }
    return {key: found.get(slug) for key, slug in slugs.items()}


def _account(spec, organisation, with_password, report):
    user = get_user_model().objects.filter(email=spec.email).first()
    if user is None:
        user = get_user_model().objects.create_user(
            username=spec.email,
            email=spec.email,
            first_name=spec.first_name,
            last_name=spec.last_name,
        )
        user.set_unusable_password()
        user.save(update_fields=["password"])
        EmailAddress.objects.create(user=user, email=spec.email, verified=False, primary=True)
        report.add("partner accounts")
    if with_password and not user.has_usable_password():
        can_sign_in(user, spec.password)
        report.add("partner accounts able to sign in")
    if spec.role != "applicant" and not Membership.objects.filter(user=user).exists():
        Membership.objects.create(
            user=user,
            organisation=organisation,
            is_admin=spec.role == "admin",
            status=Decision.APPROVED,
            language=SOURCE,
        )
        report.add("partner memberships")
    if with_password:
        role = f"{ROLE_LABELS[spec.role]} · {organisation.short_name or organisation.name}"
        report.accounts.append((role, spec.email, spec.password))
    return user


def _image(alt_text):
    buffer = io.BytesIO()
    Image.new("RGB", (1200, 800), (46, 110, 142)).save(buffer, "JPEG", quality=80)
    return SimpleUploadedFile("kurs.jpg", buffer.getvalue(), content_type="image/jpeg")


def _form_data(spec):
    fields = {
        "language": spec["language"],
        "title": spec["title"],
        "lead": spec["lead"],
        "body": "\n\n".join(spec["body"]),
        "alt_text": spec.get("image_alt", ""),
        "areas": spec["areas"],
    }
    if spec["kind"] == "event":
        day = timezone.localdate(timezone=WARSAW) + datetime.timedelta(days=spec["days"])
        start = datetime.datetime.combine(day, datetime.time.fromisoformat(spec["time"]))
        end = start + datetime.timedelta(hours=spec["hours"])
        fields.update(
            start=start.strftime("%Y-%m-%dT%H:%M"),
            end=end.strftime("%Y-%m-%dT%H:%M"),
            venue_name=spec["venue_name"],
            venue_address=spec["venue_address"],
            languages=spec["languages"],
            registration_enabled="on" if spec.get("registration") else "",
            capacity=spec.get("capacity", ""),
        )
    return fields


def _exists(kind, spec, organisation):
    return kind.model.objects.filter(
        locale__language_code=spec["language"],
        draft_title=spec["title"],
        **{f"{kind.organisation_field}__translation_key": organisation.translation_key},
    ).exists()


def _decide(page, editor, action, comment=""):
    """An editor's decision on the item's review, as the admin's workflow action takes it."""
    task_state = page.current_workflow_state.current_task_state.specific
    task_state.task.specific.on_action(task_state, editor, action, comment=comment)


def _make_item(spec, membership, author, editor, report):
    kind = submissions.KINDS[spec["kind"]]
    files = {"image": _image(spec["image_alt"])} if spec.get("image_alt") else {}
    with translation.override(spec["language"]):
        form = kind.form_class(_form_data(spec), files, organisation=membership.organisation)
        if not form.is_valid():
            raise ValueError(f"demo item {spec['title']!r}: {form.errors.as_json()}")
        page = submissions.create_item(author, membership, kind, form)
    if page is None:
        raise ValueError(f"demo item {spec['title']!r}: {form.errors.as_json()}")
    state = spec["state"]
    if state != "draft":
        submissions.submit(page, author)
    if state == "changes_requested":
        _decide(page, editor, "reject", spec["comment"])
    elif state in ("published", "withdrawn"):
        _decide(page, editor, "approve")
    if state == "withdrawn":
        page.refresh_from_db()
        submissions.withdraw(page, author)
    report.add(f"portal items ({state.replace('_', ' ')})")


def seed_portal(context, report, scale=1):
    organisations = _organisations()
    if None in organisations.values():
        return  # The Forum's demo made no such organisations (a trimmed data file).
    with_password = context.get("accounts", False)
    users = {
        spec.key: _account(spec, organisations[spec.organisation], with_password, report)
        for spec in PARTNER_ACCOUNTS
    }
    editor = get_user_model().objects.filter(groups__name=EDITORS).order_by("pk").first()
    for spec in PORTAL["item"]:
        organisation = organisations[spec["organisation"]]
        kind = submissions.KINDS[spec["kind"]]
        if _exists(kind, spec, organisation):
            continue
        author_key = spec["author"] if spec["organisation"] == "a" else "b-member"
        author = users[author_key]
        membership = Membership.objects.get(user=author, organisation=organisation)
        _make_item(spec, membership, author, editor, report)
    _seed_requests(organisations, users, report)


def _seed_requests(organisations, users, report):
    applicant, b = users["applicant"], organisations["b"]
    if not Membership.objects.filter(user=applicant, organisation=b).exists():
        membership_views.ask_to_join(applicant, b, PORTAL["join_request"]["language"])
        report.add("pending membership requests")
    a, admin = organisations["a"], users["admin"]
    if not ProfileChange.objects.filter(organisation=a, proposed_by=admin).exists():
        spec = PORTAL["profile_change"]
        fields = {field: getattr(a, field) for field in ProfileChange.FIELDS}
        fields.update({key: value for key, value in spec.items() if key in fields})
        form = ProfileChangeForm(fields)
        if not form.is_valid():
            raise ValueError(f"demo profile change: {form.errors.as_json()}")
        membership_views.propose_profile_change(form, a, admin, spec["language"])
        report.add("pending profile changes")


SEEDERS = [seed_portal]
