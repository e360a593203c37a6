# ruff: noqa: E501 - prose in three languages: sentences are not wrapped.
"""Demo content of the Immigrants' Council in Polish, English and Ukrainian.

Written for the hub: the people are invented; the Council's work follows
the description of the Immigrant Integration Model.
"""

# (name, role in the current term, language codes, affiliation {pl, en, uk})
MEMBERS = [
    (
        "Olena Kovalenko",
        "chair",
        "uk, ru, pl",
        {
            "pl": "Psycholożka, w Gdańsku od 2014 roku",
            "en": "Psychologist, in Gdańsk since 2014",
            "uk": "Психологиня, у Гданську з 2014 року",
        },
    ),
    (
        "Aliaksandr Sidarenka",
        "vice_chair",
        "be, ru, pl",
        {
            "pl": "Programista, wolontariusz w punkcie porad",
            "en": "Software developer, volunteer at an advice point",
            "uk": "Програміст, волонтер у пункті консультацій",
        },
    ),
    (
        "Marta Hernández",
        "secretary",
        "es, en, pl",
        {
            "pl": "Lektorka języka hiszpańskiego",
            "en": "Spanish language teacher",
            "uk": "Викладачка іспанської мови",
        },
    ),
    (
        "Tamar Beridze",
        "member",
        "ka, ru, en",
        {
            "pl": "Lekarka w trakcie nostryfikacji dyplomu",
            "en": "Doctor having her diploma recognised",
            "uk": "Лікарка, яка проходить нострифікацію диплома",
        },
    ),
    (
        "Emeka Okafor",
        "member",
        "en, pl",
        {
            "pl": "Doktorant Politechniki Gdańskiej",
            "en": "PhD student at Gdańsk University of Technology",
            "uk": "Аспірант Гданської політехніки",
        },
    ),
    (
        "Nguyễn Thị Lan",
        "member",
        "vi, pl",
        {
            "pl": "Właścicielka restauracji we Wrzeszczu",
            "en": "Restaurant owner in Wrzeszcz",
            "uk": "Власниця ресторану у Вжещі",
        },
    ),
    (
        "Yusuf Demir",
        "member",
        "tr, en",
        {
            "pl": "Inżynier w stoczni",
            "en": "Shipyard engineer",
            "uk": "Інженер на верфі",
        },
    ),
    (
        "Iryna Melnyk",
        "member",
        "uk, pl",
        {
            "pl": "Nauczycielka, asystentka międzykulturowa w szkole podstawowej",
            "en": "Teacher, intercultural assistant at a primary school",
            "uk": "Вчителька, міжкультурна асистентка в початковій школі",
        },
    ),
    (
        "Armen Petrosyan",
        "member",
        "hy, ru",
        {
            "pl": "Przedsiębiorca, branża budowlana",
            "en": "Entrepreneur in construction",
            "uk": "Підприємець у будівельній галузі",
        },
    ),
    (
        "Priya Raman",
        "member",
        "en, ta",
        {
            "pl": "Analityczka danych, mama dwójki dzieci",
            "en": "Data analyst, mother of two",
            "uk": "Аналітикиня даних, мама двох дітей",
        },
    ),
    (
        "Dmytro Bondar",
        "member",
        "uk, en",
        {
            "pl": "Student Uniwersytetu Gdańskiego",
            "en": "Student at the University of Gdańsk",
            "uk": "Студент Гданського університету",
        },
    ),
    (
        "Leila Haddad",
        "member",
        "ar, fr, en",
        {
            "pl": "Tłumaczka, działa na rzecz osób uchodźczych",
            "en": "Translator who supports refugees",
            "uk": "Перекладачка, допомагає біженцям",
        },
    ),
]

# Members of the previous term (indexes into MEMBERS) and their roles then.
PAST_TERM = [
    (1, "chair"),
    (0, "vice_chair"),
    (7, "secretary"),
    (3, "member"),
    (4, "member"),
    (8, "member"),
]

