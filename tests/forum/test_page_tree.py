"""The Forum's page types, with their place in the tree stated both ways."""

from wagtail.test.utils import WagtailPageTestCase

from events.models import EventIndexPage, EventPage
from forum.models import (
    GoverningBodiesIndexPage,
    GoverningBodyPage,
    OrganisationDirectoryPage,
    PlenarySessionIndexPage,
    PlenarySessionPage,
    WorkingGroupIndexPage,
    WorkingGroupPage,
)
from hub.site.models import HomePage


class ForumPageTreeTest(WagtailPageTestCase):
    def test_section_roots_live_under_a_home_page(self):
        for model in (
            OrganisationDirectoryPage,
            WorkingGroupIndexPage,
            PlenarySessionIndexPage,
            GoverningBodiesIndexPage,
        ):
            self.assertAllowedParentPageTypes(model, {HomePage})
        self.assertAllowedSubpageTypes(OrganisationDirectoryPage, set())

    def test_working_groups_live_under_their_index(self):
        self.assertAllowedSubpageTypes(WorkingGroupIndexPage, {WorkingGroupPage})
        self.assertAllowedParentPageTypes(WorkingGroupPage, {WorkingGroupIndexPage})
        self.assertAllowedSubpageTypes(WorkingGroupPage, set())

    def test_sessions_live_under_their_index_not_in_the_general_calendar(self):
        self.assertAllowedSubpageTypes(PlenarySessionIndexPage, {PlenarySessionPage})
        self.assertAllowedParentPageTypes(PlenarySessionPage, {PlenarySessionIndexPage})
        self.assertAllowedSubpageTypes(PlenarySessionPage, set())
        self.assertTrue(issubclass(PlenarySessionPage, EventPage))
        self.assertNotIn(PlenarySessionPage, EventIndexPage.allowed_subpage_models())

    def test_bodies_live_under_their_index(self):
        self.assertAllowedSubpageTypes(GoverningBodiesIndexPage, {GoverningBodyPage})
        self.assertAllowedParentPageTypes(GoverningBodyPage, {GoverningBodiesIndexPage})
        self.assertAllowedSubpageTypes(GoverningBodyPage, set())

    def test_each_home_takes_one_of_each_section(self):
        home = HomePage.objects.get(locale__language_code="pl")
        for model in (
            OrganisationDirectoryPage,
            WorkingGroupIndexPage,
            PlenarySessionIndexPage,
            GoverningBodiesIndexPage,
        ):
            self.assertEqual(model.objects.child_of(home).count(), 1)
            self.assertFalse(model.can_create_at(home), model)
