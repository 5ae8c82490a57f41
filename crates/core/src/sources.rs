//! Human names for the platforms an article copy came from, and the rule for when a
//! seed says where it came from.
//!
//! Seeds name their platform in different ways: a front-matter category (`qq`),
//! the domain of the source link (`new.qq.com`), or a curator's free text. This
//! table turns the known ones into one key with a Chinese and an English name.
//!
//! # Where an article's source comes from
//!
//! A source is only ever taken from something that says where the file came from;
//! otherwise the article's source is [`Source::unknown`]. In order:
//!
//! 1. Markdown front matter: `source`, else a known platform among the first of
//!    `categories` / `tags`, else the domain of its `url` / `link` / `source_url`.
//! 2. A Markdown file's trailing source line: the last block is nothing but one
//!    `[label](http(s) url)` link **and** [`trailing_link_source`] accepts it: the label
//!    names the link's own site (`[qq](https://new.qq.com/…)`, `[腾讯新闻](https://news.qq.com/…)`:
//!    label and domain are the same known platform; `[sina](https://news.sina.com.cn/…)`:
//!    the label is one or more whole dot-separated parts of the domain). Only then is
//!    the line removed from the text and its URL taken as the original URL. Any other
//!    trailing link (`- [泼辣有图](https://www.polayoutu.com/)`, the last entry of a list
//!    of sites) stays in the text as it is and names no source; no Markdown body link
//!    ever does.
//! 3. An HTML page's own metadata: `<meta property="og:site_name">`, else the domain of
//!    `<link rel="canonical">`, else the domain of an archive's title link (the page's
//!    own address).
//! 4. An original URL on a known platform's domain (`new.qq.com` is Tencent News).
//! 5. The curator's `metadata.csv` `source` column, applied last, overrides all of these.

use crate::model::Source;

/// A known platform: its key, the names it is shown with, and the names that point to it.
struct Platform {
    key: &'static str,
    zh: &'static str,
    en: &'static str,
    /// Domains (matched as suffixes) and category labels that mean this platform.
    aliases: &'static [&'static str],
}

const PLATFORMS: &[Platform] = &[
    Platform {
        key: "qq",
        zh: "腾讯新闻",
        en: "Tencent News",
        aliases: &["qq", "new.qq.com", "news.qq.com", "qq.com", "腾讯新闻", "tencent news"],
    },
    Platform {
        key: "cdt",
        zh: "中国数字时代",
        en: "China Digital Times",
        aliases: &["cdt", "chinadigitaltimes.net", "中国数字时代", "china digital times"],
    },
    Platform {
        key: "wechat",
        zh: "微信公众号",
        en: "WeChat Official Accounts",
        aliases: &["wechat", "mp.weixin.qq.com", "微信公众号", "微信"],
    },
    Platform {
        key: "sina",
        zh: "新浪",
        en: "Sina",
        aliases: &["sina", "sina.com.cn", "sina.cn", "新浪"],
    },
    Platform {
        key: "sohu",
        zh: "搜狐",
        en: "Sohu",
        aliases: &["sohu", "sohu.com", "搜狐"],
    },
    Platform {
        key: "163",
        zh: "网易",
        en: "NetEase",
        aliases: &["163", "163.com", "网易"],
    },
    Platform {
        key: "thepaper",
        zh: "澎湃新闻",
        en: "The Paper",
        aliases: &["thepaper", "thepaper.cn", "澎湃新闻"],
    },
    Platform {
        key: "caixin",
        zh: "财新",
        en: "Caixin",
        aliases: &["caixin", "caixin.com", "财新"],
    },
    Platform {
        key: "eeo",
        zh: "经济观察网",
        en: "The Economic Observer",
        aliases: &["eeo", "eeo.com.cn", "经济观察网"],
    },
    Platform {
        key: "bbc",
        zh: "BBC中文",
        en: "BBC Chinese",
        aliases: &["bbc", "bbc.com", "bbc.co.uk"],
    },
    Platform {
        key: "nytimes",
        zh: "纽约时报中文网",
        en: "The New York Times",
        aliases: &["nytimes", "nytimes.com", "cn.nytimes.com"],
    },
];

fn to_source(p: &Platform) -> Source {
    Source {
        key: p.key.into(),
        zh: p.zh.into(),
        en: p.en.into(),
    }
}

/// The platform a front-matter category, tag or curator label names, if it is a known one.
pub fn platform_for_label(label: &str) -> Option<Source> {
    let label = label.trim().to_lowercase();
    PLATFORMS
        .iter()
        .find(|p| p.aliases.iter().any(|a| *a == label))
        .map(to_source)
}

/// The platform a web domain belongs to, if it is a known one (`news.qq.com` is Tencent News).
pub fn platform_for_domain(domain: &str) -> Option<Source> {
    let domain = domain.trim().trim_start_matches("www.").to_lowercase();
    // The longest matching alias wins, so mp.weixin.qq.com is WeChat, not Tencent News.
    PLATFORMS
        .iter()
        .flat_map(|p| p.aliases.iter().map(move |a| (p, *a)))
        .filter(|(_, a)| a.contains('.'))
        .filter(|(_, a)| domain == *a || domain.ends_with(&format!(".{a}")))
        .max_by_key(|(_, a)| a.len())
        .map(|(p, _)| to_source(p))
}