COUNCIL = {
    "introduction": {
        "pl": "Rada Imigrantów i Imigrantek to głos cudzoziemców mieszkających w Gdańsku: doradza Prezydentowi Miasta we wszystkim, co dotyczy ich codziennego życia.",
        "en": "The Immigrants' Council is the voice of foreigners living in Gdańsk: it advises the Mayor on everything that affects their daily lives.",
        "uk": "Рада іммігрантів та іммігранток — це голос іноземців, які живуть у Гданську: вона радить Президентові міста в усьому, що стосується їхнього щоденного життя.",
    },
    "body": {
        "pl": [
            "Rada liczy dwanaście osób z różnych krajów, powoływanych przez Prezydenta Miasta na kadencję. Spotyka się co miesiąc, a jej posiedzenia są jawne.",
            "Rada wydaje opinie o planach i programach miasta, zgłasza własne inicjatywy i przekazuje urzędnikom sprawy, z którymi zwracają się do niej mieszkańcy. Protokoły posiedzeń publikujemy po ich przyjęciu.",
            "Członkinie i członkowie Rady pełnią dyżury: można przyjść bez zapisów i porozmawiać w swoim języku o tym, co utrudnia życie w mieście.",
        ],
        "en": [
            "The Council has twelve members from different countries, appointed by the Mayor for a term. It meets every month, and its meetings are open to the public.",
            "The Council gives opinions on the city's plans and programmes, puts forward initiatives of its own and passes on to officials the matters residents bring to it. Minutes of its meetings are published once approved.",
            "Council members hold duty hours: you can come without an appointment and talk in your own language about what makes life in the city harder.",
        ],
        "uk": [
            "До Ради входять дванадцять осіб із різних країн, яких Президент міста призначає на каденцію. Рада збирається щомісяця, а її засідання відкриті.",
            "Рада надає висновки щодо планів і програм міста, висуває власні ініціативи та передає посадовцям питання, з якими до неї звертаються мешканці. Протоколи засідань ми публікуємо після їх затвердження.",
            "Члени Ради проводять години прийому: можна прийти без запису й поговорити рідною мовою про те, що ускладнює життя в місті.",
        ],
    },
    "contact_address": {
        "pl": "Rada Imigrantów i Imigrantek\nUrząd Miejski w Gdańsku\nul. Nowe Ogrody 8/12\n80-803 Gdańsk",
        "en": "Immigrants' Council\nGdańsk City Hall\nul. Nowe Ogrody 8/12\n80-803 Gdańsk, Poland",
        "uk": "Рада іммігрантів та іммігранток\nМіська управа Гданська\nвул. Нове Огроди 8/12\n80-803 Гданськ, Польща",
    },
    "contact_note": {
        "pl": "Możesz napisać do Rady po polsku, ukraińsku, rosyjsku, angielsku lub hiszpańsku. Odpowiadamy w ciągu dwóch tygodni.",
        "en": "You can write to the Council in Polish, Ukrainian, Russian, English or Spanish. We reply within two weeks.",
        "uk": "Ви можете написати до Ради польською, українською, російською, англійською або іспанською. Ми відповідаємо протягом двох тижнів.",
    },
}

VENUE = {
    "name": {
        "pl": "Urząd Miejski w Gdańsku, sala 101",
        "en": "Gdańsk City Hall, room 101",
        "uk": "Міська управа Гданська, зала 101",
    },
    "address": {
        "pl": "ul. Nowe Ogrody 8/12, Gdańsk",
        "en": "ul. Nowe Ogrody 8/12, Gdańsk",
        "uk": "вул. Нове Огроди 8/12, Гданськ",
    },
    "accessibility": {
        "pl": "Wejście bez schodów od ul. Nowe Ogrody, winda, pętla indukcyjna w sali.",
        "en": "Step-free entrance from ul. Nowe Ogrody, a lift, and a hearing loop in the room.",
        "uk": "Вхід без сходів з вул. Нове Огроди, ліфт, індукційна петля в залі.",
    },
}

