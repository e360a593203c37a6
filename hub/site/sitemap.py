"""sitemap.xml covering every language's tree, with hreflang alternates.

Wagtail's own sitemap walks only the default site root (the Polish tree), so
the hub renders its own from one query over all live, public pages, plus the
routable sub-pages residents should find (organisation profiles, the calendar's
archive), which each page type lists in ``sitemap_subpages()``.
"""

from collections import defaultdict

from django.db.models import Q
from django.http import HttpResponse
from django.template.loader import render_to_string
from wagtail.models import Page, get_page_models

from hub.models import BasePage
from hub.site.models import HomePage


def sitemap_pages():
    homes = list(HomePage.objects.live().public().values_list("path", flat=True))
    if not homes:
        return Page.objects.none()
    under_a_home = Q()
    for path in homes:
        under_a_home |= Q(path__startswith=path)
    return (
        Page.objects.live().public().filter(under_a_home).select_related("locale").order_by("path")
    )


def with_subpages(pages):
    """The pages, those with sub-pages as their specific type, in one query per such type."""
    types = {
        model
        for model in get_page_models()
        if issubclass(model, BasePage) and model.sitemap_subpages is not BasePage.sitemap_subpages
    }
    by_type = defaultdict(list)
    for page in pages:
        if page.specific_class in types:
            by_type[page.specific_class].append(page.pk)
    specific = {}
    for model, pks in by_type.items():
        for page in model.objects.filter(pk__in=pks).select_related("locale"):
            specific[page.pk] = page
    return [specific.get(page.pk, page) for page in pages]


def sitemap(request):
    pages = with_subpages(list(sitemap_pages()))
    by_translation = defaultdict(list)
    entries = []

    def add(location, lastmod, language, key):
        entry = {"location": location, "lastmod": lastmod, "language": language, "key": key}
        entries.append(entry)
        by_translation[key].append(entry)

    for page in pages:
        url = page.get_full_url(request)
        if not url:
            continue
        language = page.locale.language_code
        add(url, page.last_published_at, language, page.translation_key)
        for subpage in page.sitemap_subpages() if hasattr(page, "sitemap_subpages") else []:
            add(url + subpage.route, subpage.lastmod, language, subpage.key)
    for entry in entries:
        siblings = by_translation[entry["key"]]
        entry["alternates"] = siblings if len(siblings) > 1 else []
    xml = render_to_string("hub/sitemap.xml", {"entries": entries}, request=request)
    return HttpResponse(xml, content_type="application/xml; charset=utf-8")
