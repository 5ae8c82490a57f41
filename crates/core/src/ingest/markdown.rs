//! Markdown seeds: optional YAML front matter, a body, and often a trailing
//! `[label](url)` line naming the source (`[qq](https://new.qq.com/...)`); only a line
//! whose label names the link's own site is one (`sources::trailing_link_source`).
//!
//! Markup never reaches the text: images are dropped (never hot-linked), links
//! keep only their words, raw HTML goes through the same cleaner as HTML seeds.

use super::html::{self, ActiveContent};
use super::text::block_kind;
use super::{front_matter, is_web_url, Draft};
use crate::model::{BlockKind, Problem, ProblemKind};
use crate::sources;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

/// Reads a Markdown seed.
pub(crate) fn read(doc: &str) -> Draft {
    let mut draft = Draft::default();
    let body = match front_matter::split(doc) {
        Ok((Some(yaml), body)) => {
            front_matter::apply(yaml, &mut draft);
            body
        }
        Ok((None, body)) => body,
        Err(body) => {
            draft.problems.push(Problem {
                kind: ProblemKind::BrokenFrontMatter,
                detail: "the front matter opens with `---` but never closes; the whole file was read as text".into(),
            });
            body
        }
    };
    let mut walker = Walker::default();
    walker.walk(body, &mut draft);
    if let Some(p) = walker.active.problem() {
        draft.problems.push(p);
    }
    draft.problems.extend(walker.active.embed_notes());
    if draft.title.is_none() {
        draft.title = walker.first_heading.take();
    }
    draft
}

#[derive(Default)]
struct Walker {
    buf: String,
    quote_depth: usize,
    item_depth: usize,
    image_depth: usize,
    strong_depth: usize,
    /// Whether the current block has text outside bold (then it is not a bold heading).
    plain_text_seen: bool,
    /// The link of the current block, when the block is nothing but that link.
    link: Option<String>,
    link_text_start: Option<usize>,
    only_link: bool,
    /// Embeds (`<video>…</video>`) opened in inline HTML and not yet closed in this block.
    inline_embed_depth: usize,
    /// The source link found in the last block pushed, if that block was only a link.
    last_block_link: Option<(String, String)>,
    html: Option<String>,
    first_heading: Option<String>,
    active: ActiveContent,
}

impl Walker {
    fn walk(&mut self, body: &str, draft: &mut Draft) {
        let options = Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH | Options::ENABLE_FOOTNOTES;
        for event in Parser::new_ext(body, options) {
            self.event(event, draft);
        }
        self.flush(draft, None);
        let Some((label, url)) = self.last_block_link.take() else {
            return;
        };
        if draft.body.last().is_none_or(|(_, t)| t != label) {
            return;
        }
        // Only a line whose label names the link's own site is a source line; any other
        // trailing link is ordinary text (see `sources` for the rule).
        let Some(source) = sources::trailing_link_source(&label, &url) else {
            return;
        };
        draft.body.pop();
        if draft.url.is_none() {
            draft.url = Some(url);
        }
        if draft.source.is_none() {
            draft.source = Some(source);
        }
    }

    fn event(&mut self, event: Event<'_>, draft: &mut Draft) {
        if let Some(html) = self.html.as_mut() {
            match event {
                Event::Html(s) | Event::Text(s) => return html.push_str(&s),
                Event::End(TagEnd::HtmlBlock) => {
                    let fragment = self.html.take().unwrap_or_default();
                    html::read_fragment_into(&fragment, &mut draft.body, &mut self.active);
                    return;
                }
                _ => {}
            }
        }
        match event {
            Event::Start(Tag::HtmlBlock) => {
                self.flush(draft, None);
                self.html = Some(String::new());
            }
            Event::Start(Tag::Image { .. }) => self.image_depth += 1,
            Event::End(TagEnd::Image) => self.image_depth = self.image_depth.saturating_sub(1),
            _ if self.image_depth > 0 => {} // alt text and image URLs never become text
            Event::Start(Tag::Heading { .. } | Tag::Paragraph | Tag::CodeBlock(_) | Tag::TableRow | Tag::TableHead) => {
                self.flush(draft, None);
            }
            Event::End(TagEnd::Heading(level)) => {
                self.inline_embed_depth = 0; // an embed left open (`<video>` without `</video>`) ends with its block
                self.flush(draft, Some(BlockKind::Heading(level as u8)))
            }
            Event::End(TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::TableRow | TagEnd::TableHead) => {
                self.inline_embed_depth = 0;
                self.flush(draft, None)
            }
            Event::Start(Tag::BlockQuote(_)) => {
                self.flush(draft, None);
                self.quote_depth += 1;
            }
            Event::End(TagEnd::BlockQuote(_)) => {
                self.flush(draft, None);
                self.quote_depth = self.quote_depth.saturating_sub(1);
            }
            Event::Start(Tag::Item) => {
                self.flush(draft, None);
                self.item_depth += 1;
            }
            Event::End(TagEnd::Item) => {
                self.flush(draft, None);
                self.item_depth = self.item_depth.saturating_sub(1);
            }
            Event::Start(Tag::Strong) => self.strong_depth += 1,
            Event::End(TagEnd::Strong) => self.strong_depth = self.strong_depth.saturating_sub(1),
            Event::Start(Tag::Link { dest_url, .. }) => {
                self.only_link = self.buf.trim().is_empty() && self.link.is_none();
                self.link = Some(dest_url.to_string());
                self.link_text_start = Some(self.buf.len());
                self.active.check_url(&dest_url);
            }
            Event::End(TagEnd::Link) => self.link_text_start = None,
            _ if self.active.inline_raw_depth > 0 => {
                if let Event::InlineHtml(s) | Event::Html(s) = event {
                    // Inside a script or style nothing is an embed; the markup is only counted.
                    let _inside_script = self.active.scan_markup(&s);
                }
            }
            Event::Text(_) if self.inline_embed_depth > 0 => {} // an embed's fallback text
            Event::Text(s) | Event::Code(s) => self.text(&s),
            Event::SoftBreak | Event::HardBreak => self.buf.push('\n'),
            Event::Start(Tag::TableCell) => self.buf.push(' '),
            Event::End(TagEnd::TableCell) => self.buf.push(' '),
            Event::Html(s) | Event::InlineHtml(s) => self.inline_html(&s, draft),
            _ => {}
        }
    }

