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

/// Dân tộc is a text many members share (one copy in memory): typing in one
/// member's cell, Telex backspaces and decomposed input included, changes
/// that member only, and the text is saved and read back.
#[test]
fn typing_in_a_shared_text_changes_that_member_only() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws.clone());
    settle(&mut h);
    let b0 = h.state().branches[0].clone();
    let kinh_before = b0.members.iter().filter(|m| m.ethnicity == "Kinh").count();
    assert_eq!(b0.members[0].ethnicity, "Kinh", "the demo's first member");
    click(&mut h, &b0.name);
    click(&mut h, msg::SCREEN_MEMBERS);
    click(&mut h, msg::COLS_PERSONAL);
    replace_field(&mut h, &msg::row_label(1, msg::COL_ETHNICITY), "T");
    // Telex "tay" then "f": the keyboard erases "ay" and sends "ày"
    // decomposed (a + combining grave), which is stored in NFC.
    for t in ["a", "y"] {
        send_text(&mut h, t);
    }
    backspaces(&mut h, 2);
    send_text(&mut h, "a\u{300}y");
    send_text(&mut h, " (Thổ)");
    settle(&mut h);
    let b = h.state().branch(&b0.id).expect("branch").clone();
    assert_eq!(b.members[0].ethnicity, "Tày (Thổ)");
    assert!(is_nfc(b.members[0].ethnicity.as_str()));
    let kinh_after = b.members.iter().filter(|m| m.ethnicity == "Kinh").count();
    assert_eq!(kinh_after, kinh_before - 1, "only the first member changed");
    assert!(h.state_mut().save_now(), "saved");
    let saved = ws.load_branch(&b0.id).expect("saved branch");
    assert_eq!(saved.members[0].ethnicity, "Tày (Thổ)");
    assert_eq!(saved.members[1].ethnicity, b0.members[1].ethnicity);
}
