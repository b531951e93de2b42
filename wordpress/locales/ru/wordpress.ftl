## The WordPress plugin's settings page (Settings → Oberih): what a site's webmaster reads, never visitors.
## tools/wp-plugin.mjs turns these files into PHP when the plugin is built: only plain text and { $variables }.

# The menu entry under Settings, and the page's title.
wp-menu = Oberih
wp-page-title = Oberih: быстрый выход и помощь
wp-intro = Файлы виджета загружаются с этого сайта: браузеры посетителей больше ни к кому за ними не обращаются. Эти настройки действуют на всех публичных страницах.

## The first group: where the help is.
wp-section-place = Номера помощи
wp-country = Страна
wp-country-none = Не указана: международный номер экстренных служб 112
wp-region = Регион
# The choice that shows only national services.
wp-region-none = Вся страна
wp-language = Язык
wp-language-auto = Автоматически: язык страницы, иначе язык посетителя

## The second group: the quick exit.
wp-section-exit = Быстрый выход
wp-exit-url = Адрес выхода
# Variables: $default is the widget's default exit address.
wp-exit-url-help = Куда ведёт кнопка выхода: полный адрес http:// или https:// нейтрального сайта. Если пусто: { $default }
wp-exit-position = Угол кнопки выхода
wp-launcher-position = Угол кнопки помощи
wp-position-default = Как в виджете по умолчанию
wp-position-top-right = Вверху справа
wp-position-top-left = Вверху слева
wp-position-bottom-right = Внизу справа
wp-position-bottom-left = Внизу слева
wp-history = «Назад» после выхода
wp-history-label = Ссылки внутри этого сайта заменяют страницу в истории браузера, поэтому одно нажатие «Назад» после выхода уводит с сайта

## The third group: the site's own services.
wp-section-services = Ваши местные службы
wp-services = Службы (JSON)
wp-services-help = Массив служб в формате JSON, как описано в руководстве; пусто, если их нет. Виджет проверяет каждую запись и пропускает ошибочную.
wp-save = Сохранить настройки

## Errors shown after saving. Say what was not saved and that the previous value stays.
wp-error-exit-url = Адрес выхода должен быть полным адресом http:// или https://. Он не сохранён; оставлен прежний.
wp-error-choice = Значение не было одним из предложенных. Оно не сохранено; оставлено прежнее.
wp-error-region = Регион не относится к выбранной стране. Он не сохранён; теперь выбрана вся страна.
# Variables: $detail is PHP's own description of the JSON error, in English.
wp-error-services-json = В службах ошибка JSON ({ $detail }). Они не сохранены; оставлены прежние.
wp-error-services-array = Службы должны быть массивом JSON, записанным как [ … ]. Они не сохранены; оставлены прежние.
# Variables: $max is the largest size the widget reads, in kilobytes (as the block is written into the page).
wp-error-services-size = Службы занимают на странице больше { $max } КБ, больше, чем читает виджет. Они не сохранены; оставлены прежние.
# Variables: $max is the deepest nesting the widget reads.
wp-error-services-depth = Службы вложены глубже чем на { $max } уровней, глубже, чем читает виджет. Они не сохранены; оставлены прежние.
