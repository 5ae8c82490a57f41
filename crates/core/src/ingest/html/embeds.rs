//! Embeds (`<iframe>`, `<video>`, `<audio>`, `<object>`, `<embed>`): which are harmless and
//! kept as a plain link to what they show, and which are active content to remove.
//!
//! An embed is kept when it points at an ordinary web address (`http(s)://`, or `//host/…`,
//! read as `https://`): the reader shows that address as a link and never loads it. An
//! `<iframe srcdoc>`, an embed without a usable address, one whose address is
//! `javascript:`/`data:` and every `<frame>`, `<applet>` and `<base>` are removed and reported
//! as active content. `<source>` and `<track>` count only as the address of their `<video>`
//! or `<audio>`.

use crate::ingest::is_web_url;
use crate::model::{EmbedKind, Problem, ProblemKind};
use crate::sources::domain_of;
use ego_tree::NodeRef;
use scraper::node::Element;
use scraper::Node;

/// What to do with one element, as far as embedding goes.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum EmbedCheck {
    /// Not an embed (or a `<video>`/`<audio>` whose address is in its `<source>` children).
    NotEmbed,
    /// A harmless embed of this kind, at this address.
    Kept(EmbedKind, String),
    /// An embed that is active content: removed and reported.
    Removed,
}

/// Sites whose embedded frames are video players.
const VIDEO_SITES: &[&str] = &[
    "v.qq.com",
    "bilibili.com",
    "youtube.com",
    "youtube-nocookie.com",
    "youku.com",
    "vimeo.com",
    "ixigua.com",
    "iqiyi.com",
    "douyin.com",
    "weibo.com/tv",
];

/// Sites whose embedded frames are music players.
const AUDIO_SITES: &[&str] = &["music.163.com", "y.qq.com", "soundcloud.com", "ximalaya.com"];

/// How an element embeds something, judged by its own name and attributes.
pub(crate) fn check(el: &Element) -> EmbedCheck {
    let attr = |name| el.attr(name).map(str::trim).filter(|v| !v.is_empty());
    let kept = |url: Option<&str>, default| match url.and_then(web_address) {
        Some(url) => EmbedCheck::Kept(kind_of(&url, el.attr("type"), default), url),
        None => EmbedCheck::Removed,
    };
    match el.name() {
        "iframe" if attr("srcdoc").is_some() => EmbedCheck::Removed,
        "iframe" => kept(attr("src"), EmbedKind::Frame),
        "object" => kept(attr("data"), EmbedKind::Object),
        "embed" => kept(attr("src"), EmbedKind::Object),
        "frame" | "applet" | "base" => EmbedCheck::Removed,
        media @ ("video" | "audio") => {
            let kind = if media == "video" {
                EmbedKind::Video
            } else {
                EmbedKind::Audio
            };
            match attr("src").and_then(web_address) {
                Some(url) => EmbedCheck::Kept(kind, url),
                None => EmbedCheck::NotEmbed,
            }
        }
        _ => EmbedCheck::NotEmbed,
    }
}

/// Like [`check`], but a `<video>` or `<audio>` without an address of its own takes its first
/// `<source>` child's.
pub(crate) fn check_node(node: NodeRef<'_, Node>, el: &Element) -> EmbedCheck {
    let found = check(el);
    let media = match el.name() {
        "video" => EmbedKind::Video,
        "audio" => EmbedKind::Audio,
        _ => return found,
    };
    if found != EmbedCheck::NotEmbed {
        return found;
    }
    node.descendants()
        .filter_map(|n| n.value().as_element())
        .filter(|e| e.name() == "source")
        .find_map(|e| e.attr("src").and_then(web_address))
        .map_or(EmbedCheck::NotEmbed, |url| EmbedCheck::Kept(media, url))
}

/// The note on an article for one embed kept as a link.
pub(crate) fn note(kind: EmbedKind, url: &str) -> Problem {
    Problem {
        kind: ProblemKind::Embed,
        detail: format!(
            "embedded {} kept as a link to {url}; the page shows the link and never loads it",
            kind.name()
        ),
    }
}

/// An embed's address as a web link: `http(s)` as it is, `//host/…` as `https://host/…`.
fn web_address(raw: &str) -> Option<String> {
    let raw = raw.trim();
    let url = match raw.strip_prefix("//") {
        Some(rest) => format!("https://{rest}"),
        None => raw.to_string(),
    };
    is_web_url(&url).then_some(url)
}

