## The guided flow (content/flow.toml). The reader may be in danger, on a phone, perhaps watched: calm,
## plain, short sentences; never blame. The panel around each step already offers Back, Start again, a step
## count and the emergency numbers, so the steps do not repeat them.
## Messages ending in -ua or -kz are statements of law or fact shown only for Ukraine or Kazakhstan, with a
## link to their source: translate them exactly, add nothing, and keep the legal terms given in brackets as
## they are (they are the official names, which people need when they talk to the police or a court).

## Start

flow-start-title = How can we help?
flow-start-intro = Choose what you need now. This guide does not save your answers.
flow-start-choice-danger = I am in danger right now
flow-start-choice-about = What is domestic violence?
flow-start-choice-options = What can I do?
flow-start-choice-plan = Make a safety plan
flow-start-choice-child = I am a child or a teenager
flow-start-choice-worried = I am worried about someone
flow-start-choice-online = Staying safe online
flow-start-choice-talk = Talk to a lawyer or counsellor

## In danger right now

flow-danger-title = You are in danger now
# Shown just above the call buttons of the police and the emergency number.
flow-danger-call = If you can, call the police or the emergency number now.
flow-danger-say = When they answer, say your address first. Then say what is happening, if anyone is hurt, if there is a weapon, and if children are there.
flow-danger-ua-dispatcher = In Ukraine, the 102 operator may ask your name, whether there are children or animals, and whether you need medical help.
flow-danger-choice-risk = Signs of high danger
flow-danger-choice-after = After I call the police
flow-danger-choice-silent = I cannot speak
flow-danger-choice-safe = Where can I be safer?

flow-silent-title = If you cannot speak
flow-silent-kz-111 = In Kazakhstan, 111 answers day and night, free of charge. If you cannot talk now, call when it is safer. Schoolchildren can also write to 111 through the QR code in their school.
flow-silent-code = If you agreed a code word with someone you trust, send it now, if you can do it without being seen. They can call the police for you.
flow-silent-signal = If you agreed a signal with a neighbour, use it.
flow-silent-later = When it is safe to talk, call one of these numbers.

flow-risk-title = Signs of high danger
flow-risk-act = If any of these is true, you may be in serious danger. Talk to the police or a helpline about your safety soon, even if nothing happened today:
flow-risk-strangle = they have choked or strangled you, even once
flow-risk-kill = they have threatened to kill you, the children or themselves
flow-risk-weapon = there is a gun or another weapon at home, including one a soldier brought back
flow-risk-pregnant = you are pregnant, or they hurt you when you were
flow-risk-worse = the violence happens more often or gets worse
flow-risk-leaving-sign = you have left, or you plan to leave
# Shown on the step above and at the top of the safety plan.
flow-risk-leaving = When you leave, the abuser may become more violent. The danger can last after you have left. If you plan to leave, do not tell the abuser. Plan it with a helpline.
flow-risk-ua = In Ukraine, the police assess the risk of more violence by an official procedure. Tell them about every sign that is true for you.

flow-after-title = After you call the police
flow-after-tell = Tell the officers everything that happened, even if it happened before. Tell them about weapons, threats and children. If you can, write down their names and the time.
flow-orders-ua-ask = In Ukraine, you can ask the police for an urgent barring order (терміновий заборонний припис). They issue it on their own or at your request, for up to 10 days.
flow-orders-ua-urgent = The order can require the abuser to leave your home, even if the home is theirs, and forbid them to enter it, stay there or contact you in any way. If the abuser is under 18 and lives with you, the order can only forbid contact.
flow-after-ua-child = In Ukraine, if a child saw or heard the violence, tell the police: the law counts the child as a victim too.
flow-after-kz-police = In Kazakhstan, the law requires the police to respond quickly to every report of domestic violence. If you need to take your identity documents, seasonal clothes and personal hygiene items from the home you share with the abuser, the police keep order while you do.
flow-after-kz-order = In Kazakhstan, ask the police about a protective order (защитное предписание, қорғау нұсқамасы).
flow-after-notact = If the police do not come or do not help, call them again. Call a helpline or free legal aid too: they can tell you what to do next.

