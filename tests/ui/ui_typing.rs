//! Vietnamese typing through the real text fields: the Backspace-then-text
//! sequences of Unikey/EVKey/OpenKey (Telex), IME composition (IBus, Fcitx),
//! and decomposed input normalised to NFC as it is typed.

use crate::ui_support::*;
use daihoi::model::DocKind;
use daihoi::strings::ui as msg;
use eframe::egui::{Event, ImeEvent};
use unicode_normalization::is_nfc;

fn context_of(h: &egui_kittest::Harness<'static, daihoi::ui::App>, id: &str) -> String {
    h.state()
        .branch(id)
        .expect("branch")
        .drafts
        .political_report
        .context
        .clone()
}

fn start(h: &mut egui_kittest::Harness<'static, daihoi::ui::App>) -> String {
    settle(h);
    let id = open_document(h, DocKind::PoliticalReport);
    // Start from an empty section so the whole value is what was typed.
    h.state_mut().branches[0]
        .drafts
        .political_report
        .context
        .clear();
    settle(h);
    focus_field(h, msg::PR_CONTEXT);
    id
}

#[test]
fn telex_taoj_with_backspaces_gives_tao() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    let id = start(&mut h);
    // t, a, o typed; on "j" Unikey erases "ao" and sends "ạo".
    for t in ["t", "a", "o"] {
        send_text(&mut h, t);
    }
    backspaces(&mut h, 2);
    send_text(&mut h, "ạo");
    assert_eq!(context_of(&h, &id), "tạo");
}

#[test]
fn telex_nguwowif_with_backspaces_gives_nguoi() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    let id = start(&mut h);
    for t in ["n", "g", "u"] {
        send_text(&mut h, t);
    }
    // w: "u" → "ư"
    backspaces(&mut h, 1);
    send_text(&mut h, "ư");
    send_text(&mut h, "o");
    // w: "ưo" → "ươ"
    backspaces(&mut h, 2);
    send_text(&mut h, "ươ");
    send_text(&mut h, "i");
    // f: "ươi" → "ười"
    backspaces(&mut h, 3);
    send_text(&mut h, "ười");
    let text = context_of(&h, &id);
    assert_eq!(text, "người");
    assert!(is_nfc(&text));
}

#[test]
fn decomposed_input_is_stored_as_nfc_and_typing_continues_after_it() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    let id = start(&mut h);
    // Unikey "Unicode tổ hợp": base letters followed by combining marks.
    send_text(&mut h, "Nguye\u{302}\u{303}n");
    assert_eq!(context_of(&h, &id), "Nguyễn");
    send_text(&mut h, " Thi\u{323}");
    send_text(&mut h, " A");
    let text = context_of(&h, &id);
    assert_eq!(text, "Nguyễn Thị A");
    assert!(is_nfc(&text));
    assert_eq!(text.chars().count(), 12);
}

#[test]
fn ime_composition_commits_the_composed_word() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    let id = start(&mut h);
    for pre in ["t", "ta", "tao", "tạo"] {
        h.event(Event::Ime(ImeEvent::Preedit {
            text: pre.into(),
            active_range_chars: None,
        }));
        h.step();
    }
    h.event(Event::Ime(ImeEvent::Commit("tạo".into())));
    h.step();
    assert_eq!(context_of(&h, &id), "tạo");
}
