//! Choosing which services to show: by country, region, role and audience. Pure; the view only renders.
use crate::content::{Channel, Contact, Country, Region, Service};

/// Every service of a country: a webmaster's own first (they are the local ones), then the built-in ones.
pub fn all(country: &'static Country, custom: &[&'static Service]) -> Vec<&'static Service> {
    custom.iter().copied().chain(country.services.iter()).collect()
}

/// Roles shown first, as big call buttons, in this order.
pub const EMERGENCY_ROLES: &[&str] = &["police", "ambulance", "emergency"];
pub const DV_ROLE: &str = "dv-line";

/// The international emergency number, shown when the country is unknown. Dialled as is on any GSM phone.
pub const INTERNATIONAL_EMERGENCY: &str = "112";

/// Whether a service serves the configured region: national ones always; regional ones only there.
pub fn in_region(s: &Service, region: Option<&str>) -> bool {
    s.regions.is_empty() || region.is_some_and(|r| s.regions.contains(&r))
}

/// Services of a role for this region, regional ones first (closest help first), then in file order.
pub fn with_role(services: &[&'static Service], region: Option<&str>, role: &str) -> Vec<&'static Service> {
    regional_first(services.iter().copied().filter(|s| s.roles.contains(&role) && in_region(s, region)))
}

/// Regional services first, then the national ones, each in their order (a stable partition, not a sort: the
/// sort's code is larger in the wasm).
fn regional_first(services: impl Iterator<Item = &'static Service>) -> Vec<&'static Service> {
    let (mut regional, national): (Vec<&'static Service>, Vec<&'static Service>) = services.partition(|s| !s.regions.is_empty());
    regional.extend(national);
    regional
}

/// The first view of the panel: police, ambulance, 112, then the domestic-violence lines; each service once.
pub fn first_view(services: &[&'static Service], region: Option<&str>) -> Vec<&'static Service> {
    let mut out: Vec<&'static Service> = Vec::new();
    for role in EMERGENCY_ROLES.iter().chain(std::iter::once(&DV_ROLE)) {
        // Only what can be called: a chat bot or a website belongs in "more help", not in "call now".
        for s in with_role(services, region, role) {
            if !out.iter().any(|o| o.id == s.id) && s.contacts.iter().any(|c| c.channel == Channel::Phone) {
                out.push(s);
            }
        }
    }
    out
}

/// "More help": every service for this region (regional first), optionally only those serving `audience`.
pub fn more_help(services: &[&'static Service], region: Option<&str>, audience: Option<&str>) -> Vec<&'static Service> {
    regional_first(
        services
            .iter()
            .copied()
            .filter(|s| in_region(s, region))
            .filter(|s| audience.is_none_or(|a| s.serves.contains(&a) || s.serves.contains(&"everyone"))),
    )
}

/// The call buttons of a flow step's `call` block: each role in order, the region's own services of that role
/// before the national ones; each service once.
pub fn calls(services: &[&'static Service], region: Option<&str>, roles: &[&str]) -> Vec<&'static Service> {
    let mut out: Vec<&'static Service> = Vec::new();
    for role in roles {
        for s in with_role(services, region, role) {
            if !out.iter().any(|o| o.id == s.id) {
                out.push(s);
            }
        }
    }
    out
}

/// A webmaster's own entry (from the host page), whose source is the page itself.
pub fn is_site(s: &Service) -> bool {
    s.source.is_empty()
}

/// The directory, in the order it is shown: the emergency numbers; then, when a region is set or chosen, that
/// region's own services under its name; then the entries of the site's webmaster that name no region; then
/// the national services. Every group is filtered by audience, if one is chosen.
#[derive(Debug)]
pub struct Sections {
    /// The region set by the site or chosen by the visitor, if it is one of the country's.
    pub region: Option<&'static Region>,
    pub emergency: Vec<&'static Service>,
    /// The region's own services: those whose `regions` name it.
    pub regional: Vec<&'static Service>,
    /// Whether the region has any service of its own, whatever the audience filter: if not, the view says so.
    pub region_has_own: bool,
    /// The webmaster's own entries that name no region.
    pub site: Vec<&'static Service>,
    pub national: Vec<&'static Service>,
}

pub fn sections(country: &'static Country, services: &[&'static Service], region: Option<&str>, audience: Option<&str>) -> Sections {
    let region = region.and_then(|code| country.regions.iter().find(|r| r.code == code));
    let code = region.map(|r| r.code);
    let own = |s: &Service| code.is_some_and(|c| s.regions.contains(&c));
    let shown = more_help(services, code, audience);
    let (mut emergency, mut regional, mut site, mut national) = (vec![], vec![], vec![], vec![]);
    for s in shown.iter().copied() {
        if own(s) {
            regional.push(s);
        } else if is_site(s) && s.regions.is_empty() {
            site.push(s);
        } else if !s.roles.iter().any(|r| EMERGENCY_ROLES.contains(r)) {
            national.push(s);
        }
    }
    // Police, ambulance, 112: in that order, as in the first view.
    for role in EMERGENCY_ROLES {
        for s in shown.iter().copied() {
            if s.roles.contains(role) && !own(s) && !(is_site(s) && s.regions.is_empty()) && !emergency.iter().any(|e: &&Service| e.id == s.id) {
                emergency.push(s);
            }
        }
    }
    Sections { region, emergency, regional, region_has_own: services.iter().any(|s| own(s)), site, national }
}

/// The link for a contact, or None if its target is not one we allow (tel:, sms:, https: only).
/// Phone numbers hold digits and at most a leading +: never isolation marks, spaces or letters.
pub fn href(c: &Contact) -> Option<String> {
    match c.channel {
        Channel::Phone if dialable(c.dial) => Some(format!("tel:{}", c.dial)),
        Channel::Sms if dialable(c.dial) => Some(format!("sms:{}", c.dial)),
        // A text dialogue is reached by a number (texted) or a web page, depending on the service.
        Channel::TextDialogue if dialable(c.dial) => Some(format!("sms:{}", c.dial)),
        Channel::TextDialogue | Channel::Telegram | Channel::Viber | Channel::WebChat | Channel::Website if safe_url(c.dial) => {
            Some(c.dial.to_string())
        }
        _ => None,
    }
}

pub fn dialable(s: &str) -> bool {
    let digits = s.strip_prefix('+').unwrap_or(s);
    (2..=15).contains(&digits.len()) && digits.bytes().all(|b| b.is_ascii_digit())
}

/// An https URL with a host and nothing that could break out of an attribute or run script.
pub fn safe_url(s: &str) -> bool {
    let Some(rest) = s.strip_prefix("https://") else { return false };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    !host.is_empty()
        && s.len() <= 2048
        && host.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'-')
        // ASCII only (IDN hosts and paths percent-encoded): no invisible or bidi characters in a link.
        && s.is_ascii()
        && !s.chars().any(|c| c.is_whitespace() || c.is_control() || matches!(c, '"' | '<' | '>' | '\\' | '`'))
}
