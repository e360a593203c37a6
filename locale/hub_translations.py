#!/usr/bin/env python
"""Re-applicable translations for the hub's own interface strings (pl, uk; en header only).

Usage (from /work/main, after `manage.py makemessages -l pl -l uk -l en ...`):
    .venv/bin/python locale/hub_translations.py
Fills every msgstr it knows, drops "#, fuzzy", sets the Language header, checks
placeholders, and lists any msgid it has no translation for (exit code 1 then).
Add new strings to PL / UK (plural entries: tuple of forms, one per Plural-Forms index),
or, for an app's own strings, to PL / UK dicts in ``locale/strings_<app>.py``.
"""

import re
import sys
from pathlib import Path

import polib

LOCALE = Path(__file__).resolve().parent

PL = {
    "Immigrants' Council": "Rada Imigrantów i Imigrantek",
    "Calendar": "Kalendarz",
    "The Forum": "Forum",
    "Hub foundations": "Podstawy serwisu",
    "Heading": "Nagłówek",
    "Level": "Poziom",
    "Section heading": "Nagłówek sekcji",
    "Subsection heading": "Nagłówek podsekcji",
    "A heading that starts a section of the page.": "Nagłówek rozpoczynający sekcję strony.",
    "Text": "Tekst",
    "Paragraphs of text with links and lists.": "Akapity tekstu z linkami i listami.",
    "Image": "Obraz",
    "Alternative text": "Tekst alternatywny",
    "Describe what the image shows for people who cannot see it.": "Opisz, co przedstawia obraz – dla osób, które go nie widzą.",
    "Caption": "Podpis",
    "An image with required alternative text and an optional caption.": "Obraz z wymaganym tekstem alternatywnym i opcjonalnym podpisem.",
    "Document": "Dokument",
    "Documents": "Dokumenty",
    "A list of downloadable documents with their type and size.": "Lista dokumentów do pobrania wraz z ich typem i rozmiarem.",
    "Page": "Strona",
    "or address": "lub adres",
    "Button label": "Etykieta przycisku",
    "Call to action": "Wezwanie do działania",
    "A short sentence with one prominent link.": "Krótkie zdanie z jednym wyróżnionym linkiem.",
    "Choose a page or enter an address.": "Wybierz stronę lub wpisz adres.",
    "Question or title": "Pytanie lub tytuł",
    "Answer": "Odpowiedź",
    "Items": "Elementy",
    "Questions and answers": "Pytania i odpowiedzi",
    "Expandable questions and answers (works without JavaScript).": "Rozwijane pytania i odpowiedzi (działają bez JavaScriptu).",
    "Says what the table shows; read out by screen readers.": "Informuje, co przedstawia tabela; odczytywany przez czytniki ekranu.",
    "Table": "Tabela",
    "A data table with a caption and a header row.": "Tabela danych z podpisem i wierszem nagłówka.",
    "Address of the video or map": "Adres filmu lub mapy",
    "Title": "Tytuł",
    "Names the embedded content for screen readers.": "Nazwa osadzonej treści dla czytników ekranu.",
    "Embedded media": "Osadzone multimedia",
    "A video or map from an external service, with a title.": "Film lub mapa z zewnętrznego serwisu, z tytułem.",
    "Body": "Treść",
    "%(site)s: news": "%(site)s: aktualności",
    "Forum for Integration and Migration": "Forum Integracji i Migracji",
    "Set up two-factor authentication before using the administration area.": "Przed skorzystaniem z panelu administracyjnego skonfiguruj uwierzytelnianie dwuskładnikowe.",
    "code": "kod",
    "Stable identifier shared by all translations, e.g. 'health'.": "Stały identyfikator wspólny dla wszystkich tłumaczeń, np. „health”.",
    "name": "nazwa",
    "description": "opis",
    "order": "kolejność",
    "thematic area": "obszar tematyczny",
    "thematic areas": "obszary tematyczne",
    "share image": "obraz do udostępniania",
    "Shown when the page is shared on social media.": "Wyświetlany, gdy strona jest udostępniana w mediach społecznościowych.",
    "listing summary": "streszczenie na listach",
    "One or two sentences shown in lists; the meta description if that is empty.": "Jedno lub dwa zdania wyświetlane na listach; służą też jako opis meta, jeśli ten jest pusty.",
    "Common page configuration": "Wspólne ustawienia strony",
    "Lists and sharing": "Listy i udostępnianie",
    "credit": "autorstwo",
    "Author or source, shown under the image where it is credited.": "Autor lub źródło, podawane pod obrazem tam, gdzie wskazuje się autorstwo.",
    "image": "obraz",
    "images": "obrazy",
    "language": "język",
    "Language of the document's text, if it has one.": "Język tekstu dokumentu, jeśli dokument zawiera tekst.",
    "extracted text": "wyodrębniony tekst",
    "Plain text taken from the file, used by search.": "Czysty tekst pobrany z pliku, używany przez wyszukiwarkę.",
    "text extracted at": "data wyodrębnienia tekstu",
    "document": "dokument",
    "documents": "dokumenty",
    "introduction": "wstęp",
    "news index": "lista aktualności",
    "publication date": "data publikacji",
    "Shown on the page and used to order the news.": "Wyświetlana na stronie i używana do ustalania kolejności aktualności.",
    "lead": "lead",
    "One or two sentences that open the story.": "Jedno lub dwa zdania otwierające tekst.",
    "lead image": "zdjęcie główne",
    "body": "treść",
    "Opening": "Początek artykułu",
    "Thematic areas": "Obszary tematyczne",
    "news page": "aktualność",
    "news pages": "aktualności",
    "One sentence under the site name saying what the hub is for.": "Jedno zdanie pod nazwą serwisu wyjaśniające, czemu on służy.",
    "welcome text": "tekst powitalny",
    "featured page": "wyróżniona strona",
    "Welcome": "Powitanie",
    "home page": "strona główna",
    "standard page": "strona standardowa",
    "contact e-mail": "e-mail kontaktowy",
    "contact phone": "telefon kontaktowy",
    "postal address": "adres pocztowy",
    "privacy page": "strona polityki prywatności",
    "Linked in the footer, in the reader's language where translated.": "Link w stopce – w języku czytelnika, jeśli strona ma tłumaczenie.",
    "accessibility statement": "deklaracja dostępności",
    "Facebook": "Facebook",
    "Instagram": "Instagram",
    "YouTube": "YouTube",
    "LinkedIn": "LinkedIn",
    "Contact": "Kontakt",
    "Footer pages": "Strony w stopce",
    "Social media": "Media społecznościowe",
    "site settings": "ustawienia serwisu",
    "Information": "Informacja",
    "Warning": "Ostrzeżenie",
    "Urgent": "Pilne",
    "message": "komunikat",
    "level": "poziom",
    "read more on": "więcej informacji na stronie",
    "shown": "wyświetlany",
    "show from": "wyświetlaj od",
    "show until": "wyświetlaj do",
    "alert banner": "baner z komunikatem",
    "alert banners": "banery z komunikatami",
    "The end must come after the start.": "Data zakończenia musi być późniejsza niż data rozpoczęcia.",
    "Alert banners": "Banery z komunikatami",
    "Site data": "Dane serwisu",
    "Search": "Szukaj",
    "Page not found": "Nie znaleziono strony",
    "This page does not exist in this language, or its address has changed.": "Ta strona nie istnieje w tym języku albo zmienił się jej adres.",
    "Go to the home page": "Przejdź do strony głównej",
    "Search the site": "Szukaj w serwisie",
    "Something went wrong": "Coś poszło nie tak",
    "The site could not show this page. Please try again in a few minutes.": "Nie udało się wyświetlić tej strony. Spróbuj ponownie za kilka minut.",
    "Skip to main content": "Przejdź do treści głównej",
    "Open on the original site": "Otwórz w serwisie źródłowym",
    "Read more": "Czytaj więcej",
    "Breadcrumbs": "Ścieżka nawigacji",
    "Social Development Department, City of Gdańsk": "Wydział Rozwoju Społecznego Urzędu Miejskiego w Gdańsku",
    "E-mail": "E-mail",
    "Phone": "Telefon",
    "About this site": "O serwisie",
    "Privacy": "Prywatność",
    "Accessibility statement": "Deklaracja dostępności",
    "Site map (XML)": "Mapa serwisu (XML)",
    "Sign out": "Wyloguj się",
    "Sign in (member organisations and staff)": "Zaloguj się (organizacje członkowskie i pracownicy)",
    "Follow us": "Obserwuj nas",
    "Gdańsk": "Gdańsk",
    "Main menu": "Menu główne",
    "Language": "Język",
    "(this page is not translated: home page)": "(brak tłumaczenia tej strony: strona główna)",
    "Pages": "Strony",
    "Previous": "Poprzednia",
    "Page %(number)s of %(total)s": "Strona %(number)s z %(total)s",
    "Next": "Następna",
    "Latest news": "Najnowsze aktualności",
    "News feed": "Kanał aktualności",
    "Thematic area": "Obszar tematyczny",
    "All areas": "Wszystkie obszary",
    "Show": "Pokaż",
    "Subscribe to the news feed (Atom)": "Subskrybuj kanał aktualności (Atom)",
    "There is no news here yet.": "Nie ma tu jeszcze żadnych aktualności.",
    "Published": "Opublikowano",
    "Search results for “%(query)s”": "Wyniki wyszukiwania dla „%(query)s”",
    "What are you looking for?": "Czego szukasz?",
    # Plural: Django's pl Plural-Forms has 4 forms: 1 / 2-4 / 5+ (and 0, 12-14) / fractions.
    "%(counter)s result": (
        "%(counter)s wynik",
        "%(counter)s wyniki",
        "%(counter)s wyników",
        "%(counter)s wyniku",
    ),
    "Nothing matched your search. Try other words or check the spelling.": "Nie znaleziono pasujących wyników. Spróbuj użyć innych słów lub sprawdź pisownię.",
}

