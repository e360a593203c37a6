"""Page-tree rules, stated both ways, tested with Wagtail's own helpers."""

from wagtail.models import Page, get_page_models
from wagtail.test.utils import WagtailPageTestCase

from council.models import CouncilIndexPage
from events.models import EventIndexPage
from forum.consultations.models import ConsultationIndexPage
from forum.models import (
    GoverningBodiesIndexPage,
    OrganisationDirectoryPage,
    PlenarySessionIndexPage,
    WorkingGroupIndexPage,
)
from hub.models import NewsIndexPage, NewsPage, StandardPage
from hub.site.models import HomePage


class PageTreeRulesTest(WagtailPageTestCase):
    def test_home_page_lives_only_under_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage,
            {
                StandardPage,
                NewsIndexPage,
                EventIndexPage,
                CouncilIndexPage,
                OrganisationDirectoryPage,
                WorkingGroupIndexPage,
                PlenarySessionIndexPage,
                GoverningBodiesIndexPage,
                ConsultationIndexPage,
            },
        )

    def test_every_page_type_names_its_parents(self):
        # The home page lists no children: each type's own parents decide where it lives.
        unplaced = [
            model._meta.label
            for model in get_page_models()
            if model is not Page and not getattr(model, "parent_page_types", None)
        ]
        self.assertEqual(unplaced, [])
        self.assertIn(EventIndexPage, HomePage.creatable_subpage_models())

    def test_standard_pages_nest(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})

    def test_news_lives_only_under_a_news_index(self):
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsPage, set())

    def test_a_home_page_takes_one_news_index(self):
        home = HomePage.objects.get(locale__language_code="pl")
        self.assertFalse(NewsIndexPage.can_create_at(home))
        self.assertTrue(StandardPage.can_create_at(home))
