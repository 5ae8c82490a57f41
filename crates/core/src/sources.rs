//! Human names for the platforms an article copy came from.
//!
//! Seeds name their platform in different ways: a front-matter category (`qq`),
//! the domain of the source link (`new.qq.com`), or a curator's free text. This
//! table turns the known ones into one key with a Chinese and an English name.

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
}
