"""The Model's 11 thematic areas in the three languages (DOMAIN.md)."""

AREAS = [
    ("school-education", "Edukacja szkolna", "School education", "Шкільна освіта"),
    ("higher-education", "Edukacja wyższa", "Higher education", "Вища освіта"),
    ("work", "Praca i zatrudnienie", "Work and employment", "Праця та зайнятість"),
    ("culture", "Kultura", "Culture", "Культура"),
    ("social-assistance", "Pomoc społeczna", "Social assistance", "Соціальна допомога"),
    ("health", "Zdrowie", "Health", "Здоров'я"),
    ("housing", "Mieszkalnictwo", "Housing", "Житло"),
    ("sport", "Sport", "Sport", "Спорт"),
    (
        "violence-discrimination",
        "Przemoc i dyskryminacja",
        "Violence and discrimination",
        "Насильство та дискримінація",
    ),
    ("local-communities", "Społeczności lokalne", "Local communities", "Місцеві громади"),
    (
        "social-communication",
        "Komunikacja społeczna",
        "Social communication",
        "Суспільна комунікація",
    ),
]
