"""The site shell: what only the whole site has (URL wiring, health, accounts, portal)."""
