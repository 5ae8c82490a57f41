//! The pieces an article's text is cut into for the reader: paragraphs, headings, quotes,
//! list items, and the placeholders of embeds (kept as links, never loaded).

use serde::{Deserialize, Serialize};
use std::ops::Range;

/// One structural piece of an article's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Block {
    /// What kind of block this is.
    pub kind: BlockKind,
    /// Byte range of the block's text inside [`Article::text`]. Empty for an
    /// [`BlockKind::Embed`] block: a placeholder is not article text, so search, word counts
    /// and figures never see it.
    pub range: Range<usize>,
    /// For an [`BlockKind::Embed`] block, the `http(s)` address of what the seed embedded, for
    /// the reader to show as a plain link (never loaded); `None` for every other block.
    #[serde(default)]
    pub link: Option<String>,
}

impl Block {
    /// The embedded thing's kind and address, if this is an [`BlockKind::Embed`] block.
    pub fn embed(&self) -> Option<(EmbedKind, &str)> {
        match (self.kind, &self.link) {
            (BlockKind::Embed(kind), Some(link)) => Some((kind, link)),
            _ => None,
        }
    }
}

/// The address as a reader would write it: without `https://` or `http://`.
pub fn address_shown(url: &str) -> &str {
    url.strip_prefix("https://")
        .or_else(|| url.strip_prefix("http://"))
        .unwrap_or(url)
}

/// The kinds of block the reader renders.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BlockKind {
    /// A section heading (level 1 to 6).
    Heading(u8),
    /// A paragraph of running text.
    Paragraph,
    /// A quotation.
    Quote,
    /// One item of a list.
    ListItem,
    /// An embedded video, audio, frame or object, kept only as a link to it (in
    /// [`Block::link`]); its range is empty.
    Embed(EmbedKind),
}

/// What kind of thing a seed embedded (`<video>`, `<audio>`, `<iframe>`, `<object>`/`<embed>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum EmbedKind {
    /// A video: `<video>`, or a frame or object showing a video player or file.
    Video,
    /// Sound: `<audio>`, or a frame or object playing music or an audio file.
    Audio,
    /// Another web page in a frame (`<iframe>`).
    Frame,
    /// A plug-in object (`<object>`, `<embed>`).
    Object,
}

impl EmbedKind {
    /// A short English name for messages.
    pub fn name(self) -> &'static str {
        match self {
            EmbedKind::Video => "video",
            EmbedKind::Audio => "audio",
            EmbedKind::Frame => "frame",
            EmbedKind::Object => "object",
        }
    }
}
