//! The header's language and theme switches.

use crate::ui::i18n::Msg;
use crate::ui::state::{PrefsAction, PrefsContext};
use yew::prelude::*;

/// Two buttons: the other interface language, and light/dark.
#[function_component(PrefSwitches)]
pub fn pref_switches() -> Html {
    let Some(prefs) = use_context::<PrefsContext>() else {
        return html! {};
    };
    let lang = prefs.lang;
    let toggle_lang = {
        let prefs = prefs.clone();
        Callback::from(move |_| prefs.dispatch(PrefsAction::ToggleLang))
    };
    let toggle_theme = {
        let prefs = prefs.clone();
        Callback::from(move |_| prefs.dispatch(PrefsAction::ToggleTheme))
    };
    html! {
        <div class="pref-switches">
            <button type="button" class="switch lang-switch" onclick={toggle_lang}
                title={lang.t(Msg::LanguageSwitchLabel)} lang={lang.other().code()}>
                { lang.t(Msg::LanguageSwitch) }
            </button>
            <button type="button" class="switch theme-switch" onclick={toggle_theme}
                aria-label={lang.t(Msg::ThemeSwitchLabel)} aria-pressed={prefs.is_dark().to_string()}>
                { if prefs.is_dark() { "☾" } else { "☀" } }
            </button>
        </div>
    }
}
