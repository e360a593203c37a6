# ruff: noqa: E501
"""Demo content: the 11 working groups and the people who lead them (pl, en, uk)."""

# People: key, name (pl/en share the Latin spelling), Ukrainian spelling, affiliation, languages.
PEOPLE = {
    "kowalska": (
        "Anna Kowalska",
        "Анна Ковальська",
        {
            "pl": "Wydział Rozwoju Społecznego, Urząd Miejski w Gdańsku",
            "en": "Social Development Department, Gdańsk City Hall",
            "uk": "Відділ соціального розвитку, Міська рада Гданська",
        },
        "polski, English",
    ),
    "nowak": (
        "Piotr Nowak",
        "Пйотр Новак",
        {"pl": "Gdański Urząd Pracy", "en": "Gdańsk Labour Office", "uk": "Гданське бюро праці"},
        "polski, English, русский",
    ),
    "melnyk": (
        "Olena Melnyk",
        "Олена Мельник",
        {"pl": "Fundacja Wspólny Dom", "en": "Common Home Foundation", "uk": "Фонд «Спільний дім»"},
        "українська, polski",
    ),
    "wisniewski": (
        "Tomasz Wiśniewski",
        "Томаш Вишневський",
        {
            "pl": "Szkoła Podstawowa nr 12 w Gdańsku",
            "en": "Primary School No. 12 in Gdańsk",
            "uk": "Початкова школа № 12 у Гданську",
        },
        "polski, Deutsch",
    ),
    "bondarenko": (
        "Iryna Bondarenko",
        "Ірина Бондаренко",
        {"pl": "Uniwersytet Gdański", "en": "University of Gdańsk", "uk": "Гданський університет"},
        "українська, polski, English",
    ),
    "zielinska": (
        "Katarzyna Zielińska",
        "Катажина Зелінська",
        {
            "pl": "Gdańskie Centrum Kultury Dzielnic",
            "en": "Gdańsk District Culture Centre",
            "uk": "Гданський центр культури районів",
        },
        "polski, English, español",
    ),
    "kaminski": (
        "Marek Kamiński",
        "Марек Камінський",
        {
            "pl": "Miejski Ośrodek Pomocy Rodzinie",
            "en": "Municipal Family Support Centre",
            "uk": "Міський центр допомоги сім'ї",
        },
        "polski",
    ),
    "hassan": (
        "Amira Hassan",
        "Аміра Хассан",
        {
            "pl": "Stowarzyszenie Zdrowie bez Granic",
            "en": "Health Without Borders Association",
            "uk": "Асоціація «Здоров'я без кордонів»",
        },
        "العربية, polski, English",
    ),
    "lewandowski": (
        "Jakub Lewandowski",
        "Якуб Левандовський",
        {
            "pl": "Gdańskie Nieruchomości",
            "en": "Gdańsk Municipal Property",
            "uk": "Гданська муніципальна нерухомість",
        },
        "polski, English",
    ),
    "shevchenko": (
        "Dmytro Shevchenko",
        "Дмитро Шевченко",
        {
            "pl": "Klub Sportowy Jedność",
            "en": "Unity Sports Club",
            "uk": "Спортивний клуб «Єдність»",
        },
        "українська, polski",
    ),
    "dabrowska": (
        "Magdalena Dąbrowska",
        "Магдалена Домбровська",
        {
            "pl": "Centrum Praw Człowieka Gdańsk",
            "en": "Gdańsk Human Rights Centre",
            "uk": "Гданський центр прав людини",
        },
        "polski, English, français",
    ),
    "tkachenko": (
        "Natalia Tkachenko",
        "Наталія Ткаченко",
        {
            "pl": "Rada Dzielnicy Przymorze",
            "en": "Przymorze District Council",
            "uk": "Рада району Пшиможе",
        },
        "українська, polski, русский",
    ),
    "grabowski": (
        "Paweł Grabowski",
        "Павел Грабовський",
        {
            "pl": "Biuro Prasowe Urzędu Miejskiego",
            "en": "City Hall Press Office",
            "uk": "Прес-служба Міської ради",
        },
        "polski, English",
    ),
    "adamczyk": (
        "Ewa Adamczyk",
        "Єва Адамчик",
        {
            "pl": "Zastępczyni Prezydenta Miasta Gdańska ds. polityki społecznej",
            "en": "Deputy Mayor of Gdańsk for Social Policy",
            "uk": "Заступниця мера Гданська з питань соціальної політики",
        },
        "polski, English",
    ),
    "mazur": (
        "Robert Mazur",
        "Роберт Мазур",
        {
            "pl": "Pomorski Urząd Wojewódzki",
            "en": "Pomeranian Voivodeship Office",
            "uk": "Поморське воєводське управління",
        },
        "polski",
    ),
    "sokolova": (
        "Yulia Sokolova",
        "Юлія Соколова",
        {
            "pl": "Rada Imigrantów i Imigrantek",
            "en": "Immigrants' Council",
            "uk": "Рада іммігрантів та іммігранток",
        },
        "русский, українська, polski",
    ),
    "krawczyk": (
        "Agnieszka Krawczyk",
        "Агнешка Кравчик",
        {
            "pl": "Politechnika Gdańska",
            "en": "Gdańsk University of Technology",
            "uk": "Гданська політехніка",
        },
        "polski, English",
    ),
}