flow-safe-title = Getting to a safer place
flow-safe-rooms = If you cannot leave, stay away from the kitchen, the bathroom and anywhere with weapons or heavy objects. Stay near a door out.
flow-safe-leave = If you can leave, go now: to neighbours, a shop, or any place with people. Take your phone. Take the children if you can do it safely.
flow-safe-later = Later, a shelter or a crisis centre can give you a safe place to stay.

## What is domestic violence?

flow-about-title = What is domestic violence?
flow-about-intro = Domestic violence is when someone close to you hurts, frightens or controls you. It is not only hitting. It is never your fault.
flow-about-ua-forms = Ukrainian law names four forms of domestic violence: physical, psychological, sexual and economic. Threats of violence count too.
flow-about-choice-forms = What each form looks like
flow-about-choice-who = Who the law protects
flow-about-choice-signs = Warning signs and the cycle of violence
flow-about-choice-everyone = Men, older people, displaced people, people abroad

flow-forms-title = The four forms, with examples
# Each "-head" line introduces the bulleted list below it.
flow-forms-physical-head = Physical violence, for example:
flow-forms-physical-hitting = hitting, pushing, slapping or kicking
flow-forms-physical-locking = not letting you leave the home, or not letting you in
flow-forms-physical-threats = putting you in danger on purpose, or leaving you without help when you need it
flow-forms-physical-deprive = forcing you to drink alcohol or take drugs; keeping you from food, rest or sleep
flow-forms-psych-head = Psychological violence, for example:
flow-forms-psych-insults = insults, shouting and humiliation
flow-forms-psych-threats = threats, including threats to kill you, the children or people you love
flow-forms-psych-control = watching and controlling you: your phone, where you go, who you see
flow-forms-psych-blackmail = blackmail, or making you doubt yourself and feel to blame
flow-forms-sexual-head = Sexual violence, for example:
flow-forms-sexual-consent = sex or touching you did not agree to, also from a husband, wife or partner
flow-forms-sexual-others = forcing you into sex with other people, or to watch sex
flow-forms-sexual-pregnancy = forcing you to get pregnant or to have an abortion
flow-forms-econ-head = Economic violence, for example:
flow-forms-econ-money = taking your money or bank card, or making you beg for money
flow-forms-econ-work = not letting you work or study
flow-forms-econ-documents = taking or hiding your documents, or damaging your things
flow-forms-econ-basics = leaving you without food, a home or medical care
flow-forms-source = These examples follow the list published by Ukraine's Ministry of Social Policy.

flow-who-title = Who the law protects
flow-who-intro = Domestic violence can come from a husband or wife, a partner, a former partner, a parent, a child or another relative.
flow-who-ua = In Ukraine, the law covers violence between current or former spouses, between relatives, and between people who live or lived together as a family without being married.
flow-who-ua-more = The law applies whether or not you live with the abuser. It also covers engaged couples, people who have a child together, uncles, aunts, nephews, nieces and cousins, step-parents and stepchildren, guardians and foster families. Other relatives, and other people you share a household with, are covered only if you live together.
flow-who-ua-ask = If you are not sure the law covers you, call free legal aid: they can tell you.
flow-who-ua-child = In Ukraine, a child who witnesses domestic violence is also a victim of it under the law.
flow-who-kz = In Kazakhstan, violence between spouses, former spouses, close relatives, people who have a child together or people who live or lived together counts as domestic violence.

