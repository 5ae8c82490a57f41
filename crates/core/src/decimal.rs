//! Numbers with a fixed number of decimals, written exactly as `format!("{:.N}", x)` writes
//! them, by integer arithmetic.
//!
//! The page shows rates and statistics with one to three decimals. The standard library's
//! float formatting is exact but large (its exact mode alone is about 5 KB of WebAssembly);
//! this is the same result (the decimal nearest to the float's exact binary value, ties to
//! even) in a few hundred bytes.
//!
//! ```
//! use explorer_core::decimal::fixed;
//! assert_eq!(fixed(12.345, 1), "12.3");
//! assert_eq!(fixed(0.25, 1), "0.2"); // a tie: to even, as `{:.1}` does
//! assert_eq!(fixed(-0.04, 1), "-0.0");
//! ```

/// `x` with `decimals` digits after the point (at most 9), the same text as `format!("{x:.decimals$}")`.
pub fn fixed(x: f64, decimals: usize) -> String {
    let mut out = String::new();
    push_fixed(&mut out, x, decimals);
    out
}

/// `x` with at most `decimals` digits after the point, trailing zeros (and a bare point)
/// dropped: `150`, `12.6`, `85.33` for 2 decimals. For coordinates in SVG attributes.
pub fn trimmed(x: f64, decimals: usize) -> String {
    let mut s = fixed(x, decimals);
    if s.contains('.') {
        let kept = s.trim_end_matches('0').trim_end_matches('.').len();
        s.truncate(kept);
    }
    if s == "-0" {
        s.remove(0);
    }
    s
}