MEETING = {
    "title": {
        "pl": "Posiedzenie Rady nr {n}",
        "en": "Council meeting no. {n}",
        "uk": "Засідання Ради № {n}",
    },
    "slug": {"pl": "posiedzenie-{n}", "en": "meeting-{n}", "uk": "zasidannia-{n}"},
    "minutes_title": {
        "pl": "Protokół z posiedzenia nr {n}",
        "en": "Minutes of meeting no. {n}",
        "uk": "Протокол засідання № {n}",
    },
    "minutes_slug": {"pl": "protokol", "en": "minutes", "uk": "protokol"},
    "prepared_by": {
        "pl": "Marta Hernández, sekretarz Rady",
        "en": "Marta Hernández, Council secretary",
        "uk": "Марта Ернандес, секретарка Ради",
    },
    "opening": {
        "pl": "Otwarcie posiedzenia i przyjęcie porządku obrad",
        "en": "Opening and adoption of the agenda",
        "uk": "Відкриття засідання та затвердження порядку денного",
    },
    "opening_decision": {
        "pl": "Porządek obrad przyjęto bez zmian.",
        "en": "The agenda was adopted without changes.",
        "uk": "Порядок денний затверджено без змін.",
    },
    "previous": {
        "pl": "Przyjęcie protokołu z poprzedniego posiedzenia",
        "en": "Approval of the minutes of the previous meeting",
        "uk": "Затвердження протоколу попереднього засідання",
    },
    "previous_decision": {
        "pl": "Protokół przyjęto.",
        "en": "The minutes were approved.",
        "uk": "Протокол затверджено.",
    },
    "other": {
        "pl": "Sprawy bieżące i wolne wnioski",
        "en": "Current matters and any other business",
        "uk": "Поточні питання та різне",
    },
    "other_discussion": {
        "pl": "Członkowie Rady omówili sprawy zgłoszone podczas dyżurów, głównie dotyczące wydłużającego się czasu oczekiwania na decyzje pobytowe.",
        "en": "Members discussed matters raised at the duty hours, mostly the growing waiting times for residence decisions.",
        "uk": "Члени Ради обговорили питання, порушені під час годин прийому, здебільшого про дедалі довше очікування рішень щодо перебування.",
    },
    "guests": {
        "pl": "Przedstawicielka Wydziału Rozwoju Społecznego Urzędu Miejskiego",
        "en": "A representative of the City Hall's Social Development Department",
        "uk": "Представниця Відділу соціального розвитку міської управи",
    },
    "added_guest": {
        "pl": "Tłumacz języka ukraińskiego",
        "en": "A Ukrainian interpreter",
        "uk": "Перекладач української мови",
    },
    "change_note": {
        "pl": "Uzupełniono listę gości o tłumacza obecnego na posiedzeniu.",
        "en": "Added the interpreter who attended the meeting to the list of guests.",
        "uk": "До списку гостей додано перекладача, присутнього на засіданні.",
    },
}

