## Панель допомоги навколо покрокового помічника й довідника. Читач може бути в небезпеці, з телефона,
## під наглядом: спокійно, просто, короткими реченнями; без звинувачень.

# Кнопка, що відкриває панель. Нейтральна навмисно: хтось може дивитися на екран.
panel-launcher = Допомога
panel-title = Допомога і безпека
panel-close = Закрити
panel-language = Мова

## Екстрені номери вгорі кожного екрана.

panel-now-title = Зателефонуйте зараз
panel-emergency-international = Екстрена допомога (поліція, швидка)
panel-call-log-note = Дзвінок буде видно в журналі дзвінків і в рахунку за зв'язок.
panel-badge-always = 24/7
panel-badge-free = Безкоштовно

## Перший екран панелі.

panel-home-intro = Ви не самі, і те, що відбувається, — не ваша провина. Оберіть, що вам потрібно.
panel-home-guide = Покрокова допомога
panel-home-directory = Усі служби допомоги

## Рух покроковим помічником.

panel-back = Назад
panel-restart = Почати спочатку
# Variables:
#   $step (Number) - номер кроку на шляху відвідувача, від 1.
panel-step = Крок { $step }
panel-source = Джерело

## Довідник служб допомоги.

panel-directory-title = Служби допомоги
panel-directory-unknown-country = Країна цього сайту ще не підтримується. У надзвичайній ситуації телефонуйте 112.
panel-region = Ваш регіон
panel-region-whole-country = Уся країна
panel-filter-label = Показати служби для
panel-filter-all = Усіх
panel-filter-women = Жінок
panel-filter-children = Дітей
panel-filter-witnesses = Свідків
panel-app-history-note = Застосунок зберігає власну історію листування.

## Чого віджет не може, сказано прямо внизу панелі.

panel-honest-history = Кнопка виходу не стирає історію браузера. Ця панель нічого не зберігає.
