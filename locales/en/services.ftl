## The help directory: countries, their regions, and the help services with their numbers
## (content/services/*.toml). The reader may be in danger, on a phone, perhaps watched: calm, plain, short
## sentences; never blame. Say only what the service's source says: do not add promises (free, 24/7, anonymous)
## that the original text does not make. Keep any number in a sentence (102, 103) exactly as it is.

## Countries.

country-ua = Ukraine
country-kz = Kazakhstan

## Regions of Ukraine (ISO 3166-2:UA), for the region picker. Use the official name in your language.

region-ua-05 = Vinnytsia Oblast
region-ua-07 = Volyn Oblast
region-ua-09 = Luhansk Oblast
region-ua-12 = Dnipropetrovsk Oblast
region-ua-14 = Donetsk Oblast
region-ua-18 = Zhytomyr Oblast
region-ua-21 = Zakarpattia Oblast
region-ua-23 = Zaporizhzhia Oblast
region-ua-26 = Ivano-Frankivsk Oblast
# The city of Kyiv, not the oblast around it (that is region-ua-32).
region-ua-30 = Kyiv
region-ua-32 = Kyiv Oblast
region-ua-35 = Kirovohrad Oblast
# The city of Sevastopol.
region-ua-40 = Sevastopol
region-ua-43 = Autonomous Republic of Crimea
region-ua-46 = Lviv Oblast
region-ua-48 = Mykolaiv Oblast
region-ua-51 = Odesa Oblast
region-ua-53 = Poltava Oblast
region-ua-56 = Rivne Oblast
region-ua-59 = Sumy Oblast
region-ua-61 = Ternopil Oblast
region-ua-63 = Kharkiv Oblast
region-ua-65 = Kherson Oblast
region-ua-68 = Khmelnytskyi Oblast
region-ua-71 = Cherkasy Oblast
region-ua-74 = Chernihiv Oblast
region-ua-77 = Chernivtsi Oblast

## Regions of Kazakhstan (ISO 3166-2:KZ), for the region picker. Use the official name in your language.

# Created in 2022.
region-kz-10 = Abai Region
region-kz-11 = Akmola Region
region-kz-15 = Aktobe Region
# The region around Almaty, not the city (that is region-kz-75).
region-kz-19 = Almaty Region
region-kz-23 = Atyrau Region
region-kz-27 = West Kazakhstan Region
region-kz-31 = Jambyl Region
# Created in 2022.
region-kz-33 = Jetisu Region
region-kz-35 = Karaganda Region
region-kz-39 = Kostanay Region
region-kz-43 = Kyzylorda Region
region-kz-47 = Mangystau Region
region-kz-55 = Pavlodar Region
region-kz-59 = North Kazakhstan Region
region-kz-61 = Turkistan Region
# Created in 2022.
region-kz-62 = Ulytau Region
region-kz-63 = East Kazakhstan Region
# The capital city.
region-kz-71 = Astana
# The city of Almaty, not the region (that is region-kz-19).
region-kz-75 = Almaty
# The city of Shymkent.
region-kz-79 = Shymkent

## Notes shown next to one number of a service that has several: which phone to call it from.

service-note-from-mobile = From a mobile phone
service-note-from-landline = From a landline
service-note-from-any-phone = From a landline or a mobile phone

## Services in Ukraine. Each has a short name (a button label) and a description of one or two sentences.