# The person who leads each group, and a deputy (key or None).
LEADERS = {
    "school-education": ("wisniewski", "melnyk"),
    "higher-education": ("bondarenko", None),
    "work": ("nowak", None),
    "culture": ("zielinska", None),
    "social-assistance": ("kaminski", None),
    "health": ("hassan", None),
    "housing": ("lewandowski", None),
    "sport": ("shevchenko", None),
    "violence-discrimination": ("dabrowska", None),
    "local-communities": ("tkachenko", None),
    "social-communication": ("grabowski", None),
}

ROLE_LEADER = {"pl": "lider grupy", "en": "group leader", "uk": "керівник групи"}
ROLE_DEPUTY = {"pl": "zastępczyni lidera", "en": "deputy leader", "uk": "заступниця керівника"}

GROUP_TITLE = {
    "pl": "Grupa robocza: {area}",
    "en": "Working group: {area}",
    "uk": "Робоча група: {area}",
}

# code: (slug per language, purpose per language, meeting rhythm per language)
GROUPS = {
    "school-education": (
        {"pl": "edukacja-szkolna", "en": "school-education", "uk": "shkilna-osvita"},
        {
            "pl": "Grupa pomaga szkołom i przedszkolom przyjmować dzieci z doświadczeniem migracji: dzieli się materiałami do nauki polskiego, wspiera asystentów kulturowych i przygotowuje rady pedagogiczne do pracy w klasach wielojęzycznych.",
            "en": "The group helps schools and nurseries welcome children with a migration background: it shares materials for learning Polish, supports cultural assistants and prepares teaching staff for multilingual classrooms.",
            "uk": "Група допомагає школам і дитсадкам приймати дітей з досвідом міграції: ділиться матеріалами для вивчення польської, підтримує культурних асистентів і готує педагогів до роботи в багатомовних класах.",
        },
        {
            "pl": "drugi wtorek miesiąca, 16:00",
            "en": "second Tuesday of the month, 4 pm",
            "uk": "другий вівторок місяця, 16:00",
        },
    ),
    "higher-education": (
        {"pl": "edukacja-wyzsza", "en": "higher-education", "uk": "vyshcha-osvita"},
        {
            "pl": "Uczelnie Gdańska wspólnie ułatwiają studentom z zagranicy rekrutację, uznawanie dyplomów i pierwsze tygodnie w mieście, a badaczom dają dostęp do danych o migracji.",
            "en": "Gdańsk's universities work together to make admission, the recognition of diplomas and the first weeks in the city easier for international students, and give researchers access to data on migration.",
            "uk": "Університети Гданська разом спрощують для іноземних студентів вступ, визнання дипломів і перші тижні в місті, а дослідникам відкривають доступ до даних про міграцію.",
        },
        {"pl": "co dwa miesiące", "en": "every two months", "uk": "раз на два місяці"},
    ),
    "work": (
        {"pl": "praca-i-zatrudnienie", "en": "work-and-employment", "uk": "pratsia-ta-zainiatist"},
        {
            "pl": "Grupa łączy urząd pracy, pracodawców i doradców zawodowych, aby imigranci szybciej znajdowali legalną pracę zgodną z kwalifikacjami i znali swoje prawa pracownicze.",
            "en": "The group brings the labour office, employers and career advisers together so that immigrants find legal work that matches their skills sooner and know their rights as employees.",
            "uk": "Група об'єднує бюро праці, роботодавців і кар'єрних консультантів, щоб іммігранти швидше знаходили легальну роботу за кваліфікацією та знали свої трудові права.",
        },
        {
            "pl": "pierwsza środa miesiąca, 10:00",
            "en": "first Wednesday of the month, 10 am",
            "uk": "перша середа місяця, 10:00",
        },
    ),
    "culture": (
        {"pl": "kultura", "en": "culture", "uk": "kultura"},
        {
            "pl": "Domy kultury, biblioteki i artyści planują razem wydarzenia, w których nowi i dawni mieszkańcy Gdańska tworzą, a nie tylko oglądają.",
            "en": "Culture centres, libraries and artists plan events together in which new and long-time residents of Gdańsk create rather than only watch.",
            "uk": "Будинки культури, бібліотеки та митці разом планують події, де нові й давні мешканці Гданська творять, а не лише спостерігають.",
        },
        {
            "pl": "raz w miesiącu, w różnych domach kultury",
            "en": "monthly, in a different culture centre each time",
            "uk": "щомісяця, щоразу в іншому будинку культури",
        },
    ),
    "social-assistance": (
        {"pl": "pomoc-spoleczna", "en": "social-assistance", "uk": "sotsialna-dopomoha"},
        {
            "pl": "Grupa dba o to, by ośrodki pomocy społecznej i organizacje pozarządowe rozumiały sytuację cudzoziemców i umiały ich wspierać w kryzysie, bez barier językowych.",
            "en": "The group makes sure that social welfare centres and NGOs understand the situation of foreigners and can support them in a crisis, without language barriers.",
            "uk": "Група дбає, щоб центри соціальної допомоги та громадські організації розуміли становище іноземців і могли підтримати їх у кризі без мовних бар'єрів.",
        },
        {
            "pl": "ostatni czwartek miesiąca",
            "en": "last Thursday of the month",
            "uk": "останній четвер місяця",
        },
    ),
    "health": (
        {"pl": "zdrowie", "en": "health", "uk": "zdorovia"},
        {
            "pl": "Przychodnie, szpitale i organizacje pacjentów wspólnie tłumaczą zasady ubezpieczenia zdrowotnego, przygotowują wielojęzyczne materiały i szkolą personel medyczny.",
            "en": "Clinics, hospitals and patients' organisations explain health insurance together, prepare materials in several languages and train medical staff.",
            "uk": "Поліклініки, лікарні та пацієнтські організації разом пояснюють правила медичного страхування, готують багатомовні матеріали й навчають медичний персонал.",
        },
        {"pl": "co sześć tygodni", "en": "every six weeks", "uk": "раз на шість тижнів"},
    ),
    "housing": (
        {"pl": "mieszkalnictwo", "en": "housing", "uk": "zhytlo"},
        {
            "pl": "Grupa szuka sposobów, by imigranci mogli bezpiecznie wynająć mieszkanie: przygotowuje wzory umów, informuje o prawach najemcy i współpracuje z zasobem komunalnym.",
            "en": "The group looks for ways for immigrants to rent a flat safely: it prepares model contracts, explains tenants' rights and works with the city's own housing.",
            "uk": "Група шукає способи безпечно орендувати житло для іммігрантів: готує зразки договорів, пояснює права орендарів і співпрацює з комунальним житловим фондом.",
        },
        {"pl": "raz w miesiącu", "en": "monthly", "uk": "щомісяця"},
    ),
    "sport": (
        {"pl": "sport", "en": "sport", "uk": "sport"},
        {
            "pl": "Kluby i szkoły sportowe otwierają swoje zajęcia dla dzieci i dorosłych z różnych krajów, bo wspólny trening to najprostszy sposób na poznanie sąsiadów.",
            "en": "Clubs and sports schools open their training to children and adults from many countries, because training together is the simplest way to get to know the neighbours.",
            "uk": "Клуби та спортивні школи відкривають свої заняття для дітей і дорослих з різних країн, бо спільне тренування — найпростіший спосіб познайомитися з сусідами.",
        },
        {"pl": "co dwa miesiące", "en": "every two months", "uk": "раз на два місяці"},
    ),
    "violence-discrimination": (
        {
            "pl": "przemoc-i-dyskryminacja",
            "en": "violence-and-discrimination",
            "uk": "nasylstvo-ta-dyskryminatsiia",
        },
        {
            "pl": "Grupa rozwija procedury reagowania na przemoc i dyskryminację, uczy, jak zgłaszać incydenty, i wspiera osoby pokrzywdzone w kontakcie z policją i sądem.",
            "en": "The group develops procedures for responding to violence and discrimination, teaches how to report incidents and supports victims in dealing with the police and the courts.",
            "uk": "Група розробляє процедури реагування на насильство й дискримінацію, вчить, як повідомляти про інциденти, і підтримує постраждалих у контактах з поліцією та судом.",
        },
        {
            "pl": "pierwszy poniedziałek miesiąca",
            "en": "first Monday of the month",
            "uk": "перший понеділок місяця",
        },
    ),
    "local-communities": (
        {"pl": "spolecznosci-lokalne", "en": "local-communities", "uk": "mistsevi-hromady"},
        {
            "pl": "Rady dzielnic, parafie i grupy sąsiedzkie uczą się razem, jak zapraszać nowych mieszkańców do życia dzielnicy: festynów, budżetu obywatelskiego i wolontariatu.",
            "en": "District councils, parishes and neighbourhood groups learn together how to invite new residents into the life of their district: fairs, the participatory budget and volunteering.",
            "uk": "Ради районів, парафії та сусідські групи разом вчаться залучати нових мешканців до життя району: свят, громадського бюджету й волонтерства.",
        },
        {"pl": "co miesiąc, wieczorem", "en": "monthly, in the evening", "uk": "щомісяця, увечері"},
    ),
    "social-communication": (
        {
            "pl": "komunikacja-spoleczna",
            "en": "social-communication",
            "uk": "suspilna-komunikatsiia",
        },
        {
            "pl": "Grupa dba, by informacje miasta docierały do imigrantów w zrozumiałych językach, i pracuje z mediami nad rzetelnym mówieniem o migracji.",
            "en": "The group makes sure that the city's information reaches immigrants in languages they understand, and works with the media on fair reporting about migration.",
            "uk": "Група дбає, щоб інформація міста доходила до іммігрантів зрозумілими мовами, і працює з медіа над чесним висвітленням міграції.",
        },
        {
            "pl": "co dwa tygodnie, online",
            "en": "every two weeks, online",
            "uk": "раз на два тижні, онлайн",
        },
    ),
}

HOW_TO_JOIN = {
    "pl": "Do grupy może dołączyć każda organizacja członkowska Forum i każda osoba, która chce działać w tym obszarze. Napisz do lidera grupy albo do koordynatora Forum w Wydziale Rozwoju Społecznego; zaprosimy Cię na najbliższe spotkanie.",
    "en": "Any member organisation of the Forum, and anyone who wants to work in this area, can join the group. Write to the group leader or to the Forum coordinator at the Social Development Department, and we will invite you to the next meeting.",
    "uk": "До групи може долучитися кожна організація-член Форуму і кожна людина, яка хоче діяти в цій сфері. Напишіть керівникові групи або координаторові Форуму у Відділі соціального розвитку — і ми запросимо вас на найближчу зустріч.",
}

GROUP_SUMMARY = {
    "pl": "Jedna z jedenastu grup roboczych Forum Integracji i Migracji.",
    "en": "One of the eleven working groups of the Forum for Integration and Migration.",
    "uk": "Одна з одинадцяти робочих груп Форуму інтеграції та міграції.",
}
