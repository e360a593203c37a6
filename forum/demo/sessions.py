# ruff: noqa: E501
"""Demo content: plenary sessions over two years, and the two governing bodies (pl, en, uk)."""

VENUE = {
    "pl": "Europejskie Centrum Solidarności, sala konferencyjna",
    "en": "European Solidarity Centre, conference hall",
    "uk": "Європейський центр солідарності, конференц-зала",
}
VENUE_ADDRESS = "pl. Solidarności 1, 80-863 Gdańsk"
VENUE_ACCESS = {
    "pl": "Wejście bez schodów od strony placu, pętla indukcyjna w sali, tłumaczenie na język ukraiński.",
    "en": "Step-free entrance from the square, a hearing loop in the hall, interpretation into Ukrainian.",
    "uk": "Вхід без сходів з боку площі, індукційна петля в залі, переклад українською.",
}
ORGANISING_BODY = {
    "pl": "Sekretariat Forum Integracji i Migracji",
    "en": "Secretariat of the Forum for Integration and Migration",
    "uk": "Секретаріат Форуму інтеграції та міграції",
}

# months from now (negative: past), slug per language, title per language, summary,
# working group presenting, outcome (past sessions), attendance, organisations.
SESSIONS = [
    {
        "months": -21,
        "slug": {
            "pl": "sesja-mieszkania-na-start",
            "en": "session-starter-flats",
            "uk": "sesiia-startove-zhytlo",
        },
        "title": {
            "pl": "Sesja plenarna: mieszkania na start",
            "en": "Plenary session: starter flats",
            "uk": "Пленарна сесія: стартове житло",
        },
        "summary": {
            "pl": "Jak pomóc nowym mieszkańcom wynająć pierwsze mieszkanie w Gdańsku.",
            "en": "How to help new residents rent their first flat in Gdańsk.",
            "uk": "Як допомогти новим мешканцям орендувати перше житло в Гданську.",
        },
        "group": "housing",
        "outcome": {
            "pl": "Grupa mieszkaniowa przedstawiła wzór umowy najmu w trzech językach. Uczestnicy zgodzili się, że poradnik dla najemców trafi do wszystkich punktów informacyjnych.",
            "en": "The housing group presented a model tenancy agreement in three languages. Participants agreed that the tenants' guide will go to every information point.",
            "uk": "Житлова група представила зразок договору оренди трьома мовами. Учасники погодилися, що посібник для орендарів отримають усі інформаційні пункти.",
        },
        "attendance": 96,
        "organisations": 41,
    },
    {
        "months": -18,
        "slug": {
            "pl": "sesja-praca-i-kwalifikacje",
            "en": "session-work-and-qualifications",
            "uk": "sesiia-pratsia-i-kvalifikatsii",
        },
        "title": {
            "pl": "Sesja plenarna: praca i kwalifikacje",
            "en": "Plenary session: work and qualifications",
            "uk": "Пленарна сесія: праця та кваліфікації",
        },
        "summary": {
            "pl": "Uznawanie dyplomów i droga do pracy zgodnej z wykształceniem.",
            "en": "Recognition of diplomas and the road to work that matches one's education.",
            "uk": "Визнання дипломів і шлях до роботи за фахом.",
        },
        "group": "work",
        "outcome": {
            "pl": "Urząd pracy i pracodawcy omówili najczęstsze bariery w uznawaniu kwalifikacji. Powstał zespół, który przygotuje ścieżkę krok po kroku dla pielęgniarek i inżynierów.",
            "en": "The labour office and employers discussed the most common barriers to recognising qualifications. A team was set up to prepare a step-by-step path for nurses and engineers.",
            "uk": "Бюро праці та роботодавці обговорили найчастіші бар'єри у визнанні кваліфікацій. Створено команду, яка підготує покроковий шлях для медсестер та інженерів.",
        },
        "attendance": 112,
        "organisations": 47,
    },
    {
        "months": -15,
        "slug": {
            "pl": "sesja-szkola-dla-wszystkich",
            "en": "session-a-school-for-everyone",
            "uk": "sesiia-shkola-dlia-vsikh",
        },
        "title": {
            "pl": "Sesja plenarna: szkoła dla wszystkich",
            "en": "Plenary session: a school for everyone",
            "uk": "Пленарна сесія: школа для всіх",
        },
        "summary": {
            "pl": "Oddziały przygotowawcze i asystenci kulturowi po pięciu latach.",
            "en": "Preparatory classes and cultural assistants after five years.",
            "uk": "Підготовчі класи та культурні асистенти через п'ять років.",
        },
        "group": "school-education",
        "outcome": {
            "pl": "Dyrektorzy szkół podzielili się doświadczeniami z oddziałów przygotowawczych. Forum zarekomendowało zatrudnienie kolejnych asystentów kulturowych.",
            "en": "School heads shared their experience of preparatory classes. The Forum recommended employing more cultural assistants.",
            "uk": "Директори шкіл поділилися досвідом підготовчих класів. Форум рекомендував найняти більше культурних асистентів.",
        },
        "attendance": 88,
        "organisations": 39,
    },
    {
        "months": -12,
        "slug": {
            "pl": "sesja-zdrowie-bez-barier",
            "en": "session-health-without-barriers",
            "uk": "sesiia-zdorovia-bez-barieriv",
        },
        "title": {
            "pl": "Sesja plenarna: zdrowie bez barier",
            "en": "Plenary session: health without barriers",
            "uk": "Пленарна сесія: здоров'я без бар'єрів",
        },
        "summary": {
            "pl": "Dostęp do lekarza, ubezpieczenie i tłumaczenie w przychodniach.",
            "en": "Access to doctors, insurance and interpreting in clinics.",
            "uk": "Доступ до лікаря, страхування та переклад у поліклініках.",
        },
        "group": "health",
        "outcome": {
            "pl": "Przedstawiono wyniki pilotażu tłumaczy w przychodniach. Uczestnicy poparli rozszerzenie programu na kolejne dzielnice.",
            "en": "The results of the pilot with interpreters in clinics were presented. Participants supported extending the programme to more districts.",
            "uk": "Представлено результати пілотного проєкту з перекладачами в поліклініках. Учасники підтримали поширення програми на інші райони.",
        },
        "attendance": 104,
        "organisations": 45,
    },
    {
        "months": -9,
        "slug": {
            "pl": "sesja-kultura-we-wspolnym-miescie",
            "en": "session-culture-in-a-shared-city",
            "uk": "sesiia-kultura-u-spilnomu-misti",
        },
        "title": {
            "pl": "Sesja plenarna: kultura we wspólnym mieście",
            "en": "Plenary session: culture in a shared city",
            "uk": "Пленарна сесія: культура у спільному місті",
        },
        "summary": {
            "pl": "Jak domy kultury i artyści zapraszają nowych mieszkańców do współtworzenia.",
            "en": "How culture centres and artists invite new residents to create with them.",
            "uk": "Як будинки культури та митці запрошують нових мешканців до співтворчості.",
        },
        "group": "culture",
        "outcome": {
            "pl": "Domy kultury pokazały projekty tworzone razem z mieszkańcami z doświadczeniem migracji. Ustalono wspólny kalendarz wydarzeń na kolejny rok.",
            "en": "Culture centres showed projects made together with residents who came from abroad. A shared calendar of events for the next year was agreed.",
            "uk": "Будинки культури показали проєкти, створені разом із мешканцями з досвідом міграції. Узгоджено спільний календар подій на наступний рік.",
        },
        "attendance": 79,
        "organisations": 36,
    },
    {
        "months": -3,
        "slug": {
            "pl": "sesja-ocena-modelu",
            "en": "session-evaluating-the-model",
            "uk": "sesiia-otsinka-modeli",
        },
        "title": {
            "pl": "Sesja plenarna: ocena wdrażania Modelu",
            "en": "Plenary session: evaluating the Model",
            "uk": "Пленарна сесія: оцінка впровадження Моделі",
        },
        "summary": {
            "pl": "Wyniki dwuletniej ewaluacji i propozycje zmian w Modelu.",
            "en": "Results of the two-year evaluation and proposed changes to the Model.",
            "uk": "Результати дворічної оцінки та пропозиції змін до Моделі.",
        },
        "group": "social-communication",
        "outcome": {
            "pl": "Zespół ewaluacyjny przedstawił wyniki badania wśród mieszkańców i instytucji. Forum przekazało Komitetowi Sterującemu dwanaście rekomendacji zmian w Modelu.",
            "en": "The evaluation team presented the results of a survey of residents and institutions. The Forum passed twelve recommended changes to the Model to the Steering Committee.",
            "uk": "Команда з оцінки представила результати опитування мешканців та установ. Форум передав Керівному комітету дванадцять рекомендацій щодо змін у Моделі.",
        },
        "attendance": 121,
        "organisations": 52,
    },
    {
        "months": 1,
        "slug": {
            "pl": "sesja-bezpieczne-dzielnice",
            "en": "session-safe-districts",
            "uk": "sesiia-bezpechni-raiony",
        },
        "title": {
            "pl": "Sesja plenarna: bezpieczne dzielnice",
            "en": "Plenary session: safe districts",
            "uk": "Пленарна сесія: безпечні райони",
        },
        "summary": {
            "pl": "Reagowanie na dyskryminację i rola rad dzielnic.",
            "en": "Responding to discrimination and the role of district councils.",
            "uk": "Реагування на дискримінацію та роль рад районів.",
        },
        "group": "violence-discrimination",
        "outcome": None,
        "attendance": None,
        "organisations": None,
    },
    {
        "months": 4,
        "slug": {
            "pl": "sesja-plany-na-nowy-rok",
            "en": "session-plans-for-the-new-year",
            "uk": "sesiia-plany-na-novyi-rik",
        },
        "title": {
            "pl": "Sesja plenarna: plany na nowy rok",
            "en": "Plenary session: plans for the new year",
            "uk": "Пленарна сесія: плани на новий рік",
        },
        "summary": {
            "pl": "Plan działań grup roboczych i otwarte konkursy dla organizacji.",
            "en": "The working groups' plan of action and open calls for organisations.",
            "uk": "План дій робочих груп і відкриті конкурси для організацій.",
        },
        "group": "local-communities",
        "outcome": None,
        "attendance": None,
        "organisations": None,
    },
]