service-ua-102-name = Police
# What happens after a call to 102 about domestic violence, as the Ministry of Internal Affairs describes it.
# An "urgent barring order" (Ukrainian: терміновий заборонний припис) is issued by the police on the spot.
service-ua-102-desc = Call if you or someone else is in danger now. Officers should come, stop the violence and can issue an urgent barring order against the abuser. In some places help may take longer.
service-ua-103-name = Ambulance
service-ua-103-desc = Emergency medical help, if you or someone else is hurt.
service-ua-112-name = Emergency number 112
# 112 is being introduced in Ukraine region by region, so it may not work everywhere yet. Keep both sentences.
service-ua-112-desc = The single emergency number is being introduced region by region. The usual numbers, 102 for the police and 103 for an ambulance, still work.
# The government's 24/7 line on domestic violence, run by the Government Contact Centre (number 15-47).
service-ua-15-47-name = Government domestic violence hotline
# Anyone who learns of domestic violence may report it to this line, so witnesses are invited too.
service-ua-15-47-desc = The state line on domestic violence, gender-based violence and violence against children. Anonymous and confidential; you can also call if you know of violence against someone else.
# La Strada-Ukraine is the name of the non-governmental organisation that runs the line: keep it as a name.
service-ua-la-strada-name = La Strada-Ukraine national hotline
service-ua-la-strada-desc = The national hotline on preventing domestic violence, human trafficking and gender discrimination. Confidential and anonymous.
service-ua-children-line-name = National hotline for children and young people
service-ua-children-line-desc = A line for children, teenagers and young people. Free, confidential and anonymous.
service-ua-legal-aid-name = Free legal aid
service-ua-legal-aid-desc = The contact centre of the state free legal aid system. You can get legal advice on your situation.
# A trust line (confidential helpline) of the city of Kyiv only.
service-ua-kyiv-15-00-name = Kyiv city trust line
service-ua-kyiv-15-00-desc = The trust line of the Kyiv City Centre for Gender Equality, Prevention and Counteraction to Violence. You can get psychological support here.
# A day centre of the city of Lutsk (Volyn Oblast). Its page says the help is free; it says nothing of the call.
service-ua-07-lutsk-day-centre-name = Day centre for people affected by violence (Lutsk)
service-ua-07-lutsk-day-centre-desc = A day centre of the Lutsk city council for people affected by domestic or gender-based violence. Free help: a psychologist, legal advice and social support; the centre can refer you to a crisis room.
# Services of the city of Zhytomyr only.
service-ua-18-zhytomyr-city-mobile-team-name = Mobile team of social and psychological help (Zhytomyr)
service-ua-18-zhytomyr-city-mobile-team-desc = A mobile team in the city of Zhytomyr that helps people affected by domestic violence.
service-ua-18-zhytomyr-city-day-centre-name = Day centre for people affected by domestic violence (Zhytomyr)
service-ua-18-zhytomyr-city-day-centre-desc = A day centre in the city of Zhytomyr that gives social and psychological help to people affected by domestic violence.
# The emergency psychological help line of the Zaporizhzhia city centre of social services (short number 15-84).
# Its source does not say whether it can be called from a mobile phone: do not add that.
service-ua-23-zaporizhzhia-city-trust-line-1584-name = Zaporizhzhia city trust line
service-ua-23-zaporizhzhia-city-trust-line-1584-desc = A city line of Zaporizhzhia: the emergency psychological help service of the city centre of social services, for adults, children and families in difficult circumstances. People call it about domestic violence too.
# A number of the Drohobych community (Lviv Oblast) only. The city council's page says help and support; nothing of
# hours or cost: do not add them.
service-ua-46-drohobych-dv-help-name = Help for people affected by domestic violence (Drohobych)
service-ua-46-drohobych-dv-help-desc = Help and support for people affected by domestic violence in the Drohobych community (Lviv Oblast). The number is given on the city council's site.
# A centre in the city of Kherson for people affected by the war, including by violence (not only domestic violence).
# Its address is kept secret for safety: never add it; callers learn it by phone. UNFPA is the UN Population Fund.
service-ua-65-kherson-survivor-relief-centre-name = Survivor Relief Centre (Kherson)
service-ua-65-kherson-survivor-relief-centre-desc = Social, psychological and legal help for people affected by the war, including by violence; set up with the UN Population Fund (UNFPA). Its address is not public: call to find out where it is.
service-ua-65-kherson-survivor-relief-centre-hours = Monday to Friday, 9:00–16:00
# Services of the city of Chernivtsi only.
service-ua-77-chernivtsi-city-social-services-name = Centre of social services (Chernivtsi)
service-ua-77-chernivtsi-city-social-services-desc = The social services centre of the city of Chernivtsi. Together with the police, it places people affected by domestic violence in the city's crisis room.
service-ua-77-chernivtsi-24h-violence-hotline-name = 24-hour hotline on violence (Chernivtsi)
service-ua-77-chernivtsi-24h-violence-hotline-desc = A line on violence and difficult life circumstances, listed by the Chernivtsi city council. It works around the clock.

## Services in Kazakhstan. Each has a short name (a button label) and a description of one or two sentences.

service-kz-102-name = Police
service-kz-102-desc = Call if you or someone else is in danger now.
service-kz-103-name = Ambulance
service-kz-103-desc = Emergency medical help, if you or someone else is hurt.
service-kz-112-name = Emergency number 112
# The unified duty dispatch service (Kazakh: бірыңғай кезекші-диспетчерлік қызмет; Russian: единая
# дежурно-диспетчерская служба) of the Ministry for Emergency Situations.
service-kz-112-desc = The unified duty dispatch service for emergencies. The dispatcher decides which services to send.
# The state contact centre 111 on family, women's and children's rights.
service-kz-111-name = Contact centre 111 for families, women and children
# "The QR code at their school": every school and college in Kazakhstan has a QR code through which pupils can write to 111.
service-kz-111-desc = A state line for people facing domestic violence or bullying, and for any violation of children's rights. Psychologists and lawyers answer. Schoolchildren can also write to it through the QR code at their school.
