//! How a table of messages is written: `messages!` makes, from rows of
//! `Variant(args) => [Chinese, English];`, an enum and its texts, so a message without a text
//! in each language does not compile. Each view's messages can be their own table; [`Lang::t`]
//! takes any of them.

use super::lang::Lang;

/// A message of one of the tables: its text in each language.
pub trait Text {
    /// The message in `lang`.
    fn text(self, lang: Lang) -> String;
}

impl Lang {
    /// The text of a message in this language.
    pub fn t(self, msg: impl Text) -> String {
        msg.text(self)
    }
}

/// Makes the enum named in its first line and its [`Text`] from rows of
/// `Variant(args) => [Chinese, English];` (or `Variant { fields } => …`): the texts are
/// expressions over the variant's fields.
macro_rules! messages {
    (
        $(#[$edoc:meta])*
        enum $enum:ident;
        $(
        $(#[$doc:meta])*
        $name:ident
        $( ( $($arg:ident: $aty:ty),* ) )?
        $( { $( $(#[$fdoc:meta])* $field:ident: $fty:ty ),* $(,)? } )?
        => [$($text:tt)*];
    )*) => {
        $(#[$edoc])*
        #[derive(Debug, Clone, PartialEq)]
        pub enum $enum {
            $(
                $(#[$doc])*
                $name $( ( $($aty),* ) )? $( { $( $(#[$fdoc])* $field: $fty ),* } )?,
            )*
        }

        impl $crate::ui::i18n::table::Text for $enum {
            fn text(self, lang: Lang) -> String {
                match self {
                    $(
                        $enum::$name $( ( $($arg),* ) )? $( { $($field),* } )? => text!(lang, $($text)*),
                    )*
                }
            }
        }
    };
}

/// A row's text in `lang`: two literals are picked by one call, formatted texts by a match.
macro_rules! text {
    ($lang:ident, $zh:literal, $en:literal) => {
        $crate::ui::i18n::table::pick($lang, $zh, $en)
    };
    ($lang:ident, $zh:expr, $en:expr) => {
        match $lang {
            Lang::Zh => String::from($zh),
            Lang::En => String::from($en),
        }
    };
}

/// One of two texts, as a `String` (not inlined: most rows are two literals).
#[inline(never)]
pub(crate) fn pick(lang: Lang, zh: &'static str, en: &'static str) -> String {
    match lang {
        Lang::Zh => zh,
        Lang::En => en,
    }
    .to_string()
}
