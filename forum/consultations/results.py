"""Aggregated results: counts and shares per option, the 1–5 scale, comments per section.

Responses in every language are counted together: they are keyed by block and
list-item ids, which all translations of a consultation share.  One query reads
the answers whatever their number.

The consultation page calls ``public_results`` and passes itself; the responses are
reached through its relation, so this module does not import the models.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .choices import ResponseStatus
from .forms import option_choices

CHOICE_KINDS = {"single_choice", "multiple_choice", "scale"}


@dataclass
class OptionResult:
    label: str
    count: int = 0
    percent: float = 0.0


@dataclass
class QuestionResult:
    number: int
    block_id: str
    kind: str
    question: str
    answered: int = 0
    options: list[OptionResult] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    mean: float | None = None

    @property
    def is_choice(self):
        return self.kind in CHOICE_KINDS


@dataclass
class SectionResult:
    number: int
    block_id: str
    heading: str
    comment_count: int = 0
    comments: list[str] = field(default_factory=list)


@dataclass
class PublishedComment:
    """A comment shown on the consultation page, in the language it was written in."""

    text: str
    language: str


def _percent(count, total):
    return round(100 * count / total, 1) if total else 0.0


def aggregate(page, rows, keep_texts=False):
    """Results of ``page``'s questions from ``rows`` of (answers, comments)."""
    questions = []
    for number, block in enumerate(page.questions, start=1):
        result = QuestionResult(number, block.id, block.block_type, block.value["question"])
        if block.block_type == "scale":
            labels = [(str(n), str(n)) for n in range(1, 6)]
        elif block.block_type in CHOICE_KINDS:
            labels = option_choices(block)
        else:
            labels = []
        counts = {key: 0 for key, _label in labels}
        total = 0
        for answers, _comments in rows:
            value = answers.get(block.id)
            if value in (None, "", []):
                continue
            result.answered += 1
            if block.block_type == "scale":
                counts[str(value)] = counts.get(str(value), 0) + 1
                total += int(value)
            elif block.block_type == "single_choice":
                if value in counts:
                    counts[value] += 1
            elif block.block_type == "multiple_choice":
                for item in value:
                    if item in counts:
                        counts[item] += 1
            elif keep_texts:
                result.texts.append(value)
        result.options = [
            OptionResult(label, counts[key], _percent(counts[key], result.answered))
            for key, label in labels
        ]
        if block.block_type == "scale" and result.answered:
            result.mean = round(total / result.answered, 2)
        questions.append(result)
    sections = []
    for section in page.numbered_sections():
        result = SectionResult(section["number"], section["id"], section["value"]["heading"])
        for _answers, comments in rows:
            text = comments.get(section["id"])
            if text:
                result.comment_count += 1
                if keep_texts:
                    result.comments.append(text)
        sections.append(result)
    return {"response_count": len(rows), "questions": questions, "sections": sections}


def _responses(page):
    """The responses to ``page`` in every language, through the page's relation."""
    return page.responses.model.objects.for_consultation(page)


def editor_results(page):
    rows = list(_responses(page).values_list("answers", "comments"))
    return aggregate(page, rows, keep_texts=True)


def public_results(page, with_results=True):
    """What the page itself shows: the results with the report; published comments."""
    context = {}
    responses = _responses(page)
    if with_results:
        context["results"] = aggregate(page, list(responses.values_list("answers", "comments")))
    if page.show_comments:
        published = responses.filter(status=ResponseStatus.PUBLISHED).order_by("submitted_at")
        by_section = {}
        for comments, language in published.values_list("comments", "language"):
            for section_id, text in comments.items():
                by_section.setdefault(section_id, []).append(PublishedComment(text, language))
        context["published_comments"] = by_section
    return context
