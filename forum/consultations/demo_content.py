# ruff: noqa: E501 - prose in three languages: sentences are not wrapped.
"""Demo consultations in Polish, English and Ukrainian, written for the hub.

Every translatable string is a ``{"pl": …, "en": …, "uk": …}`` dict; the seeder
builds the page from the Polish texts and the translations from the others.
Dates are given relative to the day of seeding (``days``) so that the open
consultation stays open, except for the 2016 consultation of the Model.
"""

WHO_ARE_YOU = {
    "question": {
        "pl": "Kim jesteś?",
        "en": "Who are you?",
        "uk": "Хто ви?",
    },
    "help_text": {
        "pl": "Wybierz odpowiedź, która najlepiej Cię opisuje.",
        "en": "Choose the answer that describes you best.",
        "uk": "Оберіть відповідь, яка найкраще вас описує.",
    },
    "options": [
        {
            "pl": "Mieszkam w Gdańsku i przyjechałem/przyjechałam z innego kraju",
            "en": "I live in Gdańsk and came from another country",
            "uk": "Я живу в Гданську і приїхав/приїхала з іншої країни",
        },
        {
            "pl": "Mieszkam w Gdańsku i jestem z Polski",
            "en": "I live in Gdańsk and I am from Poland",
            "uk": "Я живу в Гданську і я з Польщі",
        },
        {
            "pl": "Pracuję w instytucji lub organizacji",
            "en": "I work in an institution or organisation",
            "uk": "Я працюю в установі чи організації",
        },
        {"pl": "Inna sytuacja", "en": "Something else", "uk": "Інша ситуація"},
    ],
}

