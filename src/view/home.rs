//! The panel's first view: the numbers to call now, then the way into the guided flow and the directory.
use super::*;

/// Police, ambulance, 112 and the domestic-violence line: on every view, one tap away.
#[component]
pub(super) fn EmergencyNow(
    country: Option<&'static Country>,
    services: &'static [&'static Service],
    region: RwSignal<Option<&'static str>>,
    lang: RwSignal<&'static str>,
) -> AnyView {
    view! {
        <section class="now" aria-labelledby="oberih-now">
            <h3 id="oberih-now">{msg(lang, "panel-now-title")}</h3>
            {move || match country {
                Some(_) => view! {
                    <ul class="calls">
                        {directory::first_view(services, region.get()).into_iter().map(|s| view! { <CallButton service=s lang/> }.into_any()).collect_view()}
                    </ul>
                }.into_any(),
                None => view! {
                    <ul class="calls">
                        <li>
                            <a class="call" href=format!("tel:{}", directory::INTERNATIONAL_EMERGENCY)>
                                <span class="name">{msg(lang, "panel-emergency-international")}</span>
                                <span class="number">{directory::INTERNATIONAL_EMERGENCY}</span>
                            </a>
                        </li>
                    </ul>
                }.into_any(),
            }}
            <p class="note">{msg(lang, "panel-call-log-note")}</p>
        </section>
    }
    .into_any()
}

#[component]
pub(super) fn Home(page: RwSignal<Page>, lang: RwSignal<&'static str>) -> AnyView {
    view! {
        <section class="home">
            <p>{msg(lang, "panel-home-intro")}</p>
            <div class="choices">
                <button part="choice" class="choice" on:click=move |_| page.set(Page::Flow)>
                    {msg(lang, "panel-home-guide")}
                </button>
                <button part="choice" class="choice" on:click=move |_| page.set(Page::Directory)>
                    {msg(lang, "panel-home-directory")}
                </button>
            </div>
        </section>
    }
    .into_any()
}
