"""Exports for editors (CSV that spreadsheets open as UTF-8, and JSON) and for respondents."""

import csv
import io
import json

from hub.spreadsheets import safe_row

from .forms import option_choices
from .models import Response

# Excel and LibreOffice read a CSV as UTF-8 only when it starts with a byte-order mark.
BOM = "\ufeff"


def _columns(page):
    columns = []
    for number, block in enumerate(page.questions, start=1):
        labels = dict(option_choices(block)) if "options" in block.value else {}
        columns.append((f"{number}. {block.value['question']}", "answers", block.id, labels))
    for section in page.numbered_sections():
        heading = f"§{section['number']}. {section['value']['heading']}"
        columns.append((heading, "comments", section["id"], {}))
    return columns


def _cell(value, labels):
    if isinstance(value, list):
        return "; ".join(str(labels.get(item, item)) for item in value)
    if value is None:
        return ""
    return str(labels.get(value, value))


BASE_COLUMNS = [
    "reference",
    "submitted_at",
    "language",
    "status",
    "name",
    "organisation",
    "email",
]


def responses_csv(page) -> str:
    """All responses to ``page`` (every language), labelled in ``page``'s language."""
    columns = _columns(page)
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer)
    writer.writerow(safe_row(BASE_COLUMNS + [title for title, *_rest in columns]))
    for response in Response.objects.for_consultation(page).order_by("submitted_at", "pk"):
        row = [
            response.reference,
            response.submitted_at.isoformat(),
            response.language,
            response.status,
            response.name,
            response.organisation,
            response.email,
        ]
        for _title, source, key, labels in columns:
            row.append(_cell(getattr(response, source).get(key), labels))
        writer.writerow(safe_row(row))
    return buffer.getvalue()


def responses_json(page) -> str:
    columns = _columns(page)
    data = {
        "consultation": page.title,
        "questions": [
            {"id": key, "title": title, "options": labels}
            for title, source, key, labels in columns
            if source == "answers"
        ],
        "sections": [
            {"id": key, "title": title}
            for title, source, key, _l in columns
            if source == "comments"
        ],
        "responses": [
            {
                "reference": r.reference,
                "submitted_at": r.submitted_at.isoformat(),
                "language": r.language,
                "status": r.status,
                "name": r.name,
                "organisation": r.organisation,
                "email": r.email,
                "answers": r.answers,
                "comments": r.comments,
            }
            for r in Response.objects.for_consultation(page).order_by("submitted_at", "pk")
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def respondent_data(email=None, reference=None) -> str:
    """Everything stored about one respondent, found by e-mail or reference number."""
    responses = Response.objects.select_related("page")
    if email:
        responses = responses.filter(email__iexact=email)
    elif reference:
        responses = responses.filter(reference=reference)
    else:
        responses = responses.none()
    return json.dumps(
        [r.personal_data() for r in responses.order_by("submitted_at")],
        ensure_ascii=False,
        indent=2,
    )
