//! Interface language: every label the page shows, in Chinese and English.
//! Article text is never translated. Messages are an enum so a missing
//! translation is a compile error, not a blank label.

use explorer_core::listing::SortKey;
use explorer_core::model::{ProblemKind, Source};

/// The interface languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// 简体中文
    Zh,
    /// English
    En,
}

impl Lang {
    /// The code stored in localStorage and set on `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The language for a stored code or a browser language tag (`zh-TW`, `en-US`, …); `None` if neither.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.to_ascii_lowercase();
        if tag.starts_with("zh") {
            Some(Lang::Zh)
        } else if tag.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The other language (for the switch).
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// A source's name in this language.
    pub fn source_name(self, source: &Source) -> String {
        match self {
            Lang::Zh => source.zh.clone(),
            Lang::En => source.en.clone(),
        }
    }

    /// `12345` written for this language (`12,345`).
    pub fn number(self, n: usize) -> String {
        let s = n.to_string();
        let mut out = String::new();
        for (i, c) in s.chars().enumerate() {
            if i > 0 && (s.len() - i) % 3 == 0 {
                out.push(',');
            }
            out.push(c);
        }
        out
    }

    /// The text of a message in this language.
    pub fn t(self, msg: Msg) -> String {
        use Lang::*;
        use Msg::*;
        let s = |zh: &str, en: &str| if self == Zh { zh.to_string() } else { en.to_string() };
        match msg {
            SiteTitle => s("DeepSeek 报道对读", "DeepSeek Coverage Explorer"),
            Articles(n) => match self {
                Zh => format!("{} 篇文章", self.number(n)),
                En => format!("{} article{}", self.number(n), plural(n)),
            },
            Sources(n) => match self {
                Zh => format!("{} 个来源", self.number(n)),
                En => format!("{} source{}", self.number(n), plural(n)),
            },
            Chars(n) => match self {
                Zh => format!("{} 字", self.number(n)),
                En => format!("{} chars", self.number(n)),
            },
            CorpusLabel => s("语料概览", "Corpus"),
            ArticlesHeading => s("文章", "Articles"),
            SortBy => s("排序", "Sort"),
            SortKeyName(key) => match key {
                SortKey::Date => s("日期", "Date"),
                SortKey::Length => s("篇幅", "Length"),
                SortKey::Title => s("标题", "Title"),
            },
            SortGroup => s("文章排序方式", "Sort articles"),
            Ascending => s("升序", "ascending"),
            Descending => s("降序", "descending"),
            DateUnknown => s("日期不详", "date unknown"),
            Warnings(n) => match self {
                Zh => format!("{n} 条导入警告"),
                En => format!("{n} ingest warning{}", plural(n)),
            },
            ProblemsWithFile => s("此文件的问题", "Problems with this file"),
            Problem(kind) => match kind {
                ProblemKind::BrokenFrontMatter => s("前言（front matter）损坏", "broken front matter"),
                ProblemKind::NotUtf8 => s("非 UTF-8 编码", "not UTF-8"),
                ProblemKind::Binary => s("二进制文件", "binary file"),
                ProblemKind::Empty => s("没有正文", "no text"),
                ProblemKind::ActiveContent => s("已移除脚本等活动内容", "active content removed"),
                ProblemKind::TooLarge => s("文件过大，已截断", "too large, cut"),
                ProblemKind::BadMetadata => s("元数据有误", "bad metadata"),
                ProblemKind::BadMarkup => s("标记结构损坏", "broken markup"),
            },
            ShowMore(n) => match self {
                Zh => format!("显示更多（还有 {} 篇）", self.number(n)),
                En => format!("Show more ({} more)", self.number(n)),
            },
            BackToList => s("← 全部文章", "← All articles"),
            ReaderNav => s("阅读器导航", "Reader"),
            Original => s("原文链接 ↗", "Original article ↗"),
            NoText => s("此文件没有正文。", "This file has no article text."),
            NotFoundTitle => s("未找到", "Not found"),
            NotFoundBody => s("这个链接没有对应的文章或视图。", "This link names no article or view."),
            LanguageSwitch => s("English", "中文"),
            LanguageSwitchLabel => s("切换到英文界面", "Switch the interface to Chinese"),
            ThemeSwitchLabel => s("切换浅色/深色主题", "Switch light/dark theme"),
        }
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// Every message the interface shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Msg {
    /// The site's name.
    SiteTitle,
    /// "N articles".
    Articles(usize),
    /// "N sources".
    Sources(usize),
    /// "N characters".
    Chars(usize),
    /// Label of the corpus summary.
    CorpusLabel,
    /// Heading of the article list.
    ArticlesHeading,
    /// "Sort".
    SortBy,
    /// A sort key's name.
    SortKeyName(SortKey),
    /// Label of the sort button group.
    SortGroup,
    /// Sort direction, ascending.
    Ascending,
    /// Sort direction, descending.
    Descending,
    /// Shown for articles without a date.
    DateUnknown,
    /// "N ingest warnings".
    Warnings(usize),
    /// Label of a reader's problem list.
    ProblemsWithFile,
    /// A problem's short label.
    Problem(ProblemKind),
    /// The list's "show more" button, with how many are not shown.
    ShowMore(usize),
    /// The reader's back link.
    BackToList,
    /// Label of the reader's navigation.
    ReaderNav,
    /// Link to the original article.
    Original,
    /// Shown for an article without text.
    NoText,
    /// Not-found heading.
    NotFoundTitle,
    /// Not-found explanation.
    NotFoundBody,
    /// The language switch's text (names the other language).
    LanguageSwitch,
    /// The language switch's accessible label.
    LanguageSwitchLabel,
    /// The theme switch's accessible label.
    ThemeSwitchLabel,
}
