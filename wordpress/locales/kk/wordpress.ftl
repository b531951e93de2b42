## The WordPress plugin's settings page (Settings → Oberih): what a site's webmaster reads, never visitors.
## tools/wp-plugin.mjs turns these files into PHP when the plugin is built: only plain text and { $variables }.

# The menu entry under Settings, and the page's title.
wp-menu = Oberih
wp-page-title = Oberih: тез шығу және көмек
wp-intro = Виджет файлдары осы сайттан жүктеледі: келушілердің браузерлері оларды басқа ешкімнен сұрамайды. Бұл баптаулар барлық жария беттерде қолданылады.

## The first group: where the help is.
wp-section-place = Көмек нөмірлері
wp-country = Ел
wp-country-none = Көрсетілмеген: халықаралық шұғыл қызмет нөмірі 112
wp-region = Өңір
# The choice that shows only national services.
wp-region-none = Бүкіл ел
wp-language = Тіл
wp-language-auto = Автоматты: беттің тілі, әйтпесе келушінің тілі

## The second group: the quick exit.
wp-section-exit = Тез шығу
wp-exit-url = Шығу мекенжайы
# Variables: $default is the widget's default exit address.
wp-exit-url-help = Шығу түймесі апаратын жер: бейтарап сайттың толық http:// немесе https:// мекенжайы. Бос болса: { $default }
wp-exit-position = Шығу түймесінің бұрышы
wp-launcher-position = Көмек түймесінің бұрышы
wp-position-default = Виджеттің әдепкі мәні
wp-position-top-right = Жоғарғы оң жақ
wp-position-top-left = Жоғарғы сол жақ
wp-position-bottom-right = Төменгі оң жақ
wp-position-bottom-left = Төменгі сол жақ
wp-history = Шыққаннан кейін «Артқа»
wp-history-label = Осы сайттың ішіндегі сілтемелер браузер тарихындағы бетті алмастырады, сондықтан шыққаннан кейін «Артқа» бір рет басылса, сайттан кетеді

## The third group: the site's own services.
wp-section-services = Сіздің жергілікті қызметтеріңіз
wp-services = Қызметтер (JSON)
wp-services-help = Нұсқаулықта сипатталғандай, қызметтердің JSON массиві; қызмет болмаса, бос қалдырыңыз. Виджет әр жазбаны тексеріп, қатесін өткізіп жібереді.
wp-save = Баптауларды сақтау

## Errors shown after saving. Say what was not saved and that the previous value stays.
wp-error-exit-url = Шығу мекенжайы толық http:// немесе https:// мекенжайы болуы керек. Ол сақталмады; бұрынғысы қалды.
wp-error-choice = Мән ұсынылған нұсқалардың бірі емес. Ол сақталмады; бұрынғысы қалды.
wp-error-region = Өңір таңдалған елге жатпайды. Ол сақталмады; енді бүкіл ел таңдалды.
# Variables: $detail is PHP's own description of the JSON error, in English.
wp-error-services-json = Қызметтерде JSON қатесі бар ({ $detail }). Олар сақталмады; бұрынғылары қалды.
wp-error-services-array = Қызметтер [ … ] түрінде жазылған JSON массиві болуы керек. Олар сақталмады; бұрынғылары қалды.
# Variables: $max is the largest size the widget reads, in kilobytes (as the block is written into the page).
wp-error-services-size = Қызметтер бетте { $max } КБ-тан көп орын алады, бұл виджет оқитыннан көп. Олар сақталмады; бұрынғылары қалды.
# Variables: $max is the deepest nesting the widget reads.
wp-error-services-depth = Қызметтер { $max } деңгейден тереңірек кірістірілген, бұл виджет оқитыннан терең. Олар сақталмады; бұрынғылары қалды.