# The small set: one past session with its summary, two upcoming.
SMALL_SESSIONS = ["sesja-ocena-modelu", "sesja-bezpieczne-dzielnice", "sesja-plany-na-nowy-rok"]

# Agenda: (hour, minute, title per language, speaker key: "chair", "group" or None)
AGENDA = [
    (
        17,
        0,
        {
            "pl": "Powitanie i sprawy organizacyjne",
            "en": "Welcome and practical matters",
            "uk": "Привітання та організаційні питання",
        },
        "chair",
    ),
    (
        17,
        15,
        {
            "pl": "Wystąpienie grupy roboczej",
            "en": "Presentation by the working group",
            "uk": "Виступ робочої групи",
        },
        "group",
    ),
    (
        18,
        0,
        {
            "pl": "Dyskusja w małych grupach",
            "en": "Discussion in small groups",
            "uk": "Обговорення в малих групах",
        },
        None,
    ),
    (
        18,
        45,
        {
            "pl": "Wnioski i zakończenie",
            "en": "Conclusions and close",
            "uk": "Висновки та завершення",
        },
        "chair",
    ),
]

BODIES = [
    {
        "slug": {"pl": "komitet-sterujacy", "en": "steering-committee", "uk": "kerivnyi-komitet"},
        "title": {"pl": "Komitet Sterujący", "en": "Steering Committee", "uk": "Керівний комітет"},
        "listing": {
            "pl": "Szefowie kluczowych instytucji, którzy podejmują strategiczne decyzje o Modelu.",
            "en": "Heads of key institutions who take the strategic decisions about the Model.",
            "uk": "Керівники ключових установ, які ухвалюють стратегічні рішення щодо Моделі.",
        },
        "role": [
            {
                "pl": "Komitet Sterujący podejmuje strategiczne decyzje o wdrażaniu Modelu Integracji Imigrantów, przyjmuje roczne plany i wnioskuje o zmiany w Modelu po każdej ewaluacji.",
                "en": "The Steering Committee takes the strategic decisions on implementing the Immigrant Integration Model, adopts the annual plans and proposes changes to the Model after each evaluation.",
                "uk": "Керівний комітет ухвалює стратегічні рішення щодо впровадження Моделі інтеграції іммігрантів, затверджує річні плани та пропонує зміни до Моделі після кожної оцінки.",
            },
            {
                "pl": "Zasiadają w nim szefowie około dwudziestu pięciu instytucji; przewodniczy mu zastępczyni prezydenta miasta odpowiedzialna za politykę społeczną.",
                "en": "It brings together the heads of about twenty-five institutions and is chaired by the Deputy Mayor responsible for social policy.",
                "uk": "До нього входять керівники близько двадцяти п'яти установ; очолює його заступниця мера з питань соціальної політики.",
            },
        ],
        "rhythm": {
            "pl": "co najmniej raz na sześć miesięcy",
            "en": "at least every six months",
            "uk": "щонайменше раз на шість місяців",
        },
        "members": [
            ("adamczyk", {"pl": "przewodnicząca", "en": "chair", "uk": "голова"}),
            ("mazur", {"pl": "członek", "en": "member", "uk": "член"}),
            ("kowalska", {"pl": "sekretarz", "en": "secretary", "uk": "секретар"}),
            ("krawczyk", {"pl": "członkini", "en": "member", "uk": "членкиня"}),
            (
                "sokolova",
                {
                    "pl": "przedstawicielka Rady Imigrantów",
                    "en": "representative of the Immigrants' Council",
                    "uk": "представниця Ради іммігрантів",
                },
            ),
        ],
        "documents": [
            (
                {
                    "pl": "Uchwały Komitetu",
                    "en": "Decisions of the Committee",
                    "uk": "Рішення Комітету",
                },
                ["Uchwały Komitetu Sterującego 2025", "Rekomendacje zmian w Modelu"],
            ),
        ],
    },
    {
        "slug": {"pl": "grupa-zarzadzajaca", "en": "management-group", "uk": "upravlinska-hrupa"},
        "title": {"pl": "Grupa Zarządzająca", "en": "Management Group", "uk": "Управлінська група"},
        "listing": {
            "pl": "Liderzy obszarów tematycznych, którzy planują i prowadzą codzienną pracę.",
            "en": "The leaders of the thematic areas, who plan and run the day-to-day work.",
            "uk": "Лідери тематичних сфер, які планують і ведуть щоденну роботу.",
        },
        "role": [
            {
                "pl": "Grupa Zarządzająca przygotowuje roczne plany operacyjne, programy i projekty, a potem pilnuje ich realizacji w każdym z jedenastu obszarów.",
                "en": "The Management Group prepares the annual operational plans, programmes and projects, and then oversees their delivery in each of the eleven areas.",
                "uk": "Управлінська група готує річні операційні плани, програми та проєкти, а потім стежить за їх виконанням у кожній з одинадцяти сфер.",
            },
        ],
        "rhythm": {"pl": "raz w miesiącu", "en": "monthly", "uk": "щомісяця"},
        "members": "leaders",
        "documents": [
            (
                {"pl": "Plany operacyjne", "en": "Operational plans", "uk": "Операційні плани"},
                ["Plan operacyjny na 2026 rok"],
            ),
        ],
    },
]

MEMBER_ROLE_IN_GROUP = {"pl": "lider obszaru", "en": "area leader", "uk": "лідер сфери"}
