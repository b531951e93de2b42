//! Pieces every view uses: translated text, call buttons and their badges, a paragraph of one message.
use super::*;

/// A message that follows the language. One function, so one closure type for every message in the panel:
/// each distinct closure would add its own copy of the rendering code to the wasm.
pub(super) fn msg(lang: RwSignal<&'static str>, id: &'static str) -> impl IntoView + Clone {
    move || tr(lang.get(), id)
}

/// Built-in or webmaster text that follows the language (see `msg`).
pub(super) fn text(lang: RwSignal<&'static str>, t: crate::content::Text) -> impl IntoView + Clone {
    move || i18n::text(lang.get(), t)
}

/// A big call button: the service's first phone contact, with "24/7" and "free" where true.
#[component]
pub(super) fn CallButton(service: &'static Service, lang: RwSignal<&'static str>) -> AnyView {
    // A phone number if the service has one; else its first other contact (a chat bot, a website).
    let contact = service
        .contacts
        .iter()
        .find(|c| c.channel == Channel::Phone && directory::href(c).is_some())
        .or_else(|| service.contacts.iter().find(|c| directory::href(c).is_some()));
    let href = contact.and_then(directory::href);
    let web = href.as_deref().is_some_and(|h| h.starts_with("https:"));
    let app = contact.is_some_and(|c| matches!(c.channel, Channel::Telegram | Channel::Viber));
    view! {
        <li>
            <a class="call" href=href rel=web.then_some("noreferrer") target=web.then_some("_blank")>
                <span class="name">{text(lang, service.name)}</span>
                <span class="number">{contact.map(|p| p.display)}</span>
                <Badges service lang/>
            </a>
            {app.then(|| view! { <p class="note">{msg(lang, "panel-app-history-note")}</p> })}
        </li>
    }
    .into_any()
}

#[component]
pub(super) fn Badges(service: &'static Service, lang: RwSignal<&'static str>) -> AnyView {
    view! {
        <span class="badges">
            {(service.hours == Hours::Always).then(|| view! { <span class="badge">{msg(lang, "panel-badge-always")}</span> })}
            {(service.free == Some(true)).then(|| view! { <span class="badge">{msg(lang, "panel-badge-free")}</span> })}
        </span>
    }
    .into_any()
}

/// A group's heading (an h3) or a paragraph, of one message.
pub(super) fn para(lang: RwSignal<&'static str>, class: &'static str, id: &'static str, heading: bool) -> AnyView {
    if heading {
        view! { <h3 class=class>{msg(lang, id)}</h3> }.into_any()
    } else {
        view! { <p class=class>{msg(lang, id)}</p> }.into_any()
    }
}
