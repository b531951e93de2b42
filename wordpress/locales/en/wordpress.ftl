## The WordPress plugin's settings page (Settings → Oberih): what a site's webmaster reads, never visitors.
## tools/wp-plugin.mjs turns these files into PHP when the plugin is built: only plain text and { $variables }.

# The menu entry under Settings, and the page's title.
wp-menu = Oberih
wp-page-title = Oberih: quick exit and help
wp-intro = The widget's files are served from this site: visitors' browsers ask no one else for them. These settings apply to every public page.

## The first group: where the help is.
wp-section-place = Help numbers
wp-country = Country
wp-country-none = None: the international emergency number 112
wp-region = Region
# The choice that shows only national services.
wp-region-none = The whole country
wp-language = Language
wp-language-auto = Automatic: the page's language, else the visitor's

## The second group: the quick exit.
wp-section-exit = Quick exit
wp-exit-url = Exit address
# Variables: $default is the widget's default exit address.
wp-exit-url-help = Where the exit button goes: the full http:// or https:// address of a neutral site. Empty: { $default }
wp-exit-position = Exit button corner
wp-launcher-position = Help button corner
wp-position-default = The widget's default
wp-position-top-right = Top right
wp-position-top-left = Top left
wp-position-bottom-right = Bottom right
wp-position-bottom-left = Bottom left
wp-history = Back after the exit
wp-history-label = Links inside this site replace the page in the browser's history, so one press of Back after the exit leaves the site

## The third group: the site's own services.
wp-section-services = Your own local services
wp-services = Services (JSON)
wp-services-help = A JSON array of services, as the guide describes; empty for none. The widget checks each entry and skips a bad one.
wp-save = Save settings

## Errors shown after saving. Say what was not saved and that the previous value stays.
wp-error-exit-url = The exit address must be a full http:// or https:// address. It was not saved; the previous one stays.
wp-error-choice = A value was not one of the choices offered. It was not saved; the previous one stays.
wp-error-region = The region does not belong to the chosen country. It was not saved; the region is now the whole country.
# Variables: $detail is PHP's own description of the JSON error, in English.
wp-error-services-json = The services are not valid JSON ({ $detail }). They were not saved; the previous services stay.
wp-error-services-array = The services must be a JSON array, written [ … ]. They were not saved; the previous services stay.
# Variables: $max is the largest size the widget reads, in kilobytes (as the block is written into the page).
wp-error-services-size = The services are longer than { $max } KB as written into the page, more than the widget reads. They were not saved; the previous services stay.
# Variables: $max is the deepest nesting the widget reads.
wp-error-services-depth = The services are nested more than { $max } levels deep, deeper than the widget reads. They were not saved; the previous services stay.
