"""Fixtures: consultations built in the test itself, answered through the real form."""

import re
import uuid
from datetime import timedelta

import pytest
from django.utils import timezone
from wagtail.rich_text import RichText

from forum.consultations.forms import question_field_name, section_field_name
from forum.consultations.models import ConsultationPage

INDEX = "consultations.ConsultationIndexPage"


def build_consultation(index, slug="test-consultation", opens=None, closes=None, **fields):
    now = timezone.now()
    page = ConsultationPage(
        title=fields.pop("title", "Konsultacja testowa"),
        slug=slug,
        summary="Czy miasto powinno otworzyć punkt informacyjny w każdej dzielnicy?",
        run_by="Wydział Rozwoju Społecznego",
        opens_at=opens or now - timedelta(days=1),
        closes_at=closes or now + timedelta(days=10),
        draft=[
            ("section", {"heading": "Punkty informacyjne", "text": RichText("<p>Punkt.</p>")}),
            ("section", {"heading": "Godziny otwarcia", "text": RichText("<p>Godziny.</p>")}),
        ],
        questions=[
            (
                "single_choice",
                {
                    "question": "Czy popierasz projekt?",
                    "help_text": "",
                    "required": True,
                    "options": ["Tak", "Nie", "Nie wiem"],
                },
            ),
            (
                "multiple_choice",
                {
                    "question": "Które dzielnice?",
                    "help_text": "",
                    "required": False,
                    "options": ["Wrzeszcz", "Oliwa", "Przymorze"],
                },
            ),
            (
                "scale",
                {
                    "question": "Ocena projektu",
                    "help_text": "",
                    "required": True,
                    "low_label": "źle",
                    "high_label": "dobrze",
                },
            ),
            ("short_text", {"question": "Jedno słowo", "help_text": "", "required": True}),
            ("long_text", {"question": "Uwagi", "help_text": "", "required": False}),
        ],
        **fields,
    )
    index.add_child(instance=page)
    page.save_revision().publish()
    return ConsultationPage.objects.get(pk=page.pk)


class Answering:
    """Knows a consultation's field names and option ids, and fills in its form."""

    def __init__(self, page):
        self.page = page
        self.questions = {block.value["question"]: block for block in page.questions}
        self.sections = [block.id for block in page.draft]

    def name(self, question):
        return question_field_name(self.questions[question].id)

    def option(self, question, label):
        block = self.questions[question]
        return next(c.id for c in block.value["options"].bound_blocks if c.value == label)

    def section(self, number):
        return section_field_name(self.sections[number - 1])

    def valid_data(self, **extra):
        data = {
            "token": str(uuid.uuid4()),
            self.name("Czy popierasz projekt?"): self.option("Czy popierasz projekt?", "Tak"),
            self.name("Które dzielnice?"): [
                self.option("Które dzielnice?", "Wrzeszcz"),
                self.option("Które dzielnice?", "Oliwa"),
            ],
            self.name("Ocena projektu"): "4",
            self.name("Jedno słowo"): "Dostępność",
            self.section(1): "Punkt w Oliwie byłby bardzo przydatny.",
            "consent": "on",
        }
        data.update(extra)
        return data


@pytest.fixture
def consultation_index(hub):
    return hub["sections"][INDEX]["pl"]


@pytest.fixture
def consultation(consultation_index):
    return build_consultation(consultation_index)


@pytest.fixture
def answering(consultation):
    return Answering(consultation)


def respond_url(page):
    return page.url + page.reverse_subpage("respond")


def reference_from(location):
    match = re.search(r"/receipt/([^/]+)/$", location)
    assert match, location
    return match.group(1)