flow-signs-title = Warning signs and the cycle of violence
flow-signs-intro = Some questions to ask yourself:
flow-signs-afraid = Are you afraid of how they will react?
flow-signs-checks = Do they check your phone, your money or where you go?
flow-signs-isolates = Do they keep you away from friends or family?
flow-signs-insults = Do they insult or humiliate you, alone or in front of others?
flow-signs-threatens = Do they threaten you, the children, or to hurt themselves?
flow-signs-hurt = Have they hurt you, or forced you into sex?
flow-signs-yes = If you answered yes to any of these, what you feel is real. Help is there for you.
flow-signs-cycle = Violence often goes in a circle: quarrels and tension grow, then comes aggression and violence. Then come reassurance, regret and a pause. Then it can start again.
flow-signs-calm = A calm time does not mean the violence is over. It is not your fault, and you do not have to wait for it to get worse.

flow-everyone-title = Help is for everyone
flow-everyone-men = Men can be affected too. The same help is for you.
flow-everyone-carer = A carer, an adult child or a grandchild can be the abuser too. Taking your pension, or keeping you from medicine or care, is violence.
flow-everyone-ua-care = In Ukraine, economic violence includes leaving someone without care, or keeping them from treatment they need.
flow-everyone-ua-military = In Ukraine, soldiers, reservists and police officers answer for domestic violence and for breaking an urgent barring order like anyone else.
flow-everyone-ua-idp = In Ukraine, internally displaced people have the right to a free lawyer too. Apply where you actually live, whatever your registration.
flow-everyone-abroad = If you are outside your country, call the local emergency number. Helplines at home may not be free from abroad.

## What can I do?

flow-options-title = What can I do?
flow-options-intro = You have choices, and you decide when you are ready. Here is what the law offers and where to find help.
flow-options-choice-report = Report it to the police
flow-options-choice-orders = Orders that keep the abuser away
flow-options-choice-sexual = After sexual violence
flow-options-choice-doctor = Record injuries with a doctor
flow-options-choice-shelter = Shelters and crisis centres
flow-options-choice-talk = Free legal and psychological help

flow-report-title = Reporting to the police
flow-report-how = You can call the police or go to a police station. Say what happened, when, and who did it.
flow-report-ua = In Ukraine, officers who come after a 102 call should stop the violence, explain your rights, take your statement and record the offence. They can call an ambulance and issue an urgent barring order (терміновий заборонний припис). If a child is among the victims, they inform the services for children. In some places help may take longer.
flow-report-kz = In Kazakhstan, the police can act even if you do not write a complaint: statements of witnesses or video recordings can be enough.
flow-report-choice-after = What to ask for, and if the police do not help
flow-report-notes = If it is safe, keep notes of dates, messages and photos where the abuser cannot find them.

flow-orders-title = Orders that keep the abuser away
flow-orders-ua-restrictive = A court in Ukraine can issue a restrictive order (обмежувальний припис) at your request, for 1 to 6 months, and extend it at your request by up to 6 months more. It can forbid the abuser to live with you, to come near your home, work or school, to look for you or to contact you.
flow-orders-ua-court = The court must hear your application within 72 hours of receiving it. You pay no court costs: the state does.
flow-orders-kz-protective = In Kazakhstan, the police can issue a protective order (защитное предписание, қорғау нұсқамасы) against an abuser aged 16 or over. For 30 days it forbids violence. It also forbids looking for you, following you, visiting or calling you, or any other contact with you or your family members under 18, if you do not want it. You get a copy on the same day. Breaking the order is punishable.
flow-orders-kz-special = A court in Kazakhstan can also set special requirements for the offender's behaviour (особые требования к поведению правонарушителя). For example, the court can forbid them to look for you, follow you, call you or meet you, or to have weapons.
flow-orders-ask = You can ask the police about an order when they come. A lawyer can help you apply to a court.

