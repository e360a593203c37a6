"""StreamField blocks of a consultation: stages, the draft's sections, and the questions.

Answers and comments are keyed by the blocks' ids (and choice options by their
list-item ids).  wagtail-localize keeps those ids when it translates a page, so
answers given in every language count together.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from hub.blocks import RICH_TEXT_FEATURES

SHORT_TEXT_MAX = 500
LONG_TEXT_MAX = 5000


class StageKind:
    CONFERENCE = "conference"
    OPEN_MEETING = "open_meeting"
    ONLINE_FORM = "online_form"
    OTHER = "other"

    choices = [
        (CONFERENCE, _("Conference")),
        (OPEN_MEETING, _("Open meeting")),
        (ONLINE_FORM, _("Online form")),
        (OTHER, _("Other stage")),
    ]


class StageBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(label=_("Kind of stage"), choices=StageKind.choices)
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    date = blocks.DateBlock(label=_("Date"))
    end_date = blocks.DateBlock(label=_("Last day"), required=False)
    place = blocks.CharBlock(label=_("Place"), max_length=250, required=False)
    description = blocks.TextBlock(label=_("Description"), max_length=1000, required=False)
    event = blocks.PageChooserBlock(
        label=_("Calendar event"),
        page_type="events.EventPage",
        required=False,
        help_text=_("The event in the calendar, with registration and directions."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["kind_label"] = dict(StageKind.choices).get(value["kind"], "")
        return context

    class Meta:
        icon = "date"
        template = "consultations/blocks/stage_block.html"
        label = _("Stage")
        description = _("A stage of the consultation: a conference, an open meeting, the form.")
        preview_value = {
            "kind": StageKind.OPEN_MEETING,
            "title": "Spotkanie otwarte dla mieszkańców",
            "place": "Urząd Miejski w Gdańsku",
        }


class StageStreamBlock(blocks.StreamBlock):
    stage = StageBlock()


class DraftSectionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Section heading"), max_length=200)
    text = blocks.RichTextBlock(label=_("Text of the section"), features=RICH_TEXT_FEATURES)

    class Meta:
        icon = "doc-full"
        template = "consultations/blocks/draft_section_block.html"
        label = _("Section of the draft")
        description = _("One numbered section of the document under consultation.")
        preview_value = {
            "heading": "Cele Modelu",
            "text": "<p>Model ma dwa cele: samodzielność imigrantów i gotowość instytucji.</p>",
        }


class DraftStreamBlock(blocks.StreamBlock):
    section = DraftSectionBlock()


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    help_text = blocks.CharBlock(label=_("Hint"), max_length=300, required=False)
    required = blocks.BooleanBlock(label=_("Answer required"), required=False, default=True)

    class Meta:
        icon = "help"
        template = "consultations/blocks/question_block.html"


class ChoiceQuestionBlock(QuestionBlock):
    options = blocks.ListBlock(
        blocks.CharBlock(label=_("Option"), max_length=200), label=_("Options"), min_num=2
    )

    class Meta:
        preview_value = {
            "question": "Czy cele Modelu są dla Ciebie zrozumiałe?",
            "options": ["Tak", "Częściowo", "Nie"],
        }


class SingleChoiceBlock(ChoiceQuestionBlock):
    class Meta:
        label = _("Single choice")
        description = _("The respondent picks one option.")


class MultipleChoiceBlock(ChoiceQuestionBlock):
    class Meta:
        label = _("Multiple choice")
        description = _("The respondent ticks any number of options.")


class ScaleBlock(QuestionBlock):
    low_label = blocks.CharBlock(label=_("Meaning of 1"), max_length=80)
    high_label = blocks.CharBlock(label=_("Meaning of 5"), max_length=80)

    class Meta:
        label = _("Scale from 1 to 5")
        description = _("The respondent picks a number from 1 to 5.")
        preview_value = {
            "question": "Jak oceniasz projekt?",
            "low_label": "bardzo źle",
            "high_label": "bardzo dobrze",
        }


class ShortTextBlock(QuestionBlock):
    class Meta:
        label = _("Short text")
        description = _("An answer of one line (up to 500 characters).")
        preview_value = {"question": "Jaki temat powinien być dodany?"}


class LongTextBlock(QuestionBlock):
    class Meta:
        label = _("Long text")
        description = _("A longer answer (up to 5000 characters).")
        preview_value = {"question": "Co jeszcze chcesz nam powiedzieć?"}


class QuestionStreamBlock(blocks.StreamBlock):
    single_choice = SingleChoiceBlock()
    multiple_choice = MultipleChoiceBlock()
    scale = ScaleBlock()
    short_text = ShortTextBlock()
    long_text = LongTextBlock()

    class Meta:
        block_counts = {}
