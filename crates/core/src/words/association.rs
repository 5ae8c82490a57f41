//! How strongly a collocate goes with a node: the three statistics of #LancsBox (Brezina,
//! McEnery & Wattam 2015, "Collocations in context", International Journal of Corpus
//! Linguistics 20(2); the #LancsBox manual), from the counts of [`Counts`]:
//!
//! - logDice = 14 + log₂(2·O₁₁ / (R₁ + C₁)) (Rychlý 2008): at most 14, independent of the
//!   corpus size, the default; a word whose every occurrence is beside the node scores near 14;
//! - MI = log₂(O₁₁ / E₁₁), with E₁₁ = W·C₁ / N, the occurrences expected in the W tokens of the
//!   node's windows if the collocate were spread at random (the window-corrected expectation of
//!   #LancsBox): rare words score high;
//! - log-likelihood G² = 2 Σ O·ln(O/E) over the 2×2 table of the tokens inside or outside the
//!   windows by being the collocate or not (cells with O = 0 add nothing): how sure the
//!   association is, large for frequent pairs.
//!
//! O₁₁ is how often the collocate occurs in the windows, R₁ how often the node occurs, C₁ how
//! often the collocate occurs in all, N all tokens.

/// The counts a collocate's statistics are computed from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// O₁₁: the collocate's occurrences in the node's windows.
    pub together: u64,
    /// R₁: the node's occurrences.
    pub node: u64,
    /// C₁: the collocate's occurrences in all the text.
    pub collocate: u64,
    /// W: the tokens in all the node's windows.
    pub window: u64,
    /// N: the tokens in all the text.
    pub total: u64,
}

/// logDice = 14 + log₂(2·O₁₁ / (R₁ + C₁)); −∞ when the two never occur together.
pub fn log_dice(c: &Counts) -> f64 {
    if c.together == 0 || c.node + c.collocate == 0 {
        return f64::NEG_INFINITY;
    }
    14.0 + (2.0 * c.together as f64 / (c.node + c.collocate) as f64).log2()
}

/// MI = log₂(O₁₁ / E₁₁) with E₁₁ = W·C₁ / N; −∞ when the two never occur together.
pub fn mutual_information(c: &Counts) -> f64 {
    let expected = c.window as f64 * c.collocate as f64 / c.total as f64;
    if c.together == 0 || expected <= 0.0 || !expected.is_finite() {
        return f64::NEG_INFINITY;
    }
    (c.together as f64 / expected).log2()
}

/// G² = 2 Σ O·ln(O/E) over the table of (inside, outside the windows) × (the collocate, any
/// other token); 0 when the table is empty.
pub fn log_likelihood(c: &Counts) -> f64 {
    let n = c.total as f64;
    if n <= 0.0 {
        return 0.0;
    }
    let (o11, w, c1) = (c.together as f64, c.window as f64, c.collocate as f64);
    let cells = [
        (o11, w * c1),
        (w - o11, w * (n - c1)),
        (c1 - o11, (n - w) * c1),
        (n - w - c1 + o11, (n - w) * (n - c1)),
    ];
    let sum: f64 = cells
        .iter()
        .filter(|&&(o, e)| o > 0.0 && e > 0.0)
        .map(|&(o, e)| o * (o / (e / n)).ln())
        .sum();
    (2.0 * sum).max(0.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-4
    }

    /// A collocate found only in the node's windows: 3 times beside a node of 3 occurrences,
    /// 6 window tokens in a text of 12.
    const ALWAYS: Counts = Counts {
        together: 3,
        node: 3,
        collocate: 3,
        window: 6,
        total: 12,
    };

    /// 10 times in 200 window tokens; node 20, collocate 50 times in 10,000 tokens.
    const SOMETIMES: Counts = Counts {
        together: 10,
        node: 20,
        collocate: 50,
        window: 200,
        total: 10_000,
    };

    #[test]
    fn log_dice_by_hand() {
        // 14 + log2(6 / 6) = 14; 14 + log2(20 / 70) = 14 - 1.80735.
        assert!(close(log_dice(&ALWAYS), 14.0));
        assert!(close(log_dice(&SOMETIMES), 12.19265));
    }

    #[test]
    fn mutual_information_by_hand() {
        // E11 = 6·3/12 = 1.5, log2(3/1.5) = 1; E11 = 200·50/10000 = 1, log2(10) = 3.32193.
        assert!(close(mutual_information(&ALWAYS), 1.0));
        assert!(close(mutual_information(&SOMETIMES), 3.32193));
    }

    #[test]
    fn log_likelihood_by_hand() {
        // O: 3, 3, 0, 6; E: 1.5, 4.5, 1.5, 4.5.
        // 2·(3 ln 2 + 3 ln(2/3) + 6 ln(4/3)) = 2·(2.07944 − 1.21640 + 1.72609) = 5.17828.
        assert!(close(log_likelihood(&ALWAYS), 5.17828));
        // O: 10, 190, 40, 9760; E: 1, 199, 49, 9751.
        assert!(close(log_likelihood(&SOMETIMES), 30.23805));
    }

    #[test]
    fn never_together_is_minus_infinity_or_zero() {
        let never = Counts {
            together: 0,
            ..SOMETIMES
        };
        assert_eq!(log_dice(&never), f64::NEG_INFINITY);
        assert_eq!(mutual_information(&never), f64::NEG_INFINITY);
        assert!(log_likelihood(&never) > 0.0);
        assert_eq!(log_likelihood(&Counts::default()), 0.0);
    }
}