UK = {
    "Immigrants' Council": "Рада іммігрантів та іммігранток",
    "Calendar": "Календар",
    "The Forum": "Форум",
    "Hub foundations": "Основи сайту",
    "Heading": "Заголовок",
    "Level": "Рівень",
    "Section heading": "Заголовок розділу",
    "Subsection heading": "Заголовок підрозділу",
    "A heading that starts a section of the page.": "Заголовок, з якого починається розділ сторінки.",
    "Text": "Текст",
    "Paragraphs of text with links and lists.": "Абзаци тексту з посиланнями та списками.",
    "Image": "Зображення",
    "Alternative text": "Альтернативний текст",
    "Describe what the image shows for people who cannot see it.": "Опишіть, що зображено, для людей, які не бачать зображення.",
    "Caption": "Підпис",
    "An image with required alternative text and an optional caption.": "Зображення з обов’язковим альтернативним текстом і необов’язковим підписом.",
    "Document": "Документ",
    "Documents": "Документи",
    "A list of downloadable documents with their type and size.": "Список документів для завантаження із зазначенням їхнього типу та розміру.",
    "Page": "Сторінка",
    "or address": "або адреса",
    "Button label": "Напис на кнопці",
    "Call to action": "Заклик до дії",
    "A short sentence with one prominent link.": "Коротке речення з одним помітним посиланням.",
    "Choose a page or enter an address.": "Виберіть сторінку або введіть адресу.",
    "Question or title": "Запитання або заголовок",
    "Answer": "Відповідь",
    "Items": "Елементи",
    "Questions and answers": "Запитання та відповіді",
    "Expandable questions and answers (works without JavaScript).": "Розгортувані запитання та відповіді (працюють без JavaScript).",
    "Says what the table shows; read out by screen readers.": "Пояснює, що показує таблиця; його зачитують програми зчитування з екрана.",
    "Table": "Таблиця",
    "A data table with a caption and a header row.": "Таблиця даних із підписом і рядком заголовків.",
    "Address of the video or map": "Адреса відео або карти",
    "Title": "Назва",
    "Names the embedded content for screen readers.": "Назва вбудованого вмісту для програм зчитування з екрана.",
    "Embedded media": "Вбудовані медіа",
    "A video or map from an external service, with a title.": "Відео або карта із зовнішнього сервісу, з назвою.",
    "Body": "Вміст",
    "%(site)s: news": "%(site)s: новини",
    "Forum for Integration and Migration": "Форум інтеграції та міграції",
    "Set up two-factor authentication before using the administration area.": "Перш ніж користуватися панеллю адміністрування, налаштуйте двофакторну автентифікацію.",
    "code": "код",
    "Stable identifier shared by all translations, e.g. 'health'.": "Незмінний ідентифікатор, спільний для всіх перекладів, напр. «health».",
    "name": "назва",
    "description": "опис",
    "order": "порядок",
    "thematic area": "тематичний напрям",
    "thematic areas": "тематичні напрями",
    "share image": "зображення для поширення",
    "Shown when the page is shared on social media.": "Показується, коли сторінкою діляться в соціальних мережах.",
    "listing summary": "короткий опис у списках",
    "One or two sentences shown in lists; the meta description if that is empty.": "Одне-два речення, які показуються у списках; також слугують метаописом, якщо той порожній.",
    "Common page configuration": "Загальні налаштування сторінки",
    "Lists and sharing": "Списки та поширення",
    "credit": "авторство",
    "Author or source, shown under the image where it is credited.": "Автор або джерело; показується під зображенням там, де зазначається авторство.",
    "image": "зображення",
    "images": "зображення",
    "language": "мова",
    "Language of the document's text, if it has one.": "Мова тексту документа, якщо документ містить текст.",
    "extracted text": "видобутий текст",
    "Plain text taken from the file, used by search.": "Простий текст, отриманий із файлу; використовується для пошуку.",
    "text extracted at": "дата видобування тексту",
    "document": "документ",
    "documents": "документи",
    "introduction": "вступ",
    "news index": "список новин",
    "publication date": "дата публікації",
    "Shown on the page and used to order the news.": "Показується на сторінці й використовується для впорядкування новин.",
    "lead": "вступний абзац",
    "One or two sentences that open the story.": "Одне-два речення, якими починається матеріал.",
    "lead image": "головне зображення",
    "body": "вміст",
    "Opening": "Початок матеріалу",
    "Thematic areas": "Тематичні напрями",
    "news page": "новина",
    "news pages": "новини",
    "One sentence under the site name saying what the hub is for.": "Одне речення під назвою сайту, яке пояснює, для чого він призначений.",
    "welcome text": "вітальний текст",
    "featured page": "рекомендована сторінка",
    "Welcome": "Вітання",
    "home page": "головна сторінка",
    "standard page": "звичайна сторінка",
    "contact e-mail": "контактна електронна адреса",
    "contact phone": "контактний телефон",
    "postal address": "поштова адреса",
    "privacy page": "сторінка політики конфіденційності",
    "Linked in the footer, in the reader's language where translated.": "Посилання внизу сайту — мовою читача, якщо є переклад.",
    "accessibility statement": "декларація доступності",
    "Facebook": "Facebook",
    "Instagram": "Instagram",
    "YouTube": "YouTube",
    "LinkedIn": "LinkedIn",
    "Contact": "Контакти",
    "Footer pages": "Сторінки внизу сайту",
    "Social media": "Соціальні мережі",
    "site settings": "налаштування сайту",
    "Information": "Інформація",
    "Warning": "Попередження",
    "Urgent": "Терміново",
    "message": "повідомлення",
    "level": "рівень",
    "read more on": "докладніше на сторінці",
    "shown": "показується",
    "show from": "показувати з",
    "show until": "показувати до",
    "alert banner": "банер із повідомленням",
    "alert banners": "банери з повідомленнями",
    "The end must come after the start.": "Дата завершення має бути пізнішою за дату початку.",
    "Alert banners": "Банери з повідомленнями",
    "Site data": "Дані сайту",
    "Search": "Пошук",
    "Page not found": "Сторінку не знайдено",
    "This page does not exist in this language, or its address has changed.": "Цієї сторінки немає цією мовою, або її адреса змінилася.",
    "Go to the home page": "Перейти на головну сторінку",
    "Search the site": "Пошук на сайті",
    "Something went wrong": "Щось пішло не так",
    "The site could not show this page. Please try again in a few minutes.": "Не вдалося показати цю сторінку. Будь ласка, спробуйте ще раз за кілька хвилин.",
    "Skip to main content": "Перейти до основного вмісту",
    "Open on the original site": "Відкрити на сайті-джерелі",
    "Read more": "Докладніше",
    "Breadcrumbs": "Навігаційний ланцюжок",
    "Social Development Department, City of Gdańsk": "Відділ соціального розвитку Мерії Гданська",
    "E-mail": "Електронна пошта",
    "Phone": "Телефон",
    "About this site": "Про сайт",
    "Privacy": "Конфіденційність",
    "Accessibility statement": "Декларація доступності",
    "Site map (XML)": "Карта сайту (XML)",
    "Sign out": "Вийти",
    "Sign in (member organisations and staff)": "Увійти (для організацій-членів і працівників)",
    "Follow us": "Стежте за нами",
    "Gdańsk": "Гданськ",
    "Main menu": "Головне меню",
    "Language": "Мова",
    "(this page is not translated: home page)": "(ця сторінка не перекладена: головна сторінка)",
    "Pages": "Сторінки",
    "Previous": "Попередня",
    "Page %(number)s of %(total)s": "Сторінка %(number)s з %(total)s",
    "Next": "Наступна",
    "Latest news": "Останні новини",
    "News feed": "Стрічка новин",
    "Thematic area": "Тематичний напрям",
    "All areas": "Усі напрями",
    "Show": "Показати",
    "Subscribe to the news feed (Atom)": "Підписатися на стрічку новин (Atom)",
    "There is no news here yet.": "Тут ще немає новин.",
    "Published": "Опубліковано",
    "Search results for “%(query)s”": "Результати пошуку за запитом «%(query)s»",
    "What are you looking for?": "Що ви шукаєте?",
    # Plural: Django's uk Plural-Forms has 4 forms: 1, 21.. / 2-4 / 0, 5-20.. / fractions.
    "%(counter)s result": (
        "%(counter)s результат",
        "%(counter)s результати",
        "%(counter)s результатів",
        "%(counter)s результату",
    ),
    "Nothing matched your search. Try other words or check the spelling.": "За вашим запитом нічого не знайдено. Спробуйте інші слова або перевірте правопис.",
}

PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\{\s*\w+\s*\}\}|\{\w*\}")


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text))


def nplurals(po):
    m = re.search(r"nplurals\s*=\s*(\d+)", po.metadata.get("Plural-Forms", ""))
    return int(m.group(1)) if m else 2


def fix_header(po, lang):
    po.metadata_is_fuzzy = False
    po.metadata["Language"] = lang
    po.metadata["Project-Id-Version"] = "hub"
    po.metadata["Content-Type"] = "text/plain; charset=UTF-8"


def apply(lang, table):
    path = LOCALE / lang / "LC_MESSAGES" / "django.po"
    po = polib.pofile(str(path), wrapwidth=79)
    fix_header(po, lang)
    n = nplurals(po)
    missing, problems = [], []
    for entry in po:
        if entry.obsolete:
            continue
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
        entry.previous_msgid = entry.previous_msgid_plural = entry.previous_msgctxt = None
        key = entry.msgid if entry.msgctxt is None else (entry.msgctxt, entry.msgid)
        value = table.get(key)
        if value is None:
            missing.append(entry.msgid)
            continue
        if entry.msgid_plural:
            forms = [value] if isinstance(value, str) else list(value)
            if len(forms) < n:
                forms += [forms[-1]] * (n - len(forms))
                problems.append(f"{lang}: padded plural forms for {entry.msgid!r}")
            entry.msgstr_plural = {i: forms[i] for i in range(n)}
            for f in entry.msgstr_plural.values():
                if placeholders(f) != placeholders(entry.msgid_plural) and placeholders(
                    f
                ) != placeholders(entry.msgid):
                    problems.append(f"{lang}: placeholder mismatch in {entry.msgid!r}: {f!r}")
        else:
            entry.msgstr = value
            if placeholders(value) != placeholders(entry.msgid):
                problems.append(f"{lang}: placeholder mismatch in {entry.msgid!r}: {value!r}")
    po.save(str(path))
    return missing, problems