flow-doctor-title = Recording injuries with a doctor
flow-doctor-see = If you are hurt, see a doctor or call an ambulance, even if the injuries seem small.
flow-doctor-tell = Tell the doctor that the injuries come from violence. Ask them to write down every injury, and ask for a copy. Ask whether they must tell the police, so that you can plan for it.
flow-doctor-kz = In Kazakhstan, a forensic medical examination (судебно-медицинская экспертиза) shows how serious the harm is. Ask the police about it, and go soon, while the injuries can be seen.
flow-doctor-photos = If it is safe, take photos of injuries and damaged things. Keep them where the abuser cannot find them, for example with someone you trust. These records can help you later.

flow-sexual-title = After sexual violence
flow-sexual-go = Go to a doctor or a hospital as soon as you can, even if you are not hurt. It is not your fault.
flow-sexual-72h = Medicine that prevents HIV works best within 24 hours, and must be started within 72 hours.
flow-sexual-pregnancy = Ask about medicine that prevents pregnancy too. The sooner, the better.
flow-sexual-police = You can get medical care first and decide about the police later. Ask the doctor whether they must tell the police.

flow-shelter-title = Shelters and crisis centres
flow-shelter-ua = Ukraine has special services for people affected by violence: shelters, day centres, crisis rooms, counselling services and mobile teams.
flow-shelter-kz = Kazakhstan has crisis centres and shelters for people affected by violence.
flow-shelter-ask = When you call, ask about a place to stay and about bringing your children.

## A safety plan

flow-plan-title = Make a safety plan
flow-plan-intro = A plan helps you act fast if you need to leave. Do only what is safe: the abuser should not notice.
# A checklist: the visitor can tick each line. The ticks are not saved (see flow-plan-memory).
flow-plan-documents = Documents: passports, birth certificates, the children's papers. Keep copies or photos somewhere safe.
flow-plan-papers = Police or court papers, housing papers, the children's medical and school papers.
flow-plan-account = If you can, a bank account or card in your own name that the abuser does not know about.
flow-plan-money = Some money and a bank card, hidden or kept with someone you trust.
flow-plan-phone = A charged phone, and important numbers written on paper.
flow-plan-bag = A bag ready to take: medicine, keys, clothes, things for the children.
flow-plan-place = A safe place to go: friends, relatives or a shelter.
flow-plan-code = A code word with someone you trust that means "call the police for me".
flow-plan-children = The children: a safe place at home, how to call for help, who will collect them.
flow-plan-memory = Your ticks are not saved anywhere. They stay only in this page's memory and disappear when you leave this step or close the page.
flow-plan-choice-risk = Signs of high danger
flow-plan-choice-children = Keeping children safe

flow-kids-title = Keeping children safe
flow-kids-place = Choose with them a safe place at home, or a neighbour they can run to.
flow-kids-call = Teach them how to call for help and what to say: their name and address.
flow-kids-job = Tell them their job is to stay safe, not to protect you. It is not their fault.
flow-kids-word = Agree a code word with them that means "go to the safe place".
flow-kids-talk = Children who see violence are hurt by it too. A helpline for children can talk with them.

## For children and teenagers. Use the simplest words of the language, and the informal "you" where natural.

flow-child-title = For children and teenagers
flow-child-not-fault = If someone at home hurts you, scares you, or hurts someone you love, it is not your fault. You can ask for help.
flow-child-ua = In Ukraine, the law says that a child who sees violence at home is a victim too.
flow-child-adult = Tell an adult you trust: a teacher, a school psychologist, a relative or a friend's parent.
# "Call now" is the heading of the emergency numbers at the top of the panel (panel-now-title).
flow-child-danger = If you are in danger right now, call the police. The numbers are at the top, under "Call now".
flow-child-kz = In Kazakhstan, you can write to 111, not only call. Every school and college has a QR code for it.
flow-child-line = You can also talk to a helpline for children. They listen and help.

## Worried about someone, or a witness

