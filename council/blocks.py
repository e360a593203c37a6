"""Blocks of the Council's pages: meeting agendas and the items of the minutes."""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail import blocks

MINUTES_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link"]


class AgendaItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Item"), max_length=250)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "list-ol"
        template = "council/blocks/agenda_item_block.html"
        label = _("Agenda item")
        description = _("One point of the meeting's agenda.")
        preview_value = {
            "title": "Opinia w sprawie programu lekcji języka polskiego",
            "description": "Prezentacja projektu i dyskusja.",
        }


class VotesBlock(blocks.StructBlock):
    in_favour = blocks.IntegerBlock(label=_("In favour"), min_value=0, required=False)
    against = blocks.IntegerBlock(label=_("Against"), min_value=0, required=False)
    abstaining = blocks.IntegerBlock(label=_("Abstaining"), min_value=0, required=False)

    class Meta:
        icon = "tick"
        template = "council/blocks/votes_block.html"
        label = _("Vote")
        description = _("The result of a vote; leave empty when there was none.")
        preview_value = {"in_favour": 9, "against": 1, "abstaining": 2}


class MinutesItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Agenda item"), max_length=250)
    discussion = blocks.RichTextBlock(
        label=_("Discussion"), features=MINUTES_TEXT_FEATURES, required=False
    )
    decisions = blocks.RichTextBlock(
        label=_("Decisions"), features=MINUTES_TEXT_FEATURES, required=False
    )
    votes = VotesBlock(required=False)

    class Meta:
        icon = "doc-full"
        template = "council/blocks/minutes_item_block.html"
        label = _("Item of the minutes")
        description = _("One agenda item: what was discussed, what was decided, how people voted.")
        preview_value = {
            "title": "Przyjęcie porządku obrad",
            "discussion": "<p>Bez uwag.</p>",
            "decisions": "<p>Porządek obrad przyjęto.</p>",
            "votes": {"in_favour": 11, "against": 0, "abstaining": 0},
        }


class AgendaBlock(blocks.StreamBlock):
    item = AgendaItemBlock()

    class Meta:
        label = pgettext_lazy("council meeting", "Agenda")


class MinutesItemsBlock(blocks.StreamBlock):
    item = MinutesItemBlock()

    class Meta:
        label = _("Items of the minutes")
