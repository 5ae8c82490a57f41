//! Interface language: every label the page shows, in Chinese and English.
//! Article text is never translated. Messages are typed ([`Msg`], one table in
//! [`messages`]), so a missing translation is a compile error, not a blank label.

#[macro_use]
mod table;
mod lang;
mod messages;
mod number;
mod passage_messages;
mod reasons;
mod words_messages;

pub use lang::Lang;
pub use messages::Msg;
pub use passage_messages::PassageMsg;
pub use table::Text;
pub use words_messages::WordsMsg;
