"""The response form, built from a consultation's questions and draft sections.

Field names carry the block ids (``q-<id>`` for questions, ``s-<id>`` for
comments on sections of the draft), so what is stored is the same whichever
language version of the page was answered.
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from hub.forms import HoneypotForm

from .blocks import LONG_TEXT_MAX, SHORT_TEXT_MAX

NAME_MAX = 200
SCALE = [(str(n), str(n)) for n in range(1, 6)]


def question_field_name(block_id):
    return f"q-{block_id}"


def section_field_name(block_id):
    return f"s-{block_id}"


def option_choices(block):
    return [(child.id, child.value) for child in block.value["options"].bound_blocks]


class ResponseForm(HoneypotForm):
    token = forms.UUIDField(widget=forms.HiddenInput)
    name = forms.CharField(label=_("Name"), required=False, max_length=NAME_MAX)
    organisation = forms.CharField(
        label=_("Organisation or institution"), required=False, max_length=NAME_MAX
    )
    email = forms.EmailField(
        label=_("E-mail address for a confirmation"), required=False, max_length=254
    )
    consent = forms.BooleanField(
        label=_(
            "I have read the information on personal data above and I send my response "
            "on these terms."
        ),
        error_messages={
            "required": _("Tick this box to send your response; without it we cannot accept it.")
        },
    )

    def __init__(self, page, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.questions = []
        self.sections = []
        for number, block in enumerate(page.questions, start=1):
            name = question_field_name(block.id)
            self.fields[name] = self.question_field(block)
            self.questions.append({"number": number, "block": block, "name": name})
        for section in page.numbered_sections():
            name = section_field_name(section["id"])
            self.fields[name] = forms.CharField(
                label=section["value"]["heading"],
                required=False,
                max_length=LONG_TEXT_MAX,
                widget=forms.Textarea(attrs={"rows": 4}),
            )
            self.sections.append({**section, "name": name})
        # Errors are listed in the order the form shows its fields.
        self.order_fields(
            [item["name"] for item in self.questions + self.sections]
            + ["name", "organisation", "email", "consent"]
        )

    @staticmethod
    def question_field(block):
        value = block.value
        common = {"label": value["question"], "required": bool(value["required"])}
        kind = block.block_type
        if kind == "single_choice":
            return forms.ChoiceField(choices=option_choices(block), **common)
        if kind == "multiple_choice":
            return forms.MultipleChoiceField(choices=option_choices(block), **common)
        if kind == "scale":
            return forms.ChoiceField(choices=SCALE, **common)
        if kind == "short_text":
            return forms.CharField(max_length=SHORT_TEXT_MAX, **common)
        return forms.CharField(max_length=LONG_TEXT_MAX, widget=forms.Textarea, **common)

    def question_items(self):
        """Questions with their bound fields and options (with what is ticked), in order."""
        items = []
        for item in self.questions:
            field = self[item["name"]]
            kind = item["block"].block_type
            value = field.value()
            if kind == "multiple_choice":
                selected = {str(v) for v in (value or [])}
            else:
                selected = {str(value)} if value not in (None, "") else set()
            options = []
            if kind in ("single_choice", "multiple_choice", "scale"):
                for number, (key, label) in enumerate(field.field.choices, start=1):
                    options.append(
                        {
                            "value": key,
                            "label": label,
                            "checked": str(key) in selected,
                            "id": f"{field.auto_id}-{number}",
                        }
                    )
            items.append({**item, "field": field, "kind": kind, "options": options})
        return items

    def section_items(self):
        return [{**item, "field": self[item["name"]]} for item in self.sections]

    def answers(self):
        result = {}
        for item in self.questions:
            value = self.cleaned_data.get(item["name"])
            if value in (None, "", []):
                continue
            if item["block"].block_type == "scale":
                value = int(value)
            result[item["block"].id] = value
        return result

    def comments(self):
        result = {}
        for item in self.sections:
            text = self.cleaned_data.get(item["name"], "").strip()
            if text:
                result[item["id"]] = text
        return result
