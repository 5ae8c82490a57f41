//! The page's preferences (interface language, theme), held once at the root
//! with `use_reducer` and shared by context. Remembered in localStorage.

use super::i18n::Lang;
use std::rc::Rc;
use yew::prelude::*;

/// Stored as JSON strings (`"zh-CN"`), the form the page has always written.
const LANG_KEY: &str = "explorer.lang";
const THEME_KEY: &str = "explorer.theme";

/// Light, dark, or whatever the system says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Theme {
    /// Follow `prefers-color-scheme`.
    System,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    fn code(self) -> &'static str {
        match self {
            Theme::System => "system",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    fn parse(s: &str) -> Theme {
        match s {
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => Theme::System,
        }
    }
}

/// The preferences.
#[derive(Debug, Clone, PartialEq)]
pub struct Prefs {
    /// Interface language.
    pub lang: Lang,
    /// Colour theme.
    pub theme: Theme,
}

/// What can change the preferences.
#[derive(Debug, Clone, Copy)]
pub enum PrefsAction {
    /// Switch to the other interface language.
    ToggleLang,
    /// Switch between light and dark (leaving "system").
    ToggleTheme,
}

impl Prefs {
    /// The remembered preferences, else the browser's language and the system theme.
    pub fn load() -> Prefs {
        let stored_lang = stored(LANG_KEY);
        let browser_lang = gloo::utils::window().navigator().language();
        let lang = stored_lang
            .as_deref()
            .and_then(Lang::from_tag)
            .or_else(|| browser_lang.as_deref().and_then(Lang::from_tag))
            .unwrap_or(Lang::Zh);
        let theme = stored(THEME_KEY).map(|t| Theme::parse(&t)).unwrap_or(Theme::System);
        Prefs { lang, theme }
    }

    /// Whether the page is dark now.
    pub fn is_dark(&self) -> bool {
        match self.theme {
            Theme::Dark => true,
            Theme::Light => false,
            Theme::System => system_prefers_dark(),
        }
    }

    /// Puts the language and theme on `<html>` (lang, data-theme), as the stylesheet reads them.
    pub fn mark_document(&self) {
        if let Some(html) = gloo::utils::document().document_element() {
            let _ = html.set_attribute("lang", self.lang.code());
            let _ = html.set_attribute("data-theme", self.theme.code());
        }
    }

    /// Puts the preferences on `<html>` (lang, data-theme) and in localStorage.
    pub fn apply(&self) {
        self.mark_document();
        let title = &crate::corpus::embedded().site.title;
        gloo::utils::document().set_title(title.get(self.lang == Lang::Zh));
        store(LANG_KEY, self.lang.code());
        store(THEME_KEY, self.theme.code());
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    gloo::utils::window().local_storage().ok().flatten()
}

/// A remembered code. The codes are plain ASCII words, so their JSON form is the word in quotes.
fn stored(key: &str) -> Option<String> {
    let value = local_storage()?.get_item(key).ok().flatten()?;
    let word = value.strip_prefix('"')?.strip_suffix('"')?;
    Some(word.to_owned())
}

/// Remembers a code (see [`stored`]); a full or disabled storage just forgets.
fn store(key: &str, code: &str) {
    if let Some(storage) = local_storage() {
        let _ = storage.set_item(key, &format!("\"{code}\""));
    }
}

fn system_prefers_dark() -> bool {
    gloo::utils::window()
        .match_media("(prefers-color-scheme: dark)")
        .ok()
        .flatten()
        .map(|m| m.matches())
        .unwrap_or(false)
}

impl Reducible for Prefs {
    type Action = PrefsAction;

    fn reduce(self: Rc<Self>, action: PrefsAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            PrefsAction::ToggleLang => next.lang = self.lang.other(),
            PrefsAction::ToggleTheme => next.theme = if self.is_dark() { Theme::Light } else { Theme::Dark },
        }
        Rc::new(next)
    }
}

/// The preferences as shared by context.
pub type PrefsContext = UseReducerHandle<Prefs>;

/// The current interface language, for components.
#[hook]
pub fn use_lang() -> Lang {
    use_context::<PrefsContext>().map(|p| p.lang).unwrap_or(Lang::Zh)
}