/// `x` as `format!("{x}")` writes it: the shortest decimal that reads back as `x`, never in
/// exponent form (`17`, `0.02`, `589000000000`). The digits come from zmij, the float printer
/// the JSON export already ships, instead of the standard library's.
pub fn shortest(x: f64) -> String {
    if !x.is_finite() {
        return fixed(x, 0);
    }
    let mut buffer = zmij::Buffer::new();
    let printed = buffer.format_finite(x.abs());
    let (mantissa, exp) = printed.split_once(['e', 'E']).unwrap_or((printed, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (whole, frac) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    // All significant digits, and where the point goes among them.
    let digits = format!("{whole}{frac}");
    let lead = digits.len() - digits.trim_start_matches('0').len();
    let digits = digits.trim_matches('0');
    let point = whole.len() as i32 + exp - lead as i32;
    // Where several decimals of the shortest length read back as `x` (possible at 17 digits),
    // `{}` writes the one nearest to `x`: take the exact value rounded at that length.
    let nearest = nearest_digits(x.abs(), digits.len(), point);
    let digits = nearest.as_deref().unwrap_or(digits);
    let mut out = String::new();
    if x.is_sign_negative() {
        out.push('-');
    }
    if digits.is_empty() {
        out.push('0');
    } else if point <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', point.unsigned_abs() as usize));
        out.push_str(digits);
    } else if point as usize >= digits.len() {
        out.push_str(digits);
        out.extend(std::iter::repeat_n('0', point as usize - digits.len()));
    } else {
        let (a, b) = digits.split_at(point as usize);
        out.push_str(a);
        out.push('.');
        out.push_str(b);
    }
    out
}

/// The `count` significant digits nearest to `x` (ties up), when the point goes `point`
/// digits in: `x` rounded exactly at that digit.
fn nearest_digits(x: f64, count: usize, point: i32) -> Option<String> {
    let decimals = count as i32 - point;
    let exact = if decimals >= 0 {
        let mut s = String::new();
        push_rounded(&mut s, x, decimals as usize, Ties::Up);
        s.replace('.', "")
    } else {
        // x ≥ 10^count is an integer: round its exact digits at the count-th.
        let all = fixed(x, 0);
        let (keep, rest) = all.split_at(count.min(all.len()));
        let mut kept: Vec<u8> = keep.bytes().collect();
        let first = rest.as_bytes().first().copied().unwrap_or(b'0');
        if first >= b'5' {
            let mut i = kept.len();
            while i > 0 && kept[i - 1] == b'9' {
                kept[i - 1] = b'0';
                i -= 1;
            }
            if i == 0 {
                return None; // all nines carried over: a different length, keep zmij's digits
            }
            kept[i - 1] += 1;
        }
        String::from_utf8(kept).ok()?
    };
    let trimmed = exact.trim_start_matches('0').trim_end_matches('0');
    (trimmed.len() == count).then(|| trimmed.to_owned())
}

/// Appends [`fixed`]`(x, decimals)` to `out`.
pub fn push_fixed(out: &mut String, x: f64, decimals: usize) {
    push_rounded(out, x, decimals, Ties::ToEven);
}

/// Which way a value exactly halfway between two decimals goes.
#[derive(Clone, Copy, PartialEq)]
enum Ties {
    /// As `{:.N}` rounds.
    ToEven,
    /// Away from zero, as `{}` picks between two shortest decimals.
    Up,
}

fn push_rounded(out: &mut String, x: f64, decimals: usize, ties: Ties) {
    let decimals = decimals.min(9);
    if x.is_nan() {
        out.push_str("NaN");
        return;
    }
    if x.is_sign_negative() {
        out.push('-');
    }
    if x.is_infinite() {
        out.push_str("inf");
        return;
    }
    let bits = x.to_bits();
    let exp_bits = ((bits >> 52) & 0x7FF) as i32;
    let fraction = bits & ((1 << 52) - 1);
    let (mantissa, exp) = if exp_bits == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1 << 52), exp_bits - 1075)
    };
    // |x| · 10^decimals = scaled · 2^exp, with scaled < 2^53 · 10^9 < 2^83.
    let scaled = u128::from(mantissa) * 10u128.pow(decimals as u32);
    let digits = if exp >= 0 {
        shifted_left(scaled, exp as u32)
    } else {
        rounded_right(scaled, exp.unsigned_abs(), ties).to_string()
    };
    // `digits` is |x| · 10^decimals rounded: put the point `decimals` from the right.
    let digits = format!("{digits:0>width$}", width = decimals + 1);
    let (whole, frac) = digits.split_at(digits.len() - decimals);
    out.push_str(whole);
    if decimals > 0 {
        out.push('.');
        out.push_str(frac);
    }
}

/// `value · 2^shift` in decimal (exact: a float's integer part can have 309 digits).
fn shifted_left(value: u128, shift: u32) -> String {
    if shift < value.leading_zeros() {
        return (value << shift).to_string();
    }
    // Little-endian base-10^9 digits, doubled `shift` times.
    const BASE: u64 = 1_000_000_000;
    let mut limbs: Vec<u64> = Vec::new();
    let mut v = value;
    while v > 0 {
        limbs.push((v % u128::from(BASE)) as u64);
        v /= u128::from(BASE);
    }
    for _ in 0..shift {
        let mut carry = 0;
        for limb in &mut limbs {
            let doubled = *limb * 2 + carry;
            *limb = doubled % BASE;
            carry = doubled / BASE;
        }
        if carry > 0 {
            limbs.push(carry);
        }
    }
    let mut out = limbs.last().map_or_else(String::new, u64::to_string);
    for limb in limbs.iter().rev().skip(1) {
        out.push_str(&format!("{limb:09}"));
    }
    out
}

