//! Why a grouping says nothing about the corpus, in words ([`NotUseful`]): the sentences of
//! the messages `GroupingNotUseful` and `NoKeywordsHere`.

use super::number::number;
use explorer_core::compare::groups::GroupBy;
use explorer_core::compare::usefulness::NotUseful;

/// Why a grouping says nothing, in Chinese (no final full stop).
pub(super) fn not_useful_zh(by: GroupBy, why: NotUseful) -> String {
    match why {
        NotUseful::MostUnknown { unknown, total } => {
            let what = match by {
                GroupBy::Author => "没有注明作者",
                GroupBy::Outlet => "没有注明媒体",
                GroupBy::Date => "没有日期",
                _ => "没有注明来源",
            };
            format!("{} 篇文章中有 {} 篇{what}", number(total), number(unknown))
        }
        NotUseful::OneGroup => match by {
            GroupBy::Source => "所有文章都来自同一来源",
            GroupBy::Outlet => "所有文章都出自同一媒体",
            GroupBy::Author => "所有文章都是同一作者",
            GroupBy::Folder => "所有文章都在同一个文件夹中",
            GroupBy::Date => "所有文章都在同一天",
            GroupBy::Article => "只有一篇文章",
        }
        .into(),
    }
}

/// A grouping's English name inside a sentence (lower case).
pub(super) fn grouping_en(by: GroupBy) -> &'static str {
    match by {
        GroupBy::Source => "source",
        GroupBy::Outlet => "outlet",
        GroupBy::Author => "author",
        GroupBy::Folder => "folder",
        GroupBy::Date => "date",
        GroupBy::Article => "article",
    }
}

/// Why a grouping says nothing, in English (no final full stop).
pub(super) fn not_useful_en(by: GroupBy, why: NotUseful) -> String {
    match why {
        NotUseful::MostUnknown { unknown, total } => {
            let what = match by {
                GroupBy::Author => "name no author",
                GroupBy::Outlet => "name no outlet",
                GroupBy::Date => "have no date",
                _ => "name no source",
            };
            format!("{} of {} articles {what}", number(unknown), number(total))
        }
        NotUseful::OneGroup => match by {
            GroupBy::Source => "all articles come from one source",
            GroupBy::Outlet => "all articles come from one outlet",
            GroupBy::Author => "all articles have one author",
            GroupBy::Folder => "all articles are in one folder",
            GroupBy::Date => "all articles are from one day",
            GroupBy::Article => "there is only one article",
        }
        .into(),
    }
}