OPEN = {
    "key": "open",
    "slug": {
        "pl": "aktualizacja-modelu-2027",
        "en": "model-update-2027",
        "uk": "onovlennia-modeli-2027",
    },
    "title": {
        "pl": "Aktualizacja Modelu Integracji Imigrantów na lata 2027–2028",
        "en": "Updating the Immigrant Integration Model for 2027–2028",
        "uk": "Оновлення Моделі інтеграції іммігрантів на 2027–2028 роки",
    },
    "summary": {
        "pl": "Po ewaluacji Modelu miasto proponuje zmiany w trzech obszarach: informacji, nauce języka i mieszkalnictwie. Przeczytaj projekt i powiedz, co o nim myślisz.",
        "en": "After evaluating the Model, the city proposes changes in three areas: information, language learning and housing. Read the draft and tell us what you think.",
        "uk": "Після оцінювання Моделі місто пропонує зміни у трьох сферах: інформування, вивчення мови та житло. Прочитайте проєкт і скажіть, що ви про нього думаєте.",
    },
    "run_by": {
        "pl": "Wydział Rozwoju Społecznego Urzędu Miejskiego w Gdańsku",
        "en": "Social Development Department, Gdańsk City Hall",
        "uk": "Відділ соціального розвитку Гданської міської ради",
    },
    "opens_days": -14,
    "closes_days": 30,
    "report_days": None,
    "stages": [
        {
            "kind": "open_meeting",
            "days": 7,
            "title": {
                "pl": "Spotkanie otwarte w Urzędzie Miejskim",
                "en": "Open meeting at City Hall",
                "uk": "Відкрита зустріч у міській раді",
            },
            "place": {
                "pl": "Urząd Miejski w Gdańsku, ul. Nowe Ogrody 8/12, sala 101",
                "en": "Gdańsk City Hall, ul. Nowe Ogrody 8/12, room 101",
                "uk": "Гданська міська рада, вул. Нове Огроди 8/12, зала 101",
            },
            "description": {
                "pl": "Przedstawimy projekt zmian i wysłuchamy uwag. Zapewniamy tłumaczenie na ukraiński i angielski.",
                "en": "We will present the draft changes and listen to your remarks. Interpreting into Ukrainian and English is provided.",
                "uk": "Ми представимо проєкт змін і вислухаємо ваші зауваження. Буде усний переклад українською та англійською.",
            },
        },
        {
            "kind": "online_form",
            "days": -14,
            "end_days": 30,
            "title": {"pl": "Formularz online", "en": "Online form", "uk": "Онлайн-форма"},
            "place": {"pl": "Na tej stronie", "en": "On this page", "uk": "На цій сторінці"},
            "description": {
                "pl": "Odpowiedz na pytania i skomentuj każdą część projektu, po polsku, ukraińsku lub angielsku.",
                "en": "Answer the questions and comment on each part of the draft, in Polish, Ukrainian or English.",
                "uk": "Дайте відповіді на запитання та прокоментуйте кожну частину проєкту польською, українською чи англійською.",
            },
        },
    ],
    "draft": [
        {
            "heading": {
                "pl": "Jedno miejsce informacji",
                "en": "One place for information",
                "uk": "Одне місце для інформації",
            },
            "text": [
                {
                    "pl": "Punkt Obsługi Imigrantów w Urzędzie Miejskim będzie czynny także w dwa wieczory w tygodniu i w jedną sobotę w miesiącu.",
                    "en": "The Immigrant Service Point at City Hall will also open on two evenings a week and one Saturday a month.",
                    "uk": "Пункт обслуговування іммігрантів у міській раді працюватиме також два вечори на тиждень і одну суботу на місяць.",
                },
                {
                    "pl": "Najważniejsze informacje o pobycie, pracy i szkole będą dostępne w jednym miejscu w serwisie, po polsku, ukraińsku i angielsku.",
                    "en": "Key information on residence, work and school will be available in one place on the website, in Polish, Ukrainian and English.",
                    "uk": "Найважливіша інформація про перебування, роботу та школу буде в одному місці на сайті польською, українською та англійською.",
                },
            ],
        },
        {
            "heading": {
                "pl": "Nauka języka polskiego",
                "en": "Learning Polish",
                "uk": "Вивчення польської мови",
            },
            "text": [
                {
                    "pl": "Bezpłatne kursy języka polskiego obejmą także poziom zaawansowany oraz kursy dla rodziców z opieką nad dziećmi w czasie zajęć.",
                    "en": "Free Polish courses will also cover the advanced level, and courses for parents will offer childcare during classes.",
                    "uk": "Безкоштовні курси польської мови охоплять і просунутий рівень, а курси для батьків матимуть догляд за дітьми під час занять.",
                },
            ],
        },
        {
            "heading": {"pl": "Mieszkalnictwo", "en": "Housing", "uk": "Житло"},
            "text": [
                {
                    "pl": "Miasto wesprze organizacje, które pomagają imigrantom w wynajmie mieszkań i pośredniczą w rozmowach z właścicielami.",
                    "en": "The city will support organisations that help immigrants rent flats and mediate with landlords.",
                    "uk": "Місто підтримає організації, які допомагають іммігрантам орендувати житло та посередничають у розмовах із власниками.",
                },
            ],
        },
    ],
    "questions": [
        {"type": "single_choice", "required": True, **WHO_ARE_YOU},
        {
            "type": "scale",
            "required": True,
            "question": {
                "pl": "Jak oceniasz projekt zmian jako całość?",
                "en": "How do you rate the draft changes as a whole?",
                "uk": "Як ви оцінюєте проєкт змін загалом?",
            },
            "help_text": {
                "pl": "Zaznacz jedną liczbę.",
                "en": "Choose one number.",
                "uk": "Оберіть одне число.",
            },
            "low_label": {"pl": "bardzo źle", "en": "very poor", "uk": "дуже погано"},
            "high_label": {"pl": "bardzo dobrze", "en": "very good", "uk": "дуже добре"},
        },
        {
            "type": "multiple_choice",
            "required": False,
            "question": {
                "pl": "Które zmiany są dla Ciebie najważniejsze?",
                "en": "Which changes matter most to you?",
                "uk": "Які зміни для вас найважливіші?",
            },
            "help_text": {
                "pl": "Możesz wybrać kilka.",
                "en": "You may choose several.",
                "uk": "Можна обрати кілька.",
            },
            "options": [
                {
                    "pl": "Dłuższe godziny Punktu Obsługi Imigrantów",
                    "en": "Longer opening hours of the Immigrant Service Point",
                    "uk": "Довший час роботи Пункту обслуговування іммігрантів",
                },
                {
                    "pl": "Informacje w trzech językach w jednym miejscu",
                    "en": "Information in three languages in one place",
                    "uk": "Інформація трьома мовами в одному місці",
                },
                {
                    "pl": "Zaawansowane kursy polskiego",
                    "en": "Advanced Polish courses",
                    "uk": "Курси польської просунутого рівня",
                },
                {
                    "pl": "Opieka nad dziećmi w czasie kursów",
                    "en": "Childcare during courses",
                    "uk": "Догляд за дітьми під час курсів",
                },
                {
                    "pl": "Pomoc w wynajmie mieszkania",
                    "en": "Help with renting a flat",
                    "uk": "Допомога з орендою житла",
                },
            ],
        },
        {
            "type": "short_text",
            "required": False,
            "question": {
                "pl": "Czego brakuje w projekcie?",
                "en": "What is missing from the draft?",
                "uk": "Чого бракує в проєкті?",
            },
            "help_text": {
                "pl": "Jedno zdanie wystarczy.",
                "en": "One sentence is enough.",
                "uk": "Досить одного речення.",
            },
        },
        {
            "type": "long_text",
            "required": False,
            "question": {"pl": "Inne uwagi", "en": "Other remarks", "uk": "Інші зауваження"},
            "help_text": {
                "pl": "Napisz wszystko, co chcesz przekazać zespołowi.",
                "en": "Write anything you want the team to know.",
                "uk": "Напишіть усе, що хочете передати команді.",
            },
        },
    ],
    "responses": (120, 12),
}

