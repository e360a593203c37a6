"""Views outside the page tree: errors, robots.txt, the admin login hand-off."""

from urllib.parse import urlencode

from django.http import HttpResponseServerError
from django.shortcuts import redirect, render
from django.template import loader
from django.templatetags.static import static
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from django.views.generic import RedirectView

from hub.addresses import absolute_url


def page_not_found(request, exception=None):
    return render(request, "404.html", status=404)


def server_error(request):
    # A standalone template: no database, no context processors.
    return HttpResponseServerError(loader.get_template("500.html").render())


@require_GET
@cache_control(max_age=60 * 60)
def robots_txt(request):
    return render(
        request,
        "hub/robots.txt",
        {"sitemap_url": absolute_url(reverse("sitemap"))},
        content_type="text/plain; charset=utf-8",
    )


def favicon(request):
    return redirect(static("hub/favicon.svg"), permanent=True)


class AdminLoginRedirect(RedirectView):
    """Wagtail's password-only login is replaced by allauth's (rate limits, MFA)."""

    permanent = False

    def get_redirect_url(self, *args, **kwargs):
        url = reverse("account_login")
        next_url = self.request.GET.get("next") or reverse("wagtailadmin_home")
        return f"{url}?{urlencode({'next': next_url})}"
