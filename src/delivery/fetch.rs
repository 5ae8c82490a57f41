//! Fetching one corpus file: a relative `corpus/<name>` request. The core's `decode_*` check the
//! bytes against the entry's hash and length before decoding them.

use explorer_core::delivery::{DeliveryError, FileRef};
use std::fmt;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Why a corpus file could not be had.
#[derive(Debug, Clone, PartialEq)]
pub enum FetchError {
    /// The request failed (offline, blocked, the host unreachable).
    Network {
        /// The file's name.
        name: String,
        /// What the browser said.
        reason: String,
    },
    /// The host answered with an error status (404: the `corpus/` folder was not deployed).
    Status {
        /// The file's name.
        name: String,
        /// The HTTP status.
        status: u16,
    },
    /// The bytes arrived but are not the file the build wrote (corrupt, truncated, stale).
    Corrupt(DeliveryError),
}

impl fmt::Display for FetchError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FetchError::Network { name, reason } => write!(f, "corpus/{name}: the request failed ({reason})"),
            FetchError::Status { name, status } => write!(
                f,
                "corpus/{name}: the host answered HTTP {status} (was the corpus/ folder deployed with the page?)"
            ),
            FetchError::Corrupt(e) => write!(f, "{e}"),
        }
    }
}

/// The bytes of `file`, fetched from `corpus/` relative to the page (not yet verified).
pub async fn fetch_file(file: &FileRef) -> Result<Vec<u8>, FetchError> {
    let name = file.name.clone();
    let network = |e: wasm_bindgen::JsValue| FetchError::Network {
        name: name.clone(),
        reason: e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .unwrap_or_else(|| "unknown error".into()),
    };
    let window = gloo::utils::window();
    let response = JsFuture::from(window.fetch_with_str(&format!("corpus/{}", file.name)))
        .await
        .map_err(network)?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(FetchError::Status {
            name: file.name.clone(),
            status: response.status(),
        });
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(network)?)
        .await
        .map_err(network)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}