    /// Inline HTML: counted for active content; a harmless embed ends the text before it and
    /// becomes a placeholder block of its own.
    fn inline_html(&mut self, markup: &str, draft: &mut Draft) {
        let lower = markup.trim().to_ascii_lowercase();
        let is_tag = |name: &str| {
            lower
                .strip_prefix(name)
                .is_some_and(|rest| rest.starts_with([' ', '>', '/', '\t', '\n']))
        };
        let embed_tags = ["iframe", "video", "audio", "object"];
        if embed_tags.iter().any(|t| is_tag(&format!("</{t}"))) {
            self.inline_embed_depth = self.inline_embed_depth.saturating_sub(1);
        } else if embed_tags.iter().any(|t| is_tag(&format!("<{t}"))) && !lower.ends_with("/>") && !lower.contains("</")
        {
            self.inline_embed_depth += 1;
        }
        for (kind, url) in self.active.scan_markup(markup) {
            self.flush(draft, None);
            self.active.keep_embed(kind, &url);
            draft.body.push_embed(kind, url);
        }
    }

    fn text(&mut self, s: &str) {
        if !s.trim().is_empty() {
            if self.strong_depth == 0 {
                self.plain_text_seen = true;
            }
            if self.link_text_start.is_none() {
                self.only_link = false;
            }
        }
        self.buf.push_str(s);
    }

