# ruff: noqa: E501
"""Demo content: about 80 member organisations of every kind (fictional, pl/en/uk).

Each entry: slug, kind, names (pl, en, uk), short name, areas of work, working
groups (area codes), description (pl, en, uk). The first entries of each kind
form the small set used by the tests.
"""

from datetime import date


def org(slug, kind, names, short, areas, groups, description, since):
    return {
        "slug": slug,
        "kind": kind,
        "name": dict(zip(("pl", "en", "uk"), names, strict=True)),
        "short_name": short,
        "areas": areas,
        "groups": groups,
        "description": dict(zip(("pl", "en", "uk"), description, strict=True)),
        "member_since": since,
    }


NAMED = [
    # Public institutions
    org(
        "wydzial-rozwoju-spolecznego",
        "public",
        (
            "Wydział Rozwoju Społecznego Urzędu Miejskiego w Gdańsku",
            "Social Development Department, Gdańsk City Hall",
            "Відділ соціального розвитку Міської ради Гданська",
        ),
        "WRS",
        ["social-assistance", "social-communication"],
        ["social-communication"],
        (
            "Koordynuje wdrażanie Modelu Integracji Imigrantów i prowadzi sekretariat Forum.",
            "Coordinates the Immigrant Integration Model and runs the Forum's secretariat.",
            "Координує впровадження Моделі інтеграції іммігрантів і веде секретаріат Форуму.",
        ),
        date(2016, 9, 19),
    ),
    org(
        "gdanski-urzad-pracy",
        "public",
        ("Gdański Urząd Pracy", "Gdańsk Labour Office", "Гданське бюро праці"),
        "GUP",
        ["work"],
        ["work"],
        (
            "Pośrednictwo pracy, doradztwo zawodowe i szkolenia dla osób z zagranicy.",
            "Job placement, career advice and training for people from abroad.",
            "Працевлаштування, кар'єрне консультування та навчання для людей з-за кордону.",
        ),
        date(2016, 9, 19),
    ),
    org(
        "miejski-osrodek-pomocy-rodzinie",
        "public",
        (
            "Miejski Ośrodek Pomocy Rodzinie w Gdańsku",
            "Municipal Family Support Centre in Gdańsk",
            "Міський центр допомоги сім'ї в Гданську",
        ),
        "MOPR",
        ["social-assistance", "housing"],
        ["social-assistance", "housing"],
        (
            "Pomoc społeczna, interwencja kryzysowa i wsparcie rodzin, także w językach obcych.",
            "Social assistance, crisis intervention and family support, also in other languages.",
            "Соціальна допомога, кризове втручання та підтримка сімей, зокрема іноземними мовами.",
        ),
        date(2016, 9, 19),
    ),
    org(
        "gdanskie-centrum-kultury-dzielnic",
        "public",
        (
            "Gdańskie Centrum Kultury Dzielnic",
            "Gdańsk District Culture Centre",
            "Гданський центр культури районів",
        ),
        "GCKD",
        ["culture", "local-communities"],
        ["culture"],
        (
            "Sieć domów kultury w dzielnicach, z zajęciami dla dzieci i dorosłych z różnych krajów.",
            "A network of district culture centres with activities for children and adults from many countries.",
            "Мережа районних будинків культури із заняттями для дітей і дорослих з різних країн.",
        ),
        date(2017, 3, 1),
    ),
    org(
        "miejskie-centrum-zdrowia",
        "public",
        (
            "Miejskie Centrum Zdrowia Publicznego",
            "Municipal Public Health Centre",
            "Міський центр громадського здоров'я",
        ),
        "MCZP",
        ["health"],
        ["health"],
        (
            "Profilaktyka, szczepienia i informacja o systemie ochrony zdrowia.",
            "Prevention, vaccinations and information about the health system.",
            "Профілактика, щеплення та інформація про систему охорони здоров'я.",
        ),
        date(2018, 5, 10),
    ),
    org(
        "gdanskie-nieruchomosci",
        "public",
        (
            "Gdańskie Nieruchomości",
            "Gdańsk Municipal Property",
            "Гданська муніципальна нерухомість",
        ),
        "GN",
        ["housing"],
        ["housing"],
        (
            "Zarządza mieszkaniami komunalnymi i programem mieszkań na start.",
            "Manages the city's housing and the starter flats programme.",
            "Керує комунальним житлом і програмою стартових квартир.",
        ),
        date(2017, 9, 1),
    ),
    org(
        "uniwersytet-gdanski",
        "public",
        ("Uniwersytet Gdański", "University of Gdańsk", "Гданський університет"),
        "UG",
        ["higher-education"],
        ["higher-education"],
        (
            "Biuro współpracy międzynarodowej i centrum badań nad migracjami.",
            "International office and migration research centre.",
            "Офіс міжнародної співпраці та центр досліджень міграції.",
        ),
        date(2016, 9, 19),
    ),
    org(
        "politechnika-gdanska",
        "public",
        ("Politechnika Gdańska", "Gdańsk University of Technology", "Гданська політехніка"),
        "PG",
        ["higher-education", "work"],
        ["higher-education"],
        (
            "Rekrutacja i opieka nad studentami z zagranicy, kursy języka polskiego.",
            "Admissions and support for international students, Polish language courses.",
            "Вступ і супровід іноземних студентів, курси польської мови.",
        ),
        date(2018, 10, 1),
    ),
    # NGOs
    org(
        "fundacja-wspolny-dom",
        "ngo",
        ("Fundacja Wspólny Dom", "Common Home Foundation", "Фонд «Спільний дім»"),
        "",
        ["school-education", "social-assistance"],
        ["school-education", "social-assistance"],
        (
            "Punkt informacyjny dla imigrantów, kursy polskiego i świetlica dla dzieci.",
            "Information point for immigrants, Polish courses and an after-school club.",
            "Інформаційний пункт для іммігрантів, курси польської та клуб для дітей.",
        ),
        date(2016, 9, 19),
    ),
    org(
        "stowarzyszenie-most",
        "ngo",
        ("Stowarzyszenie Most", "The Bridge Association", "Асоціація «Міст»"),
        "Most",
        ["local-communities", "culture"],
        ["local-communities"],
        (
            "Łączy sąsiadów różnych narodowości przez wspólne projekty w dzielnicach.",
            "Connects neighbours of different nationalities through joint projects in the districts.",
            "Поєднує сусідів різних національностей через спільні проєкти в районах.",
        ),
        date(2017, 1, 15),
    ),
    org(
        "centrum-praw-czlowieka",
        "ngo",
        (
            "Centrum Praw Człowieka Gdańsk",
            "Gdańsk Human Rights Centre",
            "Гданський центр прав людини",
        ),
        "CPCz",
        ["violence-discrimination"],
        ["violence-discrimination"],
        (
            "Bezpłatne porady prawne i wsparcie osób doświadczających dyskryminacji.",
            "Free legal advice and support for people facing discrimination.",
            "Безкоштовні юридичні консультації та підтримка людей, які зазнають дискримінації.",
        ),
        date(2016, 9, 19),
    ),
    org(
        "zdrowie-bez-granic",
        "ngo",
        (
            "Stowarzyszenie Zdrowie bez Granic",
            "Health Without Borders Association",
            "Асоціація «Здоров'я без кордонів»",
        ),
        "",
        ["health"],
        ["health"],
        (
            "Tłumacze w przychodniach i warsztaty o systemie ochrony zdrowia.",
            "Interpreters in clinics and workshops on the health system.",
            "Перекладачі в поліклініках і семінари про систему охорони здоров'я.",
        ),
        date(2019, 2, 1),
    ),
    org(
        "fundacja-dobry-start",
        "ngo",
        ("Fundacja Dobry Start", "Good Start Foundation", "Фонд «Добрий старт»"),
        "",
        ["work", "higher-education"],
        ["work"],
        (
            "Doradztwo zawodowe, pomoc w uznawaniu kwalifikacji i mentoring.",
            "Career advice, help with the recognition of qualifications and mentoring.",
            "Кар'єрне консультування, допомога з визнанням кваліфікацій і менторство.",
        ),
        date(2018, 4, 20),
    ),
    org(
        "ukrainski-dom-pomorze",
        "ngo",
        ("Ukraiński Dom na Pomorzu", "Ukrainian House in Pomerania", "Український дім на Помор'ї"),
        "UDP",
        ["culture", "social-assistance"],
        ["culture", "social-assistance"],
        (
            "Centrum społeczności ukraińskiej: porady, kultura, grupy wsparcia.",
            "A centre of the Ukrainian community: advice, culture, support groups.",
            "Центр української громади: консультації, культура, групи підтримки.",
        ),
        date(2016, 9, 19),
    ),
    org(
        "klub-sportowy-jednosc",
        "ngo",
        ("Klub Sportowy Jedność", "Unity Sports Club", "Спортивний клуб «Єдність»"),
        "KS Jedność",
        ["sport"],
        ["sport"],
        (
            "Piłka nożna, siatkówka i biegi dla dzieci i dorosłych z różnych krajów.",
            "Football, volleyball and running for children and adults from many countries.",
            "Футбол, волейбол і біг для дітей і дорослих з різних країн.",
        ),
        date(2019, 6, 1),
    ),
    org(
        "fundacja-bezpieczny-kat",
        "ngo",
        ("Fundacja Bezpieczny Kąt", "Safe Corner Foundation", "Фонд «Безпечний куток»"),
        "",
        ["housing", "social-assistance"],
        ["housing"],
        (
            "Pomoc w znalezieniu mieszkania i wsparcie osób zagrożonych bezdomnością.",
            "Help in finding a flat and support for people at risk of homelessness.",
            "Допомога в пошуку житла та підтримка людей під загрозою бездомності.",
        ),
        date(2020, 1, 10),
    ),
    org(
        "stowarzyszenie-jezyk-i-ty",
        "ngo",
        ("Stowarzyszenie Język i Ty", "Language and You Association", "Асоціація «Мова і ти»"),
        "",
        ["school-education", "social-communication"],
        ["school-education"],
        (
            "Kursy polskiego dla dorosłych i materiały dla nauczycieli.",
            "Polish courses for adults and materials for teachers.",
            "Курси польської для дорослих і матеріали для вчителів.",
        ),
        date(2017, 10, 1),
    ),
    org(
        "fundacja-glos-migrantow",
        "ngo",
        ("Fundacja Głos Migrantów", "Migrants' Voice Foundation", "Фонд «Голос мігрантів»"),
        "",
        ["social-communication", "violence-discrimination"],
        ["social-communication"],
        (
            "Wielojęzyczny portal informacyjny i szkolenia dla dziennikarzy.",
            "A multilingual news site and training for journalists.",
            "Багатомовний інформаційний портал і навчання для журналістів.",
        ),
        date(2019, 9, 1),
    ),
    org(
        "caritas-parafii-oliwa",
        "ngo",
        (
            "Zespół Charytatywny Parafii w Oliwie",
            "Oliwa Parish Charity Team",
            "Благодійна група парафії в Оліві",
        ),
        "",
        ["social-assistance", "local-communities"],
        ["local-communities"],
        (
            "Paczki żywnościowe, odzież i spotkania sąsiedzkie w Oliwie.",
            "Food parcels, clothing and neighbourhood meetings in Oliwa.",
            "Продуктові набори, одяг і сусідські зустрічі в Оліві.",
        ),
        date(2021, 3, 1),
    ),
    org(
        "fundacja-teatr-wielu-glosow",
        "ngo",
        (
            "Fundacja Teatr Wielu Głosów",
            "Theatre of Many Voices Foundation",
            "Фонд «Театр багатьох голосів»",
        ),
        "",
        ["culture"],
        ["culture"],
        (
            "Spektakle tworzone razem przez aktorów i mieszkańców z doświadczeniem migracji.",
            "Performances made by actors together with residents who have come from abroad.",
            "Вистави, створені акторами разом із мешканцями з досвідом міграції.",
        ),
        date(2020, 5, 15),
    ),
    org(
        "stowarzyszenie-rodzice-razem",
        "ngo",
        (
            "Stowarzyszenie Rodzice Razem",
            "Parents Together Association",
            "Асоціація «Батьки разом»",
        ),
        "",
        ["school-education", "local-communities"],
        ["school-education"],
        (
            "Grupy wsparcia dla rodziców dzieci w polskich szkołach.",
            "Support groups for parents of children in Polish schools.",
            "Групи підтримки для батьків дітей у польських школах.",
        ),
        date(2022, 9, 1),
    ),
    org(
        "fundacja-nowy-etap",
        "ngo",
        ("Fundacja Nowy Etap", "New Chapter Foundation", "Фонд «Новий етап»"),
        "",
        ["work", "social-assistance"],
        ["work"],
        (
            "Staże i szkolenia zawodowe dla kobiet, które przyjechały do Gdańska.",
            "Work placements and vocational training for women who have come to Gdańsk.",
            "Стажування та професійне навчання для жінок, які приїхали до Гданська.",
        ),
        date(2022, 4, 1),
    ),
    # Companies
    org(
        "portowa-logistyka",
        "company",
        ("Portowa Logistyka sp. z o.o.", "Port Logistics Ltd", "«Портова логістика» ТОВ"),
        "",
        ["work"],
        ["work"],
        (
            "Firma logistyczna zatrudniająca pracowników z dziewięciu krajów; dzieli się praktyką wdrażania nowych osób.",
            "A logistics company employing people from nine countries; it shares how it welcomes new staff.",
            "Логістична компанія, де працюють люди з дев'яти країн; ділиться досвідом адаптації нових працівників.",
        ),
        date(2019, 11, 1),
    ),
    org(
        "biuro-tlumaczen-lingua",
        "company",
        ("Biuro Tłumaczeń Lingua", "Lingua Translation Agency", "Бюро перекладів «Лінгва»"),
        "",
        ["social-communication"],
        ["social-communication"],
        (
            "Tłumaczenia przysięgłe i ustne; wspiera miasto przy tłumaczeniu materiałów.",
            "Sworn and spoken translation; supports the city in translating its materials.",
            "Присяжні та усні переклади; допомагає місту з перекладом матеріалів.",
        ),
        date(2018, 2, 1),
    ),
    org(
        "stocznia-remontowa-serwis",
        "company",
        (
            "Stoczniowy Serwis Techniczny S.A.",
            "Shipyard Technical Services plc",
            "«Суднобудівний технічний сервіс» АТ",
        ),
        "",
        ["work", "housing"],
        ["work"],
        (
            "Zakład remontu statków; prowadzi kursy polskiego dla pracowników i ich rodzin.",
            "A ship repair yard; runs Polish courses for its workers and their families.",
            "Судноремонтне підприємство; проводить курси польської для працівників і їхніх родин.",
        ),
        date(2021, 6, 1),
    ),
    org(
        "apteka-pod-lwem",
        "company",
        ("Apteka Pod Lwem", "Lion Pharmacy", "Аптека «Під левом»"),
        "",
        ["health"],
        ["health"],
        (
            "Apteka z farmaceutami mówiącymi po ukraińsku i angielsku.",
            "A pharmacy with pharmacists who speak Ukrainian and English.",
            "Аптека з фармацевтами, які говорять українською та англійською.",
        ),
        date(2022, 3, 15),
    ),
    # Informal groups
    org(
        "sasiedzi-z-zaspy",
        "informal",
        ("Sąsiedzi z Zaspy", "Neighbours of Zaspa", "Сусіди з Заспи"),
        "",
        ["local-communities"],
        ["local-communities"],
        (
            "Nieformalna grupa mieszkańców organizująca pikniki i wymianę rzeczy.",
            "An informal group of residents who organise picnics and swap days.",
            "Неформальна група мешканців, що влаштовує пікніки та обмін речами.",
        ),
        date(2020, 8, 1),
    ),
    org(
        "mamy-w-gdansku",
        "informal",
        ("Mamy w Gdańsku", "Mums in Gdańsk", "Мами в Гданську"),
        "",
        ["school-education", "health"],
        ["school-education"],
        (
            "Grupa wsparcia matek z różnych krajów; spotkania z pediatrą i logopedą.",
            "A support group for mothers from many countries; meetings with a paediatrician and a speech therapist.",
            "Група підтримки мам з різних країн; зустрічі з педіатром і логопедом.",
        ),
        date(2022, 5, 1),
    ),
    org(
        "chor-wielu-jezykow",
        "informal",
        ("Chór Wielu Języków", "Choir of Many Languages", "Хор багатьох мов"),
        "",
        ["culture"],
        ["culture"],
        (
            "Amatorski chór śpiewający pieśni z krajów swoich członków.",
            "An amateur choir singing songs from its members' home countries.",
            "Аматорський хор, що співає пісні з країн своїх учасників.",
        ),
        date(2021, 9, 1),
    ),
    org(
        "biegamy-razem",
        "informal",
        ("Biegamy Razem", "Running Together", "Біжимо разом"),
        "",
        ["sport"],
        ["sport"],
        (
            "Cotygodniowe wspólne bieganie nad morzem, otwarte dla wszystkich.",
            "Weekly runs by the sea, open to everyone.",
            "Щотижневі пробіжки біля моря, відкриті для всіх.",
        ),
        date(2023, 4, 1),
    ),
]

