//! Browser tests (wasm-bindgen-test in headless Chromium): the real app, with
//! the embedded seeds, mounted into a page; lists every article, opens one.
#![cfg(target_arch = "wasm32")]

use gloo::timers::future::TimeoutFuture;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::HtmlElement;

wasm_bindgen_test_configure!(run_in_browser);

/// Waits until `selector` matches at least `count` elements, or fails after about two seconds.
async fn wait_for(root: &web_sys::Element, selector: &str, count: u32) -> web_sys::NodeList {
    for _ in 0..200 {
        let found = root.query_selector_all(selector).unwrap();
        if found.length() >= count {
            return found;
        }
        TimeoutFuture::new(10).await;
    }
    panic!(
        "{selector} never matched {count} elements; page: {}",
        root.text_content().unwrap_or_default()
    );
}

#[wasm_bindgen_test]
async fn lists_every_article_then_opens_one_and_reads_it() {
    // As `explorer::ui::mount` does, before anything searches.
    explorer::corpus::install_fold_table();
    let document = gloo::utils::document();
    let root = document.create_element("div").unwrap();
    gloo::utils::body().append_child(&root).unwrap();
    gloo::utils::window().location().set_hash("#/").unwrap();
    yew::Renderer::<explorer::ui::app::App>::with_root(root.clone()).render();

    let items = wait_for(&root, ".article-item", 5).await;
    assert_eq!(items.length(), 5);
    let text = root.text_content().unwrap();
    for title in [
        "周鸿祎谈DeepSeek",
        "DeepSeek 引发的 AI发展路径思考",
        "等我问问DeepSeek",
        "共享单车时刻",
        "DeepSeek和国运有啥关系",
    ] {
        assert!(text.contains(title), "list lacks {title}");
    }

    let link: HtmlElement = root
        .query_selector(".article-item[data-id='004_f2c8ec8c15103647'] .article-title a")
        .unwrap()
        .expect("the archived article is listed")
        .dyn_into()
        .unwrap();
    link.click();
    wait_for(&root, ".reader .article-body", 1).await;
    let body = root
        .query_selector(".article-body")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert!(body.contains("DeepSeek横空出世，成功破圈。"));
    assert!(!body.contains("WhatsApp") && !body.contains("档案卡"));
    let author = root
        .query_selector(".reader .author")
        .unwrap()
        .unwrap()
        .text_content()
        .unwrap();
    assert_eq!(author, "关不羽");
}
