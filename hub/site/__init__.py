"""The site shell: what only the whole site has.

URL conf, home page, sitemap, error pages, health, the search and accounts wiring
(and the coming portal). It sits on top of every other layer (foundations in
``hub``, content apps, ``search``) and nothing below imports it. Its models keep
the ``hub`` app label.
"""
