"""Every public page is ready for a strict Content-Security-Policy.

No inline scripts (JSON-LD data blocks are data, not script), no style
attributes or <style> elements, and no assets from other hosts.  The test
walks the sitemap, so it covers every page type every app adds.
"""

from urllib.parse import urlsplit

from bs4 import BeautifulSoup

from tests.public_pages import public_paths

DATA_SCRIPT_TYPES = {"application/ld+json", "application/json"}


def problems_in(html):
    found = []
    for script in html.find_all("script"):
        if script.get("src"):
            if urlsplit(script["src"]).netloc:
                found.append(f"external script {script['src']}")
        elif script.get("type") not in DATA_SCRIPT_TYPES:
            found.append("inline <script>")
    if html.find("style"):
        found.append("<style> element")
    for element in html.find_all(style=True):
        found.append(f"style attribute on <{element.name}>")
    for link in html.find_all("link", href=True):
        rel = set(link.get("rel") or [])
        if rel & {"stylesheet", "icon", "preload"} and urlsplit(link["href"]).netloc:
            found.append(f"external {','.join(rel)} {link['href']}")
    for image in html.find_all("img", src=True):
        if urlsplit(image["src"]).netloc:
            found.append(f"external image {image['src']}")
    return found


def test_public_pages_have_no_inline_code_or_external_assets(client, hub):
    failures = {}
    paths = public_paths(client)
    assert len(paths) > 10
    for path in paths:
        response = client.get(path)
        problems = problems_in(BeautifulSoup(response.content, "html.parser"))
        if response.status_code != 200 and "no-such-page" not in path:
            problems.append(f"answered {response.status_code}")
        if problems:
            failures[path] = problems
    assert not failures, failures


def test_the_check_catches_what_a_strict_policy_would_block():
    html = BeautifulSoup(
        '<script>alert(1)</script><script type="application/ld+json">{}</script>'
        '<p style="color:red">x</p><link rel="stylesheet" href="https://cdn.example/x.css">'
        '<img src="https://cdn.example/x.png" alt="">',
        "html.parser",
    )
    assert problems_in(html) == [
        "inline <script>",
        "style attribute on <p>",
        "external stylesheet https://cdn.example/x.css",
        "external image https://cdn.example/x.png",
    ]
