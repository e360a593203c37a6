"""Which languages a page exists in: the switcher and hreflang alternates."""

from __future__ import annotations

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Exists, OuterRef, Subquery
from django.urls import translate_url
from django.utils import translation
from wagtail.models import Page
from wagtail_localize.models import TranslationSource

from hub.addresses import absolute_url
from hub.translation_status import unreviewed_machine_strings


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    full_url: str
    translated: bool  # False: the page has no translation; url is that language's home
    current: bool
    # The page in this language has machine-made strings no translator has reviewed.
    machine: bool = False
    # This language is the one the page is translated from.
    source: bool = False


def _homes_by_language(request):
    """Live home pages keyed by language code, once per request."""
    if not hasattr(request, "_hub_homes"):
        # A home page is the page at the top of a language's tree (depth 2, under
        # Wagtail's root); the foundations need its address, not its type.
        request._hub_homes = {
            home.locale.language_code: home
            for home in Page.objects.live().filter(depth=2).select_related("locale")
        }
    return request._hub_homes


def _page_translations(request, page) -> dict:
    """The live translations of ``page`` by language code, read once per request.

    Each carries ``machine_translated`` (the reader's notice, issue 12) and
    ``source_language`` in the same query, so the notice costs no query of its own.
    """
    cache = request.__dict__.setdefault("_hub_page_translations", {})
    if page.pk not in cache:
        source_language = TranslationSource.objects.filter(
            object_id=OuterRef("translation_key")
        ).values("locale__language_code")[:1]
        pages = (
            page.get_translations(inclusive=True)
            .live()
            .public()
            .select_related("locale")
            .annotate(
                machine_translated=Exists(
                    unreviewed_machine_strings(OuterRef("translation_key"), OuterRef("locale_id"))
                ),
                source_language=Subquery(source_language),
            )
        )
        cache[page.pk] = {p.locale.language_code: p for p in pages}
    return cache[page.pk]


def machine_translation_source(request, page) -> LanguageLink | None:
    """The source-language link when the page in the current language is machine-made."""
    links = language_links(request, page)
    if not any(link.current and link.machine for link in links):
        return None
    return next((link for link in links if link.source), None)


def language_links(request, page=None, alternates=None) -> list[LanguageLink]:
    """The current page (or view) in every language of the site.

    ``alternates`` ({language code: path}) lets a view inside a page (a
    routable sub-page such as an organisation's profile) name its own
    translations; a language missing from it leads to that language's home.
    """
    if not isinstance(page, Page):
        page = None
    current = translation.get_language()
    homes = _homes_by_language(request)
    if page is not None:
        translations = _page_translations(request, page)
        source_code = next(
            (p.source_language for p in translations.values() if p.source_language), None
        )
    links = []
    for code, name in settings.LANGUAGES:
        machine = source = False
        if alternates is not None:
            if code in alternates:
                url, translated = alternates[code], True
                full_url = absolute_url(url)
            else:
                home = homes.get(code)
                url, translated = (home.get_url(request) if home else f"/{code}/"), False
                full_url = ""
        elif page is not None:
            target = translations.get(code)
            if target is not None:
                url, translated = target.get_url(request), True
                full_url = target.get_full_url(request)
                machine, source = target.machine_translated, code == source_code
            else:
                home = homes.get(code)
                url, translated = (home.get_url(request) if home else f"/{code}/"), False
                full_url = ""
        else:
            # Views outside the page tree (search, accounts) translate their own URL.
            url, translated = translate_url(request.get_full_path(), code), True
            full_url = absolute_url(url)
        links.append(
            LanguageLink(
                code=code,
                name=name,
                url=url,
                full_url=full_url,
                translated=translated,
                current=code == current,
                machine=machine,
                source=source,
            )
        )
    return links
