//! Interface language: every label the page shows, in Chinese and English.
//! Article text is never translated. Messages are an enum so a missing
//! translation is a compile error, not a blank label.

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
            if i > 0 && (s.len() - i).is_multiple_of(3) {
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
            SortName(name) => match name {
                "date" => s("日期", "Date"),
                "length" => s("篇幅", "Length"),
                "title" => s("标题", "Title"),
                "relevance" => s("相关度", "Relevance"),
                "hits" => s("命中数", "Hits"),
                "position" => s("文章顺序", "Article order"),
                "left" => s("按左侧语境", "Left context"),
                "right" => s("按右侧语境", "Right context"),
                other => other.to_string(),
            },
            FilterLabel => s("关键词筛选", "Keyword filter"),
            FilterPlaceholder => s("筛选关键词，如：开源 蒸馏（按 / 聚焦）", "Filter, e.g. 开源 蒸馏 (press / to focus)"),
            FilterHelpTitle => s("查询语法", "Query syntax"),
            HelpAll => s("同时包含两个词", "both words must occur"),
            HelpAny => s("包含任一词（也可写 OR）", "either word (or write OR)"),
            HelpPhrase => s("精确短语", "exact phrase"),
            HelpExclude => s("排除含“国运”的文章", "exclude articles with 国运"),
            HelpFields => s("按来源、作者、标题筛选", "filter by source, author, title"),
            HelpFolding => s("繁简、全角半角、大小写都能匹配", "traditional/simplified, full-width and case are matched alike"),
            ResultCount { articles, total, hits } => match self {
                Zh => format!("{} / {} 篇文章匹配，共 {} 处", self.number(articles), self.number(total), self.number(hits)),
                En => format!("{} of {} articles match, {} hit{}", self.number(articles), self.number(total), self.number(hits), plural(hits)),
            },
            Hits(n) => match self {
                Zh => format!("{} 处命中", self.number(n)),
                En => format!("{} hit{}", self.number(n), plural(n)),
            },
            NoResults(q) => match self {
                Zh => format!("没有找到“{q}”。"),
                En => format!("Nothing matches “{q}”."),
            },
            NoResultsHint => s(
                "试试更短的词（单个汉字也可以）、去掉引号或减号、用 | 连接近义词，或清空筛选查看全部文章。",
                "Try a shorter term (a single character works), drop quotes or minus signs, join alternatives with |, or clear the filter to see every article.",
            ),
            HitNavigation => s("命中导航", "Hit navigation"),
            HitCounter(i, n) => format!("{i} / {n}"),
            NoHitsHere => s("本文没有命中", "no hits in this article"),
            PreviousHit => s("上一处命中（Shift+N）", "Previous hit (Shift+N)"),
            NextHit => s("下一处命中（n）", "Next hit (n)"),
            ViewsLabel => s("视图", "Views"),
            ViewList => s("文章", "Articles"),
            ViewConcordance => s("语境索引", "Concordance"),
            ViewCompare => s("来源对比", "Compare sources"),
            ConcordanceTitle => s("语境索引（KWIC）", "Concordance (keyword in context)"),
            ConcordanceNeedsQuery => s("在上方输入关键词，这里会逐行列出它在全部文章中的每一处出现。", "Type a keyword above to list every occurrence across all articles, one per line."),
            Occurrences(n) => match self {
                Zh => format!("{} 处出现", self.number(n)),
                En => format!("{} occurrence{}", self.number(n), plural(n)),
            },
            SkipToContent => s("跳到正文", "Skip to content"),
            ShortcutsTitle => s("键盘快捷键", "Keyboard shortcuts"),
            KeySlash => s("聚焦筛选框", "focus the filter"),
            KeyEsc => s("清空筛选（或关闭本窗口）", "clear the filter (or close this box)"),
            KeyJk => s("在结果间上下移动", "move through the results"),
            KeyEnter => s("打开选中的文章", "open the selected article"),
            KeyN => s("阅读时跳到下一处 / 上一处命中", "next / previous hit in the reader"),
            KeyHelp => s("显示或隐藏本窗口", "show or hide this box"),
            Close => s("关闭", "Close"),
            GroupByLabel => s("分组", "Group by"),
            GroupByName(name) => match name {
                "source" => s("来源", "Source"),
                "author" => s("作者", "Author"),
                _ => s("文章", "Article"),
            },
            CompareTerms => s("对比词（逗号分隔）", "Terms to compare (comma separated)"),
            GroupRate { docs_with, docs, hits, per_10k } => match self {
                Zh => format!("{docs_with} / {docs} 篇命中，共 {hits} 处，每万字 {per_10k:.1} 处"),
                En => format!("{docs_with} of {docs} articles, {hits} hit{}, {per_10k:.1} per 10,000 chars", plural(hits as usize)),
            },
            GroupsShown { shown, total, matching_first } => match (self, matching_first) {
                (Zh, false) => format!("显示 {} / {} 组。", self.number(shown), self.number(total)),
                (Zh, true) => format!("显示 {} / {} 组，含查询词的组在前。", self.number(shown), self.number(total)),
                (En, false) => format!("Showing {} of {} groups.", self.number(shown), self.number(total)),
                (En, true) => format!(
                    "Showing {} of {} groups, those with the query first.",
                    self.number(shown),
                    self.number(total)
                ),
            },
            ShowMoreGroups(n) => match self {
                Zh => format!("再显示 {} 组", self.number(n)),
                En => format!("Show {} more group{}", self.number(n), plural(n)),
            },
            ShowMoreFigures(n) => match self {
                Zh => format!("再显示 {} 条", self.number(n)),
                En => format!("Show {} more", self.number(n)),
            },
            FiguresTitle => s("数字与数据", "Figures"),
            NoFigures => s("没有相关数字。", "No figures here."),
            OnlyHere => s("仅此组", "only here"),
            OneArticle => s("仅一篇", "1 article"),
            ColumnWord => s("词", "Word"),
            ColumnHere => s("本组", "Here"),
            ColumnHereHelp => s("本组出现次数", "count in this group"),
            ColumnRest => s("其余", "Rest"),
            ColumnRestHelp => s("语料其余部分的出现次数", "count in the rest of the corpus"),
            ColumnArticles => s("篇数", "Art."),
            ColumnArticlesHelp => s("本组中出现该词的文章数", "articles of this group using it"),
            ColumnLogRatioHelp => s("对数比（效应量）；只列出 G² ≥ 6.63（p < 0.01）的词", "log ratio (effect size); only words with G² ≥ 6.63 (p < 0.01)"),
            NoKeywords => s("没有显著多用的词（p < 0.01）。", "No markedly overused words (p < 0.01)."),
            Keywords => s("特征词（明显多用）", "Distinctive words (used markedly more)"),
            NegativeKeywords => s("明显少用的词", "Used markedly less"),
            SharedWords => s("各组共用的词", "Words every group uses"),
            RawCounts => s("原始次数", "raw counts"),
            PerTenThousand => s("每万字次数", "per 10,000 characters"),
            RateChartTitle => s("各组命中率", "Hits per group"),
            ShowRaw => s("显示原始次数", "Show raw counts"),
            ShowNormalized => s("显示每万字比率", "Show rates per 10,000 chars"),
            TermTableTitle => s("词 × 组（每万字）", "Terms × groups (per 10,000 chars)"),
            TermTableNote => s("括号内为原始次数；点击单元格查看该组的语境索引。", "Raw counts in brackets; click a cell for that group's concordance."),
            TimelineTitle => s("时间线", "Timeline"),
            UndatedCount(n) => match self {
                Zh => format!("{n} 篇无日期"),
                En => format!("{n} undated"),
            },
            ExportTitle => s("导出", "Export"),
            ColumnSource => s("来源与文章", "Source and article"),
            ColumnLeft => s("左侧语境", "Left context"),
            ColumnKeyword => s("关键词", "Keyword"),
            ColumnRight => s("右侧语境", "Right context"),
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
            ListPaneLabel => s("文章列表", "Article list"),
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
#[derive(Debug, Clone, PartialEq)]
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
    /// A sort choice's name, by its URL name.
    SortName(&'static str),
    /// The filter's label.
    FilterLabel,
    /// The filter's placeholder.
    FilterPlaceholder,
    /// Title of the query help.
    FilterHelpTitle,
    /// Help: all words.
    HelpAll,
    /// Help: any word.
    HelpAny,
    /// Help: phrase.
    HelpPhrase,
    /// Help: exclusion.
    HelpExclude,
    /// Help: field filters.
    HelpFields,
    /// Help: folding.
    HelpFolding,
    /// How many articles match, of how many, with how many hits.
    ResultCount {
        /// Matching articles.
        articles: usize,
        /// All articles.
        total: usize,
        /// Hits in the matching articles.
        hits: usize,
    },
    /// "N hits".
    Hits(usize),
    /// Nothing matches this query.
    NoResults(String),
    /// What to try when nothing matches.
    NoResultsHint,
    /// Label of the reader's hit navigation.
    HitNavigation,
    /// "i / n".
    HitCounter(usize, usize),
    /// The query has no hits in this article.
    NoHitsHere,
    /// Previous hit button.
    PreviousHit,
    /// Next hit button.
    NextHit,
    /// Label of the view switcher.
    ViewsLabel,
    /// The list view's name.
    ViewList,
    /// The concordance view's name.
    ViewConcordance,
    /// The comparison view's name.
    ViewCompare,
    /// The concordance's heading.
    ConcordanceTitle,
    /// The concordance without a query.
    ConcordanceNeedsQuery,
    /// "N occurrences".
    Occurrences(usize),
    /// The skip link.
    SkipToContent,
    /// Heading of the shortcut list.
    ShortcutsTitle,
    /// Shortcut `/`.
    KeySlash,
    /// Shortcut Esc.
    KeyEsc,
    /// Shortcuts j/k.
    KeyJk,
    /// Shortcut Enter.
    KeyEnter,
    /// Shortcuts n/N.
    KeyN,
    /// Shortcut ?.
    KeyHelp,
    /// A close button.
    Close,
    /// Grouping control label.
    GroupByLabel,
    /// A grouping's name, by URL name.
    GroupByName(&'static str),
    /// The extra terms input.
    CompareTerms,
    /// A group's rate for the query.
    GroupRate {
        /// Articles with hits.
        docs_with: usize,
        /// Articles in the group.
        docs: usize,
        /// Hits.
        hits: u32,
        /// Hits per 10,000 characters.
        per_10k: f64,
    },
    /// Under the comparison's columns when not all groups are shown: "showing 12 of 1,000 groups".
    GroupsShown {
        /// Groups shown.
        shown: usize,
        /// All groups.
        total: usize,
        /// Whether groups with the query come first.
        matching_first: bool,
    },
    /// The button showing more of the comparison's groups: "show 12 more groups".
    ShowMoreGroups(usize),
    /// The button showing the rest of a comparison group's figures: "show 5 more".
    ShowMoreFigures(usize),
    /// Figures heading.
    FiguresTitle,
    /// No figures.
    NoFigures,
    /// Badge: no other group uses the word.
    OnlyHere,
    /// Badge: one article uses the word.
    OneArticle,
    /// Column: word.
    ColumnWord,
    /// Column: count here.
    ColumnHere,
    /// Help for count here.
    ColumnHereHelp,
    /// Column: count in the rest.
    ColumnRest,
    /// Help for count in the rest.
    ColumnRestHelp,
    /// Column: articles.
    ColumnArticles,
    /// Help for articles.
    ColumnArticlesHelp,
    /// Help for log ratio.
    ColumnLogRatioHelp,
    /// No keywords.
    NoKeywords,
    /// Keywords caption.
    Keywords,
    /// Negative keywords caption.
    NegativeKeywords,
    /// Shared words heading.
    SharedWords,
    /// Unit: raw counts.
    RawCounts,
    /// Unit: per 10k.
    PerTenThousand,
    /// Rate chart heading.
    RateChartTitle,
    /// Toggle to raw.
    ShowRaw,
    /// Toggle to normalized.
    ShowNormalized,
    /// Terms table heading.
    TermTableTitle,
    /// Terms table note.
    TermTableNote,
    /// Timeline heading.
    TimelineTitle,
    /// N undated.
    UndatedCount(usize),
    /// Export heading.
    ExportTitle,
    /// Concordance column: source and article.
    ColumnSource,
    /// Concordance column: left context.
    ColumnLeft,
    /// Concordance column: keyword.
    ColumnKeyword,
    /// Concordance column: right context.
    ColumnRight,
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
    /// Label of the article list beside the reader (wide screens).
    ListPaneLabel,
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
