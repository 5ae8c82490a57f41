//! Every message the interface shows, each stated once: its variant, its Chinese text, its
//! English text. The `messages!` table makes both the [`Msg`] enum and its texts, so a message
//! without a text in each language does not compile. Labels of the core's enums come from a
//! match on the enum.

use super::lang::Lang;
use super::number::number;
use super::reasons::{grouping_en, not_useful_en, not_useful_zh};
use explorer_core::compare::groups::GroupBy;
use explorer_core::compare::usefulness::NotUseful;
use explorer_core::decimal::fixed;
use explorer_core::listing::SortKey;
use explorer_core::model::{EmbedKind, ProblemKind};
use explorer_core::search::{ConcordanceOrder, ResultOrder};

messages! {
    /// Every message the interface shows.
    enum Msg;
    /// "N articles".
    Articles(n: usize) => [format!("{} 篇文章", number(n)), format!("{} article{}", number(n), plural(n))];
    /// "N sources".
    Sources(n: usize) => [format!("{} 个来源", number(n)), format!("{} source{}", number(n), plural(n))];
    /// "N characters".
    Chars(n: usize) => [format!("{} 字", number(n)), format!("{} chars", number(n))];
    /// Label of the corpus summary.
    CorpusLabel => ["语料概览", "Corpus"];
    /// Heading of the article list.
    ArticlesHeading => ["文章", "Articles"];
    /// "Sort".
    SortBy => ["排序", "Sort"];
    /// A browsing order's name (no query).
    SortKeyName(key: SortKey) => [sort_key(key)[0], sort_key(key)[1]];
    /// A result order's name (with a query).
    ResultOrderName(order: ResultOrder) => [result_order(order)[0], result_order(order)[1]];
    /// A concordance order's name.
    ConcordanceOrderName(order: ConcordanceOrder) => [concordance_order(order)[0], concordance_order(order)[1]];
    /// The filter's label.
    FilterLabel => ["关键词筛选", "Keyword filter"];
    /// The filter's placeholder.
    FilterPlaceholder(example: String) => [format!("筛选关键词，如：{example}（按 / 聚焦）"), format!("Filter, e.g. {example} (press / to focus)")];
    /// Title of the query help.
    FilterHelpTitle => ["查询语法", "Query syntax"];
    /// Help: all words.
    HelpAll => ["同时包含两个词", "both words must occur"];
    /// Help: any word.
    HelpAny => ["包含任一词（也可写 OR）", "either word (or write OR)"];
    /// Help: phrase.
    HelpPhrase => ["精确短语", "exact phrase"];
    /// Help: exclusion.
    HelpExclude => ["排除含后一个词的文章", "exclude articles with the second word"];
    /// Help: field filters.
    HelpFields => ["按来源、作者、标题筛选", "filter by source, author, title"];
    /// Help: folding.
    HelpFolding => ["繁简、全角半角、大小写都能匹配", "traditional/simplified, full-width and case are matched alike"];
    /// How many articles match, of how many, with how many hits.
    ResultCount {
        /// Matching articles.
        articles: usize,
        /// All articles.
        total: usize,
        /// Hits in the matching articles.
        hits: usize,
    } => [
        format!("{} / {} 篇文章匹配，共 {} 处", number(articles), number(total), number(hits)),
        format!("{} of {} articles match, {} hit{}", number(articles), number(total), number(hits), plural(hits))
    ];
    /// "N hits".
    Hits(n: usize) => [format!("{} 处命中", number(n)), format!("{} hit{}", number(n), plural(n))];
    /// Nothing matches this query.
    NoResults(q: String) => [format!("没有找到“{q}”。"), format!("Nothing matches “{q}”.")];
    /// What to try when nothing matches.
    NoResultsHint => [
        "试试更短的词（单个汉字也可以）、去掉引号或减号、用 | 连接近义词，或清空筛选查看全部文章。",
        "Try a shorter term (a single character works), drop quotes or minus signs, join alternatives with |, or clear the filter to see every article."
    ];
    /// Label of the reader's hit navigation.
    HitNavigation => ["命中导航", "Hit navigation"];
    /// "i / n".
    HitCounter(i: usize, n: usize) => [format!("{i} / {n}"), format!("{i} / {n}")];
    /// The query has no hits in this article.
    NoHitsHere => ["本文没有命中", "no hits in this article"];
    /// Previous hit button.
    PreviousHit => ["上一处命中（Shift+N）", "Previous hit (Shift+N)"];
    /// Next hit button.
    NextHit => ["下一处命中（n）", "Next hit (n)"];
    /// Label of the view switcher.
    ViewsLabel => ["视图", "Views"];
    /// The list view's name.
    ViewList => ["文章", "Articles"];
    /// The concordance view's name.
    ViewConcordance => ["语境索引", "Concordance"];
    /// The comparison view's name.
    ViewCompare => ["来源对比", "Compare sources"];
    /// The concordance's heading.
    ConcordanceTitle => ["语境索引（KWIC）", "Concordance (keyword in context)"];
    /// The concordance without a query.
    ConcordanceNeedsQuery => [
        "在上方输入关键词，这里会逐行列出它在全部文章中的每一处出现。",
        "Type a keyword above to list every occurrence across all articles, one per line."
    ];
    /// "N occurrences".
    Occurrences(n: usize) => [format!("{} 处出现", number(n)), format!("{} occurrence{}", number(n), plural(n))];
    /// The skip link.
    SkipToContent => ["跳到正文", "Skip to content"];
    /// Heading of the shortcut list.
    ShortcutsTitle => ["键盘快捷键", "Keyboard shortcuts"];
    /// Shortcut `/`.
    KeySlash => ["聚焦筛选框", "focus the filter"];
    /// Shortcut Esc.
    KeyEsc => ["清空筛选（或关闭本窗口）", "clear the filter (or close this box)"];
    /// Shortcuts j/k.
    KeyJk => ["在结果间上下移动", "move through the results"];
    /// Shortcut Enter.
    KeyEnter => ["打开选中的文章", "open the selected article"];
    /// Shortcuts n/N.
    KeyN => ["阅读时跳到下一处 / 上一处命中", "next / previous hit in the reader"];
    /// Shortcut ?.
    KeyHelp => ["显示或隐藏本窗口", "show or hide this box"];
    /// A close button.
    Close => ["关闭", "Close"];
    /// Grouping control label.
    GroupByLabel => ["分组", "Group by"];
    /// A grouping's name.
    GroupByName(by: GroupBy) => [group_by(by)[0], group_by(by)[1]];
    /// The extra terms input.
    CompareTerms => ["对比词（逗号分隔）", "Terms to compare (comma separated)"];
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
    } => [
        format!("{docs_with} / {docs} 篇命中，共 {hits} 处，每万字 {} 处", fixed(per_10k, 1)),
        format!("{docs_with} of {docs} articles, {hits} hit{}, {} per 10,000 chars", plural(hits as usize), fixed(per_10k, 1))
    ];
    /// Under the comparison's columns when not all groups are shown: "showing 12 of 1,000 groups".
    GroupsShown {
        /// Groups shown.
        shown: usize,
        /// All groups.
        total: usize,
        /// Whether groups with the query come first.
        matching_first: bool,
    } => [
        if matching_first {
            format!("显示 {} / {} 组，含查询词的组在前。", number(shown), number(total))
        } else {
            format!("显示 {} / {} 组。", number(shown), number(total))
        },
        if matching_first {
            format!("Showing {} of {} groups, those with the query first.", number(shown), number(total))
        } else {
            format!("Showing {} of {} groups.", number(shown), number(total))
        }
    ];
    /// The button showing more of the comparison's groups: "show 12 more groups".
    ShowMoreGroups(n: usize) => [format!("再显示 {} 组", number(n)), format!("Show {} more group{}", number(n), plural(n))];
    /// The button showing the rest of a comparison group's figures: "show 5 more".
    ShowMoreFigures(n: usize) => [format!("再显示 {} 条", number(n)), format!("Show {} more", number(n))];
    /// Figures heading.
    FiguresTitle => ["数字与数据", "Figures"];
    /// No figures.
    NoFigures => ["没有相关数字。", "No figures here."];
    /// Badge: no other group uses the word.
    OnlyHere => ["仅此组", "only here"];
    /// Badge: one article uses the word.
    OneArticle => ["仅一篇", "1 article"];
    /// Column: word.
    ColumnWord => ["词", "Word"];
    /// Column: count here.
    ColumnHere => ["本组", "Here"];
    /// Help for count here.
    ColumnHereHelp => ["本组出现次数", "count in this group"];
    /// Column: count in the rest.
    ColumnRest => ["其余", "Rest"];
    /// Help for count in the rest.
    ColumnRestHelp => ["语料其余部分的出现次数", "count in the rest of the corpus"];
    /// Column: articles.
    ColumnArticles => ["篇数", "Art."];
    /// Help for articles.
    ColumnArticlesHelp => ["本组中出现该词的文章数", "articles of this group using it"];
    /// Help for log ratio.
    ColumnLogRatioHelp => [
        "对数比（效应量）；只列出 G² ≥ 6.63（p < 0.01）的词",
        "log ratio (effect size); only words with G² ≥ 6.63 (p < 0.01)"
    ];
    /// Help for the conservative log ratio.
    ColumnClrHelp => [
        "保守对数比：对数比 99% 置信区间中最接近 0 的一端；按它排序",
        "conservative log ratio: the end of the log ratio's 99% confidence interval nearest 0; ranks the list"
    ];
    /// The keyword method's summary line.
    KeynessMethod => ["特征词怎样选出、怎样排序", "How distinctive words are chosen and ranked"];
    /// The keyword method, with its formulas.
    KeynessFormula => [
        "a、b：词在本组、其余文章中的次数；c、d：本组、其余的总词数（次数为 0 时按 0.5 计）。显著性：G² = 2·(a·ln(a/E₁) + b·ln(b/E₂))，E₁ = c·(a+b)/(c+d)，E₂ = d·(a+b)/(c+d)；只列 G² ≥ 6.63（p < 0.01）的词。对数比 log₂ = log₂((a/c)/(b/d))。排序依据保守对数比 CLR：log₂ ± 2.576·√(1/a + 1/b)/ln 2 这一 99% 置信区间中最接近 0 的一端，区间跨过 0 时为 0（CQPweb 的做法），所以少见的词排在常见的词之后。",
        "a, b: the word's count in this group and in the other articles; c, d: their total words (a zero count counts as 0.5). Significance: G² = 2·(a·ln(a/E₁) + b·ln(b/E₂)), E₁ = c·(a+b)/(c+d), E₂ = d·(a+b)/(c+d); only words with G² ≥ 6.63 (p < 0.01) are listed. Log ratio log₂ = log₂((a/c)/(b/d)). The list is ranked by the conservative log ratio CLR: the end nearest 0 of the 99% confidence interval log₂ ± 2.576·√(1/a + 1/b)/ln 2, or 0 when it spans 0 (as CQPweb does), so rare words rank below frequent ones."
    ];
    /// No keywords.
    NoKeywords => ["没有显著多用的词（p < 0.01）。", "No markedly overused words (p < 0.01)."];
    /// Keywords caption.
    Keywords => ["特征词（明显多用）", "Distinctive words (used markedly more)"];
    /// Negative keywords caption.
    NegativeKeywords => ["明显少用的词", "Used markedly less"];
    /// The switch that shows function words (stop words) in the word lists.
    StopSwitch => ["显示虚词", "Show function words"];
    /// What the function-word switch does.
    StopSwitchHelp => [
        "虚词（的、了、我们……）默认不列入词表；按下后列出并标明",
        "Function words (的, 了, we…) are left out of the word lists unless shown; shown, they are marked"
    ];
    /// Badge: the word is a function word.
    StopBadge => ["虚词", "function word"];
    /// Summary of the list of the corpus's function words.
    StopWordList => ["虚词表", "Function-word list"];
    /// Above the corpus's function words: how many, and where the list comes from.
    StopWordListNote(n: usize) => [
        format!("本语料用到的 {} 个虚词（停用词），取自 stopwords-iso 中文表和 NLTK 英文表。它们照常计数，但默认不列入词表。", number(n)),
        format!("The {} function words (stop words) this corpus uses, from stopwords-iso's Chinese list and NLTK's English list. They are counted as usual, but left out of the word lists unless shown.", number(n))
    ];
    /// Shared words heading.
    SharedWords => ["各组共用的词", "Words every group uses"];
    /// Unit: raw counts.
    RawCounts => ["原始次数", "raw counts"];
    /// Unit: per 10k.
    PerTenThousand => ["每万字次数", "per 10,000 characters"];
    /// Rate chart heading.
    RateChartTitle => ["各组命中率", "Hits per group"];
    /// Toggle to raw.
    ShowRaw => ["显示原始次数", "Show raw counts"];
    /// Toggle to normalized.
    ShowNormalized => ["显示每万字比率", "Show rates per 10,000 chars"];
    /// Terms table heading.
    TermTableTitle => ["词 × 组（每万字）", "Terms × groups (per 10,000 chars)"];
    /// Terms table note.
    TermTableNote => ["括号内为原始次数；点击单元格查看该组的语境索引。", "Raw counts in brackets; click a cell for that group's concordance."];
    /// Timeline heading.
    TimelineTitle => ["时间线", "Timeline"];
    /// N undated.
    UndatedCount(n: usize) => [format!("{n} 篇无日期"), format!("{n} undated")];
    /// Export heading.
    ExportTitle => ["导出", "Export"];
    /// Concordance column: source and article.
    ColumnSource => ["来源与文章", "Source and article"];
    /// Concordance column: left context.
    ColumnLeft => ["左侧语境", "Left context"];
    /// Concordance column: keyword.
    ColumnKeyword => ["关键词", "Keyword"];
    /// Concordance column: right context.
    ColumnRight => ["右侧语境", "Right context"];
    /// Label of the sort button group.
    SortGroup => ["文章排序方式", "Sort articles"];
    /// Sort direction, ascending.
    Ascending => ["升序", "ascending"];
    /// Sort direction, descending.
    Descending => ["降序", "descending"];
    /// Shown for articles without a date.
    DateUnknown => ["日期不详", "date unknown"];
    /// "N ingest warnings".
    Warnings(n: usize) => [format!("{n} 条导入警告"), format!("{n} ingest warning{}", plural(n))];
    /// "N notes": information about the seeds that needs no fixing (e.g. embeds kept as links).
    Notes(n: usize) => [format!("{n} 条导入说明"), format!("{n} ingest note{}", plural(n))];
    /// An embed's placeholder link: what was embedded, and its address.
    EmbedLink(kind: EmbedKind, address: String) => [
        format!("嵌入{}：{address}", embed(kind)[0]),
        format!("embedded {}: {address}", embed(kind)[1])
    ];
    /// The tooltip of an embed's placeholder link.
    EmbedLinkTitle => ["在新标签页打开嵌入内容的原地址（本页不加载它）", "Opens the embedded address in a new tab (this page never loads it)"];
    /// Label of a reader's problem list.
    ProblemsWithFile => ["此文件的问题", "Problems with this file"];
    /// A problem's short label.
    Problem(kind: ProblemKind) => [problem(kind)[0], problem(kind)[1]];
    /// The list's "show more" button, with how many are not shown.
    ShowMore(n: usize) => [format!("显示更多（还有 {} 篇）", number(n)), format!("Show more ({} more)", number(n))];
    /// The reader's back link.
    BackToList => ["← 全部文章", "← All articles"];
    /// Label of the reader's navigation.
    ReaderNav => ["阅读器导航", "Reader"];
    /// Label of the article list beside the reader (wide screens).
    ListPaneLabel => ["文章列表", "Article list"];
    /// Link to the original article.
    Original => ["原文链接 ↗", "Original article ↗"];
    /// Above a text that shares passages: how many, how much of it, then the articles' titles.
    SharesPassages(n: usize, percent: u32) => [
        format!("与以下文章共有 {} 段文字，占本文 {percent}%：", number(n)),
        format!("Shares {} passage{}, {percent} % of its text, with: ", number(n), plural(n))
    ];
    /// Before the title of the article a copy is mostly found in.
    CopyOf => ["转载自：", "Copy of: "];
    /// The switch that collapses copies.
    CollapseCopies => ["合并转载", "Collapse copies"];
    /// What collapsing copies does.
    CollapseHelp => [
        "每篇报道只计一次：隐藏转载，只留被转载的那篇；列表和对比中的篇数、命中、数字随之改变",
        "Count each story once: copies are hidden, the article they copy stays; the list's and the comparison's articles, hits and figures follow"
    ];
    /// After the list's count: how many copies collapsing hides from it.
    CopiesHidden(n: usize) => [format!("（已隐藏 {} 篇转载）", number(n)), format!(" ({} cop{} hidden)", number(n), if n == 1 { "y" } else { "ies" })];
    /// Under the comparison's columns, copies collapsed: what follows and what does not.
    CollapsedNote(n: usize) => [
        format!("已合并转载：篇数、字数、命中和数字不计 {} 篇转载；特征词在构建时按全部文章算出，不随之改变。", number(n)),
        format!("Copies collapsed: articles, characters, hits and figures leave {} cop{} out; the distinctive words are computed at build time over every article and do not change.", number(n), if n == 1 { "y" } else { "ies" })
    ];
    /// After a shared passage, before the titles of the other articles holding it.
    AlsoIn => ["亦见于：", "Also in: "];
    /// Shown for an article without text.
    NoText => ["此文件没有正文。", "This file has no article text."];
    /// Not-found heading.
    NotFoundTitle => ["未找到", "Not found"];
    /// Not-found explanation.
    NotFoundBody => ["这个链接没有对应的文章或视图。", "This link names no article or view."];
    /// The language switch's text (names the other language).
    LanguageSwitch => ["English", "中文"];
    /// The language switch's accessible label.
    LanguageSwitchLabel => ["切换到英文界面", "Switch the interface to Chinese"];
    /// The theme switch's accessible label.
    ThemeSwitchLabel => ["切换浅色/深色主题", "Switch light/dark theme"];

    // Groupings that say something (compare::usefulness).
    /// Under the grouping selector: why grouping `by` says nothing about this corpus.
    GroupingNotUseful {
        /// The grouping.
        by: GroupBy,
        /// Why not.
        why: NotUseful,
    } => [
        format!("按{}分组在此没有意义：{}。", group_by(by)[0], not_useful_zh(by, why)),
        format!("Grouping by {} is not useful here: {}.", grouping_en(by), not_useful_en(by, why))
    ];
    /// In a group's column instead of its keywords, when the grouping has none.
    NoKeywordsHere {
        /// The grouping.
        by: GroupBy,
        /// Why it has none.
        why: NotUseful,
    } => [
        format!("此分组没有特征词：{}。", not_useful_zh(by, why)),
        format!("No keywords for this grouping: {}.", not_useful_en(by, why))
    ];
}

