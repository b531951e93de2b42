//! How a contact is reached, and each channel's name in the content files and in a webmaster's services block.
//! One file for the widget and for crates/oberih-data, which includes it by path: the names are written once.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Phone,
    Sms,
    TextDialogue,
    Telegram,
    Viber,
    WebChat,
    Website,
}

impl Channel {
    /// Every channel with its name, in the order messages list them.
    pub const ALL: [(&'static str, Channel); 7] = [
        ("phone", Channel::Phone),
        ("sms", Channel::Sms),
        ("text-dialogue", Channel::TextDialogue),
        ("telegram", Channel::Telegram),
        ("viber", Channel::Viber),
        ("web-chat", Channel::WebChat),
        ("website", Channel::Website),
    ];

    pub fn from_name(name: &str) -> Option<Channel> {
        Self::ALL.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
    }

    pub fn name(self) -> &'static str {
        Self::ALL.iter().find(|(_, c)| *c == self).map_or("", |(n, _)| n)
    }
}
