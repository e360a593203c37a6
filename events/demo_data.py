# ruff: noqa: E501
"""Demo events in Polish, English and Ukrainian (fictional, written for the hub).

``SERIES`` are recurring events (one entry makes many dated pages);
``SINGLE`` are one-off events with fixed slugs, the small set used by the tests.
"""

VENUES = {
    "city-hall": {
        "name": {
            "pl": "Urząd Miejski w Gdańsku, sala 104",
            "en": "Gdańsk City Hall, room 104",
            "uk": "Міська рада Гданська, зала 104",
        },
        "address": "ul. Nowe Ogrody 8/12, 80-803 Gdańsk",
        "accessibility": {
            "pl": "Wejście bez schodów od ul. Nowe Ogrody, winda, pętla indukcyjna w sali.",
            "en": "Step-free entrance from Nowe Ogrody street, a lift, a hearing loop in the room.",
            "uk": "Вхід без сходів з вулиці Нове Огроди, ліфт, індукційна петля в залі.",
        },
    },
    "ecs": {
        "name": {
            "pl": "Europejskie Centrum Solidarności",
            "en": "European Solidarity Centre",
            "uk": "Європейський центр солідарності",
        },
        "address": "pl. Solidarności 1, 80-863 Gdańsk",
        "accessibility": {
            "pl": "Budynek w pełni dostępny, toalety dla osób z niepełnosprawnościami, tłumaczenie na polski język migowy na życzenie.",
            "en": "A fully accessible building, accessible toilets, Polish Sign Language interpreting on request.",
            "uk": "Повністю доступна будівля, доступні туалети, переклад польською жестовою мовою на запит.",
        },
    },
    "service-point": {
        "name": {
            "pl": "Punkt Obsługi Imigrantów",
            "en": "Immigrant Service Point",
            "uk": "Пункт обслуговування іммігрантів",
        },
        "address": "ul. Nowe Ogrody 8/12, 80-803 Gdańsk",
        "accessibility": {
            "pl": "Parter, wejście bez progów, miejsce do siedzenia w poczekalni.",
            "en": "Ground floor, no steps at the entrance, seats in the waiting area.",
            "uk": "Перший поверх, вхід без порогів, місця для сидіння в зоні очікування.",
        },
    },
    "library": {
        "name": {
            "pl": "Biblioteka Manhattan",
            "en": "Manhattan Library",
            "uk": "Бібліотека «Манхеттен»",
        },
        "address": "al. Grunwaldzka 82, 80-244 Gdańsk",
        "accessibility": {
            "pl": "Wejście z poziomu ulicy, winda na piętro, cichy pokój.",
            "en": "Street-level entrance, a lift upstairs, a quiet room.",
            "uk": "Вхід з рівня вулиці, ліфт на поверх, тиха кімната.",
        },
    },
    "culture-house": {
        "name": {
            "pl": "Dom Kultury Stocznia",
            "en": "Shipyard Culture House",
            "uk": "Будинок культури «Верф»",
        },
        "address": "ul. Stoczniowców 5, 80-860 Gdańsk",
        "accessibility": {
            "pl": "Sala na parterze, jeden niski próg przy wejściu, parking dla osób z niepełnosprawnościami.",
            "en": "A ground-floor hall, one low step at the entrance, accessible parking.",
            "uk": "Зала на першому поверсі, один низький поріг при вході, паркування для людей з інвалідністю.",
        },
    },
    "stadium": {
        "name": {
            "pl": "Boisko Orlik przy ul. Chałubińskiego",
            "en": "Orlik pitch, Chałubińskiego street",
            "uk": "Стадіон «Орлик» на вулиці Халубінського",
        },
        "address": "ul. Chałubińskiego 2, 80-807 Gdańsk",
        "accessibility": {
            "pl": "Boisko i szatnie bez schodów; miejsca dla kibiców przy linii bocznej.",
            "en": "The pitch and changing rooms have no steps; spectator places along the touchline.",
            "uk": "Поле та роздягальні без сходів; місця для глядачів уздовж бічної лінії.",
        },
    },
}