/// A browsing order's label: Chinese, English.
fn sort_key(key: SortKey) -> [&'static str; 2] {
    match key {
        SortKey::Date => ["日期", "Date"],
        SortKey::Length => ["篇幅", "Length"],
        SortKey::Title => ["标题", "Title"],
    }
}

/// A result order's label: Chinese, English (date and length as the browsing orders).
fn result_order(order: ResultOrder) -> [&'static str; 2] {
    match order {
        ResultOrder::Relevance => ["相关度", "Relevance"],
        ResultOrder::Date => sort_key(SortKey::Date),
        ResultOrder::Hits => ["命中数", "Hits"],
        ResultOrder::Length => sort_key(SortKey::Length),
    }
}

/// A concordance order's label: Chinese, English.
fn concordance_order(order: ConcordanceOrder) -> [&'static str; 2] {
    match order {
        ConcordanceOrder::Position => ["文章顺序", "Article order"],
        ConcordanceOrder::Left => ["按左侧语境", "Left context"],
        ConcordanceOrder::Right => ["按右侧语境", "Right context"],
    }
}

/// A grouping's label: Chinese, English.
fn group_by(by: GroupBy) -> [&'static str; 2] {
    match by {
        GroupBy::Source => ["来源", "Source"],
        GroupBy::Outlet => ["媒体", "Outlet"],
        GroupBy::Author => ["作者", "Author"],
        GroupBy::Folder => ["文件夹", "Folder"],
        GroupBy::Date => ["日期", "Date"],
        GroupBy::Article => ["文章", "Article"],
    }
}