# Municipal schools and nurseries (public institutions), numbered.
SCHOOLS = [4, 9, 7, 12, 17, 21, 25, 33, 39, 45, 50, 57, 61, 69, 72, 80, 82, 86]
NURSERIES = [5, 13, 24, 38, 47, 59]

# Informal groups and companies added to reach the full size.
MORE = [
    org(
        "kuchnia-swiata-przymorze",
        "informal",
        ("Kuchnia Świata na Przymorzu", "World Kitchen in Przymorze", "Кухня світу на Пшиможе"),
        "",
        ["culture", "local-communities"],
        ["local-communities"],
        (
            "Sąsiedzkie gotowanie potraw z różnych krajów w klubie osiedlowym.",
            "Neighbours cook dishes from many countries in the estate's club.",
            "Сусіди готують страви з різних країн у клубі житлового масиву.",
        ),
        date(2022, 10, 1),
    ),
    org(
        "szachy-bez-granic",
        "informal",
        ("Szachy bez Granic", "Chess Without Borders", "Шахи без кордонів"),
        "",
        ["sport", "school-education"],
        ["sport"],
        (
            "Turnieje szachowe dla dzieci polskich i cudzoziemskich.",
            "Chess tournaments for Polish and foreign children.",
            "Шахові турніри для польських та іноземних дітей.",
        ),
        date(2023, 1, 15),
    ),
    org(
        "wolontariusze-dworca",
        "informal",
        ("Wolontariusze z Dworca", "Station Volunteers", "Волонтери з вокзалу"),
        "",
        ["social-assistance"],
        ["social-assistance"],
        (
            "Grupa, która od 2022 roku pomaga osobom przyjeżdżającym do Gdańska.",
            "A group that has helped people arriving in Gdańsk since 2022.",
            "Група, яка з 2022 року допомагає людям, що приїжджають до Гданська.",
        ),
        date(2022, 3, 1),
    ),
    org(
        "klub-dyskusyjny-agora",
        "informal",
        ("Klub Dyskusyjny Agora", "Agora Discussion Club", "Дискусійний клуб «Агора»"),
        "",
        ["social-communication", "local-communities"],
        ["social-communication"],
        (
            "Comiesięczne debaty o życiu w mieście, prowadzone w dwóch językach.",
            "Monthly debates about life in the city, held in two languages.",
            "Щомісячні дебати про життя в місті двома мовами.",
        ),
        date(2021, 11, 1),
    ),
    org(
        "gdanska-spoldzielnia-mieszkaniowa",
        "company",
        (
            "Gdańska Spółdzielnia Mieszkaniowa Bałtyk",
            "Baltic Housing Cooperative Gdańsk",
            "Гданський житловий кооператив «Балтика»",
        ),
        "",
        ["housing"],
        ["housing"],
        (
            "Spółdzielnia, która przygotowała wielojęzyczny poradnik dla najemców.",
            "A cooperative that has prepared a multilingual guide for tenants.",
            "Кооператив, який підготував багатомовний посібник для орендарів.",
        ),
        date(2020, 2, 1),
    ),
    org(
        "centrum-medyczne-oliwa",
        "company",
        ("Centrum Medyczne Oliwa", "Oliwa Medical Centre", "Медичний центр «Оліва»"),
        "",
        ["health"],
        ["health"],
        (
            "Przychodnia z rejestracją w czterech językach.",
            "A clinic with registration in four languages.",
            "Поліклініка з реєстрацією чотирма мовами.",
        ),
        date(2021, 1, 10),
    ),
    org(
        "agencja-pracy-horyzont",
        "company",
        ("Agencja Pracy Horyzont", "Horizon Employment Agency", "Кадрове агентство «Горизонт»"),
        "",
        ["work"],
        ["work"],
        (
            "Rzetelne pośrednictwo pracy; podpisała kodeks dobrych praktyk Forum.",
            "Fair job placement; it has signed the Forum's code of good practice.",
            "Сумлінне працевлаштування; підписало кодекс добрих практик Форуму.",
        ),
        date(2020, 6, 1),
    ),
    org(
        "ksiegarnia-na-rogu",
        "company",
        ("Księgarnia Na Rogu", "Corner Bookshop", "Книгарня «На розі»"),
        "",
        ["culture", "school-education"],
        ["culture"],
        (
            "Księgarnia z półką książek po ukraińsku i spotkaniami autorskimi.",
            "A bookshop with a shelf of books in Ukrainian and author meetings.",
            "Книгарня з полицею українських книжок і зустрічами з авторами.",
        ),
        date(2022, 11, 1),
    ),
    org(
        "fundacja-spoleczna-wyspa",
        "ngo",
        ("Fundacja Społeczna Wyspa", "Island Social Foundation", "Соціальний фонд «Острів»"),
        "",
        ["violence-discrimination", "social-assistance"],
        ["violence-discrimination"],
        (
            "Telefon zaufania i konsultacje psychologiczne w kilku językach.",
            "A helpline and psychological counselling in several languages.",
            "Телефон довіри та психологічні консультації кількома мовами.",
        ),
        date(2021, 4, 1),
    ),
    org(
        "stowarzyszenie-przystan",
        "ngo",
        ("Stowarzyszenie Przystań", "Harbour Association", "Асоціація «Пристань»"),
        "",
        ["housing", "local-communities"],
        ["housing"],
        (
            "Mieszkania treningowe i pomoc w pierwszych miesiącach samodzielnego życia.",
            "Training flats and help in the first months of living independently.",
            "Тренувальні квартири та допомога в перші місяці самостійного життя.",
        ),
        date(2019, 10, 1),
    ),
    org(
        "fundacja-kompas",
        "ngo",
        ("Fundacja Kompas", "Compass Foundation", "Фонд «Компас»"),
        "",
        ["work", "social-communication"],
        ["work"],
        (
            "Warsztaty pisania CV i przygotowania do rozmów o pracę po polsku.",
            "Workshops on writing a CV and preparing for job interviews in Polish.",
            "Семінари з написання резюме та підготовки до співбесід польською.",
        ),
        date(2021, 2, 1),
    ),
    org(
        "stowarzyszenie-kobiety-wschodu",
        "ngo",
        (
            "Stowarzyszenie Kobiety Wschodu i Zachodu",
            "Women of East and West Association",
            "Асоціація «Жінки Сходу і Заходу»",
        ),
        "",
        ["violence-discrimination", "work"],
        ["violence-discrimination"],
        (
            "Wspiera kobiety-imigrantki w zakładaniu własnej działalności i w sytuacjach przemocy.",
            "Supports immigrant women in starting a business and in situations of violence.",
            "Підтримує жінок-іммігранток у започаткуванні власної справи та в ситуаціях насильства.",
        ),
        date(2020, 3, 8),
    ),
    org(
        "akademia-sportu-baltyk",
        "ngo",
        ("Akademia Sportu Bałtyk", "Baltic Sports Academy", "Спортивна академія «Балтика»"),
        "",
        ["sport", "school-education"],
        ["sport"],
        (
            "Bezpłatne treningi dla dzieci w szkołach z oddziałami przygotowawczymi.",
            "Free training for children in schools with preparatory classes.",
            "Безкоштовні тренування для дітей у школах з підготовчими класами.",
        ),
        date(2021, 9, 15),
    ),
    org(
        "fundacja-medyczna-puls",
        "ngo",
        ("Fundacja Medyczna Puls", "Pulse Medical Foundation", "Медичний фонд «Пульс»"),
        "",
        ["health", "social-assistance"],
        ["health"],
        (
            "Bezpłatne badania profilaktyczne i pomoc w zapisach do lekarza.",
            "Free health check-ups and help with booking a doctor.",
            "Безкоштовні профілактичні огляди та допомога із записом до лікаря.",
        ),
        date(2022, 6, 1),
    ),
]

