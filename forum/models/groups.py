"""The Forum's working groups: one page per thematic area, under an index.

The organisation directory (``organisations``) lists the working groups, so this
module does not import it: the group page's template finds the directory of its
language (``forum_tags.organisation_directory``) to link the member organisations.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index

from events.models import EventPage
from hub.models import BasePage, NewsPage, Organisation

from ..blocks import ForumDocumentsBlock

TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]
UPCOMING_MEETINGS = 5
RECENT_NEWS = 5


class WorkingGroupIndexPage(BasePage):
    """The list of working groups in one language."""

    introduction = models.CharField(_("introduction"), max_length=400, blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("introduction")]

    parent_page_types = ["hub.HomePage"]
    subpage_types = ["forum.WorkingGroupPage"]
    # One list of groups per language tree.
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("working groups index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["groups"] = (
            WorkingGroupPage.objects.child_of(self)
            .live()
            .public()
            .select_related("area")
            .order_by("area__sort_order", "title")
        )
        return context


class WorkingGroupPage(BasePage):
    """One working group: it works on one of the Model's thematic areas."""

    area = models.ForeignKey(
        "hub.ThematicArea",
        verbose_name=_("thematic area"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("The area this group works on; meetings and news are found through it."),
    )
    purpose = RichTextField(_("purpose"), features=TEXT_FEATURES)
    how_to_join = RichTextField(_("how to join"), features=TEXT_FEATURES, blank=True)
    meeting_rhythm = models.CharField(
        _("meeting rhythm"),
        max_length=200,
        blank=True,
        help_text=_("For example 'every second Tuesday of the month'."),
    )
    documents = StreamField(ForumDocumentsBlock(), verbose_name=_("documents"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("area"),
        FieldPanel("purpose"),
        FieldPanel("meeting_rhythm"),
        InlinePanel("leaders", label=_("Leaders")),
        FieldPanel("how_to_join"),
        FieldPanel("documents"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("purpose"),
        index.SearchField("how_to_join"),
        index.FilterField("area_id"),
    ]

    parent_page_types = ["forum.WorkingGroupIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("working group")
        verbose_name_plural = _("working groups")

    def member_organisations(self):
        return (
            Organisation.objects.live()
            .filter(locale=self.locale, active=True, group_links__area=self.area_id)
            .order_by("name", "pk")
        )

    def upcoming_meetings(self):
        return (
            EventPage.objects.filter(
                locale=self.locale, group_links__area=self.area_id, start__gte=timezone.now()
            )
            .for_listing()
            .order_by("start")
            .distinct()[:UPCOMING_MEETINGS]
        )

    def recent_news(self):
        return (
            NewsPage.objects.filter(locale=self.locale, area_links__area=self.area_id)
            .for_listing()
            .distinct()[:RECENT_NEWS]
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["leader_rows"] = list(
            self.leaders.filter(person__live=True).select_related("person", "person__photo")
        )
        context["member_organisations"] = list(self.member_organisations())
        context["upcoming_meetings"] = list(self.upcoming_meetings())
        context["recent_news"] = list(self.recent_news())
        return context


class WorkingGroupLeader(TranslatableMixin, Orderable):
    """Inline row: a person who leads the group, and their role in it."""

    page = ParentalKey(WorkingGroupPage, on_delete=models.CASCADE, related_name="leaders")
    person = models.ForeignKey(
        "hub.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )
    role = models.CharField(
        _("role"), max_length=120, help_text=_("For example 'leader' or 'deputy leader'.")
    )

    panels = [FieldPanel("person"), FieldPanel("role")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("leader")
        verbose_name_plural = _("leaders")
