## The demo page's configurator, for webmasters of municipal, police and social-service sites: they choose
## settings, add their own local services and copy the code to paste into their site. Not shipped to visitors:
## the widget never downloads this file. Plain, exact, polite; the official terms of locales/<lang>/glossary.tbx.
## Keep technical names as they are: file names (oberih.js), attribute names, https://, ./dev release, jsDelivr.

cfg-ui-language = Language of these tools
cfg-title = For webmasters: set up the widget
cfg-intro = Choose the settings: the widget on this page changes as you go, and the code below is exactly what to paste into your site, just before the closing </body> tag. Nothing is sent anywhere: all of this runs in your browser.

## The settings.

cfg-country = Country
cfg-country-ua = Ukraine (UA)
cfg-country-kz = Kazakhstan (KZ)
cfg-region = Region
# The first choice of the region list: no region, so the widget lists national services only.
cfg-region-all = Whole country
cfg-lang = Language of the widget
# The first choice of the language list: the widget picks the page's or the visitor's language itself.
cfg-lang-visitor = The page's or the visitor's language
# Where the quick exit takes the visitor.
cfg-exit-url = Address the quick exit opens
cfg-exit-position = Corner of the exit button
cfg-position = Corner of the help button
# The four corners of the screen, for either button (data-exit-position, data-position).
cfg-corner-top-right = Top right
cfg-corner-top-left = Top left
cfg-corner-bottom-right = Bottom right
cfg-corner-bottom-left = Bottom left
# A checkbox, off by default; keep data-history="replace" as it is.
cfg-history = Links within your site replace the page in the browser's history, so one press of Back after the exit leaves your site (data-history="replace")
cfg-accent = Colour of the help button

## Where the widget's files are served from.

cfg-host = Where the widget's files come from
cfg-host-self = Your own server
cfg-host-jsdelivr = jsDelivr (a public CDN for npm packages)
cfg-host-unpkg = unpkg (a public CDN for npm packages)
cfg-base = Address of the folder with oberih.js on your server
cfg-host-self-note = Copy the files of one version (oberih.js, oberih_app.js, oberih_app_bg.wasm and the locales folder) to your server, each version in its own folder. The integrity hash in the code is that of the widget on this page.
# Variables:
#   $package (String) - the npm package's name, e.g. oberih-widget.
#   $version (String) - its version, e.g. 0.1.0.
cfg-host-cdn-note = The address names the exact version { $version } of the npm package { $package }: a CDN serves that version unchanged, so its integrity hash stays valid.
cfg-integrity-pinned = This one integrity hash pins every file of the widget: oberih.js carries the hash of the file it loads, and that file the hashes of the others. The browser refuses any file that differs.
cfg-integrity-unknown = The integrity hash of the npm package is not known on this page. Run ./dev release: it prints the hash to put in the code. Without the hash, the code trusts whatever the CDN serves.

## What the widget lists for the region chosen.

cfg-local-choose = Choose a region to see how many local services Oberih lists for it.
# Variables:
#   $region (String) - the region's name, e.g. Kostanay Region.
cfg-local-none = Oberih lists no local service for { $region } yet: visitors there see the national lines.
# Variables:
#   $count (Number) - how many local services the widget lists for the region, 1 or more.
#   $region (String) - the region's name, e.g. Kostanay Region.
cfg-local-some =
    { $count ->
        [one] Oberih lists { $count } local service for { $region }: the directory shows it first, after the emergency numbers.
       *[other] Oberih lists { $count } local services for { $region }: the directory shows them first, after the emergency numbers.
    }
cfg-local-add = You can add your own local services to your page, without rebuilding: use the form below.

## The code to paste, and the buttons that copy it.

cfg-snippet-title = The code to paste
cfg-invalid = Please give full addresses that start with https://.
cfg-copy = Copy the code
cfg-copied = Copied.
cfg-copy-failed = Select the text and copy it.
# Under the code: what the attributes that come before the settings are for. Keep the attribute and product names as they are.
cfg-keep-away = The attributes data-cfasync (first, before src), data-no-optimize, data-no-defer and data-jetpack-boost tell Cloudflare Rocket Loader, LiteSpeed Cache and Jetpack Boost to leave the script alone: a rewritten file fails its integrity check (then there is no exit at all), a delayed one gives a late exit. Other optimisation tools need a setting:
# The link to docs/optimisation.md, which is in English only.
cfg-keep-away-link = keeping optimisation tools away from the widget

## The form that adds the site's own local services (for example, a district's social services centre).

