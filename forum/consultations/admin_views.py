"""Editors' views: results of each consultation, and the CSV and JSON exports."""

from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.menu import MenuItem
from wagtail.admin.viewsets.base import ViewSet

from .exports import responses_csv, responses_json
from .models import ConsultationPage, Response
from .results import editor_results

PERMISSION = "consultations.view_response"


def _consultation(request, pk):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    return get_object_or_404(ConsultationPage, pk=pk)


def index(request):
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    pages = list(ConsultationPage.objects.filter(alias_of__isnull=True).select_related("locale"))
    sources = {}
    for page in pages:
        # One row per consultation, in the default language when it exists.
        current = sources.get(page.translation_key)
        if current is None or page.locale.language_code == "pl":
            sources[page.translation_key] = page
    counts = {}
    for key in Response.objects.values_list("translation_key", flat=True):
        counts[key] = counts.get(key, 0) + 1
    rows = [
        {"page": page, "count": counts.get(key, 0)}
        for key, page in sorted(sources.items(), key=lambda item: item[1].closes_at, reverse=True)
    ]
    return TemplateResponse(
        request,
        "consultations/admin/index.html",
        {"rows": rows, "header_title": _("Consultation results")},
    )


def results(request, pk):
    page = _consultation(request, pk)
    return TemplateResponse(
        request,
        "consultations/admin/results.html",
        {"consultation": page, "results": editor_results(page), "header_title": page.title},
    )


def export_csv(request, pk):
    page = _consultation(request, pk)
    response = HttpResponse(responses_csv(page), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slugify(page.slug)}-responses.csv"'
    return response


def export_json(request, pk):
    page = _consultation(request, pk)
    response = HttpResponse(responses_json(page), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{slugify(page.slug)}-responses.json"'
    return response


class ConsultationResultsViewSet(ViewSet):
    name = "consultation_results"
    icon = "table"
    menu_label = _("Results and exports")
    url_prefix = "consultation-results"

    def get_urlpatterns(self):
        return [
            path("", index, name="index"),
            path("<int:pk>/", results, name="results"),
            path("<int:pk>/csv/", export_csv, name="csv"),
            path("<int:pk>/json/", export_json, name="json"),
        ]

    menu_icon = "table"

    @property
    def menu_url(self):
        return reverse(self.get_url_name("index"))

    @cached_property
    def menu_item_class(self):
        class ResultsMenuItem(MenuItem):
            def is_shown(self, request):
                return request.user.has_perm(PERMISSION)

        return ResultsMenuItem
