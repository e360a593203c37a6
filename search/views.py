"""The one search page: live, public pages of the reader's language."""

from django.shortcuts import render
from wagtail.models import Locale, Page

from hub.pagination import paginate

RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    page_obj = None
    if query:
        results = (
            Page.objects.live().public().filter(locale=Locale.get_active()).specific().search(query)
        )
        page_obj = paginate(request, results, RESULTS_PER_PAGE)
    return render(request, "search/search.html", {"query": query, "page_obj": page_obj})