FORUM = {
    "pl": "Forum Integracji i Migracji",
    "en": "Forum for Integration and Migration",
    "uk": "Форум інтеграції та міграції",
}
COUNCIL = {
    "pl": "Rada Imigrantów i Imigrantek",
    "en": "Immigrants' Council",
    "uk": "Рада іммігрантів та іммігранток",
}

# Recurring events: every ``every_days`` days from ``first_offset`` (days from today).
SERIES = [
    {
        "key": "plenary",
        "kind": "plenary",
        "every_days": 91,
        "first_offset": -170,
        "small_offset": 14,
        "hour": (17, 0),
        "minutes": 150,
        "venue": "ecs",
        "online": "https://meet.example.org/forum-plenarne",
        "body": FORUM,
        "languages": "pl, uk, en",
        "slug": {"pl": "sesja-plenarna", "en": "plenary-session", "uk": "plenarna-sesiia"},
        "title": {
            "pl": "Sesja plenarna Forum",
            "en": "Plenary session of the Forum",
            "uk": "Пленарна сесія Форуму",
        },
        "summary": {
            "pl": "Kwartalne spotkanie wszystkich członków Forum: sprawozdania grup roboczych, nowe inicjatywy i czas na pytania.",
            "en": "The quarterly meeting of all Forum members: reports from the working groups, new initiatives and time for questions.",
            "uk": "Щоквартальна зустріч усіх членів Форуму: звіти робочих груп, нові ініціативи та час для запитань.",
        },
        "paragraph": {
            "pl": "Sesja jest otwarta dla członków Forum i dla wszystkich zainteresowanych. Zapewniamy tłumaczenie na ukraiński i angielski.",
            "en": "The session is open to Forum members and to anyone interested. Interpreting into Ukrainian and English is provided.",
            "uk": "Сесія відкрита для членів Форуму та всіх зацікавлених. Забезпечуємо переклад українською та англійською.",
        },
    },
    {
        "key": "council",
        "kind": "council_meeting",
        "every_days": 28,
        "first_offset": -165,
        "small_offset": 6,
        "hour": (16, 30),
        "minutes": 120,
        "venue": "city-hall",
        "body": COUNCIL,
        "languages": "pl, uk, en",
        "slug": {"pl": "posiedzenie-rady", "en": "council-meeting", "uk": "zasidannia-rady"},
        "title": {
            "pl": "Posiedzenie Rady Imigrantów i Imigrantek",
            "en": "Meeting of the Immigrants' Council",
            "uk": "Засідання Ради іммігрантів та іммігранток",
        },
        "summary": {
            "pl": "Comiesięczne posiedzenie Rady: opinie o sprawach miasta, które dotyczą imigrantów, i przegląd zgłoszeń mieszkańców.",
            "en": "The Council's monthly meeting: opinions on city matters that concern immigrants and a review of residents' requests.",
            "uk": "Щомісячне засідання Ради: думки щодо міських питань, які стосуються іммігрантів, і розгляд звернень мешканців.",
        },
        "paragraph": {
            "pl": "Posiedzenia są jawne. Protokół publikujemy po jego przyjęciu na kolejnym posiedzeniu.",
            "en": "Meetings are public. The minutes are published once they are adopted at the next meeting.",
            "uk": "Засідання відкриті. Протокол публікуємо після його затвердження на наступному засіданні.",
        },
    },
    {
        "key": "duty",
        "kind": "duty_hours",
        "every_days": 10,
        "first_offset": -160,
        "small_offset": 2,
        "hour": (15, 0),
        "minutes": 120,
        "venue": "service-point",
        "body": COUNCIL,
        "languages": "pl, uk, ru, en",
        "slug": {"pl": "dyzur-rady", "en": "council-duty-hours", "uk": "cherguvannia-rady"},
        "title": {
            "pl": "Dyżur członków Rady Imigrantów",
            "en": "Immigrants' Council duty hours",
            "uk": "Чергування членів Ради іммігрантів",
        },
        "summary": {
            "pl": "Przyjdź bez zapisów: członkinie i członkowie Rady wysłuchają Twojej sprawy i podpowiedzą, gdzie szukać pomocy.",
            "en": "Drop in, no appointment needed: Council members listen to your matter and tell you where to find help.",
            "uk": "Приходьте без запису: члени Ради вислухають вашу справу та підкажуть, де шукати допомоги.",
        },
        "paragraph": {
            "pl": "Rozmawiamy po polsku, ukraińsku, rosyjsku i angielsku. Rozmowy są poufne.",
            "en": "We speak Polish, Ukrainian, Russian and English. Conversations are confidential.",
            "uk": "Розмовляємо польською, українською, російською та англійською. Розмови конфіденційні.",
        },
    },
]

