"""Languages as codes, shown to residents in each language's own name."""

from django.utils.translation import get_language_info


def language_codes(value: str) -> list[str]:
    return [code.strip().lower() for code in (value or "").split(",") if code.strip()]


def language_name(code: str) -> str:
    """The language's own name ("українська", "English"); the code if Django does not know it."""
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return code
