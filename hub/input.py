"""Control characters never reach the views: one middleware cleans every request's input.

PostgreSQL refuses a NUL in a text value, so ``?q=%00`` used to answer 500 from
any view that filtered or searched with it.  Other control characters are
never meant as input either.  ``ControlCharactersMiddleware``, near the top of
``MIDDLEWARE``, replaces ``request.GET``, the form-encoded ``request.POST`` and
``request.COOKIES`` with copies where:

- query parameters and cookies lose every C0 control character and DEL;
- form fields lose the same but keep tab, CR and LF (multi-line text);
- parameter names are cleaned the same way as their values.

A path that carries a control character is not a page of the site: 404.
Invalid UTF-8 escapes are already decoded by Django to U+FFFD, which is kept.
"""

from django.http import Http404, QueryDict

# C0 controls (U+0000–U+001F) and DEL.
CONTROL_CHARACTERS = [*range(0x20), 0x7F]
STRIP_ALL = dict.fromkeys(CONTROL_CHARACTERS)
STRIP_KEEP_LINES = dict.fromkeys(set(CONTROL_CHARACTERS) - {ord("\t"), ord("\r"), ord("\n")})
FORM_CONTENT_TYPES = ("application/x-www-form-urlencoded", "multipart/form-data")


def has_control_characters(value: str) -> bool:
    return value != value.translate(STRIP_ALL)


def cleaned_querydict(data: QueryDict, table) -> QueryDict:
    """A copy of ``data`` with the characters of ``table`` removed from names and values."""
    if not any(
        key != key.translate(table) or any(v != v.translate(table) for v in values)
        for key, values in data.lists()
    ):
        return data
    cleaned = QueryDict(mutable=True, encoding=data.encoding)
    for key, values in data.lists():
        cleaned.setlist(key.translate(table), [value.translate(table) for value in values])
    cleaned._mutable = False
    return cleaned


class ControlCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_control_characters(request.path_info):
            raise Http404
        request.GET = cleaned_querydict(request.GET, STRIP_ALL)
        if request.method == "POST" and request.content_type in FORM_CONTENT_TYPES:
            post = request.POST  # parses the body (files stay in request.FILES)
            request.POST = cleaned_querydict(post, STRIP_KEEP_LINES)
        request.COOKIES = {
            key.translate(STRIP_ALL): value.translate(STRIP_ALL)
            for key, value in request.COOKIES.items()
        }
        return self.get_response(request)
