"""sitemap.xml covering every language's tree, with hreflang alternates.

Wagtail's own sitemap walks only the default site root (the Polish tree), so
the hub renders its own from one query over all live, public pages.
"""

from collections import defaultdict

from django.db.models import Q
from django.http import HttpResponse
from django.template.loader import render_to_string
from wagtail.models import Page

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


def sitemap(request):
    pages = list(sitemap_pages())
    by_translation = defaultdict(list)
    entries = []
    for page in pages:
        url = page.get_full_url(request)
        if not url:
            continue
        entry = {
            "location": url,
            "lastmod": page.last_published_at,
            "language": page.locale.language_code,
            "key": page.translation_key,
        }
        entries.append(entry)
        by_translation[page.translation_key].append(entry)
    for entry in entries:
        siblings = by_translation[entry["key"]]
        entry["alternates"] = siblings if len(siblings) > 1 else []
    xml = render_to_string("hub/sitemap.xml", {"entries": entries}, request=request)
    return HttpResponse(xml, content_type="application/xml; charset=utf-8")