    fn flush(&mut self, draft: &mut Draft, heading: Option<BlockKind>) {
        let mut raw = std::mem::take(&mut self.buf);
        // CommonMark does not close `**周鸿祎：**今年` (punctuation before, a letter after),
        // so Chinese text often keeps literal emphasis markers; they are never content.
        if raw.contains("**") || raw.contains("__") {
            raw = raw.replace("**", "").replace("__", "");
        }
        let link = self.link.take();
        let only_link = std::mem::take(&mut self.only_link);
        let bold_only = !std::mem::take(&mut self.plain_text_seen);
        if raw.trim().is_empty() {
            return;
        }
        let kind = block_kind(heading, self.quote_depth > 0, self.item_depth > 0, bold_only, &raw);
        let before = draft.body.len();
        draft.body.push(kind, &raw);
        if draft.body.len() == before {
            return;
        }
        if let (Some(BlockKind::Heading(_)), None) = (heading, &self.first_heading) {
            let text = draft.body.last().map(|(_, t)| t.to_string());
            // A heading that opens the file is the title line (`# 科技周刊 第 1 期`): the reader
            // shows the title already, so it is not repeated as the body's first block.
            let level_one = heading == Some(BlockKind::Heading(1));
            let opens = before == 0 && level_one && (draft.title.is_none() || draft.title == text);
            self.first_heading = text;
            if opens {
                draft.body.pop();
                return;
            }
        }
        self.last_block_link = match (only_link, link) {
            (true, Some(url)) if is_web_url(&url) => draft.body.last().map(|(_, t)| (t.to_string(), url)),
            _ => None,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::EmbedKind;

    fn text_of(d: Draft) -> String {
        d.body.finish().0
    }

    #[test]
    fn trailing_link_becomes_url_and_source() {
        let d = read("---\ntitle: t\n---\n\n正文。\n\n[qq](https://new.qq.com/rain/a/X)\n");
        assert_eq!(d.url.as_deref(), Some("https://new.qq.com/rain/a/X"));
        assert_eq!(d.source.as_ref().unwrap().key, "qq");
        assert_eq!(text_of(d), "正文。");
    }

    #[test]
    fn an_ordinary_trailing_link_stays_text_and_names_no_source() {
        let d = read("# 图片网站\n\n- [Unsplash](https://unsplash.com/)\n- [泼辣有图](https://www.polayoutu.com/)\n");
        assert_eq!(d.url, None);
        assert!(d.source.is_none());
        let (text, blocks) = d.body.finish();
        assert_eq!(text, "Unsplash\n\n泼辣有图");
        assert_eq!(blocks[1].kind, BlockKind::ListItem);

        let d = read("正文。\n\n[Theia](https://theia-ide.org/)\n");
        assert!(d.url.is_none() && d.source.is_none());
        assert_eq!(text_of(d), "正文。\n\nTheia");
    }

    #[test]
    fn images_and_markup_are_not_text() {
        let d =
            read("![图片](https://inews.gtimg.com/x/1000)\n\n**记者 邹永勤** 春节前后[全球](https://a.b/c)最热门。\n");
        let t = text_of(d);
        assert_eq!(t, "记者 邹永勤 春节前后全球最热门。");
    }

    #[test]
    fn emphasis_commonmark_leaves_open_in_chinese_is_removed() {
        let d = read("**周鸿祎：**今年春节期间。\n");
        assert_eq!(text_of(d), "周鸿祎：今年春节期间。");
    }

    #[test]
    fn short_bold_paragraph_is_a_heading_and_a_bold_question_is_not() {
        let d = read("**DeepSeek崛起的真正意义**\n\n**经济观察网：你认为，创新究竟体现在哪里呢？**\n");
        let (_, blocks) = d.body.finish();
        assert_eq!(blocks[0].kind, BlockKind::Heading(3));
        assert_eq!(blocks[1].kind, BlockKind::Paragraph);
    }

    #[test]
    fn headings_quotes_and_lists_keep_their_kind() {
        let d = read("#### 开源如何打破算力霸权\n\n> 引用一句\n\n- 第一\n- 第二\n");
        let kinds: Vec<BlockKind> = d.body.finish().1.iter().map(|b| b.kind).collect();
        assert_eq!(
            kinds,
            [
                BlockKind::Heading(4),
                BlockKind::Quote,
                BlockKind::ListItem,
                BlockKind::ListItem
            ]
        );
    }

    #[test]
    fn inline_script_is_removed_and_reported() {
        let d = read("正文<script>alert(1)</script>继续\n\n<div onclick=\"x()\">块</div>\n");
        assert!(d.problems.iter().any(|p| p.kind == ProblemKind::ActiveContent));
        let t = text_of(d);
        assert!(!t.contains("alert") && !t.contains("onclick"), "{t}");
        assert!(t.contains("块"));
    }

    #[test]
    fn embeds_become_link_placeholders_with_an_info_note() {
        let d = read(
            "前文。\n\n<iframe src=\"https://v.qq.com/txp/iframe/player.html?vid=x1\" allowfullscreen></iframe>\n\n\
             视频之前 <video src=\"https://example.org/a.mp4\">您的浏览器不支持视频</video> 视频之后\n",
        );
        let kinds: Vec<ProblemKind> = d.problems.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [ProblemKind::Embed, ProblemKind::Embed]);
        let (text, blocks) = d.body.finish();
        assert_eq!(text, "前文。\n\n视频之前\n\n视频之后");
        let embeds: Vec<_> = blocks.iter().filter_map(|b| b.embed()).collect();
        assert_eq!(
            embeds,
            [
                (EmbedKind::Video, "https://v.qq.com/txp/iframe/player.html?vid=x1"),
                (EmbedKind::Video, "https://example.org/a.mp4")
            ]
        );
        assert_eq!(blocks[1].kind, BlockKind::Embed(EmbedKind::Video));
        assert!(blocks[1].range.is_empty());
    }

    #[test]
    fn unsafe_embeds_stay_active_content() {
        let d = read("正文。\n\n<iframe srcdoc=\"<script>x()</script>\"></iframe>\n\n<iframe src=\"javascript:alert(1)\"></iframe>\n");
        let kinds: Vec<ProblemKind> = d.problems.iter().map(|p| p.kind).collect();
        assert_eq!(kinds, [ProblemKind::ActiveContent]);
        assert!(
            d.problems[0].detail.contains("2 embedded frame"),
            "{}",
            d.problems[0].detail
        );
        assert!(d.body.finish().1.iter().all(|b| b.embed().is_none()));
    }

    #[test]
    fn title_falls_back_to_first_heading() {
        let d = read("# 真标题\n\n正文\n");
        assert_eq!(d.title.as_deref(), Some("真标题"));
        assert_eq!(d.body.finish().0, "正文", "the title line is not repeated in the body");
    }

    #[test]
    fn a_later_heading_is_the_title_but_stays_in_the_text() {
        let d = read("导语。\n\n## 小标题\n\n正文\n");
        assert_eq!(d.title.as_deref(), Some("小标题"));
        assert_eq!(d.body.finish().0, "导语。\n\n小标题\n\n正文");
    }

    #[test]
    fn a_heading_repeating_the_front_matter_title_is_dropped() {
        let d = read("---\ntitle: 真标题\n---\n# 真标题\n\n正文\n");
        assert_eq!(d.body.finish().0, "正文");
    }
}
