//! The comparison's timeline: where each dated article of a group is drawn on a date axis,
//! articles that would be drawn on the same spot merged into one dot, and what a dot says.

use crate::model::DateStamp;

/// A date axis from the first date to the last (at least a day apart), drawn from `x0` over
/// `length` units of a chart.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Axis {
    min: i64,
    span: f64,
    x0: f64,
    length: f64,
}

impl Axis {
    /// The axis from `first` to `last` (seconds since the epoch), drawn from `x0` over `length`.
    pub fn new(first: i64, last: i64, x0: f64, length: f64) -> Axis {
        Axis {
            min: first,
            span: (last - first).max(86_400) as f64,
            x0,
            length,
        }
    }

    /// Where a date (seconds since the epoch) is drawn.
    pub fn x(&self, epoch_seconds: i64) -> f64 {
        self.x0 + self.length * (epoch_seconds - self.min) as f64 / self.span
    }
}

/// The earliest and the latest of `dates` (the first of equal earliest, the last of equal
/// latest); `None` without dates.
pub fn date_range<'a>(dates: impl Iterator<Item = &'a DateStamp> + Clone) -> Option<(&'a DateStamp, &'a DateStamp)> {
    let first = dates.clone().min_by_key(|d| d.epoch_seconds)?;
    let last = dates.max_by_key(|d| d.epoch_seconds)?;
    Some((first, last))
}

/// One dot of a row: where it is drawn (the earliest of its dates' place) and its dates, oldest first.
#[derive(Debug, Clone, PartialEq)]
pub struct Dot<'a> {
    /// Its place on the chart.
    pub x: f64,
    /// The dates it stands for, oldest first (equal dates in the order given).
    pub dates: Vec<&'a DateStamp>,
}

/// A row's dots, left to right: dates whose places round to the same multiple of `spot`
/// units share one dot.
pub fn dots<'a>(axis: &Axis, dates: impl IntoIterator<Item = &'a DateStamp>, spot: f64) -> Vec<Dot<'a>> {
    // (spot, dot), both by date: x grows with the date. Kept sorted by insertion (a row has a
    // few dozen spots), which costs less code than a sort.
    let mut spots: Vec<(i64, Dot<'a>)> = Vec::new();
    for d in dates {
        let x = axis.x(d.epoch_seconds);
        let at_spot = (x / spot).round() as i64;
        match spots.binary_search_by_key(&at_spot, |s| s.0) {
            Ok(i) => {
                let dot = &mut spots[i].1;
                let at = dot.dates.partition_point(|e| e.epoch_seconds <= d.epoch_seconds);
                dot.dates.insert(at, d);
                if at == 0 {
                    dot.x = x;
                }
            }
            Err(i) => spots.insert(i, (at_spot, Dot { x, dates: vec![d] })),
        }
    }
    spots.into_iter().map(|(_, dot)| dot).collect()
}

/// Month and day, where the article was published (`02-08` of `2025-02-08`).
pub fn month_day(d: &DateStamp) -> &str {
    d.day().get(5..).unwrap_or(d.day())
}

/// A dot's tooltip: its days (a day repeated in a row once), and `×n` if it stands for several articles.
pub fn dot_label(dates: &[&DateStamp]) -> String {
    let mut days: Vec<String> = dates.iter().map(|d| month_day(d).to_string()).collect();
    days.dedup();
    if dates.len() > 1 {
        format!("{} ×{}", days.join(", "), dates.len())
    } else {
        days.join(", ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 86_400;

    fn stamp(epoch: i64, day: &str) -> DateStamp {
        DateStamp {
            epoch_seconds: epoch,
            offset_minutes: 480,
            has_time: false,
            display: day.into(),
            iso: day.into(),
        }
    }

    #[test]
    fn the_axis_spans_at_least_a_day() {
        let axis = Axis::new(100, 100, 190.0, 340.0);
        assert_eq!(axis.x(100), 190.0);
        assert_eq!(axis.x(100 + DAY), 530.0);
        let wide = Axis::new(0, 10 * DAY, 0.0, 100.0);
        assert_eq!(wide.x(5 * DAY), 50.0);
    }

    #[test]
    fn the_range_is_the_first_earliest_and_the_last_latest() {
        let ds = [
            stamp(5, "a"),
            stamp(1, "b"),
            stamp(1, "c"),
            stamp(9, "d"),
            stamp(9, "e"),
        ];
        let (first, last) = date_range(ds.iter()).unwrap();
        assert_eq!((first.display.as_str(), last.display.as_str()), ("b", "e"));
        assert_eq!(date_range([].iter()), None);
    }

    #[test]
    fn dates_on_one_spot_share_a_dot_drawn_at_the_earliest() {
        let axis = Axis::new(0, 100 * DAY, 0.0, 600.0);
        let ds = [
            stamp(50 * DAY, "2025-02-20"),
            stamp(DAY / 4, "2025-01-01"),
            stamp(0, "2025-01-01"),
            stamp(10 * DAY, "2025-01-11"),
        ];
        let dots = dots(&axis, ds.iter(), 6.0);
        let days: Vec<Vec<&str>> = dots.iter().map(|d| d.dates.iter().map(|s| s.day()).collect()).collect();
        assert_eq!(
            days,
            [vec!["2025-01-01", "2025-01-01"], vec!["2025-01-11"], vec!["2025-02-20"]]
        );
        assert_eq!(dots[0].x, 0.0);
        assert_eq!(dots[1].x, 60.0);
        assert_eq!(dot_label(&dots[0].dates), "01-01 ×2");
        assert_eq!(dot_label(&dots[2].dates), "02-20");
    }

    #[test]
    fn a_dot_lists_different_days_in_date_order() {
        let axis = Axis::new(0, 1000 * DAY, 0.0, 60.0);
        let (a, b) = (stamp(DAY, "2025-03-02"), stamp(0, "2025-03-01"));
        let dots = dots(&axis, [&a, &b], 6.0);
        assert_eq!(dots.len(), 1);
        assert_eq!(dot_label(&dots[0].dates), "03-01, 03-02 ×2");
        assert_eq!(month_day(&stamp(0, "short")), "short".get(5..).unwrap_or("short"));
    }
}