# Rotating subjects of the meetings: (area code, text in three languages).
TOPICS = [
    (
        "school-education",
        {
            "summary": {
                "pl": "Rada omawia wsparcie dla uczniów, którzy dopiero uczą się polskiego.",
                "en": "The Council discusses support for pupils who are only starting to learn Polish.",
                "uk": "Рада обговорює підтримку учнів, які лише починають вивчати польську.",
            },
            "item": {
                "pl": "Asystenci międzykulturowi w szkołach",
                "en": "Intercultural assistants in schools",
                "uk": "Міжкультурні асистенти в школах",
            },
            "description": {
                "pl": "Informacja miasta o naborze asystentów na nowy rok szkolny.",
                "en": "The city reports on recruiting assistants for the new school year.",
                "uk": "Інформація міста про набір асистентів на новий навчальний рік.",
            },
            "discussion": {
                "pl": "Rada zwróciła uwagę, że w kilku szkołach jeden asystent pracuje z ponad czterdzieściorgiem dzieci.",
                "en": "The Council pointed out that in several schools one assistant works with more than forty children.",
                "uk": "Рада звернула увагу, що в кількох школах один асистент працює з понад сорока дітьми.",
            },
            "decision": {
                "pl": "Rada wystąpi do Prezydenta o zwiększenie liczby asystentów.",
                "en": "The Council will ask the Mayor to increase the number of assistants.",
                "uk": "Рада звернеться до Президента міста зі проханням збільшити кількість асистентів.",
            },
        },
    ),
    (
        "work",
        {
            "summary": {
                "pl": "Uznawanie kwalifikacji zawodowych i doradztwo zawodowe dla cudzoziemców.",
                "en": "Recognition of professional qualifications and career advice for foreigners.",
                "uk": "Визнання професійної кваліфікації та профорієнтація для іноземців.",
            },
            "item": {
                "pl": "Doradztwo zawodowe w języku ukraińskim i angielskim",
                "en": "Career advice in Ukrainian and English",
                "uk": "Профорієнтація українською та англійською",
            },
            "description": {
                "pl": "Prezentacja organizacji prowadzącej doradztwo.",
                "en": "A presentation by the organisation that provides the advice.",
                "uk": "Презентація організації, яка надає консультації.",
            },
            "discussion": {
                "pl": "Członkowie Rady opowiedzieli o trudnościach z nostryfikacją dyplomów lekarzy i pielęgniarek.",
                "en": "Members described the difficulties doctors and nurses face in having their diplomas recognised.",
                "uk": "Члени Ради розповіли про труднощі лікарів і медсестер із нострифікацією дипломів.",
            },
            "decision": {
                "pl": "Rada przygotuje opinię w sprawie informatora o uznawaniu kwalifikacji.",
                "en": "The Council will prepare an opinion on a guide to recognising qualifications.",
                "uk": "Рада підготує висновок щодо довідника про визнання кваліфікації.",
            },
        },
    ),
    (
        "health",
        {
            "summary": {
                "pl": "Dostęp do lekarzy i tłumaczy w przychodniach.",
                "en": "Access to doctors and interpreters in clinics.",
                "uk": "Доступ до лікарів і перекладачів у поліклініках.",
            },
            "item": {
                "pl": "Tłumaczenia w placówkach zdrowia",
                "en": "Interpreting in health care",
                "uk": "Переклад у закладах охорони здоров'я",
            },
            "description": {
                "pl": "Wyniki ankiety wśród mieszkańców.",
                "en": "Results of a survey of residents.",
                "uk": "Результати опитування мешканців.",
            },
            "discussion": {
                "pl": "Ankieta pokazała, że co trzecia osoba rezygnuje z wizyty u lekarza z powodu bariery językowej.",
                "en": "The survey showed that one person in three gives up a doctor's appointment because of the language barrier.",
                "uk": "Опитування показало, що кожна третя людина відмовляється від візиту до лікаря через мовний бар'єр.",
            },
            "decision": {
                "pl": "Rada rekomenduje rozszerzenie pakietu tłumaczeń na przychodnie miejskie.",
                "en": "The Council recommends extending the translation package to municipal clinics.",
                "uk": "Рада рекомендує поширити пакет перекладів на міські поліклініки.",
            },
        },
    ),
    (
        "housing",
        {
            "summary": {
                "pl": "Najem mieszkań i dyskryminacja na rynku najmu.",
                "en": "Renting flats and discrimination on the rental market.",
                "uk": "Оренда житла та дискримінація на ринку оренди.",
            },
            "item": {
                "pl": "Pomoc w wynajmie mieszkań",
                "en": "Help with renting a flat",
                "uk": "Допомога в оренді житла",
            },
            "description": {
                "pl": "Omówienie programu realizowanego przez organizację pozarządową.",
                "en": "A review of the programme run by a non-governmental organisation.",
                "uk": "Огляд програми, яку реалізує громадська організація.",
            },
            "discussion": {
                "pl": "Rada wskazała ogłoszenia, które wprost wykluczają cudzoziemców jako najemców.",
                "en": "The Council pointed to advertisements that openly exclude foreigners as tenants.",
                "uk": "Рада вказала на оголошення, які прямо виключають іноземців як орендарів.",
            },
            "decision": {
                "pl": "Rada przekaże zebrane przykłady do zespołu ds. przeciwdziałania dyskryminacji.",
                "en": "The Council will pass the examples it collected to the anti-discrimination team.",
                "uk": "Рада передасть зібрані приклади команді з протидії дискримінації.",
            },
        },
    ),
    (
        "culture",
        {
            "summary": {
                "pl": "Przygotowania do wielokulturowego festiwalu miasta.",
                "en": "Preparations for the city's multicultural festival.",
                "uk": "Підготовка до міського мультикультурного фестивалю.",
            },
            "item": {
                "pl": "Udział Rady w festiwalu",
                "en": "The Council at the festival",
                "uk": "Участь Ради у фестивалі",
            },
            "description": {
                "pl": "Stoisko informacyjne i dyżur członków Rady.",
                "en": "An information stand and Council members on duty.",
                "uk": "Інформаційний стенд і чергування членів Ради.",
            },
            "discussion": {
                "pl": "Ustalono, kto z członków Rady będzie obecny na stoisku i w jakich językach udzieli informacji.",
                "en": "Members agreed who would staff the stand and in which languages they would give information.",
                "uk": "Визначили, хто з членів Ради буде на стенді та якими мовами надаватиме інформацію.",
            },
            "decision": {
                "pl": "Rada weźmie udział w festiwalu ze stoiskiem informacyjnym.",
                "en": "The Council will take part in the festival with an information stand.",
                "uk": "Рада візьме участь у фестивалі з інформаційним стендом.",
            },
        },
    ),
    (
        "social-communication",
        {
            "summary": {
                "pl": "Jak miasto informuje cudzoziemców o swoich usługach.",
                "en": "How the city tells foreigners about its services.",
                "uk": "Як місто інформує іноземців про свої послуги.",
            },
            "item": {
                "pl": "Informator dla nowych mieszkańców",
                "en": "The guide for new residents",
                "uk": "Довідник для нових мешканців",
            },
            "description": {
                "pl": "Uwagi Rady do nowego wydania informatora.",
                "en": "The Council's comments on the new edition of the guide.",
                "uk": "Зауваження Ради до нового видання довідника.",
            },
            "discussion": {
                "pl": "Rada zaproponowała prostszy język i dodanie wersji w języku białoruskim.",
                "en": "The Council proposed plainer language and adding a Belarusian version.",
                "uk": "Рада запропонувала простішу мову та додати білоруську версію.",
            },
            "decision": {
                "pl": "Uwagi przekazano redakcji informatora.",
                "en": "The comments were passed to the guide's editors.",
                "uk": "Зауваження передано редакції довідника.",
            },
        },
    ),
]

