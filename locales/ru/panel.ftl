## Панель помощи вокруг пошагового помощника и справочника. Читатель может быть в опасности, с телефона,
## под наблюдением: спокойно, просто, короткими предложениями; без обвинений.

# Кнопка, открывающая панель. Нейтральная намеренно: кто-то может смотреть на экран.
panel-launcher = Помощь
panel-title = Помощь и безопасность
panel-close = Закрыть
panel-language = Язык

## Экстренные номера вверху каждого экрана.

panel-now-title = Позвоните сейчас
panel-emergency-international = Экстренная помощь (полиция, скорая)
panel-call-log-note = Звонок будет виден в журнале звонков и в детализации счёта.
panel-badge-always = 24/7
panel-badge-free = Бесплатно

## Первый экран панели.

panel-home-intro = Вы не одни, и то, что происходит, — не ваша вина. Выберите, что вам нужно.
panel-home-guide = Пошаговая помощь
panel-home-directory = Все службы помощи

## Движение по пошаговому помощнику.

panel-back = Назад
panel-restart = Начать сначала
# Variables:
#   $step (Number) - номер шага на пути посетителя, с 1.
panel-step = Шаг { $step }
panel-source = Источник

## Справочник служб помощи.

panel-directory-title = Службы помощи
panel-directory-unknown-country = Страна этого сайта пока не поддерживается. В экстренной ситуации звоните 112.
panel-region = Ваш регион
panel-region-whole-country = Вся страна
panel-filter-label = Показать службы для
panel-filter-all = Всех
panel-filter-women = Женщин
panel-filter-children = Детей
panel-filter-witnesses = Свидетелей
panel-app-history-note = Приложение хранит собственную историю переписки.

## Чего виджет не может, сказано прямо внизу панели.

panel-honest-history = Кнопка выхода не стирает историю браузера. Эта панель ничего не сохраняет.
