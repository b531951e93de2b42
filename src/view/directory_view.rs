//! The help directory: a region's own services first, then the rest, filtered by audience.
use super::*;

#[component]
pub(super) fn DirectoryView(
    country: Option<&'static Country>,
    services: &'static [&'static Service],
    region: RwSignal<Option<&'static str>>,
    page: RwSignal<Page>,
    lang: RwSignal<&'static str>,
) -> impl IntoView {
    let audience = RwSignal::new(None::<&'static str>);
    let Some(c) = country else {
        return view! {
            <section class="directory">
                <button part="back" class="back" on:click=move |_| page.set(Page::Home)>{msg(lang, "panel-back")}</button>
                <p>{msg(lang, "panel-directory-unknown-country")}</p>
            </section>
        }
        .into_any();
    };
    let on_region = move |ev: leptos::ev::Event| {
        let v = event_target_value(&ev);
        region.set(c.regions.iter().find(|r| r.code == v).map(|r| r.code));
    };
    let audiences: [(Option<&'static str>, &'static str); 4] = [
        (None, "panel-filter-all"),
        (Some("women"), "panel-filter-women"),
        (Some("children"), "panel-filter-children"),
        (Some("witnesses"), "panel-filter-witnesses"),
    ];
    view! {
        <section class="directory">
            <button part="back" class="back" on:click=move |_| page.set(Page::Home)>{msg(lang, "panel-back")}</button>
            <h3>{msg(lang, "panel-directory-title")}</h3>
            <label class="field">
                <span>{msg(lang, "panel-region")}</span>
                <select class="region" on:change=on_region>
                    <option value="" selected=move || region.get().is_none()>{msg(lang, "panel-region-whole-country")}</option>
                    {c.regions.iter().map(|r| view! {
                        <option value=r.code selected=move || region.get() == Some(r.code)>{msg(lang, r.name)}</option>
                    }.into_any()).collect_view()}
                </select>
            </label>
            <div class="filters" role="group" aria-label=move || tr(lang.get(), "panel-filter-label")>
                {audiences.into_iter().map(|(a, label)| view! {
                    <button class="filter" aria-pressed=move || (audience.get() == a).to_string() on:click=move |_| audience.set(a)>
                        {msg(lang, label)}
                    </button>
                }.into_any()).collect_view()}
            </div>
            // The emergency numbers; the region's own services under its name; the site's; the national ones.
            {move || {
                let d = directory::sections(c, services, region.get(), audience.get());
                let mut parts: Vec<AnyView> = Vec::new();
                cards(&mut parts, d.emergency, lang);
                if let Some(r) = d.region {
                    parts.push(para(lang, "group", r.name, true));
                    if r.occupied {
                        parts.push(para(lang, "occupied", "panel-region-occupied", false));
                    }
                    if !d.region_has_own {
                        parts.push(para(lang, "note", "panel-region-none", false));
                    }
                    cards(&mut parts, d.regional, lang);
                }
                for (heading, list) in [("panel-directory-site", d.site), ("panel-directory-national", d.national)] {
                    if !list.is_empty() {
                        parts.push(para(lang, "group", heading, true));
                        cards(&mut parts, list, lang);
                    }
                }
                parts
            }}
        </section>
    }
    .into_any()
}

/// A list of service cards, unless there are none.
pub(super) fn cards(parts: &mut Vec<AnyView>, list: Vec<&'static Service>, lang: RwSignal<&'static str>) {
    if !list.is_empty() {
        parts.push(view! { <ul class="services">{list.into_iter().map(|s| view! { <ServiceCard service=s lang/> }.into_any()).collect_view()}</ul> }.into_any());
    }
}

#[component]
pub(super) fn ServiceCard(service: &'static Service, lang: RwSignal<&'static str>) -> AnyView {
    view! {
        <li class="service">
            <h4>{text(lang, service.name)}</h4>
            <p>{text(lang, service.description)}</p>
            <Badges service lang/>
            {match service.hours {
                Hours::Schedule(t) => Some(view! { <p class="hours">{text(lang, t)}</p> }),
                _ => None,
            }}
            <ul class="contacts">
                {service.contacts.iter().filter_map(|c| directory::href(c).map(|href| (c, href))).map(|(c, href)| {
                    let app = matches!(c.channel, Channel::Telegram | Channel::Viber);
                    let web = !matches!(c.channel, Channel::Phone | Channel::Sms | Channel::TextDialogue) || href.starts_with("https:");
                    view! {
                        <li>
                            <a class="contact" href=href rel=web.then_some("noreferrer") target=web.then_some("_blank")>
                                {c.display}
                            </a>
                            {c.note.map(|n| view! { " " <span class="note">{text(lang, n)}</span> })}
                            {app.then(|| view! { <span class="note">{msg(lang, "panel-app-history-note")}</span> })}
                        </li>
                    }
                }.into_any()).collect_view()}
            </ul>
        </li>
    }
    .into_any()
}