CLOSED = {
    "key": "closed",
    "slug": {
        "pl": "standardy-obslugi-cudzoziemcow",
        "en": "standards-for-serving-foreigners",
        "uk": "standarty-obsluhovuvannia-inozemtsiv",
    },
    "title": {
        "pl": "Standardy obsługi cudzoziemców w instytucjach miejskich",
        "en": "Standards for serving foreign residents in city institutions",
        "uk": "Стандарти обслуговування іноземців у міських установах",
    },
    "summary": {
        "pl": "Jak urzędy, szkoły i ośrodki pomocy powinny obsługiwać mieszkańców, którzy dopiero uczą się polskiego? Zebraliśmy uwagi do projektu standardów.",
        "en": "How should offices, schools and welfare centres serve residents who are still learning Polish? We gathered remarks on draft standards.",
        "uk": "Як установи, школи та центри допомоги мають обслуговувати мешканців, які ще вивчають польську? Ми зібрали зауваження до проєкту стандартів.",
    },
    "run_by": {
        "pl": "Grupa Zarządzająca Modelu Integracji Imigrantów",
        "en": "Management Group of the Immigrant Integration Model",
        "uk": "Управлінська група Моделі інтеграції іммігрантів",
    },
    "opens_days": -50,
    "closes_days": -10,
    "report_days": None,
    "stages": [
        {
            "kind": "online_form",
            "days": -50,
            "end_days": -10,
            "title": {"pl": "Formularz online", "en": "Online form", "uk": "Онлайн-форма"},
            "place": {"pl": "Na tej stronie", "en": "On this page", "uk": "На цій сторінці"},
            "description": {
                "pl": "Przyjmowaliśmy odpowiedzi w trzech językach.",
                "en": "We accepted responses in three languages.",
                "uk": "Ми приймали відповіді трьома мовами.",
            },
        },
    ],
    "draft": [
        {
            "heading": {
                "pl": "Tłumaczenie i pomoc językowa",
                "en": "Interpreting and language help",
                "uk": "Переклад і мовна допомога",
            },
            "text": [
                {
                    "pl": "Każda instytucja miejska zapewnia bezpłatne tłumaczenie rozmowy, gdy mieszkaniec o to poprosi, także przez telefon lub wideo.",
                    "en": "Every city institution provides free interpreting of a conversation when a resident asks for it, also by phone or video.",
                    "uk": "Кожна міська установа безкоштовно забезпечує переклад розмови на прохання мешканця, також телефоном або відео.",
                },
            ],
        },
        {
            "heading": {
                "pl": "Szkolenia pracowników",
                "en": "Staff training",
                "uk": "Навчання працівників",
            },
            "text": [
                {
                    "pl": "Pracownicy obsługujący mieszkańców przechodzą co dwa lata szkolenie z komunikacji międzykulturowej i przeciwdziałania dyskryminacji.",
                    "en": "Staff who serve residents take training in intercultural communication and preventing discrimination every two years.",
                    "uk": "Працівники, які обслуговують мешканців, раз на два роки проходять навчання з міжкультурної комунікації та протидії дискримінації.",
                },
            ],
        },
        {
            "heading": {
                "pl": "Zgłaszanie problemów",
                "en": "Reporting problems",
                "uk": "Повідомлення про проблеми",
            },
            "text": [
                {
                    "pl": "Każdy może zgłosić złe potraktowanie w dowolnym języku; odpowiedź otrzyma w ciągu 30 dni.",
                    "en": "Anyone can report poor treatment in any language and will receive an answer within 30 days.",
                    "uk": "Кожен може повідомити про погане ставлення будь-якою мовою і отримає відповідь протягом 30 днів.",
                },
            ],
        },
    ],
    "questions": [
        {"type": "single_choice", "required": True, **WHO_ARE_YOU},
        {
            "type": "scale",
            "required": True,
            "question": {
                "pl": "Czy standardy poprawią obsługę w urzędach?",
                "en": "Will the standards improve service in offices?",
                "uk": "Чи покращать стандарти обслуговування в установах?",
            },
            "help_text": {
                "pl": "Zaznacz jedną liczbę.",
                "en": "Choose one number.",
                "uk": "Оберіть одне число.",
            },
            "low_label": {"pl": "wcale", "en": "not at all", "uk": "зовсім ні"},
            "high_label": {"pl": "bardzo", "en": "very much", "uk": "дуже"},
        },
        {
            "type": "long_text",
            "required": False,
            "question": {
                "pl": "Opisz swoje doświadczenie z obsługą w instytucji miejskiej",
                "en": "Describe your experience of being served in a city institution",
                "uk": "Опишіть свій досвід обслуговування в міській установі",
            },
            "help_text": {
                "pl": "Nie podawaj danych innych osób.",
                "en": "Do not give other people's details.",
                "uk": "Не вказуйте даних інших людей.",
            },
        },
    ],
    "responses": (100, 10),
}

