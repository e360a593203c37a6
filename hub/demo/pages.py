"""Demo pages and news in Polish, English and Ukrainian, written for the hub.

Each text is a dict keyed by language; ``body`` is a list of paragraphs.
"""

HOME = {
    "intro": {
        "pl": "Miejsce spotkań miasta, organizacji i imigrantów, którzy razem wdrażają gdański Model Integracji Imigrantów.",
        "en": "Where the city, organisations and immigrants meet to put Gdańsk's Immigrant Integration Model into practice.",
        "uk": "Місце зустрічі міста, організацій та іммігрантів, які разом втілюють Гданську модель інтеграції іммігрантів.",
    },
}

PAGES = [
    {
        "key": "about-model",
        "in_menu": True,
        "slug": {"pl": "model-integracji", "en": "integration-model", "uk": "model-intehratsii"},
        "title": {
            "pl": "Model Integracji Imigrantów",
            "en": "The Immigrant Integration Model",
            "uk": "Модель інтеграції іммігрантів",
        },
        "introduction": {
            "pl": "Gdańsk jako pierwsze polskie miasto przyjął własną politykę integracji imigrantów.",
            "en": "Gdańsk was the first Polish city to adopt its own policy for integrating immigrants.",
            "uk": "Гданськ став першим польським містом, яке ухвалило власну політику інтеграції іммігрантів.",
        },
        "body": {
            "pl": [
                "Rada Miasta przyjęła Model 30 czerwca 2016 roku. Powstawał przez blisko rok, od kwietnia 2015 do marca 2016, a pracowało nad nim ponad 150 osób z około 70 instytucji i organizacji, w tym stała grupa ponad 20 imigrantów.",
                "Model ma dwa cele. Pierwszy to samodzielność imigrantów: dostęp do rzetelnej informacji o prawie, pobycie, rynku pracy, edukacji i kulturze miasta. Drugi to przygotowanie instytucji, aby obsługiwały imigrantów na równych prawach z innymi mieszkańcami.",
                "Działania podzielono na jedenaście obszarów tematycznych, od edukacji szkolnej po komunikację społeczną. Co dwa lata miasto ocenia, jak Model jest realizowany, i może go wtedy zmienić.",
            ],
            "en": [
                "The City Council adopted the Model on 30 June 2016. It took almost a year to prepare, from April 2015 to March 2016, and more than 150 people from about 70 institutions and organisations worked on it, including a standing group of over 20 immigrants.",
                "The Model has two aims. The first is immigrants' self-reliance: reliable information about the law, residence, the labour market, education and the city's culture. The second is to prepare institutions to serve immigrants on equal terms with other residents.",
                "The work is divided into eleven thematic areas, from school education to social communication. Every two years the city reviews how the Model is being carried out and may amend it at that point.",
            ],
            "uk": [
                "Міська рада ухвалила Модель 30 червня 2016 року. Її готували майже рік, з квітня 2015 до березня 2016 року, і над нею працювали понад 150 людей із близько 70 установ та організацій, зокрема постійна група з понад 20 іммігрантів.",
                "Модель має дві мети. Перша: самостійність іммігрантів, тобто доступ до надійної інформації про право, перебування, ринок праці, освіту та культуру міста. Друга: підготувати установи до обслуговування іммігрантів нарівні з іншими мешканцями.",
                "Діяльність поділено на одинадцять тематичних напрямів, від шкільної освіти до суспільної комунікації. Кожні два роки місто оцінює, як втілюється Модель, і тоді може її змінити.",
            ],
        },
    },
    {
        "key": "about-forum",
        "in_menu": True,
        "slug": {"pl": "o-forum", "en": "about-the-forum", "uk": "pro-forum"},
        "title": {
            "pl": "O Forum",
            "en": "About the Forum",
            "uk": "Про Форум",
        },
        "introduction": {
            "pl": "Forum Integracji i Migracji jest otwarte dla każdej organizacji, instytucji i osoby, która chce współtworzyć Model.",
            "en": "The Forum for Integration and Migration is open to any organisation, institution or person who wants to help shape the Model.",
            "uk": "Форум інтеграції та міграції відкритий для кожної організації, установи та людини, яка хоче співтворити Модель.",
        },
        "body": {
            "pl": [
                "Forum zrzesza ponad 80 członków: urzędy, szkoły, uczelnie, organizacje pozarządowe, firmy i osoby prywatne. Pierwsza sesja odbyła się 19 września 2016 roku w Europejskim Centrum Solidarności.",
                "Członkowie pracują w jedenastu grupach roboczych, po jednej dla każdego obszaru Modelu, a raz na kwartał spotykają się na sesji plenarnej. Wymieniają się wiedzą, planują wspólne projekty i uczą się od siebie nawzajem.",
                "Pracę Forum koordynuje Wydział Rozwoju Społecznego Urzędu Miejskiego w Gdańsku.",
            ],
            "en": [
                "The Forum brings together more than 80 members: public offices, schools, universities, non-governmental organisations, companies and individuals. Its first session took place on 19 September 2016 at the European Solidarity Centre.",
                "Members work in eleven working groups, one for each area of the Model, and meet every quarter at a plenary session. They share knowledge, plan joint projects and learn from one another.",
                "The Forum's work is coordinated by the Social Development Department of Gdańsk City Hall.",
            ],
            "uk": [
                "Форум об'єднує понад 80 членів: державні установи, школи, університети, громадські організації, компанії та приватних осіб. Перша сесія відбулася 19 вересня 2016 року в Європейському центрі солідарності.",
                "Члени працюють в одинадцяти робочих групах, по одній для кожного напряму Моделі, і раз на квартал збираються на пленарну сесію. Вони обмінюються знаннями, планують спільні проєкти та навчаються одне в одного.",
                "Роботу Форуму координує Відділ соціального розвитку Гданської міської ради.",
            ],
        },
    },
    {
        "key": "privacy",
        "in_menu": False,
        "slug": {"pl": "prywatnosc", "en": "privacy", "uk": "konfidentsiinist"},
        "title": {
            "pl": "Polityka prywatności",
            "en": "Privacy notice",
            "uk": "Політика конфіденційності",
        },
        "introduction": {
            "pl": "Jak serwis przetwarza dane osobowe osób, które z niego korzystają.",
            "en": "How this site processes the personal data of the people who use it.",
            "uk": "Як цей сайт обробляє персональні дані людей, які ним користуються.",
        },
        "body": {
            "pl": [
                "Administratorem danych jest Prezydent Miasta Gdańska. Dane przetwarzamy tylko w celu, w jakim je podano: rejestracji na wydarzenie, udziału w konsultacjach lub obsługi konta organizacji członkowskiej.",
                "Dane z rejestracji i konsultacji usuwamy lub anonimizujemy po upływie okresu podanego przy formularzu. Masz prawo dostępu do swoich danych, ich sprostowania, usunięcia i ograniczenia przetwarzania oraz prawo skargi do Prezesa Urzędu Ochrony Danych Osobowych.",
                "Serwis używa wyłącznie plików cookie niezbędnych do działania, na przykład do utrzymania logowania. Nie używamy narzędzi śledzących ani reklamowych.",
            ],
            "en": [
                "The data controller is the Mayor of Gdańsk. We process data only for the purpose for which it was given: registering for an event, taking part in a consultation or running a member organisation's account.",
                "Registration and consultation data is deleted or anonymised after the period stated on the form. You have the right to access, correct and erase your data, to restrict its processing, and to complain to the President of the Personal Data Protection Office.",
                "The site uses only the cookies it needs to work, for example to keep you signed in. We use no tracking or advertising tools.",
            ],
            "uk": [
                "Розпорядником даних є Президент міста Гданська. Ми обробляємо дані лише з тією метою, з якою їх надано: реєстрація на подію, участь у консультаціях або обслуговування облікового запису організації-члена.",
                "Дані реєстрацій і консультацій видаляються або знеособлюються після строку, зазначеного біля форми. Ви маєте право на доступ до своїх даних, їх виправлення, видалення та обмеження обробки, а також право подати скаргу до Голови Управління захисту персональних даних.",
                "Сайт використовує лише файли cookie, необхідні для роботи, наприклад, щоб ви залишалися в системі. Ми не використовуємо інструментів стеження чи реклами.",
            ],
        },
    },
    {
        "key": "accessibility",
        "in_menu": False,
        "slug": {
            "pl": "deklaracja-dostepnosci",
            "en": "accessibility-statement",
            "uk": "zaiava-pro-dostupnist",
        },
        "title": {
            "pl": "Deklaracja dostępności",
            "en": "Accessibility statement",
            "uk": "Заява про доступність",
        },
        "introduction": {
            "pl": "Chcemy, aby z serwisu mógł korzystać każdy, niezależnie od sprawności i używanego sprzętu.",
            "en": "We want everyone to be able to use this site, whatever their abilities and whatever device they use.",
            "uk": "Ми хочемо, щоб сайтом міг користуватися кожен, незалежно від можливостей і пристрою.",
        },
        "body": {
            "pl": [
                "Serwis jest projektowany zgodnie z wytycznymi WCAG 2.1 na poziomie AA. Każda zmiana jest automatycznie sprawdzana pod kątem dostępności przed publikacją.",
                "Jeśli coś nie działa lub jest trudne w użyciu, napisz do nas. Odpowiemy najpóźniej w ciągu 7 dni i przekażemy treść w dostępnej formie.",
            ],
            "en": [
                "The site is designed to meet the WCAG 2.1 guidelines at level AA. Every change is checked automatically for accessibility before it is published.",
                "If something does not work or is hard to use, write to us. We will reply within 7 days at the latest and provide the content in an accessible form.",
            ],
            "uk": [
                "Сайт розроблено відповідно до настанов WCAG 2.1 на рівні AA. Кожну зміну автоматично перевіряють на доступність перед публікацією.",
                "Якщо щось не працює або цим важко користуватися, напишіть нам. Ми відповімо щонайпізніше протягом 7 днів і надамо матеріал у доступній формі.",
            ],
        },
    },
]

