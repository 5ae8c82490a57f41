//! What can go wrong with a fetched corpus file: it is not the file the entry names
//! (corrupt, truncated, from another build), or it is but does not decode.

use std::fmt;

/// A corpus file that cannot be used. The message names the file and says what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DeliveryError {
    /// The bytes are not the file the entry names: their length or SHA-256 differs.
    Corrupt {
        /// The file's name, e.g. `chunk-0123456789abcdef.bin`.
        name: String,
        /// What the entry says, e.g. `262144 bytes` or `sha256 0123…`.
        expected: String,
        /// What arrived.
        found: String,
    },
    /// The bytes are the file the entry names, but do not decode as what it should hold (the
    /// page and the files come from different versions of the explorer).
    Undecodable {
        /// The file's name.
        name: String,
        /// What the decoder said.
        reason: String,
    },
}

impl fmt::Display for DeliveryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DeliveryError::Corrupt { name, expected, found } => write!(
                f,
                "corpus file {name} is damaged or incomplete (expected {expected}, got {found}): \
                 reload the page; if it stays, the files on the server are not all from one build"
            ),
            DeliveryError::Undecodable { name, reason } => write!(
                f,
                "corpus file {name} does not fit this version of the page ({reason}): \
                 rebuild and redeploy the page and its corpus files together"
            ),
        }
    }
}

impl std::error::Error for DeliveryError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_the_file_and_say_what_to_do() {
        let e = DeliveryError::Corrupt {
            name: "chunk-00.bin".into(),
            expected: "10 bytes".into(),
            found: "9 bytes".into(),
        };
        let shown = e.to_string();
        assert!(shown.contains("chunk-00.bin") && shown.contains("expected 10 bytes, got 9 bytes"));
        assert!(shown.contains("reload the page"));
        let e = DeliveryError::Undecodable {
            name: "head-00.bin".into(),
            reason: "unexpected end".into(),
        };
        assert!(e.to_string().contains("head-00.bin") && e.to_string().contains("rebuild"));
    }
}