REPORTED = {
    "key": "reported",
    "slug": {
        "pl": "konsultacje-modelu-2016",
        "en": "model-consultation-2016",
        "uk": "konsultatsii-modeli-2016",
    },
    "title": {
        "pl": "Konsultacje projektu Modelu Integracji Imigrantów (2016)",
        "en": "Consultation on the draft Immigrant Integration Model (2016)",
        "uk": "Консультації щодо проєкту Моделі інтеграції іммігрантів (2016)",
    },
    "summary": {
        "pl": "Wiosną 2016 roku mieszkańcy, instytucje i organizacje ocenili projekt pierwszej w Polsce miejskiej polityki integracji imigrantów. Ich uwagi zmieniły projekt przed przyjęciem.",
        "en": "In spring 2016 residents, institutions and organisations reviewed the draft of Poland's first city policy for integrating immigrants. Their remarks changed the draft before it was adopted.",
        "uk": "Навесні 2016 року мешканці, установи та організації оцінили проєкт першої в Польщі міської політики інтеграції іммігрантів. Їхні зауваження змінили проєкт перед ухваленням.",
    },
    "run_by": {
        "pl": "Urząd Miejski w Gdańsku wraz z zespołem przygotowującym Model",
        "en": "Gdańsk City Hall with the team that prepared the Model",
        "uk": "Гданська міська рада разом із командою, що готувала Модель",
    },
    "opens_at": (2016, 3, 7, 9, 0),
    "closes_at": (2016, 6, 5, 23, 59),
    "report_at": (2016, 6, 20, 12, 0),
    "announced_at": (2016, 2, 22, 12, 0),
    "stages": [
        {
            "kind": "conference",
            "date": (2016, 3, 7),
            "end_date": (2016, 3, 8),
            "title": {
                "pl": "Konferencja otwierająca konsultacje",
                "en": "Opening conference",
                "uk": "Конференція, що відкрила консультації",
            },
            "place": {"pl": "Gdańsk", "en": "Gdańsk", "uk": "Гданськ"},
            "description": {
                "pl": "Dwa dni prezentacji i dyskusji w grupach; wzięło w nich udział 397 osób.",
                "en": "Two days of presentations and group discussions, attended by 397 people.",
                "uk": "Два дні презентацій і дискусій у групах; узяли участь 397 людей.",
            },
        },
        {
            "kind": "open_meeting",
            "date": (2016, 5, 14),
            "title": {
                "pl": "Pierwsze spotkanie otwarte dla mieszkańców",
                "en": "First open meeting for residents",
                "uk": "Перша відкрита зустріч для мешканців",
            },
            "place": {"pl": "Gdańsk", "en": "Gdańsk", "uk": "Гданськ"},
            "description": {
                "pl": "Rozmowa o projekcie z mieszkańcami, także tymi, którzy przyjechali z innych krajów.",
                "en": "A conversation about the draft with residents, including those who came from other countries.",
                "uk": "Розмова про проєкт із мешканцями, зокрема тими, хто приїхав з інших країн.",
            },
        },
        {
            "kind": "open_meeting",
            "date": (2016, 6, 4),
            "title": {
                "pl": "Drugie spotkanie otwarte dla mieszkańców",
                "en": "Second open meeting for residents",
                "uk": "Друга відкрита зустріч для мешканців",
            },
            "place": {"pl": "Gdańsk", "en": "Gdańsk", "uk": "Гданськ"},
            "description": {
                "pl": "Na obu spotkaniach było razem około stu osób.",
                "en": "About a hundred people came to the two meetings together.",
                "uk": "На обох зустрічах разом було близько ста людей.",
            },
        },
        {
            "kind": "online_form",
            "date": (2016, 3, 7),
            "end_date": (2016, 6, 5),
            "title": {
                "pl": "Formularz konsultacyjny online",
                "en": "Online consultation form",
                "uk": "Онлайн-форма консультацій",
            },
            "place": {"pl": "Internet", "en": "Online", "uk": "Інтернет"},
            "description": {
                "pl": "Równolegle projekt omawiano z klubami radnych, Młodzieżową Radą Miasta i radami dzielnic, a eksperci z innych krajów przygotowali recenzje.",
                "en": "At the same time the draft was discussed with councillors' clubs, the Youth City Council and district boards, and experts from other countries reviewed it.",
                "uk": "Паралельно проєкт обговорювали з клубами радних, Молодіжною міською радою та радами дільниць, а експерти з інших країн підготували рецензії.",
            },
        },
    ],
    "draft": [
        {
            "heading": {"pl": "Cele Modelu", "en": "The aims of the Model", "uk": "Цілі Моделі"},
            "text": [
                {
                    "pl": "Model ma uczynić imigrantów samodzielnymi dzięki rzetelnej informacji i przygotować instytucje do obsługi wszystkich mieszkańców na równych prawach.",
                    "en": "The Model is to make immigrants self-reliant through reliable information and to prepare institutions to serve all residents on equal terms.",
                    "uk": "Модель має зробити іммігрантів самостійними завдяки надійній інформації та підготувати установи до обслуговування всіх мешканців нарівні.",
                },
            ],
        },
        {
            "heading": {
                "pl": "Obszary tematyczne",
                "en": "Thematic areas",
                "uk": "Тематичні напрями",
            },
            "text": [
                {
                    "pl": "Projekt dzieli działania na jedenaście obszarów, od edukacji szkolnej i wyższej, przez pracę, zdrowie i mieszkalnictwo, po przemoc i dyskryminację oraz komunikację społeczną.",
                    "en": "The draft divides the work into eleven areas, from school and higher education, through work, health and housing, to violence and discrimination and social communication.",
                    "uk": "Проєкт поділяє діяльність на одинадцять напрямів: від шкільної та вищої освіти через роботу, здоров'я та житло до насильства й дискримінації та суспільної комунікації.",
                },
            ],
        },
        {
            "heading": {
                "pl": "Wdrażanie i ocena",
                "en": "Implementation and evaluation",
                "uk": "Впровадження та оцінювання",
            },
            "text": [
                {
                    "pl": "Model wdraża zespół złożony z Komitetu Sterującego, Grupy Zarządzającej i Forum; co dwa lata miasto ocenia postępy i może zmienić Model.",
                    "en": "The Model is implemented by a team made up of the Steering Committee, the Management Group and the Forum; every two years the city reviews progress and may amend the Model.",
                    "uk": "Модель упроваджує команда з Керівного комітету, Управлінської групи та Форуму; кожні два роки місто оцінює поступ і може змінити Модель.",
                },
            ],
        },
    ],
    "questions": [
        {"type": "single_choice", "required": True, **WHO_ARE_YOU},
        {
            "type": "scale",
            "required": True,
            "question": {
                "pl": "Czy projekt odpowiada na potrzeby imigrantów w Gdańsku?",
                "en": "Does the draft meet the needs of immigrants in Gdańsk?",
                "uk": "Чи відповідає проєкт потребам іммігрантів у Гданську?",
            },
            "help_text": {
                "pl": "Zaznacz jedną liczbę.",
                "en": "Choose one number.",
                "uk": "Оберіть одне число.",
            },
            "low_label": {"pl": "wcale", "en": "not at all", "uk": "зовсім ні"},
            "high_label": {"pl": "w pełni", "en": "fully", "uk": "повністю"},
        },
        {
            "type": "multiple_choice",
            "required": False,
            "question": {
                "pl": "Które obszary powinny być realizowane najpierw?",
                "en": "Which areas should come first?",
                "uk": "Які напрями слід утілювати насамперед?",
            },
            "help_text": {
                "pl": "Możesz wybrać kilka.",
                "en": "You may choose several.",
                "uk": "Можна обрати кілька.",
            },
            "options": [
                {"pl": "edukacja szkolna", "en": "school education", "uk": "шкільна освіта"},
                {
                    "pl": "praca i zatrudnienie",
                    "en": "work and employment",
                    "uk": "праця та зайнятість",
                },
                {"pl": "zdrowie", "en": "health", "uk": "здоров'я"},
                {"pl": "mieszkalnictwo", "en": "housing", "uk": "житло"},
                {
                    "pl": "przemoc i dyskryminacja",
                    "en": "violence and discrimination",
                    "uk": "насильство та дискримінація",
                },
            ],
        },
    ],
    "report": [
        {
            "pl": "Konsultacje trwały od marca do czerwca 2016 roku. Uwagi zgłaszano na konferencji, na dwóch spotkaniach otwartych, w formularzu online oraz podczas spotkań z radnymi, Młodzieżową Radą Miasta i radami dzielnic.",
            "en": "The consultation ran from March to June 2016. Remarks came in at the conference, at two open meetings, through the online form and at meetings with councillors, the Youth City Council and district boards.",
            "uk": "Консультації тривали з березня до червня 2016 року. Зауваження подавали на конференції, на двох відкритих зустрічах, через онлайн-форму та під час зустрічей із радними, Молодіжною міською радою та радами дільниць.",
        },
        {
            "pl": "Najwięcej uwag dotyczyło nauki języka polskiego, dostępu do informacji w wielu językach oraz mieszkalnictwa. Zespół uwzględnił je w ostatecznej wersji Modelu, którą Rada Miasta przyjęła 30 czerwca 2016 roku.",
            "en": "Most remarks concerned learning Polish, access to information in several languages, and housing. The team took them into account in the final version of the Model, which the City Council adopted on 30 June 2016.",
            "uk": "Найбільше зауважень стосувалися вивчення польської мови, доступу до інформації кількома мовами та житла. Команда врахувала їх в остаточній версії Моделі, яку Міська рада ухвалила 30 червня 2016 року.",
        },
        {
            "pl": "Poniżej przedstawiamy zestawienie odpowiedzi z formularza online. Dane osobowe respondentów zostały usunięte.",
            "en": "Below is a summary of the answers given in the online form. Respondents' personal data have been erased.",
            "uk": "Нижче наведено підсумок відповідей з онлайн-форми. Персональні дані респондентів видалено.",
        },
    ],
    "responses": (80, 8),
}

