"""Demo content for the foundations: areas, pages, news, settings, accounts.

Every step looks before it creates, so a second run changes nothing.  Content
apps add their own demo content with a Wagtail hook named ``SEEDERS_HOOK``
that returns a list of ``seeder(context, report, scale)`` functions; they run
after the foundations' seeders, in the order of INSTALLED_APPS, and before the
``LAST_SEEDERS`` that use what they made (the news, which names the member
organisations the Forum's seeder creates).  ``context["accounts"]`` says whether
the demo accounts (known passwords) are made; the staff ones exist before the
apps' seeders run, which may add their own (the portal's partners).
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import NamedTuple

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import transaction
from django.test.utils import override_settings
from django.utils import timezone
from django.utils.module_loading import import_string
from wagtail import hooks
from wagtail.models import Locale, Site

from hub import setup as hub_setup
from hub.factories import StaffFactory, can_sign_in
from hub.hooks import SEEDERS_HOOK
from hub.models import (
    NewsPage,
    NewsPageArea,
    Organisation,
    SiteSettings,
    StandardPage,
    ThematicArea,
)
from hub.translation import translate_into

from . import data
from .seeder import SeedReport, bulk, paragraphs, translate
from .seeder import locales as seeder_locales

HERE = Path(__file__).parent
AREAS = data.load(HERE / "areas.toml")["area"]
PAGES_DATA = data.load(HERE / "pages.toml")
HOME, PAGES, NEWS = PAGES_DATA["home"], PAGES_DATA["page"], PAGES_DATA["news"]
SOURCE = data.source_language()


def ensure_translations(instance, spec, report, what, round_=0):
    """Translate a page made from ``spec``; ``round_`` numbers the copies ``--scale`` makes."""
    title_suffix = f" ({round_ + 1})" if round_ else ""
    slug_suffix = f"-{round_ + 1}" if round_ else ""

    def strings_for(code):
        texts = {key: value for key, value in spec.items() if key not in ("title", "slug")}
        mapping = data.strings(code, texts)
        if mapping is None or code not in spec["title"] or code not in spec["slug"]:
            return None
        mapping[spec["title"][SOURCE] + title_suffix] = spec["title"][code] + title_suffix
        mapping[spec["slug"][SOURCE] + slug_suffix] = spec["slug"][code] + slug_suffix
        return mapping

    translate(instance, report, what, strings_for=strings_for)


def seed_areas(context, report, scale=1):
    source_locale = Locale.objects.get(language_code=SOURCE)
    for order, spec in enumerate(AREAS):
        area = ThematicArea.objects.filter(code=spec["code"], locale=source_locale).first()
        if area is None:
            area = ThematicArea.objects.create(
                code=spec["code"], name=spec["name"][SOURCE], sort_order=order, locale=source_locale
            )
            report.add("thematic areas")
        translate(area, report, "thematic area", spec["name"], same=[spec["code"]])


def seed_home(context, report, scale=1):
    home = context["homes"][SOURCE]
    if home.intro == HOME["intro"][SOURCE]:
        return
    home.intro = HOME["intro"][SOURCE]
    home.save_revision().publish()
    for code, locale in seeder_locales().items():
        if code == SOURCE or code not in HOME["intro"]:
            continue
        translated = home.get_translation(locale)
        translate_into(
            home,
            locale,
            {
                home.title: translated.title,
                home.slug: translated.slug,
                HOME["intro"][SOURCE]: HOME["intro"][code],
            },
        )
    report.add("home pages updated")


def seed_pages(context, report, scale=1):
    home = context["homes"][SOURCE]
    pages = {}
    for spec in PAGES:
        page = StandardPage.objects.child_of(home).filter(slug=spec["slug"][SOURCE]).first()
        if page is None:
            page = home.add_child(
                instance=StandardPage(
                    title=spec["title"][SOURCE],
                    slug=spec["slug"][SOURCE],
                    introduction=spec["introduction"][SOURCE],
                    body=paragraphs(spec["body"][SOURCE]),
                    show_in_menus=spec["in_menu"],
                )
            )
            report.add("pages")
        ensure_translations(page, spec, report, "page")
        pages[spec["key"]] = page
    context["pages"] = pages
    news_index = context["sections"]["hub.NewsIndexPage"][SOURCE]
    if not news_index.show_in_menus:
        news_index.show_in_menus = True
        news_index.save_revision().publish()
        for locale in seeder_locales().values():
            translated = news_index.get_translation_or_none(locale)
            if translated is not None and not translated.show_in_menus:
                translated.show_in_menus = True
                translated.save_revision().publish()
    if home.featured_page_id is None:
        home.featured_page = pages["about-model"]
        home.save_revision().publish()
        for code, locale in seeder_locales().items():
            featured = pages["about-model"].get_translation_or_none(locale)
            if code == SOURCE or featured is None:
                continue
            translated = home.get_translation(locale)
            translated.featured_page = featured
            translated.save_revision().publish()


def seed_news(context, report, scale: int = 1):
    """The news, most of it published by a member organisation (run after the apps' seeders,
    which make the organisations)."""
    index = context["sections"]["hub.NewsIndexPage"][SOURCE]
    source_locale = Locale.objects.get(language_code=SOURCE)
    areas = {a.code: a for a in ThematicArea.objects.filter(locale=source_locale)}
    organisations = {o.slug: o for o in Organisation.objects.filter(locale=source_locale)}
    existing = set(NewsPage.objects.child_of(index).values_list("slug", flat=True))
    now = timezone.now().replace(hour=10, minute=0, second=0, microsecond=0)
    for number in range(len(NEWS) * scale):
        spec = NEWS[number % len(NEWS)]
        round_ = number // len(NEWS)
        suffix = f" ({round_ + 1})" if round_ else ""
        slug = spec["slug"][SOURCE] + (f"-{round_ + 1}" if round_ else "")
        organisation = organisations.get(spec.get("organisation"))
        if slug in existing:
            page = NewsPage.objects.child_of(index).get(slug=slug)
        else:
            page = NewsPage(
                title=spec["title"][SOURCE] + suffix,
                slug=slug,
                lead=spec["lead"][SOURCE],
                publication_date=now - timedelta(days=spec["days_ago"] + 90 * round_),
                body=paragraphs(spec["body"][SOURCE]),
                organisation=organisation,
            )
            for area_code in spec["areas"]:
                page.area_links.add(NewsPageArea(area=areas[area_code]))
            index.add_child(instance=page)
            report.add("news")
        ensure_translations(page, spec, report, "news", round_)
        if organisation is not None and page.organisation_id is None:
            attribute_news(page, organisation, report)


def attribute_news(page, organisation, report):
    """Name ``organisation`` on a news item seeded before it was attributed, in every language."""
    for item in [page, *page.get_translations()]:
        item = item.specific
        item.organisation = organisation.get_translation_or_none(item.locale)
        if item.organisation is not None:
            item.save_revision().publish()
    report.add("news attributed")


def seed_site_settings(context, report, scale=1):
    site = Site.objects.get(is_default_site=True)
    site_settings = SiteSettings.for_site(site)
    if site_settings.contact_email:
        return
    site_settings.contact_email = "forum.integracji@example.org"
    site_settings.contact_phone = "+48 58 000 00 00"
    site_settings.address = "Urząd Miejski w Gdańsku\nul. Nowe Ogrody 8/12\n80-803 Gdańsk"
    site_settings.privacy_page = context["pages"]["privacy"]
    site_settings.accessibility_page = context["pages"]["accessibility"]
    site_settings.facebook_url = "https://www.facebook.com/example-forum"
    site_settings.save()
    report.add("site settings")


class DemoAccount(NamedTuple):
    email: str
    group: str
    password: str
    is_superuser: bool
    first_name: str
    last_name: str


DEMO_ACCOUNTS = [
    DemoAccount(
        "administrator@example.org",
        hub_setup.ADMINISTRATORS,
        "demo-admin-2026",
        True,
        "Barbara",
        "Sobczak",
    ),
    DemoAccount(
        "editor@example.org", hub_setup.EDITORS, "demo-editor-2026", False, "Joanna", "Wróbel"
    ),
    DemoAccount(
        "translator@example.org",
        hub_setup.TRANSLATORS,
        "demo-translator-2026",
        False,
        "Oksana",
        "Hrytsenko",
    ),
    DemoAccount(
        "secretary@example.org",
        hub_setup.COUNCIL_SECRETARIES,
        "demo-secretary-2026",
        False,
        "Michał",
        "Zawadzki",
    ),
]


def seed_accounts(context, report):
    """The demo's staff accounts, one per role, named and able to sign in (known passwords)."""
    for account in DEMO_ACCOUNTS:
        user = get_user_model().objects.filter(email=account.email).first()
        if user is None:
            user = StaffFactory(
                username=account.email.split("@")[0],
                email=account.email,
                first_name=account.first_name,
                last_name=account.last_name,
                is_superuser=account.is_superuser,
                groups=[account.group],
            )
            can_sign_in(user, account.password)
            report.add("accounts")
        elif not user.get_full_name():
            # Accounts an earlier demo made had no names.
            user.first_name, user.last_name = account.first_name, account.last_name
            user.save(update_fields=["first_name", "last_name"])
            report.add("accounts named")
        report.accounts.append((account.group, account.email, account.password))


