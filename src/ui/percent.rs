//! Percent-encoding of the URL hash, byte for byte as the page has always written and read it:
//! route parameters as `urlencoding` (the router crate's choice: everything but ASCII
//! alphanumerics and `-._~` as `%XX`), the query as `application/x-www-form-urlencoded`
//! (`serde_urlencoded`/`form_urlencoded`: space as `+`, everything but ASCII alphanumerics
//! and `*-._` as `%XX`). Pure functions, tested natively against those crates.

/// Appends `text` to `out`, every byte that `keep` refuses as `%XX` (uppercase hex), a space
/// as `+` if `space_as_plus`.
fn encode_into(text: &str, keep: fn(u8) -> bool, space_as_plus: bool, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for &b in text.as_bytes() {
        if keep(b) {
            out.push(b as char);
        } else if b == b' ' && space_as_plus {
            out.push('+');
        } else {
            out.extend(['%', HEX[usize::from(b >> 4)] as char, HEX[usize::from(b & 15)] as char]);
        }
    }
}

/// The value of one hex digit.
fn hex(b: u8) -> Option<u8> {
    (b as char).to_digit(16).map(|d| d as u8)
}

/// The bytes of `text` with every `%XX` (two hex digits, either case) decoded; any other `%`
/// stays as it is.
fn decode_bytes(text: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut i = 0;
    while i < text.len() {
        let b = text[i];
        let pair = (b == b'%')
            .then(|| Some((hex(*text.get(i + 1)?)? << 4) | hex(*text.get(i + 2)?)?))
            .flatten();
        match pair {
            Some(decoded) => {
                out.push(decoded);
                i += 3;
            }
            None => {
                out.push(b);
                i += 1;
            }
        }
    }
    out
}

/// A route parameter as a path segment: `urlencoding::encode`.
pub fn encode_segment(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    encode_into(
        text,
        |b| b.is_ascii_alphanumeric() || b"-._~".contains(&b),
        false,
        &mut out,
    );
    out
}

/// A path segment's text (`urlencoding::decode`: `+` stays `+`); `None` if the decoded
/// bytes are not UTF-8.
pub fn decode_segment(segment: &str) -> Option<String> {
    String::from_utf8(decode_bytes(segment.as_bytes())).ok()
}

/// Appends a query name or value to `out`, form-encoded (`form_urlencoded::byte_serialize`).
pub fn encode_form(text: &str, out: &mut String) {
    encode_into(text, |b| b.is_ascii_alphanumeric() || b"*-._".contains(&b), true, out);
}

/// One form-encoded name or value decoded: `+` is a space, `%XX` a byte, bytes that are not
/// UTF-8 become U+FFFD.
fn decode_form(text: &[u8]) -> String {
    let plus_as_space: Vec<u8> = text.iter().map(|&b| if b == b'+' { b' ' } else { b }).collect();
    String::from_utf8_lossy(&decode_bytes(&plus_as_space)).into_owned()
}

/// The name/value pairs of a query (without its `?`), as `form_urlencoded::parse` reads them:
/// split at `&`, empty pieces skipped, each split at its first `=` (no `=`: an empty value).
pub fn form_pairs(query: &str) -> impl Iterator<Item = (String, String)> + '_ {
    query.split('&').filter(|piece| !piece.is_empty()).map(|piece| {
        let (name, value) = piece.split_once('=').unwrap_or((piece, ""));
        (decode_form(name.as_bytes()), decode_form(value.as_bytes()))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Strings that trip encoders: every ASCII byte, Chinese, emoji, separators, broken escapes.
    fn tricky() -> Vec<String> {
        let mut all: Vec<String> = [
            "",
            "开源 蒸馏",
            "a b+c&d=e%f#g?h/i",
            "\"'<>`{}|\\^[]~!*()$,;:@",
            "💥國運",
            "%",
            "%%",
            "%E0%A4%A",
            "%zz%4",
            "%2B+%20",
            "%FF%fe",
            "\u{0}\u{7f}\u{80}\u{ffff}",
            "title:DeepSeek -\"国运\"",
        ]
        .map(String::from)
        .to_vec();
        all.push((0u8..128).map(char::from).collect());
        all.push(('\u{80}'..'\u{800}').step_by(7).collect());
        all
    }

    #[test]
    fn form_encoding_is_serde_urlencoded() {
        for text in tricky() {
            let mut ours = String::new();
            encode_form(&text, &mut ours);
            let theirs = serde_urlencoded::to_string([("k", &text)]).unwrap();
            assert_eq!(format!("k={ours}"), theirs, "{text:?}");
        }
    }

    #[test]
    fn form_decoding_is_serde_urlencoded() {
        let mut queries = tricky();
        queries.extend(["a=1&b&=c&&d==e&", "&&", "=", "q=%E5%BC%80+%E6%BA%90&q=x", "%71=1"].map(String::from));
        for text in tricky() {
            let mut encoded = String::new();
            encode_form(&text, &mut encoded);
            queries.push(format!("q={encoded}&{encoded}={text}"));
        }
        for query in queries {
            let ours: Vec<(String, String)> = form_pairs(&query).collect();
            let theirs: Vec<(String, String)> = serde_urlencoded::from_str(&query).unwrap();
            assert_eq!(ours, theirs, "{query:?}");
        }
    }

    #[test]
    fn segments_are_urlencoding() {
        for text in tricky() {
            assert_eq!(encode_segment(&text), urlencoding::encode(&text), "{text:?}");
            let decoded = urlencoding::decode(&text).ok().map(|d| d.into_owned());
            assert_eq!(decode_segment(&text), decoded, "{text:?}");
            assert_eq!(decode_segment(&encode_segment(&text)).as_deref(), Some(&*text));
        }
    }
}
