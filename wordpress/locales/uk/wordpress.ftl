## The WordPress plugin's settings page (Settings → Oberih): what a site's webmaster reads, never visitors.
## tools/wp-plugin.mjs turns these files into PHP when the plugin is built: only plain text and { $variables }.

# The menu entry under Settings, and the page's title.
wp-menu = Oberih
wp-page-title = Oberih: швидкий вихід і допомога
wp-intro = Файли віджета надходять із цього сайту: браузери відвідувачів нікого іншого про них не запитують. Ці налаштування діють на всіх публічних сторінках.

## The first group: where the help is.
wp-section-place = Номери допомоги
wp-country = Країна
wp-country-none = Не вказано: міжнародний номер екстрених служб 112
wp-region = Регіон
# The choice that shows only national services.
wp-region-none = Уся країна
wp-language = Мова
wp-language-auto = Автоматично: мова сторінки, інакше мова відвідувача

## The second group: the quick exit.
wp-section-exit = Швидкий вихід
wp-exit-url = Адреса виходу
# Variables: $default is the widget's default exit address.
wp-exit-url-help = Куди веде кнопка виходу: повна адреса http:// або https:// нейтрального сайту. Якщо порожньо: { $default }
wp-exit-position = Кут кнопки виходу
wp-launcher-position = Кут кнопки допомоги
wp-position-default = Як у віджеті за замовчуванням
wp-position-top-right = Угорі праворуч
wp-position-top-left = Угорі ліворуч
wp-position-bottom-right = Унизу праворуч
wp-position-bottom-left = Унизу ліворуч
wp-history = «Назад» після виходу
wp-history-label = Посилання всередині цього сайту замінюють сторінку в історії браузера, тож одне натискання «Назад» після виходу веде геть із сайту

## The third group: the site's own services.
wp-section-services = Ваші місцеві служби
wp-services = Служби (JSON)
wp-services-help = Масив служб у форматі JSON, як описано в посібнику; порожньо, якщо їх немає. Віджет перевіряє кожен запис і пропускає хибний.
wp-save = Зберегти налаштування

## Errors shown after saving. Say what was not saved and that the previous value stays.
wp-error-exit-url = Адреса виходу має бути повною адресою http:// або https://. Її не збережено; залишено попередню.
wp-error-choice = Значення не було одним із запропонованих. Його не збережено; залишено попереднє.
wp-error-region = Регіон не належить до обраної країни. Його не збережено; тепер вибрано всю країну.
# Variables: $detail is PHP's own description of the JSON error, in English.
wp-error-services-json = Служби записано з помилкою JSON ({ $detail }). Їх не збережено; залишено попередні.
wp-error-services-array = Служби мають бути масивом JSON, записаним як [ … ]. Їх не збережено; залишено попередні.
# Variables: $max is the largest size the widget reads, in kilobytes (as the block is written into the page).
wp-error-services-size = Служби займають на сторінці понад { $max } КБ, більше, ніж читає віджет. Їх не збережено; залишено попередні.
# Variables: $max is the deepest nesting the widget reads.
wp-error-services-depth = Служби вкладено глибше ніж на { $max } рівнів, глибше, ніж читає віджет. Їх не збережено; залишено попередні.
