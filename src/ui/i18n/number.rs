//! Numbers as the interface writes them, in both languages.

/// `12345` written with thousands separators (`12,345`), as both languages write it.
pub(super) fn number(n: usize) -> String {
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
