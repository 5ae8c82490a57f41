//! Downloads made in the page (no server): a button that offers a file the page writes when
//! it is pressed.

use std::rc::Rc;
use yew::prelude::*;

/// The MIME type of the CSV downloads (UTF-8; the files start with a BOM).
pub const CSV: &str = "text/csv;charset=utf-8";
/// The MIME type of the JSON downloads.
pub const JSON: &str = "application/json";

/// A button named after the file it downloads; `make` writes the file's contents when pressed.
pub fn button(name: &'static str, make: Rc<dyn Fn() -> String>, mime: &'static str) -> Html {
    let onclick = Callback::from(move |_| download(name, &make(), mime));
    html! { <button type="button" class="switch" data-export={name} {onclick}>{ name }</button> }
}

/// Offers `contents` as a file download, made in the page (no server).
pub fn download(name: &str, contents: &str, mime: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(contents));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = gloo::utils::document();
    if let Ok(a) = document.create_element("a") {
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", name);
        if let Ok(a) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(a) {
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