SEEDERS = [seed_areas, seed_home, seed_pages, seed_site_settings]
# Seeders that use what the apps' seeders made (news names their organisations).
LAST_SEEDERS = [seed_news]


def seed_demo(scale: int = 1, accounts: bool | None = None, small: bool = False) -> SeedReport:
    """Seed the demo hub.

    ``small`` asks every seeder for a minimal but representative set (a few of
    each kind instead of the full demo); the test suite and browser tests use it.
    """
    report = SeedReport()
    # One transaction per step: SQLite then writes to disk a few times instead of
    # after every one of the demo's tens of thousands of statements.  A seeder's
    # ``settings`` (if it has any) hold until its transaction is committed, when
    # Wagtail's on-commit signals (slug changes, for redirects) read them.
    with bulk():
        with transaction.atomic():
            context = hub_setup.setup_hub()
        context["small"] = small
        # Known passwords are for development (DEBUG) or an explicit ``accounts``. The
        # staff accounts come first: the apps' seeders may act as them (an editor
        # deciding on a partner's item) and add accounts of their own (the partners).
        context["accounts"] = accounts if accounts is not None else settings.DEBUG
        if context["accounts"]:
            with transaction.atomic():
                seed_accounts(context, report)
        seeders = list(SEEDERS)
        for hook in hooks.get_hooks(SEEDERS_HOOK):
            for path in hook():
                # A dotted path, so the demo is imported only when it is seeded.
                found = import_string(path)
                seeders.extend(found if isinstance(found, list | tuple) else [found])
        seeders.extend(LAST_SEEDERS)
        for seeder in seeders:
            with override_settings(**getattr(seeder, "settings", {})), transaction.atomic():
                seeder(context, report, scale=scale)
    return report