# Individual members: name (pl/en), Ukrainian spelling, area.
INDIVIDUALS = [
    ("Maria Kowalczyk", "Марія Ковальчик", "school-education"),
    ("Oleksandr Petrenko", "Олександр Петренко", "work"),
    ("Joanna Szymańska", "Йоанна Шиманська", "culture"),
    ("Hanna Savchuk", "Ганна Савчук", "health"),
    ("Ahmed Karimi", "Ахмед Карімі", "social-communication"),
    ("Barbara Wójcik", "Барбара Вуйцік", "local-communities"),
    ("Viktor Honcharenko", "Віктор Гончаренко", "sport"),
    ("Zofia Michalska", "Зофія Міхальська", "violence-discrimination"),
    ("Tetiana Lysenko", "Тетяна Лисенко", "housing"),
    ("Lucas Fernández", "Лукас Фернандес", "higher-education"),
    ("Krzysztof Baran", "Кшиштоф Баран", "social-assistance"),
    ("Svitlana Moroz", "Світлана Мороз", "school-education"),
]


def school(number):
    return org(
        f"szkola-podstawowa-nr-{number}",
        "public",
        (
            f"Szkoła Podstawowa nr {number} w Gdańsku",
            f"Primary School No. {number} in Gdańsk",
            f"Початкова школа № {number} у Гданську",
        ),
        f"SP {number}",
        ["school-education"],
        ["school-education"],
        (
            "Szkoła z oddziałami przygotowawczymi i asystentem kulturowym dla uczniów z zagranicy.",
            "A school with preparatory classes and a cultural assistant for pupils from abroad.",
            "Школа з підготовчими класами та культурним асистентом для учнів з-за кордону.",
        ),
        date(2017 + number % 6, 9, 1),
    )