CONSULTATIONS = [OPEN, CLOSED, REPORTED]

INDEX_INTRODUCTION = {
    "pl": "Miasto pyta mieszkańców o zdanie, zanim podejmie decyzje o polityce integracji. Odpowiedzieć można po polsku, ukraińsku lub angielsku – każda odpowiedź liczy się tak samo.",
    "en": "The city asks residents for their views before it decides on integration policy. You can answer in Polish, Ukrainian or English: every answer counts the same.",
    "uk": "Місто питає мешканців про їхню думку, перш ніж ухвалювати рішення щодо політики інтеграції. Відповісти можна польською, українською чи англійською – кожна відповідь важить однаково.",
}

# What respondents wrote, each in their own language (never translated).
SHORT_ANSWERS = {
    "pl": [
        "Więcej informacji dla rodziców o zapisach do szkół.",
        "Dyżury prawnika w soboty.",
        "Mapa miejsc, gdzie można uczyć się polskiego.",
    ],
    "en": [
        "A clear list of documents needed for a residence permit.",
        "Evening legal advice for people who work during the day.",
    ],
    "uk": [
        "Більше консультацій щодо працевлаштування.",
        "Інформація про лікарів, які говорять українською.",
        "Допомога з визнанням дипломів.",
    ],
}
LONG_ANSWERS = {
    "pl": [
        "Dobrze, że projekt powstał z udziałem samych imigrantów. Proszę pamiętać też o osobach starszych, które słabo znają internet.",
        "W mojej szkole jest coraz więcej dzieci z Ukrainy. Asystent kulturowy bardzo pomaga, ale potrzeba ich więcej.",
    ],
    "en": [
        "I moved here for work two years ago. The hardest part was finding a flat: landlords often refuse foreigners.",
        "Please publish all forms in English as well, not only the information pages.",
    ],
    "uk": [
        "Дякую за можливість висловитися рідною мовою. Найбільше потрібні курси польської ввечері.",
        "Коли я прийшла до установи, мені допомогли, але довелося чекати перекладача цілий тиждень.",
    ],
}
SECTION_COMMENTS = {
    "pl": [
        "Popieram ten punkt, ale brakuje terminu wdrożenia.",
        "Warto dodać, kto będzie odpowiadał za realizację.",
        "Proszę doprecyzować, czy dotyczy to także osób bez stałego pobytu.",
    ],
    "en": [
        "I support this, but who will pay for it?",
        "This should include people who live just outside the city.",
    ],
    "uk": [
        "Це дуже потрібно, особливо для матерів із дітьми.",
        "Додайте, будь ласка, інформацію українською в соціальних мережах.",
        "Підтримую, але строки мають бути коротшими.",
    ],
}
RESPONDENTS = [
    ("Olena Kovalenko", "", "olena.k@example.org"),
    ("Marek Wiśniewski", "Szkoła Podstawowa nr 12", ""),
    ("", "Stowarzyszenie Pomocy Cudzoziemcom (demo)", "biuro@example.org"),
    ("Andrii Melnyk", "", ""),
    ("", "", ""),
    ("Ana Souza", "", "ana.souza@example.org"),
]
