"""Atom feed of the Council's published minutes in one language."""

from django.utils.translation import gettext as _

from hub.feeds import FEED_LENGTH, PageFeed


class MinutesFeed(PageFeed):
    def title(self):
        return _("%(council)s: minutes") % {"council": _("Immigrants' Council")}

    def items(self):
        return (
            self.index_page.published_minutes()
            .select_related("locale")
            .order_by("-first_published_at")[:FEED_LENGTH]
        )

    def item_description(self, item):
        return item.search_description or item.listing_summary or item.title

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at