/// `value / 2^shift` rounded to the nearest integer, ties as `ties` says.
fn rounded_right(value: u128, shift: u32, ties: Ties) -> u128 {
    if shift >= 128 {
        return 0; // value < 2^83, so value / 2^128 < 1/2
    }
    let quotient = value >> shift;
    let remainder = value & ((1u128 << shift) - 1);
    let half = 1u128 << (shift - 1);
    if remainder > half || (remainder == half && (ties == Ties::Up || quotient & 1 == 1)) {
        quotient + 1
    } else {
        quotient
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same_as_std(x: f64) {
        for d in 0..=4 {
            assert_eq!(fixed(x, d), format!("{x:.d$}"), "{x:e} with {d} decimals");
        }
    }

    #[test]
    fn trimmed_drops_trailing_zeros_and_the_sign_of_zero() {
        assert_eq!(trimmed(150.0, 2), "150");
        assert_eq!(trimmed(12.600000000000001, 2), "12.6");
        assert_eq!(trimmed(85.333, 2), "85.33");
        assert_eq!(trimmed(-0.001, 2), "0");
        assert_eq!(trimmed(-3.5, 2), "-3.5");
        assert_eq!(trimmed(1000.0, 0), "1000");
    }

    #[test]
    fn shortest_is_what_display_writes() {
        for x in [
            0.0,
            -0.0,
            17.0,
            0.02,
            5.89e11,
            1e21,
            1e22,
            1e-7,
            123.456,
            0.1 + 0.2,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            -2.5,
        ] {
            assert_eq!(shortest(x), format!("{x}"), "{x:e}");
        }
        for x in [f64::NAN, f64::INFINITY, f64::NEG_INFINITY] {
            assert_eq!(shortest(x), format!("{x}"));
        }
        let mut state = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let x = f64::from_bits(state);
            if x.is_finite() {
                assert_eq!(shortest(x), format!("{x}"), "{x:e}");
            }
            let y = (state % 10_000_000) as f64 / 1000.0;
            assert_eq!(shortest(y), format!("{y}"));
        }
    }

    #[test]
    fn ties_go_to_even_like_std() {
        for x in [0.25, 0.75, 2.5, 3.5, 0.125, 0.375, 1.0625, -0.25, -2.5] {
            same_as_std(x);
        }
    }

    #[test]
    fn special_values_like_std() {
        for x in [
            0.0,
            -0.0,
            -0.04,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
            f64::MIN_POSITIVE,
            5e-324,
        ] {
            same_as_std(x);
        }
        assert_eq!(fixed(f64::MAX, 1), format!("{:.1}", f64::MAX));
        assert_eq!(fixed(1e300, 2), format!("{:.2}", 1e300));
        assert_eq!(
            fixed(2f64.powi(80) + 2f64.powi(30), 3),
            format!("{:.3}", 2f64.powi(80) + 2f64.powi(30))
        );
    }

    #[test]
    fn decimals_that_floats_cannot_hold_exactly_like_std() {
        // 0.35 is 0.34999…: `{:.1}` gives 0.3, though 0.35 · 10 rounds to 3.5 in floats.
        for x in [
            0.35,
            1.05,
            2.675,
            1.005,
            8.345,
            0.045,
            123456.789,
            9.95,
            99.95,
            0.05,
            1e-7,
            1e15 + 0.3,
        ] {
            same_as_std(x);
        }
    }

    #[test]
    fn many_values_like_std() {
        // A deterministic spread over magnitudes and mantissas (xorshift).
        let mut state = 0x9E37_79B9_7F4A_7C15u64;
        for _ in 0..200_000 {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            let mantissa = (state >> 11) as f64 / (1u64 << 53) as f64;
            let exp = ((state & 0x3F) as i32) - 30;
            let x = mantissa * 2f64.powi(exp) * if state & 0x40 == 0 { 1.0 } else { -1.0 };
            let d = ((state >> 7) % 4) as usize;
            assert_eq!(fixed(x, d), format!("{x:.d$}"), "{x:e} with {d} decimals");
            // Values a tenth or a hundredth apart land on ties and near-ties.
            let y = (state % 100_000) as f64 / 40.0;
            assert_eq!(fixed(y, 1), format!("{y:.1}"), "{y}");
        }
    }
}