def nursery(number):
    return org(
        f"przedszkole-nr-{number}",
        "public",
        (
            f"Przedszkole Miejskie nr {number} w Gdańsku",
            f"Municipal Nursery School No. {number} in Gdańsk",
            f"Міський дитсадок № {number} у Гданську",
        ),
        f"PM {number}",
        ["school-education"],
        ["school-education"],
        (
            "Przedszkole, które przyjmuje dzieci z wielu krajów i uczy polskiego przez zabawę.",
            "A nursery school that welcomes children from many countries and teaches Polish through play.",
            "Дитсадок, що приймає дітей з багатьох країн і навчає польської через гру.",
        ),
        date(2018 + number % 5, 9, 1),
    )


def individual(name, name_uk, area):
    from django.utils.text import slugify

    return org(
        slugify(name.replace("ł", "l").replace("Ł", "L")),
        "individual",
        (name, name, name_uk),
        "",
        [area],
        [area],
        (
            "Indywidualna członkini lub członek Forum, działa w grupie roboczej swojego obszaru.",
            "An individual member of the Forum, active in the working group of their area.",
            "Індивідуальний член Форуму, діє в робочій групі своєї сфери.",
        ),
        date(2020 + len(name) % 5, 1, 15),
    )


def all_organisations():
    """About 80 organisations: named ones, schools, nurseries, more groups, individuals."""
    return (
        NAMED
        + [school(n) for n in SCHOOLS]
        + [nursery(n) for n in NURSERIES]
        + MORE
        + [individual(*person) for person in INDIVIDUALS]
    )


def small_organisations():
    """Twelve organisations covering every kind (the tests' set)."""
    by_kind = {}
    for item in all_organisations():
        by_kind.setdefault(item["kind"], []).append(item)
    counts = {"public": 3, "ngo": 3, "company": 2, "informal": 2, "individual": 2}
    return [item for kind, count in counts.items() for item in by_kind[kind][:count]]