/// A problem's short label: Chinese, English.
fn problem(kind: ProblemKind) -> [&'static str; 2] {
    match kind {
        ProblemKind::BrokenFrontMatter => ["前言（front matter）损坏", "broken front matter"],
        ProblemKind::NotUtf8 => ["非 UTF-8 编码", "not UTF-8"],
        ProblemKind::Binary => ["二进制文件", "binary file"],
        ProblemKind::Empty => ["没有正文", "no text"],
        ProblemKind::ActiveContent => ["已移除脚本等活动内容", "active content removed"],
        ProblemKind::TooLarge => ["文件过大，已截断", "too large, cut"],
        ProblemKind::BadMetadata => ["元数据有误", "bad metadata"],
        ProblemKind::BadMarkup => ["标记结构损坏", "broken markup"],
        ProblemKind::Embed => ["嵌入内容保留为链接", "embed kept as a link"],
    }
}

/// What an embed was: Chinese, English.
fn embed(kind: EmbedKind) -> [&'static str; 2] {
    match kind {
        EmbedKind::Video => ["视频", "video"],
        EmbedKind::Audio => ["音频", "audio"],
        EmbedKind::Frame => ["网页", "page"],
        EmbedKind::Object => ["对象", "object"],
    }
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_grouping_that_says_nothing_says_why_in_both_languages() {
        let why = NotUseful::MostUnknown {
            unknown: 412,
            total: 415,
        };
        let msg = || Msg::GroupingNotUseful {
            by: GroupBy::Source,
            why,
        };
        assert_eq!(
            Lang::En.t(msg()),
            "Grouping by source is not useful here: 412 of 415 articles name no source."
        );
        assert_eq!(
            Lang::Zh.t(msg()),
            "按来源分组在此没有意义：415 篇文章中有 412 篇没有注明来源。"
        );
        let one = Msg::NoKeywordsHere {
            by: GroupBy::Folder,
            why: NotUseful::OneGroup,
        };
        assert_eq!(
            Lang::En.t(one),
            "No keywords for this grouping: all articles are in one folder."
        );
    }
}
