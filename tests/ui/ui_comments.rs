//! Comments on the superior's draft documents, in the real app through
//! egui_kittest: two branches record comments (document picked from the
//! list or typed, part, text), edit and delete one, undo the delete; the
//! comments are saved with the branch file; the ward overview writes the
//! summary that groups them by document, read back from the .docx.

use crate::ui_support;
use daihoi::model::DraftComment;
use daihoi::strings::{congress as msg, papers, ui as umsg, ward as wmsg};
use egui_kittest::kittest::Queryable;

type H = egui_kittest::Harness<'static, daihoi::ui::App>;

fn field(name: &str, n: usize) -> String {
    msg::comment_field(name, n)
}

/// Type `text` into the field labelled `label` (replacing what is there).
fn type_into(h: &mut H, label: &str, text: &str) {
    ui_support::replace_field(h, label, text);
    ui_support::settle(h);
}

fn comments(h: &H, branch: usize) -> Vec<DraftComment> {
    h.state().branches[branch].draft_comments.clone()
}

fn docx_text(path: &std::path::Path) -> String {
    use std::io::Read;
    let file = std::fs::File::open(path).expect("docx file");
    let mut zip = zip::ZipArchive::new(file).expect("docx is a zip");
    let mut xml = String::new();
    zip.by_name("word/document.xml")
        .expect("document.xml")
        .read_to_string(&mut xml)
        .expect("utf-8");
    let mut text = String::new();
    let mut in_tag = false;
    for c in xml.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                text.push(' ');
            }
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn comments_recorded_edited_deleted_saved_and_summarised() {
    let (_dir, ws) = ui_support::demo_workspace();
    let mut h = ui_support::harness(ws.clone());
    ui_support::settle(&mut h);
    let ward = h.state().ward.clone();
    let political = msg::draft_document_suggestions(&ward.name, &ward.superior_name)[0].clone();
    let (first, second) = {
        let b = &h.state().branches;
        (b[0].clone(), b[1].clone())
    };
    assert!(first.draft_comments.is_empty() && second.draft_comments.is_empty());

    // First branch: the screen starts empty.
    ui_support::click(&mut h, &first.name);
    ui_support::click(&mut h, msg::SCREEN_COMMENTS);
    assert!(h.query_by_label(msg::NO_COMMENTS).is_some());

    // Comment 1: the document picked from the list, part and text typed.
    ui_support::click(&mut h, msg::ADD_COMMENT);
    assert!(
        h.get_by_label(&field(msg::FIELD_DOCUMENT, 1)).is_focused(),
        "a new comment starts in its document field"
    );
    assert!(
        h.query_by_label(msg::COMMENT_EMPTY).is_some(),
        "an empty comment says it is left out of the summary"
    );
    ui_support::click(&mut h, &field(msg::PICK_DOCUMENT, 1));
    ui_support::click(&mut h, &political);
    type_into(&mut h, &field(msg::FIELD_PART, 1), "Phần II, mục 3");
    type_into(
        &mut h,
        &field(msg::FIELD_COMMENT, 1),
        "Nên nêu rõ chỉ tiêu giảm nghèo.",
    );
    assert!(h.query_by_label(msg::COMMENT_EMPTY).is_none());

    // Comment 2: another document, typed by hand.
    ui_support::click(&mut h, msg::ADD_COMMENT);
    ui_support::send_text(&mut h, "Dự thảo Chương trình hành động");
    type_into(&mut h, &field(msg::FIELD_PART, 2), "Mục 1");
    type_into(
        &mut h,
        &field(msg::FIELD_COMMENT, 2),
        "Bổ sung giải pháp về chuyển đổi số.",
    );
    // Comment 3, then deleted; undo brings it back, delete again.
    ui_support::click(&mut h, msg::ADD_COMMENT);
    type_into(&mut h, &field(msg::FIELD_COMMENT, 3), "Ý kiến sẽ xóa.");
    assert_eq!(comments(&h, 0).len(), 3);
    assert!(h.query_by_label(&msg::comments_count(3)).is_some());
    ui_support::click(&mut h, &msg::delete_comment(3));
    assert_eq!(comments(&h, 0).len(), 2, "deleted");
    h.key_press_modifiers(eframe::egui::Modifiers::COMMAND, eframe::egui::Key::Z);
    ui_support::settle(&mut h);
    assert_eq!(comments(&h, 0).len(), 3, "undo brings the comment back");
    assert_eq!(comments(&h, 0)[2].comment, "Ý kiến sẽ xóa.");
    ui_support::click(&mut h, &msg::delete_comment(3));
    assert_eq!(comments(&h, 0).len(), 2);

    // Edit comment 1.
    type_into(
        &mut h,
        &field(msg::FIELD_COMMENT, 1),
        "Nên nêu rõ chỉ tiêu giảm nghèo đến năm 2030.",
    );
    let want_first = vec![
        DraftComment {
            document: political.clone(),
            part: "Phần II, mục 3".into(),
            comment: "Nên nêu rõ chỉ tiêu giảm nghèo đến năm 2030.".into(),
        },
        DraftComment {
            document: "Dự thảo Chương trình hành động".into(),
            part: "Mục 1".into(),
            comment: "Bổ sung giải pháp về chuyển đổi số.".into(),
        },
    ];
    assert_eq!(comments(&h, 0), want_first);

    // Second branch: the document typed by the first branch is offered.
    ui_support::click(&mut h, &second.name);
    ui_support::click(&mut h, msg::SCREEN_COMMENTS);
    ui_support::click(&mut h, msg::ADD_COMMENT);
    ui_support::click(&mut h, &field(msg::PICK_DOCUMENT, 1));
    ui_support::click(&mut h, "Dự thảo Chương trình hành động");
    type_into(
        &mut h,
        &field(msg::FIELD_COMMENT, 1),
        "Đề nghị giao chỉ tiêu cụ thể cho từng chi bộ.",
    );
    assert_eq!(
        comments(&h, 1),
        vec![DraftComment {
            document: "Dự thảo Chương trình hành động".into(),
            part: String::new(),
            comment: "Đề nghị giao chỉ tiêu cụ thể cho từng chi bộ.".into(),
        }]
    );

    // Saved with the branch files.
    h.state_mut().apply_now(daihoi::ui::Command::SaveNow);
    let loaded = ws.load();
    let on_disk = |id: &str| {
        loaded
            .branches
            .iter()
            .find(|b| b.id == id)
            .map(|b| b.draft_comments.clone())
            .expect("branch file")
    };
    assert_eq!(on_disk(&first.id), want_first);
    assert_eq!(on_disk(&second.id).len(), 1);

    // The ward overview writes the summary, grouped by document.
    ui_support::click(&mut h, wmsg::OVERVIEW_BUTTON);
    assert!(
        h.query_by_label(&msg::comments_ward_count(3, 2)).is_some(),
        "3 comments of 2 branches"
    );
    ui_support::click(&mut h, msg::COMMENTS_SUMMARY_BUTTON);
    let path = ws
        .root()
        .join("van-ban")
        .join(daihoi::docgen::papers::comments_file(&ward));
    let notice = h.state().notice.clone().expect("a notice");
    assert!(!notice.error, "{}", notice.text);
    assert_eq!(notice.text, umsg::exported(&path));
    let t = docx_text(&path);
    for want in [
        papers::comments_subtitle(&ward.name).as_str(),
        &papers::comments_intro(2, 3, 2),
        // Groups in Vietnamese order ("Báo cáo" before "Chương trình").
        &format!("1. {political}"),
        "2. Dự thảo Chương trình hành động",
        "Phần II, mục 3",
        "Nên nêu rõ chỉ tiêu giảm nghèo đến năm 2030.",
        "Bổ sung giải pháp về chuyển đổi số.",
        "Đề nghị giao chỉ tiêu cụ thể cho từng chi bộ.",
        &first.name,
        &second.name,
        "ngày 22 tháng 9 năm 2025",
    ] {
        assert!(t.contains(want), "{want:?} missing in {t}");
    }
    assert!(!t.contains("Ý kiến sẽ xóa."), "the deleted comment is gone");
    // The two comments on the action programme sit in one group, after
    // its heading and in branch order.
    let group = t.find("2. Dự thảo Chương trình hành động").unwrap();
    let a = t.find("Bổ sung giải pháp về chuyển đổi số.").unwrap();
    let b = t
        .find("Đề nghị giao chỉ tiêu cụ thể cho từng chi bộ.")
        .unwrap();
    assert!(group < a && a < b, "grouped under their document");
}
