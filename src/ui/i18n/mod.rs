//! Interface language: every label the page shows, in Chinese and English.
//! Article text is never translated. Messages are typed ([`Msg`], one table in
//! [`messages`]), so a missing translation is a compile error, not a blank label.

#[macro_use]
mod table;
mod lang;
#[cfg(explorer_chunked)]
mod loading_messages;
mod messages;
mod number;
mod passage_messages;
mod reasons;
mod words_messages;

pub use lang::Lang;
#[cfg(explorer_chunked)]
pub use loading_messages::LoadMsg;
pub use messages::Msg;
pub use passage_messages::PassageMsg;
pub use table::Text;
pub use words_messages::WordsMsg;
