//! Dates as seeds write them, turned into [`DateStamp`]s.
//!
//! A date without a zone is taken as China Standard Time (UTC+8): the corpus
//! is Chinese-language news, and the qq front matter writes local time.

use crate::model::DateStamp;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, TimeZone};

/// China Standard Time, the zone assumed for dates that state none.
const CST_OFFSET_SECONDS: i32 = 8 * 3600;

fn cst() -> FixedOffset {
    FixedOffset::east_opt(CST_OFFSET_SECONDS).expect("UTC+8 is a valid offset")
}

/// Parses the date forms seen in seeds and metadata: RFC 3339 (`2025-02-08T21:14:46+08:00`),
/// `2025-02-08 21:14:46`, `2025-02-08 21:14`, `2025-02-08`, `2025.2.12`, `2025/2/12`,
/// `2025年2月12日`. Returns `None` for anything else.
pub(crate) fn parse_date(raw: &str) -> Option<DateStamp> {
    let s = raw.trim().trim_matches('"');
    if let Ok(dt) = DateTime::parse_from_rfc3339(s) {
        return Some(stamp(dt, true));
    }
    for fmt in [
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%d %H:%M",
        "%Y-%m-%dT%H:%M:%S",
        "%Y/%m/%d %H:%M",
    ] {
        if let Ok(naive) = NaiveDateTime::parse_from_str(s, fmt) {
            return cst().from_local_datetime(&naive).single().map(|dt| stamp(dt, true));
        }
    }
    let day = s.trim_end_matches('日').replace(['年', '月', '.', '/'], "-");
    let date = NaiveDate::parse_from_str(&day, "%Y-%m-%d").ok()?;
    let dt = cst().from_local_datetime(&date.and_hms_opt(0, 0, 0)?).single()?;
    Some(stamp(dt, false))
}

/// A stamp from epoch milliseconds (the archive's comment), shown in China Standard Time.
pub(crate) fn from_epoch_millis(ms: i64) -> Option<DateStamp> {
    let dt = DateTime::from_timestamp_millis(ms)?.with_timezone(&cst());
    Some(stamp(dt, true))
}

fn stamp(dt: DateTime<FixedOffset>, has_time: bool) -> DateStamp {
    let offset = dt.offset().local_minus_utc();
    let zone = match offset % 3600 {
        0 => format!("UTC{:+}", offset / 3600),
        _ => format!("UTC{}", dt.format("%:z")),
    };
    let display = if has_time {
        format!("{} {zone}", dt.format("%Y-%m-%d %H:%M"))
    } else {
        dt.format("%Y-%m-%d").to_string()
    };
    DateStamp {
        epoch_seconds: dt.timestamp(),
        offset_minutes: offset / 60,
        has_time,
        display,
        iso: if has_time {
            dt.to_rfc3339()
        } else {
            dt.format("%Y-%m-%d").to_string()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn qq_front_matter_dates_are_china_standard_time() {
        let d = parse_date("2025-02-08 21:14:46").unwrap();
        assert_eq!(d.iso, "2025-02-08T21:14:46+08:00");
        assert_eq!(d.display, "2025-02-08 21:14 UTC+8");
        assert_eq!(d.epoch_seconds, 1739020486);
        assert_eq!(d.offset_minutes, 480);
    }

    #[test]
    fn archive_milliseconds_become_local_time() {
        let d = from_epoch_millis(1739362271000).unwrap();
        assert_eq!(d.iso, "2025-02-12T20:11:11+08:00");
    }

    #[test]
    fn day_only_forms() {
        for raw in ["2025.2.12", "2025/2/12", "2025年2月12日", "2025-02-12"] {
            let d = parse_date(raw).unwrap();
            assert_eq!((d.display.as_str(), d.has_time), ("2025-02-12", false), "{raw}");
        }
    }

    #[test]
    fn explicit_zones_are_kept() {
        let d = parse_date("2025-02-08T13:14:46Z").unwrap();
        assert_eq!(d.display, "2025-02-08 13:14 UTC+0");
        assert!(parse_date("yesterday").is_none());
        assert!(parse_date("2025-13-45").is_none());
    }
}