flow-worried-title = Worried about someone, or saw violence
flow-worried-listen = Talk to them alone, when it is safe. Listen and believe them. Do not blame or push them.
flow-worried-abuser = Do not confront the abuser: it can make things more dangerous for the person you want to help.
flow-worried-help = Tell them where help is. Offer practical help: a place to stay, keeping a bag or copies of documents, a code word.
flow-worried-danger = If you see or hear violence right now, call the police.
flow-worried-ua = In Ukraine, the authorities ask anyone who learns that a child suffers or witnesses domestic violence to report it: to the police (102), the children's service (служба у справах дітей) or a national hotline.
flow-worried-kz = In Kazakhstan, victims and witnesses of violence can turn to 111 at any time of day or night.

## Staying safe online

flow-online-title = Staying safe online
# Describes this widget's own exit button (exit-button) and its keyboard shortcut.
flow-online-exit = The exit button hides this page at once and opens a neutral website. On a keyboard, pressing Shift three times does the same. Going back will not bring you here, but the browser's recent tabs and address-bar suggestions may still show this site.
flow-online-exit-limit = The exit button does not erase your browsing history. This site may still be in the list of pages you visited.
flow-online-private = Private browsing (incognito) does not save the pages you visit in the browser history. It cannot delete history you already have, and it does not hide anything from spyware.
flow-online-clear = To clear history, open the browser's menu, find History, and delete browsing data. If you can, delete only the pages you want to hide.
flow-online-suspicion = Deleting all your history suddenly, when you never did before, can make an abuser suspicious. It is not possible to remove every trace.
flow-online-safer = The safest device is one the abuser never used: a friend's phone, or a computer at a library or at work.
flow-online-choice-accounts = Accounts, location and trackers
flow-online-choice-phone = Phones, calls and spyware

flow-phone-title = Phones, calls and spyware
flow-phone-calls = A call from this page shows in your phone's call log and on the phone bill. Think about who can see them.
flow-phone-shared = On a shared phone or computer, log out of your accounts. Check whether the browser is signed in to an account that copies your history to other devices.
flow-phone-messages = Emails, chats and text messages are easier for someone to watch than a phone call.
flow-phone-spyware = Spyware is hard to find and to remove. Anything you do on a phone with spyware may be seen, even searching for help. Removing it can alert the abuser, so make a safety plan first.
flow-phone-knows = If the abuser seems to know what you said or where you went, trust that feeling. Use a safer device and talk to a helpline.

flow-phone-choice-accounts = Accounts, location and trackers

flow-accounts-title = Accounts, location and trackers
flow-accounts-safe = Change things only if it is safe. A change can alert the abuser. If you are unsure, plan it first with a helpline.
flow-accounts-often = Often it is not spyware. Someone who knows your passwords can read your accounts from another device, or see where you are through location sharing.
flow-accounts-check = If it is safe, check:
flow-accounts-devices = which phones and computers are signed in to your email, cloud and chat apps
flow-accounts-location = who can see your location: the phone's settings, family-locator apps, shared maps
flow-accounts-passwords = which passwords and PIN codes the abuser may know; then change them and turn on two-step sign-in
flow-accounts-trackers = whether a tracker is hidden in your car, your bag or a child's things
flow-accounts-images = Threats to share intimate photos or videos are abuse too. If you can, keep the messages as evidence.

## A lawyer or a counsellor

flow-talk-title = Talk to a lawyer or counsellor
flow-talk-intro = You can get advice about your rights, or just talk to someone. You do not have to decide anything now.
flow-talk-ua-rights = In Ukraine, people affected by domestic violence have the right to free legal aid, and to free social, medical and psychological help.
flow-talk-kz-111 = In Kazakhstan, 111 works day and night and is free. It gives advice and psychological help on family matters and on the rights of women and children.
flow-talk-ua-lawyer = In Ukraine, people affected by domestic violence have the right to a free lawyer who can represent them in court and write documents for them.
flow-talk-chat = A chat app keeps its own history, and may copy it to other devices signed in to the same account. If someone may check your phone, use a safer device if you can. Do not delete everything suddenly: it can raise suspicion, and messages may be evidence.