# One series per working group (area code), filled in with the area's names.
GROUP_SERIES = {
    "every_days": 49,
    "hour": (10, 0),
    "minutes": 90,
    "venue": "city-hall",
    "online": "https://meet.example.org/grupa-robocza",
    "body": FORUM,
    "languages": "pl, uk",
    "slug": {
        "pl": "spotkanie-grupy-{code}",
        "en": "working-group-{code}",
        "uk": "zustrich-hrupy-{code}",
    },
    "title": {
        "pl": "Spotkanie grupy roboczej „{name}”",
        "en": "Working group meeting: {name}",
        "uk": "Засідання робочої групи «{name}»",
    },
    "summary": {
        "pl": "Członkowie grupy roboczej „{name}” omawiają postęp zadań Modelu w tym obszarze i planują wspólne działania.",
        "en": 'Members of the "{name}" working group review the Model\'s tasks in this area and plan joint work.',
        "uk": "Члени робочої групи «{name}» обговорюють виконання завдань Моделі в цій сфері та планують спільні дії.",
    },
    "paragraph": {
        "pl": "Można dołączyć na miejscu albo przez internet. Nowe osoby i organizacje są mile widziane.",
        "en": "Join in person or online. New people and organisations are welcome.",
        "uk": "Долучитися можна на місці або онлайн. Нові люди та організації завжди бажані.",
    },
}