def fix_en():
    path = LOCALE / "en" / "LC_MESSAGES" / "django.po"
    po = polib.pofile(str(path), wrapwidth=79)
    fix_header(po, "en")
    for entry in po:
        if "fuzzy" in entry.flags:
            entry.flags.remove("fuzzy")
    po.save(str(path))


def merge_app_strings():
    """Add the PL and UK tables of every ``locale/strings_<app>.py`` module."""
    import importlib.util

    for path in sorted(LOCALE.glob("strings_*.py")):
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        PL.update(getattr(module, "PL", {}))
        UK.update(getattr(module, "UK", {}))


def main():
    merge_app_strings()
    ok = True
    for lang, table in (("pl", PL), ("uk", UK)):
        missing, problems = apply(lang, table)
        for p in problems:
            print(p)
        if missing:
            ok = False
            print(f"{lang}: {len(missing)} msgid(s) without a translation here:")
            for m in missing:
                print("   ", repr(m))
        if any("mismatch" in p for p in problems):
            ok = False
    fix_en()
    # Summary
    for lang in ("pl", "uk", "en"):
        po = polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))
        active = [e for e in po if not e.obsolete]
        print(
            f"{lang}: {len(active)} entries, translated={len(po.translated_entries())}, "
            f"untranslated={len(po.untranslated_entries())}, fuzzy={len(po.fuzzy_entries())}, "
            f"header fuzzy={po.metadata_is_fuzzy}"
        )
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
