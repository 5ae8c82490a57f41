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

/// Appends [`fixed`]`(x, decimals)` to `out`.
pub fn push_fixed(out: &mut String, x: f64, decimals: usize) {
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
        rounded_right(scaled, exp.unsigned_abs()).to_string()
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

/// `value / 2^shift` rounded to the nearest integer, ties to even.
fn rounded_right(value: u128, shift: u32) -> u128 {
    if shift >= 128 {
        return 0; // value < 2^83, so value / 2^128 < 1/2
    }
    let quotient = value >> shift;
    let remainder = value & ((1u128 << shift) - 1);
    let half = 1u128 << (shift - 1);
    if remainder > half || (remainder == half && quotient & 1 == 1) {
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