# One-off events; ``offset`` in days from today, or ``at`` for a fixed local date and time.
SINGLE = [
    {
        "key": "cv-workshop",
        "kind": "workshop",
        "offset": 9,
        "hour": (17, 0),
        "minutes": 120,
        "venue": "library",
        "organiser": "fundacja-dobry-start",
        "languages": "pl, uk",
        "areas": ["work"],
        "groups": ["work"],
        "registration": {"capacity": 3, "confirmed": 3, "waitlisted": 2},
        "slug": {
            "pl": "warsztaty-cv-po-polsku",
            "en": "cv-workshop-in-polish",
            "uk": "seminar-rezume-polskoiu",
        },
        "title": {
            "pl": "Warsztaty: CV i list motywacyjny po polsku",
            "en": "Workshop: a CV and cover letter in Polish",
            "uk": "Семінар: резюме та мотиваційний лист польською",
        },
        "summary": {
            "pl": "Przynieś swoje CV: doradczynie zawodowe pomogą je przygotować tak, jak oczekują polscy pracodawcy.",
            "en": "Bring your CV: career advisers help you shape it the way Polish employers expect.",
            "uk": "Принесіть своє резюме: кар'єрні консультантки допоможуть підготувати його так, як очікують польські роботодавці.",
        },
        "paragraph": {
            "pl": "Liczba miejsc jest mała, żeby każdy dostał indywidualną pomoc. Gdy miejsc zabraknie, zapisz się na listę oczekujących.",
            "en": "Seats are few so that everyone gets individual help. When they are taken, join the waiting list.",
            "uk": "Місць небагато, щоб кожен отримав індивідуальну допомогу. Коли місця закінчаться, запишіться до списку очікування.",
        },
    },
    {
        "key": "intercultural-training",
        "kind": "workshop",
        "offset": 16,
        "hour": (9, 30),
        "minutes": 240,
        "venue": "city-hall",
        "body": FORUM,
        "languages": "pl",
        "areas": ["social-communication"],
        "groups": ["social-communication"],
        "registration": {"capacity": 25, "confirmed": 4, "waitlisted": 0},
        "slug": {
            "pl": "szkolenie-komunikacja-miedzykulturowa",
            "en": "intercultural-communication-training",
            "uk": "trening-mizhkulturna-komunikatsiia",
        },
        "title": {
            "pl": "Szkolenie z komunikacji międzykulturowej",
            "en": "Intercultural communication training",
            "uk": "Тренінг з міжкультурної комунікації",
        },
        "summary": {
            "pl": "Szkolenie dla pracowników urzędów i instytucji, którzy obsługują mieszkańców z innych krajów.",
            "en": "Training for staff of offices and institutions who serve residents from other countries.",
            "uk": "Тренінг для працівників установ, які обслуговують мешканців з інших країн.",
        },
        "paragraph": {
            "pl": "Ćwiczymy prosty język, pracę z tłumaczem i rozwiązywanie nieporozumień.",
            "en": "We practise plain language, working with an interpreter and resolving misunderstandings.",
            "uk": "Практикуємо просту мову, роботу з перекладачем і вирішення непорозумінь.",
        },
    },
    {
        "key": "tenancy-workshop",
        "kind": "workshop",
        "offset": 12,
        "hour": (18, 0),
        "minutes": 90,
        "venue": "culture-house",
        "organiser": "fundacja-bezpieczny-kat",
        "languages": "pl, uk",
        "areas": ["housing"],
        "groups": ["housing"],
        "status": "cancelled",
        "slug": {
            "pl": "warsztaty-prawa-najemcy",
            "en": "tenant-rights-workshop",
            "uk": "seminar-prava-orendaria",
        },
        "title": {
            "pl": "Warsztaty: prawa i obowiązki najemcy",
            "en": "Workshop: tenants' rights and duties",
            "uk": "Семінар: права та обов'язки орендаря",
        },
        "summary": {
            "pl": "Jak czytać umowę najmu, czym jest kaucja i co zrobić, gdy właściciel chce wypowiedzieć umowę.",
            "en": "How to read a tenancy agreement, what a deposit is and what to do when a landlord ends the lease.",
            "uk": "Як читати договір оренди, що таке застава і що робити, коли власник хоче розірвати договір.",
        },
        "paragraph": {
            "pl": "Warsztaty odwołano z powodu choroby prowadzącej. Nowy termin ogłosimy w kalendarzu.",
            "en": "The workshop is cancelled because the trainer is ill. A new date will be announced in the calendar.",
            "uk": "Семінар скасовано через хворобу ведучої. Нову дату оголосимо в календарі.",
        },
    },
    {
        "key": "neighbour-festival",
        "kind": "partner_event",
        "offset": 20,
        "hour": (12, 0),
        "minutes": 300,
        "venue": "culture-house",
        "organiser": "stowarzyszenie-most",
        "languages": "pl, uk, en",
        "areas": ["culture", "local-communities"],
        "groups": ["local-communities"],
        "slug": {
            "pl": "festiwal-kuchni-sasiedzkiej",
            "en": "neighbourhood-food-festival",
            "uk": "festyval-susidskoi-kukhni",
        },
        "title": {
            "pl": "Festiwal Kuchni Sąsiedzkiej",
            "en": "Neighbourhood Food Festival",
            "uk": "Фестиваль сусідської кухні",
        },
        "summary": {
            "pl": "Sąsiedzi z kilkunastu krajów gotują swoje ulubione potrawy i dzielą się przepisami.",
            "en": "Neighbours from a dozen countries cook their favourite dishes and share the recipes.",
            "uk": "Сусіди з десятка країн готують улюблені страви та діляться рецептами.",
        },
        "paragraph": {
            "pl": "Wstęp wolny. Dla dzieci przygotowaliśmy kącik zabaw.",
            "en": "Free entry. There is a play corner for children.",
            "uk": "Вхід вільний. Для дітей облаштовано ігровий куточок.",
        },
    },
    {
        "key": "open-day",
        "kind": "other",
        "offset": 5,
        "hour": (10, 0),
        "minutes": 360,
        "venue": "service-point",
        "body": FORUM,
        "languages": "pl, uk, en, ru",
        "areas": ["social-assistance"],
        "slug": {
            "pl": "dzien-otwarty-punktu",
            "en": "service-point-open-day",
            "uk": "den-vidchynenykh-dverei",
        },
        "title": {
            "pl": "Dzień otwarty Punktu Obsługi Imigrantów",
            "en": "Immigrant Service Point open day",
            "uk": "День відчинених дверей Пункту обслуговування іммігрантів",
        },
        "summary": {
            "pl": "Poznaj urzędników, którzy pomagają w sprawach pobytu, meldunku i świadczeń; zadaj pytania bez kolejki.",
            "en": "Meet the staff who help with residence, registration of address and benefits; ask questions without queuing.",
            "uk": "Познайомтеся з працівниками, які допомагають у справах перебування, реєстрації та виплат; ставте запитання без черги.",
        },
        "paragraph": {
            "pl": "Dostępni będą tłumacze języka ukraińskiego, rosyjskiego i angielskiego.",
            "en": "Interpreters of Ukrainian, Russian and English will be available.",
            "uk": "Будуть доступні перекладачі української, російської та англійської мов.",
        },
    },
    {
        "key": "health-online",
        "kind": "workshop",
        "offset": 3,
        "hour": (18, 30),
        "minutes": 60,
        "online": "https://meet.example.org/zdrowie-nfz",
        "organiser": "zdrowie-bez-granic",
        "languages": "uk",
        "areas": ["health"],
        "groups": ["health"],
        "status": "moved_online",
        "venue": "library",
        "slug": {
            "pl": "jak-dziala-nfz",
            "en": "how-public-health-care-works",
            "uk": "yak-pratsiuie-nfz",
        },
        "title": {
            "pl": "Jak działa publiczna służba zdrowia",
            "en": "How public health care works",
            "uk": "Як працює державна охорона здоров'я",
        },
        "summary": {
            "pl": "Spotkanie po ukraińsku: lekarz rodzinny, skierowania, ubezpieczenie i pomoc w nagłych wypadkach.",
            "en": "A meeting in Ukrainian: family doctors, referrals, insurance and emergency help.",
            "uk": "Зустріч українською: сімейний лікар, направлення, страхування та невідкладна допомога.",
        },
        "paragraph": {
            "pl": "Spotkanie przeniesiono do internetu; link do połączenia jest poniżej.",
            "en": "The meeting has moved online; the link to join is below.",
            "uk": "Зустріч перенесено в онлайн; посилання для підключення нижче.",
        },
    },
    {
        "key": "film-night",
        "kind": "partner_event",
        # Across the end of summer time: the clocks go back at 03:00 on 25 October 2026.
        "at": (2026, 10, 24, 21, 0),
        "minutes": 450,
        "venue": "culture-house",
        "organiser": "ukrainski-dom-pomorze",
        "languages": "uk, pl",
        "areas": ["culture"],
        "slug": {
            "pl": "nocny-maraton-filmowy",
            "en": "film-night-marathon",
            "uk": "nichnyi-kinomarafon",
        },
        "title": {
            "pl": "Nocny maraton filmów ukraińskich",
            "en": "Ukrainian film night marathon",
            "uk": "Нічний марафон українського кіно",
        },
        "summary": {
            "pl": "Cztery filmy z polskimi napisami, od sobotniego wieczoru do rana; przerwy na herbatę i rozmowy.",
            "en": "Four films with Polish subtitles from Saturday evening until morning, with breaks for tea and talk.",
            "uk": "Чотири фільми з польськими субтитрами від суботнього вечора до ранку, з перервами на чай і розмови.",
        },
        "paragraph": {
            "pl": "Uwaga: tej nocy zmienia się czas na zimowy, więc maraton potrwa godzinę dłużej.",
            "en": "Note: summer time ends that night, so the marathon lasts an hour longer.",
            "uk": "Увага: цієї ночі переводять годинники на зимовий час, тож марафон триватиме на годину довше.",
        },
    },
    {
        "key": "spring-run",
        "kind": "partner_event",
        # On the day summer time begins (28 March 2027): 10:00 is already CEST.
        "at": (2027, 3, 28, 10, 0),
        "minutes": 180,
        "venue": "stadium",
        "organiser": "klub-sportowy-jednosc",
        "languages": "pl, uk, en",
        "areas": ["sport"],
        "groups": ["sport"],
        "slug": {
            "pl": "wiosenny-bieg-integracyjny",
            "en": "spring-integration-run",
            "uk": "vesnianyi-zabih",
        },
        "title": {
            "pl": "Wiosenny bieg integracyjny",
            "en": "Spring integration run",
            "uk": "Весняний інтеграційний забіг",
        },
        "summary": {
            "pl": "Rodzinny bieg na 3 i 5 km dla mieszkańców wszystkich narodowości; medale dla każdego.",
            "en": "A family run of 3 and 5 km for residents of every nationality; medals for everyone.",
            "uk": "Сімейний забіг на 3 і 5 км для мешканців усіх національностей; медалі для кожного.",
        },
        "paragraph": {
            "pl": "Tej nocy przestawiamy zegarki na czas letni: start o 10:00 według nowego czasu.",
            "en": "The clocks go forward that night: the start is at 10:00 new time.",
            "uk": "Цієї ночі переводимо годинники на літній час: старт о 10:00 за новим часом.",
        },
    },
    {
        "key": "study-day",
        "kind": "partner_event",
        "offset": -20,
        "hour": (11, 0),
        "minutes": 180,
        "venue": "ecs",
        "organiser": "uniwersytet-gdanski",
        "languages": "pl, en",
        "areas": ["higher-education"],
        "groups": ["higher-education"],
        "all_day": True,
        "slug": {
            "pl": "dzien-otwarty-dla-kandydatow",
            "en": "open-day-for-applicants",
            "uk": "den-dlia-vstupnykiv",
        },
        "title": {
            "pl": "Dzień otwarty dla kandydatów na studia",
            "en": "Open day for university applicants",
            "uk": "День відкритих дверей для вступників",
        },
        "summary": {
            "pl": "Uczelnie Gdańska przedstawiają kierunki, zasady rekrutacji cudzoziemców i stypendia.",
            "en": "Gdańsk's universities present their courses, admission rules for foreigners and scholarships.",
            "uk": "Університети Гданська представляють спеціальності, правила вступу для іноземців і стипендії.",
        },
        "paragraph": {
            "pl": "Stoiska uczelni czynne przez cały dzień.",
            "en": "The universities' stands are open all day.",
            "uk": "Стенди університетів працюють увесь день.",
        },
    },
]

# Which series and one-offs make the small set (tests): every kind is covered.
SMALL_SERIES_KEYS = {"plenary", "council", "duty"}
SMALL_GROUPS = ["health"]
SMALL_SINGLE_KEYS = {"cv-workshop", "tenancy-workshop", "open-day", "film-night", "spring-run"}

DEMO_PEOPLE = [
    ("Olena Kovalenko", "olena.kovalenko@example.org"),
    ("Marek Nowicki", "marek.nowicki@example.org"),
    ("Aisha Bello", "aisha.bello@example.org"),
    ("Iryna Shevchuk", "iryna.shevchuk@example.org"),
    ("Tomasz Wiśniewski", "tomasz.wisniewski@example.org"),
    ("Dmytro Bondar", "dmytro.bondar@example.org"),
]