/// The kind of an embed at `url`: a video or audio file or player site, else `default`.
fn kind_of(url: &str, mime: Option<&str>, default: EmbedKind) -> EmbedKind {
    let mime = mime.unwrap_or("").trim().to_ascii_lowercase();
    let lower = url.to_ascii_lowercase();
    let path = lower.split(['?', '#']).next().unwrap_or("");
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e);
    let host = domain_of(&lower).unwrap_or("");
    let on = |sites: &[&str]| {
        sites.iter().any(|s| {
            let (site, prefix) = s.split_once('/').map_or((*s, ""), |(h, p)| (h, p));
            (host == site || host.ends_with(&format!(".{site}"))) && path.contains(prefix)
        })
    };
    if mime.starts_with("video/") || matches!(ext, "mp4" | "webm" | "m3u8" | "mov" | "m4v" | "ogv") || on(VIDEO_SITES) {
        EmbedKind::Video
    } else if mime.starts_with("audio/")
        || matches!(ext, "mp3" | "m4a" | "ogg" | "oga" | "wav" | "flac" | "aac")
        || on(AUDIO_SITES)
    {
        EmbedKind::Audio
    } else {
        default
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use scraper::Html;

    fn first(markup: &str) -> EmbedCheck {
        let parsed = Html::parse_fragment(markup);
        let node = parsed
            .tree
            .root()
            .descendants()
            .find(|n| n.value().as_element().is_some_and(|e| e.name() != "html"))
            .expect("an element");
        check_node(node, node.value().as_element().unwrap())
    }

    #[test]
    fn player_frames_and_media_files_are_kept_with_their_kind() {
        let url = "https://v.qq.com/txp/iframe/player.html?vid=x1";
        assert_eq!(
            first(&format!("<iframe src=\"{url}\" allowfullscreen></iframe>")),
            EmbedCheck::Kept(EmbedKind::Video, url.into())
        );
        assert_eq!(
            first("<iframe src=\"//player.bilibili.com/player.html?bvid=1\"></iframe>"),
            EmbedCheck::Kept(
                EmbedKind::Video,
                "https://player.bilibili.com/player.html?bvid=1".into()
            )
        );
        assert_eq!(
            first("<iframe src=\"https://music.163.com/outchain/player?id=1\"></iframe>"),
            EmbedCheck::Kept(EmbedKind::Audio, "https://music.163.com/outchain/player?id=1".into())
        );
        assert_eq!(
            first("<iframe src=\"https://example.org/map\"></iframe>"),
            EmbedCheck::Kept(EmbedKind::Frame, "https://example.org/map".into())
        );
        assert_eq!(
            first("<video src=\"https://example.org/a.mp4\" controls></video>"),
            EmbedCheck::Kept(EmbedKind::Video, "https://example.org/a.mp4".into())
        );
        assert_eq!(
            first("<audio controls><source src=\"https://example.org/a.mp3\" type=\"audio/mpeg\"></audio>"),
            EmbedCheck::Kept(EmbedKind::Audio, "https://example.org/a.mp3".into())
        );
        assert_eq!(
            first("<embed src=\"https://example.org/clip\" type=\"video/mp4\">"),
            EmbedCheck::Kept(EmbedKind::Video, "https://example.org/clip".into())
        );
        assert_eq!(
            first("<object data=\"https://example.org/a.swf\"></object>"),
            EmbedCheck::Kept(EmbedKind::Object, "https://example.org/a.swf".into())
        );
    }

    #[test]
    fn frames_that_smuggle_documents_or_code_are_removed() {
        assert_eq!(
            first("<iframe srcdoc=\"<script>x()</script>\" src=\"https://a.org/\"></iframe>"),
            EmbedCheck::Removed
        );
        assert_eq!(
            first("<iframe src=\"javascript:alert(1)\"></iframe>"),
            EmbedCheck::Removed
        );
        assert_eq!(first("<iframe src=\"data:text/html,x\"></iframe>"), EmbedCheck::Removed);
        assert_eq!(first("<iframe></iframe>"), EmbedCheck::Removed);
        assert_eq!(
            first("<object data=\"data:text/html;base64,PHM+\"></object>"),
            EmbedCheck::Removed
        );
        assert_eq!(first("<base href=\"https://evil.example/\">"), EmbedCheck::Removed);
        assert_eq!(
            first("<video src=\"javascript:alert(1)\"></video>"),
            EmbedCheck::NotEmbed
        );
        assert_eq!(first("<p>文字</p>"), EmbedCheck::NotEmbed);
    }

    #[test]
    fn the_note_names_the_kind_and_the_address() {
        let n = note(EmbedKind::Video, "https://v.qq.com/x");
        assert_eq!(n.kind, ProblemKind::Embed);
        assert!(
            n.detail
                .starts_with("embedded video kept as a link to https://v.qq.com/x"),
            "{}",
            n.detail
        );
    }
}
