"""The public pages a test walks: every URL of the sitemap, plus views it does not list."""

import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def public_paths(client):
    """Every path of the sitemap (so every page type every app adds), search, sign-in, a 404."""
    root = ET.fromstring(client.get("/sitemap.xml").content)
    paths = [urlsplit(loc.text).path for loc in root.findall("s:url/s:loc", NS)]
    return paths + ["/pl/search/?q=forum", "/uk/accounts/login/", "/en/no-such-page/"]
