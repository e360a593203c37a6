"""Atom feeds of an index page's items: the news here, the Council's minutes in ``council``.

Every address in a feed (its id, links and entry ids) is on ``BASE_URL``,
whatever host the request used.
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from hub.addresses import absolute_url

FEED_LENGTH = 30


class PageFeed(Feed):
    """An Atom feed served by an index page (``index_page``) of its child pages."""

    feed_type = Atom1Feed

    def __init__(self, index_page):
        super().__init__()
        self.index_page = index_page
        self.language = index_page.locale.language_code

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def link(self):
        return absolute_url(self.index_page.get_url(self.request))

    def feed_url(self):
        return absolute_url(self.request.path)

    def subtitle(self):
        return self.index_page.introduction or self.index_page.title

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return absolute_url(item.get_url(self.request))

    def item_guid(self, item):
        return item.get_full_url(self.request)


class NewsFeed(PageFeed):
    def title(self):
        return _("%(site)s: news") % {"site": _("Forum for Integration and Migration")}

    def items(self):
        return self.index_page.news()[:FEED_LENGTH]

    def item_description(self, item):
        return item.lead

    def item_author_name(self, item):
        return item.organisation.name if item.organisation and item.organisation.live else None

    def item_pubdate(self, item):
        return item.publication_date

    def item_updateddate(self, item):
        return item.last_published_at or item.publication_date

    def item_categories(self, item):
        return [area.name for area in item.areas]