/// The domain of an `http(s)` URL, without `www.`; `None` for anything else.
pub fn domain_of(url: &str) -> Option<&str> {
    let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next()?;
    let host = host.rsplit('@').next()?.split(':').next()?;
    let host = host.strip_prefix("www.").unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

/// The source a Markdown file's trailing `[label](url)` line names, when the line evidently
/// is a source line: the label is a known platform whose domain is the link's
/// (`[qq](https://new.qq.com/…)`), or the label is one or more whole dot-separated parts of
/// the link's domain (`[sina](https://news.sina.com.cn/…)`, `[example.org](https://example.org/a)`).
/// `None` for any other link (`[泼辣有图](https://www.polayoutu.com/)`), which is ordinary text.
pub fn trailing_link_source(label: &str, url: &str) -> Option<Source> {
    let domain = domain_of(url)?.to_lowercase();
    let label = label.trim().to_lowercase();
    if label.is_empty() {
        return None;
    }
    let on_domain = platform_for_domain(&domain);
    if let (Some(named), Some(site)) = (platform_for_label(&label), on_domain.as_ref()) {
        if named.key == site.key {
            return Some(named);
        }
    }
    let parts: Vec<&str> = domain.split('.').collect();
    let wanted: Vec<&str> = label.trim_start_matches("www.").split('.').collect();
    let names_domain =
        wanted.iter().all(|w| !w.is_empty()) && parts.windows(wanted.len()).any(|run| run == wanted.as_slice());
    names_domain.then(|| on_domain.unwrap_or_else(|| source_from_label(&label)))
}

/// The source an HTML page's own metadata names: its `og:site_name`, else the domain of its
/// canonical (or archived) URL, a known platform where it is one.
pub fn page_source(site_name: Option<&str>, page_url: Option<&str>) -> Option<Source> {
    let site_name = site_name.map(str::trim).filter(|s| !s.is_empty());
    if let Some(name) = site_name {
        return Some(source_from_label(name));
    }
    let domain = domain_of(page_url?)?;
    Some(platform_for_domain(domain).unwrap_or_else(|| source_from_label(domain)))
}

/// A source for a curator's free-text label: a known platform if it names one,
/// else the label itself, split as `中文名 / English name` when written that way.
pub fn source_from_label(label: &str) -> Source {
    if let Some(known) = platform_for_label(label).or_else(|| platform_for_domain(label)) {
        return known;
    }
    let label = label.trim();
    let (zh, en) = match label.split_once(" / ") {
        Some((zh, en)) => (zh.trim(), en.trim()),
        None => (label, label),
    };
    Source {
        key: zh.to_lowercase(),
        zh: zh.into(),
        en: en.into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qq_category_is_tencent_news() {
        let s = platform_for_label("qq").unwrap();
        assert_eq!(
            (s.key.as_str(), s.zh.as_str(), s.en.as_str()),
            ("qq", "腾讯新闻", "Tencent News")
        );
    }

    #[test]
    fn subdomains_resolve_to_their_platform() {
        assert_eq!(platform_for_domain("new.qq.com").unwrap().key, "qq");
        assert_eq!(platform_for_domain("mp.weixin.qq.com").unwrap().key, "wechat");
        assert_eq!(platform_for_domain("www.chinadigitaltimes.net").unwrap().key, "cdt");
        assert!(platform_for_domain("example.org").is_none());
        assert!(platform_for_domain("notqq.com").is_none());
    }

    #[test]
    fn domain_of_strips_scheme_port_and_path() {
        assert_eq!(domain_of("https://new.qq.com/rain/a/1"), Some("new.qq.com"));
        assert_eq!(domain_of("http://www.example.org:8080/x?y"), Some("example.org"));
        assert_eq!(domain_of("javascript:alert(1)"), None);
    }

    #[test]
    fn free_labels_keep_both_names() {
        let s = source_from_label("科技导报 / Science & Technology Review");
        assert_eq!(
            (s.zh.as_str(), s.en.as_str()),
            ("科技导报", "Science & Technology Review")
        );
        assert_eq!(source_from_label("腾讯新闻").key, "qq");
    }

    #[test]
    fn a_trailing_link_is_a_source_only_when_its_label_names_its_site() {
        let key = |label, url| trailing_link_source(label, url).map(|s| s.key);
        assert_eq!(
            key("qq", "https://new.qq.com/rain/a/20250208A08FNH00").as_deref(),
            Some("qq")
        );
        assert_eq!(key("腾讯新闻", "https://news.qq.com/a/1").as_deref(), Some("qq"));
        assert_eq!(
            key("sina", "https://news.sina.com.cn/c/1.shtml").as_deref(),
            Some("sina")
        );
        assert_eq!(
            key("Example.org", "https://www.example.org/a").as_deref(),
            Some("example.org")
        );
        assert_eq!(key("泼辣有图", "https://www.polayoutu.com/"), None);
        assert_eq!(key("Public Domain Info", "https://publicdomaininfo.org/"), None);
        assert_eq!(key("Theia", "https://theia-ide.org/"), None);
        // A platform's name on another platform's (or an unknown) domain is not its source line.
        assert_eq!(key("qq", "https://example.org/qq"), None);
        assert_eq!(key("sina", "https://news.sohu.com/a"), None);
        // Part of a domain part is not a name: `in` is not `sina`.
        assert_eq!(key("in", "https://news.sina.com.cn/"), None);
        assert_eq!(key("qq", "javascript:alert(1)"), None);
    }

    #[test]
    fn a_page_names_its_source_by_site_name_else_canonical_domain() {
        assert_eq!(
            page_source(Some(" 少数派 "), Some("https://sspai.com/post/1"))
                .unwrap()
                .zh,
            "少数派"
        );
        assert_eq!(page_source(None, Some("https://news.qq.com/a/1")).unwrap().key, "qq");
        assert_eq!(
            page_source(None, Some("https://sspai.com/post/1")).unwrap().key,
            "sspai.com"
        );
        assert_eq!(page_source(Some(""), None), None);
    }
}
