//! The guided flow: one step at a time, its blocks (advice, facts with sources, lists, checklists, numbers).
use super::*;

#[component]
pub(super) fn FlowView(
    flow: RwSignal<Flow>,
    page: RwSignal<Page>,
    country: Option<&'static Country>,
    services: &'static [&'static Service],
    region: RwSignal<Option<&'static str>>,
    lang: RwSignal<&'static str>,
) -> AnyView {
    let heading = NodeRef::<leptos::html::H3>::new();
    let moved = RwSignal::new(false);
    // A new step: its heading takes focus, so screen readers announce it and keyboard users start there.
    Effect::new(move |_| {
        flow.with(|f| f.depth());
        if moved.get_untracked() {
            if let Some(h) = heading.get() {
                let _ = h.focus();
            }
        }
    });
    let go = move |next: &'static str| {
        moved.set(true);
        flow.update(|f| {
            f.choose(next);
        });
    };
    view! {
        <section class="flow">
            <div class="flownav">
                <button part="back" class="back" on:click=move |_| {
                    moved.set(true);
                    if !flow.try_update(|f| f.back()).unwrap_or(false) {
                        page.set(Page::Home);
                    }
                }>
                    {msg(lang, "panel-back")}
                </button>
                <button class="restart" hidden=move || flow.with(|f| f.at_start()) on:click=move |_| {
                    moved.set(true);
                    flow.update(|f| f.restart());
                }>
                    {msg(lang, "panel-restart")}
                </button>
                <span class="progress">
                    {move || {
                        let mut args = fluent_bundle::FluentArgs::new();
                        args.set("step", flow.with(|f| f.depth()));
                        i18n::tr_args(lang.get(), "panel-step", Some(&args))
                    }}
                </span>
            </div>
            <h3 class="step-title" tabindex="-1" node_ref=heading>
                {move || tr(lang.get(), flow.with(|f| f.current().title))}
            </h3>
            {move || {
                let f = flow.get();
                let blocks: Vec<_> = f.blocks().collect();
                blocks.into_iter().map(|b| block_view(&b.kind, country, services, region, lang)).collect_view()
            }}
            <div class="choices">
                {move || {
                    let f = flow.get();
                    let choices: Vec<_> = f.choices().collect();
                    choices.into_iter().map(|c| view! {
                        <button part="choice" class="choice" on:click=move |_| go(c.next)>
                            {msg(lang, c.label)}
                        </button>
                    }.into_any()).collect_view()
                }}
            </div>
        </section>
    }
    .into_any()
}

pub(super) fn block_view(
    kind: &'static BlockKind,
    country: Option<&'static Country>,
    services: &'static [&'static Service],
    region: RwSignal<Option<&'static str>>,
    lang: RwSignal<&'static str>,
) -> AnyView {
    match kind {
        BlockKind::Text(id) => view! { <p>{msg(lang, id)}</p> }.into_any(),
        BlockKind::Fact { text, source, .. } => view! {
            <p class="fact">
                {msg(lang, text)}
                {source.map(|s| view! { " " <a class="source" href=s rel="noreferrer" target="_blank">{msg(lang, "panel-source")}</a> })}
            </p>
        }
        .into_any(),
        BlockKind::List(items) => view! {
            <ul class="list">{items.iter().map(|id| view! { <li>{msg(lang, id)}</li> }.into_any()).collect_view()}</ul>
        }
        .into_any(),
        BlockKind::Checklist(items) => view! {
            <ul class="checklist">
                {items.iter().map(|id| view! {
                    <li><label><input type={"checkbox"}/>" "{msg(lang, id)}</label></li>
                }.into_any()).collect_view()}
            </ul>
        }
        .into_any(),
        BlockKind::Call(roles) => match country {
            Some(_) => view! {
                <ul class="calls">
                    {move || directory::calls(services, region.get(), roles).into_iter().map(|s| view! { <CallButton service=s lang/> }.into_any()).collect_view()}
                </ul>
            }
            .into_any(),
            None => view! {
                <ul class="calls"><li><a class="call" href=format!("tel:{}", directory::INTERNATIONAL_EMERGENCY)><span class="number">{directory::INTERNATIONAL_EMERGENCY}</span></a></li></ul>
            }
            .into_any(),
        },
    }
}