NEWS = [
    {
        "days_ago": 3,
        "areas": ["local-communities", "social-communication"],
        "slug": {
            "pl": "sesja-plenarna-jesien",
            "en": "autumn-plenary-session",
            "uk": "osinnia-plenarna-sesiia",
        },
        "title": {
            "pl": "Jesienna sesja plenarna Forum",
            "en": "The Forum's autumn plenary session",
            "uk": "Осіння пленарна сесія Форуму",
        },
        "lead": {
            "pl": "Ponad sześćdziesiąt osób rozmawiało o tym, jak grupy robocze mogą lepiej dzielić się wiedzą.",
            "en": "More than sixty people discussed how the working groups can share knowledge better.",
            "uk": "Понад шістдесят людей обговорювали, як робочі групи можуть краще ділитися знаннями.",
        },
        "body": {
            "pl": [
                "Liderzy grup przedstawili podsumowania półrocza, a uczestnicy w mniejszych zespołach szukali tematów wspólnych dla kilku obszarów.",
                "Notatka z sesji i prezentacje będą dostępne na stronie sesji w ciągu dwóch tygodni.",
            ],
            "en": [
                "Group leaders presented their half-year summaries, and participants in smaller teams looked for topics shared by several areas.",
                "Notes from the session and the presentations will be on the session's page within two weeks.",
            ],
            "uk": [
                "Керівники груп представили підсумки півріччя, а учасники в менших командах шукали теми, спільні для кількох напрямів.",
                "Нотатки із сесії та презентації з'являться на сторінці сесії протягом двох тижнів.",
            ],
        },
    },
    {
        "days_ago": 10,
        "areas": ["school-education"],
        "slug": {
            "pl": "asystenci-kulturowi-w-szkolach",
            "en": "cultural-assistants-in-schools",
            "uk": "kulturni-asystenty-u-shkolakh",
        },
        "title": {
            "pl": "Więcej asystentów kulturowych w szkołach",
            "en": "More cultural assistants in schools",
            "uk": "Більше культурних асистентів у школах",
        },
        "lead": {
            "pl": "Od nowego semestru uczniów z doświadczeniem migracji wspiera kolejnych dwunastu asystentów.",
            "en": "From the new term, twelve more assistants support pupils with a migration background.",
            "uk": "З нового семестру учнів із досвідом міграції підтримують ще дванадцять асистентів.",
        },
        "body": {
            "pl": [
                "Asystenci pomagają uczniom i rodzicom porozumieć się ze szkołą, tłumaczą zasady oceniania i wspierają nauczycieli w pracy z klasą wielokulturową.",
                "Szkoły, które chcą zgłosić potrzebę wsparcia, mogą kontaktować się z grupą roboczą ds. edukacji szkolnej.",
            ],
            "en": [
                "Assistants help pupils and parents communicate with the school, explain how marking works and support teachers working with multicultural classes.",
                "Schools that need support can contact the school education working group.",
            ],
            "uk": [
                "Асистенти допомагають учням і батькам порозумітися зі школою, пояснюють правила оцінювання та підтримують учителів у роботі з багатокультурним класом.",
                "Школи, яким потрібна підтримка, можуть звернутися до робочої групи зі шкільної освіти.",
            ],
        },
    },
    {
        "days_ago": 18,
        "areas": ["work"],
        "slug": {
            "pl": "doradztwo-zawodowe",
            "en": "career-counselling",
            "uk": "profesiine-konsultuvannia",
        },
        "title": {
            "pl": "Bezpłatne doradztwo zawodowe po ukraińsku i angielsku",
            "en": "Free career counselling in Ukrainian and English",
            "uk": "Безкоштовне професійне консультування українською та англійською",
        },
        "lead": {
            "pl": "Doradcy pomogą przygotować CV, zrozumieć umowę i zaplanować potwierdzenie kwalifikacji.",
            "en": "Counsellors help with a CV, with understanding a contract and with planning the recognition of qualifications.",
            "uk": "Консультанти допоможуть підготувати резюме, зрозуміти договір і спланувати підтвердження кваліфікації.",
        },
        "body": {
            "pl": [
                "Konsultacje prowadzi organizacja wybrana w otwartym konkursie miasta. Spotkania odbywają się stacjonarnie i online.",
                "Na spotkanie warto zabrać dokumenty dotyczące wykształcenia i doświadczenia zawodowego.",
            ],
            "en": [
                "The sessions are run by an organisation chosen in the city's open call. Meetings take place in person and online.",
                "It helps to bring documents about your education and work experience.",
            ],
            "uk": [
                "Консультації проводить організація, обрана у відкритому конкурсі міста. Зустрічі відбуваються наживо та онлайн.",
                "На зустріч варто взяти документи про освіту та досвід роботи.",
            ],
        },
    },
    {
        "days_ago": 27,
        "areas": ["health"],
        "slug": {"pl": "informator-zdrowotny", "en": "health-guide", "uk": "dovidnyk-zdorovia"},
        "title": {
            "pl": "Nowy informator o opiece zdrowotnej",
            "en": "A new guide to health care",
            "uk": "Новий довідник про медичну допомогу",
        },
        "lead": {
            "pl": "Krótki przewodnik wyjaśnia, jak zapisać się do lekarza rodzinnego i gdzie szukać pomocy w nagłych przypadkach.",
            "en": "A short guide explains how to register with a family doctor and where to get help in an emergency.",
            "uk": "Короткий путівник пояснює, як записатися до сімейного лікаря і де шукати допомоги в невідкладних випадках.",
        },
        "body": {
            "pl": [
                "Informator przygotowała grupa robocza ds. zdrowia razem z przychodniami i członkami Rady Imigrantów i Imigrantek.",
                "Wersje drukowane są dostępne w Punkcie Obsługi Imigrantów w Urzędzie Miejskim.",
            ],
            "en": [
                "The guide was written by the health working group together with clinics and members of the Immigrants' Council.",
                "Printed copies are available at the Immigrant Service Point in City Hall.",
            ],
            "uk": [
                "Довідник підготувала робоча група з питань здоров'я разом із поліклініками та членами Ради іммігрантів та іммігранток.",
                "Друковані примірники можна отримати в Пункті обслуговування іммігрантів у міській раді.",
            ],
        },
    },
    {
        "days_ago": 41,
        "areas": ["housing", "social-assistance"],
        "slug": {
            "pl": "pomoc-w-wynajmie",
            "en": "help-renting-a-flat",
            "uk": "dopomoha-z-orendoiu",
        },
        "title": {
            "pl": "Pomoc w wynajmie mieszkania",
            "en": "Help with renting a flat",
            "uk": "Допомога з орендою житла",
        },
        "lead": {
            "pl": "Mieszkańcy z doświadczeniem migracji mogą skorzystać z porad przy szukaniu mieszkania i podpisywaniu umowy najmu.",
            "en": "Residents with a migration background can get advice on finding a flat and signing a tenancy agreement.",
            "uk": "Мешканці з досвідом міграції можуть отримати поради щодо пошуку житла та підписання договору оренди.",
        },
        "body": {
            "pl": [
                "Doradcy sprawdzą umowę, wyjaśnią prawa i obowiązki najemcy oraz pomogą w rozmowie z właścicielem.",
                "Wsparcie jest finansowane przez miasto w ramach zadań zlecanych organizacjom pozarządowym.",
            ],
            "en": [
                "Advisers check the agreement, explain a tenant's rights and duties and help in talking to the landlord.",
                "The support is funded by the city as one of the tasks contracted to non-governmental organisations.",
            ],
            "uk": [
                "Консультанти перевірять договір, пояснять права та обов'язки орендаря і допоможуть у розмові з власником.",
                "Підтримку фінансує місто в межах завдань, доручених громадським організаціям.",
            ],
        },
    },
    {
        "days_ago": 55,
        "areas": ["culture", "sport"],
        "slug": {
            "pl": "festiwal-sasiedzki",
            "en": "neighbourhood-festival",
            "uk": "susidskyi-festyval",
        },
        "title": {
            "pl": "Festiwal sąsiedzki w parku",
            "en": "A neighbourhood festival in the park",
            "uk": "Сусідський фестиваль у парку",
        },
        "lead": {
            "pl": "Muzyka, turniej piłkarski i kuchnie z kilkunastu krajów: tak mieszkańcy dzielnicy spędzili sobotę.",
            "en": "Music, a football tournament and food from more than a dozen countries: that was the district's Saturday.",
            "uk": "Музика, футбольний турнір і кухні з понад десятка країн: так мешканці району провели суботу.",
        },
        "body": {
            "pl": [
                "Festiwal przygotowały rada dzielnicy, dwie szkoły i organizacje członkowskie Forum.",
                "Organizatorzy zapraszają do zgłaszania pomysłów na kolejną edycję.",
            ],
            "en": [
                "The festival was prepared by the district board, two schools and member organisations of the Forum.",
                "The organisers welcome ideas for the next edition.",
            ],
            "uk": [
                "Фестиваль підготували рада району, дві школи та організації-члени Форуму.",
                "Організатори запрошують надсилати ідеї для наступного фестивалю.",
            ],
        },
    },
    {
        "days_ago": 70,
        "areas": ["violence-discrimination"],
        "slug": {
            "pl": "procedura-antydyskryminacyjna",
            "en": "anti-discrimination-procedure",
            "uk": "antydyskryminatsiina-protsedura",
        },
        "title": {
            "pl": "Jak zgłosić dyskryminację",
            "en": "How to report discrimination",
            "uk": "Як повідомити про дискримінацію",
        },
        "lead": {
            "pl": "Miejskie instytucje stosują wspólną procedurę przyjmowania zgłoszeń o dyskryminacji.",
            "en": "City institutions follow one shared procedure for receiving reports of discrimination.",
            "uk": "Міські установи застосовують спільну процедуру прийому повідомлень про дискримінацію.",
        },
        "body": {
            "pl": [
                "Zgłoszenie można złożyć osobiście, mailowo lub przez zaufaną organizację. Każde zgłoszenie jest traktowane poufnie.",
                "Osoby dotknięte przemocą mogą też skorzystać z interwencji kryzysowej.",
            ],
            "en": [
                "A report can be made in person, by e-mail or through a trusted organisation. Every report is treated confidentially.",
                "People affected by violence can also turn to crisis intervention services.",
            ],
            "uk": [
                "Повідомлення можна подати особисто, електронною поштою або через організацію, якій ви довіряєте. Кожне повідомлення розглядається конфіденційно.",
                "Люди, які постраждали від насильства, можуть також звернутися по кризове втручання.",
            ],
        },
    },
    {
        "days_ago": 86,
        "areas": ["higher-education"],
        "slug": {
            "pl": "studenci-z-zagranicy",
            "en": "international-students",
            "uk": "inozemni-studenty",
        },
        "title": {
            "pl": "Uczelnie wspólnie witają studentów z zagranicy",
            "en": "Universities welcome international students together",
            "uk": "Університети разом вітають іноземних студентів",
        },
        "lead": {
            "pl": "Gdańskie uczelnie przygotowały wspólny dzień informacyjny o legalizacji pobytu i życiu w mieście.",
            "en": "Gdańsk's universities held a joint information day on residence permits and life in the city.",
            "uk": "Гданські університети провели спільний інформаційний день про легалізацію перебування та життя в місті.",
        },
        "body": {
            "pl": [
                "Studenci mogli porozmawiać z urzędnikami, przedstawicielami uczelni i studentami, którzy przyjechali wcześniej.",
                "Materiały z dnia informacyjnego są dostępne w trzech językach.",
            ],
            "en": [
                "Students could talk to officials, university staff and students who had arrived earlier.",
                "Materials from the information day are available in three languages.",
            ],
            "uk": [
                "Студенти могли поговорити з посадовцями, представниками університетів і студентами, які приїхали раніше.",
                "Матеріали інформаційного дня доступні трьома мовами.",
            ],
        },
    },
]