OPINIONS = [
    (
        "opinion",
        "school-education",
        {
            "title": {
                "pl": "Opinia o programie asystentów międzykulturowych",
                "en": "Opinion on the intercultural assistants programme",
                "uk": "Висновок щодо програми міжкультурних асистентів",
            },
            "subject": {
                "pl": "Liczba asystentów międzykulturowych w szkołach podstawowych",
                "en": "The number of intercultural assistants in primary schools",
                "uk": "Кількість міжкультурних асистентів у початкових школах",
            },
            "text": {
                "pl": [
                    "Rada pozytywnie ocenia program, ale uważa, że jeden asystent nie powinien pracować z więcej niż dwudziestoma uczniami.",
                    "Rada wnosi o zwiększenie liczby etatów od nowego roku szkolnego.",
                ],
                "en": [
                    "The Council welcomes the programme but believes that one assistant should not work with more than twenty pupils.",
                    "The Council asks for more posts from the new school year.",
                ],
                "uk": [
                    "Рада позитивно оцінює програму, але вважає, що один асистент не повинен працювати більш ніж із двадцятьма учнями.",
                    "Рада просить збільшити кількість ставок із нового навчального року.",
                ],
            },
        },
    ),
    (
        "resolution",
        "social-communication",
        {
            "title": {
                "pl": "Uchwała w sprawie regulaminu Rady",
                "en": "Resolution on the Council's rules of procedure",
                "uk": "Ухвала щодо регламенту Ради",
            },
            "subject": {
                "pl": "Zmiana regulaminu: posiedzenia także w trybie zdalnym",
                "en": "Amending the rules: meetings may also be held online",
                "uk": "Зміна регламенту: засідання також в онлайн-режимі",
            },
            "text": {
                "pl": [
                    "Rada postanawia, że posiedzenia mogą odbywać się także zdalnie, jeżeli wniosek złoży co najmniej trzech członków."
                ],
                "en": [
                    "The Council decides that its meetings may also be held online if at least three members ask for it."
                ],
                "uk": [
                    "Рада ухвалює, що засідання можуть відбуватися також дистанційно, якщо цього вимагають щонайменше троє членів."
                ],
            },
        },
    ),
    (
        "opinion",
        "health",
        {
            "title": {
                "pl": "Opinia o tłumaczeniach w przychodniach",
                "en": "Opinion on interpreting in clinics",
                "uk": "Висновок щодо перекладу в поліклініках",
            },
            "subject": {
                "pl": "Rozszerzenie pakietu tłumaczeń na miejskie przychodnie",
                "en": "Extending the translation package to municipal clinics",
                "uk": "Поширення пакета перекладів на міські поліклініки",
            },
            "text": {
                "pl": [
                    "Rada rekomenduje zapewnienie tłumaczenia telefonicznego w każdej miejskiej przychodni.",
                    "Informacja o tej usłudze powinna być dostępna w rejestracji w kilku językach.",
                ],
                "en": [
                    "The Council recommends telephone interpreting in every municipal clinic.",
                    "Information about the service should be available at reception in several languages.",
                ],
                "uk": [
                    "Рада рекомендує забезпечити телефонний переклад у кожній міській поліклініці.",
                    "Інформація про цю послугу має бути доступна в реєстратурі кількома мовами.",
                ],
            },
        },
    ),
    (
        "opinion",
        "housing",
        {
            "title": {
                "pl": "Opinia o ogłoszeniach najmu",
                "en": "Opinion on rental advertisements",
                "uk": "Висновок щодо оголошень про оренду",
            },
            "subject": {
                "pl": "Dyskryminujące ogłoszenia na rynku najmu",
                "en": "Discriminatory advertisements on the rental market",
                "uk": "Дискримінаційні оголошення на ринку оренди",
            },
            "text": {
                "pl": [
                    "Rada prosi miasto o kampanię informacyjną skierowaną do wynajmujących i o współpracę z portalami ogłoszeniowymi."
                ],
                "en": [
                    "The Council asks the city for an information campaign aimed at landlords and for cooperation with advertising portals."
                ],
                "uk": [
                    "Рада просить місто провести інформаційну кампанію для орендодавців і співпрацювати з порталами оголошень."
                ],
            },
        },
    ),
    (
        "opinion",
        "work",
        {
            "title": {
                "pl": "Opinia o informatorze o uznawaniu kwalifikacji",
                "en": "Opinion on the guide to recognising qualifications",
                "uk": "Висновок щодо довідника з визнання кваліфікації",
            },
            "subject": {
                "pl": "Informator o uznawaniu kwalifikacji zawodowych",
                "en": "A guide to recognising professional qualifications",
                "uk": "Довідник із визнання професійної кваліфікації",
            },
            "text": {
                "pl": [
                    "Rada popiera wydanie informatora i proponuje, aby opisywał osobno zawody medyczne, nauczycielskie i techniczne."
                ],
                "en": [
                    "The Council supports publishing the guide and proposes separate chapters for medical, teaching and technical professions."
                ],
                "uk": [
                    "Рада підтримує видання довідника та пропонує окремо описати медичні, педагогічні й технічні професії."
                ],
            },
        },
    ),
    (
        "resolution",
        "culture",
        {
            "title": {
                "pl": "Uchwała o udziale w festiwalu",
                "en": "Resolution on taking part in the festival",
                "uk": "Ухвала про участь у фестивалі",
            },
            "subject": {
                "pl": "Udział Rady w wielokulturowym festiwalu miasta",
                "en": "The Council's part in the city's multicultural festival",
                "uk": "Участь Ради в міському мультикультурному фестивалі",
            },
            "text": {
                "pl": [
                    "Rada postanawia prowadzić stoisko informacyjne podczas festiwalu i wyznacza do tego czterech członków."
                ],
                "en": [
                    "The Council decides to run an information stand at the festival and appoints four members to it."
                ],
                "uk": [
                    "Рада ухвалює провести інформаційний стенд під час фестивалю та призначає для цього чотирьох членів."
                ],
            },
        },
    ),
    (
        "opinion",
        "social-assistance",
        {
            "title": {
                "pl": "Opinia o punkcie obsługi imigrantów",
                "en": "Opinion on the Immigrant Service Point",
                "uk": "Висновок щодо пункту обслуговування іммігрантів",
            },
            "subject": {
                "pl": "Godziny pracy Punktu Obsługi Imigrantów",
                "en": "Opening hours of the Immigrant Service Point",
                "uk": "Години роботи Пункту обслуговування іммігрантів",
            },
            "text": {
                "pl": [
                    "Rada proponuje, aby punkt był otwarty co najmniej raz w tygodniu do godziny 19, dla osób pracujących."
                ],
                "en": [
                    "The Council proposes that the point stay open until 7 p.m. at least once a week, for people who work."
                ],
                "uk": [
                    "Рада пропонує, щоб пункт працював щонайменше раз на тиждень до 19:00 для працюючих людей."
                ],
            },
        },
    ),
    (
        "opinion",
        "violence-discrimination",
        {
            "title": {
                "pl": "Opinia o procedurze antydyskryminacyjnej",
                "en": "Opinion on the anti-discrimination procedure",
                "uk": "Висновок щодо антидискримінаційної процедури",
            },
            "subject": {
                "pl": "Zgłaszanie przypadków dyskryminacji w urzędach",
                "en": "Reporting discrimination in public offices",
                "uk": "Повідомлення про випадки дискримінації в установах",
            },
            "text": {
                "pl": [
                    "Rada rekomenduje, aby zgłoszenie można było złożyć anonimowo i w każdym z języków, w których miasto publikuje informacje."
                ],
                "en": [
                    "The Council recommends that reports can be made anonymously and in every language the city publishes information in."
                ],
                "uk": [
                    "Рада рекомендує, щоб повідомлення можна було подати анонімно й будь-якою мовою, якою місто публікує інформацію."
                ],
            },
        },
    ),
    (
        "resolution",
        "local-communities",
        {
            "title": {
                "pl": "Uchwała o dyżurach w dzielnicach",
                "en": "Resolution on duty hours in the districts",
                "uk": "Ухвала про години прийому в районах",
            },
            "subject": {
                "pl": "Dyżury członków Rady w bibliotekach dzielnicowych",
                "en": "Council members' duty hours in district libraries",
                "uk": "Години прийому членів Ради в районних бібліотеках",
            },
            "text": {
                "pl": [
                    "Rada postanawia raz w miesiącu pełnić dyżur w jednej z filii Biblioteki Gdańskiej, kolejno w różnych dzielnicach."
                ],
                "en": [
                    "The Council decides to hold duty hours once a month in a branch of the Gdańsk Library, in a different district each time."
                ],
                "uk": [
                    "Рада ухвалює раз на місяць проводити години прийому в одній із філій Гданської бібліотеки, щоразу в іншому районі."
                ],
            },
        },
    ),
    (
        "opinion",
        "higher-education",
        {
            "title": {
                "pl": "Opinia o wsparciu studentów zagranicznych",
                "en": "Opinion on support for international students",
                "uk": "Висновок щодо підтримки іноземних студентів",
            },
            "subject": {
                "pl": "Współpraca miasta z uczelniami w sprawie studentów zagranicznych",
                "en": "The city's cooperation with universities on international students",
                "uk": "Співпраця міста з університетами щодо іноземних студентів",
            },
            "text": {
                "pl": [
                    "Rada proponuje wspólny punkt informacyjny miasta i uczelni na początku roku akademickiego."
                ],
                "en": [
                    "The Council proposes a joint information point of the city and the universities at the start of the academic year."
                ],
                "uk": [
                    "Рада пропонує спільний інформаційний пункт міста та університетів на початку навчального року."
                ],
            },
        },
    ),
]

DUTY_HOURS = {
    "introduction": {
        "pl": "Na dyżurze możesz porozmawiać z członkinią lub członkiem Rady o sprawach, które są dla Ciebie ważne. Nie trzeba się zapisywać.",
        "en": "At the duty hours you can talk to a Council member about what matters to you. No appointment is needed.",
        "uk": "Під час годин прийому ви можете поговорити з членом Ради про те, що для вас важливо. Записуватися не потрібно.",
    },
    "place_city_hall": {
        "pl": "Punkt Obsługi Imigrantów, Urząd Miejski, ul. Nowe Ogrody 8/12",
        "en": "Immigrant Service Point, City Hall, ul. Nowe Ogrody 8/12",
        "uk": "Пункт обслуговування іммігрантів, міська управа, вул. Нове Огроди 8/12",
    },
    "place_library": {
        "pl": "Biblioteka Gdańska, filia we Wrzeszczu, sala spotkań",
        "en": "Gdańsk Library, Wrzeszcz branch, meeting room",
        "uk": "Гданська бібліотека, філія у Вжещі, зала для зустрічей",
    },
}
