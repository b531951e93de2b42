//! How a contact is reached, and each channel's name in the content files and in a webmaster's services block.
//! One file for the widget and for crates/oberih-data, which includes it by path: the names are written once.

// One list makes the enum, the table and a `match` (smaller wasm than a search of the table).
macro_rules! channels {
    ($($variant:ident = $name:literal),* $(,)?) => {
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum Channel {
            $($variant),*
        }

        impl Channel {
            /// Every channel with its name, in the order messages list them.
            pub const ALL: &'static [(&'static str, Channel)] = &[$(($name, Channel::$variant)),*];

            #[inline(always)] // one caller in the wasm: inlined, the `match` costs no call (measured: 10 B less)
            pub fn from_name(name: &str) -> Option<Channel> {
                match name {
                    $($name => Some(Channel::$variant),)*
                    _ => None,
                }
            }

            pub fn name(self) -> &'static str {
                match self {
                    $(Channel::$variant => $name,)*
                }
            }
        }
    };
}

channels! {
    Phone = "phone",
    Sms = "sms",
    TextDialogue = "text-dialogue",
    Telegram = "telegram",
    Viber = "viber",
    WebChat = "web-chat",
    Website = "website",
}
