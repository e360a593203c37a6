import datetime

from django import template
from django.utils import timezone, translation
from django.utils.html import format_html

from hub.addresses import absolute_url
from hub.i18n import _homes_by_language, language_links, machine_translation_source
from hub.models import AlertBanner

register = template.Library()


@register.simple_tag(takes_context=True)
def languages(context, page=None):
    """Links to this page (or this view) in every language of the site."""
    return language_links(context["request"], page, context.get("language_alternates"))


@register.inclusion_tag("components/machine_translation_notice.html", takes_context=True)
def machine_translation_notice(context, page):
    """The reader's notice on a page whose text a machine made and no translator reviewed."""
    request = context.get("request")
    source = None
    if request is not None and context.get("language_alternates") is None:
        source = machine_translation_source(request, page)
    return {"source": source}


@register.simple_tag(takes_context=True)
def canonical_url(context, page):
    """The canonical address: a view's own (``canonical_url`` in its context) or the page's."""
    request = context["request"]
    if context.get("canonical_url"):
        return absolute_url(context["canonical_url"])
    return page.get_full_url(request)


@register.simple_tag(takes_context=True)
def current_home(context):
    """The home page of the language being read (None if it is missing)."""
    request = context.get("request")
    if request is None:
        return None
    return _homes_by_language(request).get(translation.get_language())


@register.simple_tag(takes_context=True)
def main_navigation(context):
    home = current_home(context)
    if home is None:
        return []
    return list(home.get_children().live().public().in_menu().select_related("locale"))


@register.simple_tag
def alert_banners():
    return list(AlertBanner.objects.current().select_related("link_page"))


@register.filter
def localized(page):
    """The page in the reader's language, or the page itself."""
    return page.localized if page is not None else None


@register.filter
def in_section(page, section):
    """Whether ``page`` is ``section`` or lies below it (for aria-current)."""
    return bool(page is not None and getattr(page, "path", "").startswith(section.path))


# A label ending in one of these already closes itself: no colon after it.
CLOSING_PUNCTUATION = ("?", "!", ":", ".", "…")


@register.filter
def with_message(label, message):
    """``label: message`` for an error summary, or ``label message`` after a label that ends
    in punctuation of its own ("Who are you? This field is required.")."""
    label = str(label).rstrip()
    separator = " " if label.endswith(CLOSING_PUNCTUATION) else ": "
    return format_html("{}{}{}", label, separator, message)


@register.filter
def html_datetime(value, precision="second"):
    """A date or a moment as the machine-readable ``datetime`` attribute of ``<time>``.

    A moment is given to the second in the reader's time zone, with its offset
    (``2026-10-24T21:00:00+02:00``): the HTML standard allows no more than three
    fractional digits, and a second is precise enough for every date shown here.
    A date, or a moment with ``precision`` ``"date"`` (an all-day event), is ``2026-10-24``.
    """
    if isinstance(value, datetime.datetime):
        if timezone.is_aware(value):
            value = timezone.localtime(value)
        if precision == "date":
            return value.date().isoformat()
        return value.replace(microsecond=0).isoformat()
    if isinstance(value, datetime.date):
        return value.isoformat()
    return ""