svc-title = Your own local services
svc-intro = Add the services that people in your area can turn to. Each one is checked as the widget checks it, the widget on this page shows it at once, and the block below is what to paste into your page, before the widget's code.
svc-id = Identifier: lowercase Latin letters, digits and hyphens, e.g. district-centre
svc-names = Name, in one or more languages
svc-descriptions = Description (optional)
svc-hours-texts = Opening hours (optional)
svc-hours-always = Open 24/7
svc-lang-uk = Ukrainian
svc-lang-ru = Russian
svc-lang-kk = Kazakh
svc-lang-en = English
svc-contacts = Contacts (1 to 10)
svc-channel = Channel
svc-channel-phone = Phone
svc-channel-sms = SMS
# A contact for people who cannot speak on the phone: text messages with the service.
svc-channel-text-dialogue = Text dialogue
svc-channel-telegram = Telegram
svc-channel-viber = Viber
svc-channel-web-chat = Web chat
svc-channel-website = Website
svc-display = As written for people, e.g. 044 000 00 00
svc-dial = Number to dial (+380440000000) or an https:// address
svc-contact-add = Add a contact
svc-contact-remove = Remove this contact
svc-free = Free of charge
svc-free-unknown = Not stated
svc-free-yes = Yes
svc-free-no = No
svc-regions = Regions it serves (none chosen: every region)
svc-roles = What it offers
svc-role-police = Police
svc-role-ambulance = Ambulance
svc-role-emergency = Emergency services
svc-role-dv-line = Domestic violence hotline
svc-role-children-line = Children's helpline
svc-role-legal-aid = Free legal aid
svc-role-shelter = Shelter
svc-role-counselling = Psychological help
svc-role-local = Local service
svc-serves = Who it is for
svc-serves-everyone = Everyone
svc-serves-women = Women
svc-serves-children = Children
svc-serves-witnesses = Witnesses
svc-languages = Languages spoken there: ISO 639-1 codes separated by commas, e.g. uk, ru (optional)
svc-add = Add this service
# Variables:
#   $name (String) - the service's name as the webmaster wrote it.
svc-added = Added: { $name }. The widget on this page lists it in its directory.
# Variables:
#   $count (Number) - how many services the block holds.
svc-list-title = Services in the block: { $count }
svc-empty = No services added yet.
svc-remove = Remove
svc-block-title = The block to paste
svc-block-copy = Copy the block
# The block's services are limited: the widget uses only the first 50.
svc-full = The block already holds 50 services, as many as the widget uses.

## Why the form refused a service. Each is said of one field; the field's name is shown as written in the code.

# Variables:
#   $field (String) - the field, as written in the code, e.g. contacts[0].dial.
#   $reason (String) - one of the reasons below.
svc-rejected = Not added. Field “{ $field }”: { $reason }
svc-why-empty = The text is empty.
# Variables:
#   $max (Number) - the most characters allowed, e.g. 300.
svc-why-too-long = The text is longer than { $max } characters.
svc-why-control = The text holds control or direction-override characters.
# Variables:
#   $value (String) - what was written in place of a language code.
svc-why-not-language = “{ $value }” is not a language code (uk, ru, kk, en).
# Variables:
#   $value (String) - the language code whose text is missing.
svc-why-text-not-string = The text in “{ $value }” is not text.
svc-why-text-shape = Give a text, or a text per language.
svc-why-list-shape = Give a list of values.
# Variables:
#   $value (String) - the value the widget does not know.
svc-why-not-allowed = “{ $value }” is not allowed here.
svc-why-not-object = This is not a service.
# Variables:
#   $known (String) - the fields the widget knows, separated by commas.
svc-why-unknown-field = The widget does not know this field. It knows: { $known }.
svc-why-id-format = Use 1 to 64 lowercase Latin letters, digits and hyphens.
svc-why-required = This is required.
svc-why-free-bool = Answer yes or no.
svc-why-contacts-required = Give at least one contact.
svc-why-contacts-count = Give 1 to 10 contacts.
svc-why-channel = Choose one of the channels in the list.
svc-why-display-required = Write the number or name as people write it.
# Variables:
#   $value (String) - the number dialled, e.g. +380440000001.
svc-why-display-number = The number shown is not the number dialled ({ $value }). Write that number as people write it, or a name without digits.
svc-why-dial = For a phone or SMS, digits with an optional + at the start (e.g. +380441234567); for other channels, an address that starts with https://.
svc-why-used-twice = Another service in the block has this identifier.

## The webmaster's guide.

cfg-guide-title = The webmaster's guide
cfg-guide-intro = Everything in one place: the code, its settings, the panel inside a page, colours, your own local services, the Content-Security-Policy, hosting the files yourself or from a CDN, and the steps for WordPress, Drupal and Joomla.

## For translators of the widget.

cfg-translators-title = For translators
# A link that reloads this page with the widget in the pseudo-locale: the English texts, accented and longer.
cfg-pseudo = Show the widget in the pseudo-locale: every text accented and about 40% longer, so a text that is not translated, or a layout that long translations would break, shows here first.
cfg-pseudo-off = Show the widget in its real languages again.
