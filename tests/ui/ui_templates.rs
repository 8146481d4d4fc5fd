//! The Templates screen: where each document's template comes from, export
//! to Word, every error of a check, using the built-in again (kept aside,
//! undoable), and the fields list shared with HUONG-DAN.md.

use crate::ui_support::*;
use daihoi::docgen::{TemplateSource, fields};
use daihoi::model::DocKind;
use daihoi::strings::word as msg;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use std::io::{Cursor, Read, Write};

/// Replace text in a .docx's body (the other parts copied as they are).
fn edit_body(docx: &[u8], from: &str, to: &str) -> Vec<u8> {
    let mut a = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let mut replaced = false;
    for i in 0..a.len() {
        let mut f = a.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).unwrap();
        if name == "word/document.xml" {
            let xml = String::from_utf8(bytes).unwrap();
            replaced = xml.contains(from);
            bytes = xml.replacen(from, to, 1).into_bytes();
        }
        z.start_file(&name, zip::write::SimpleFileOptions::default())
            .unwrap();
        z.write_all(&bytes).unwrap();
    }
    assert!(replaced, "{from} is in the template");
    z.finish().unwrap().into_inner()
}

/// How many nodes with this label are enabled.
fn enabled(h: &Harness<'static, daihoi::ui::App>, label: &str) -> usize {
    h.query_all_by_label(label)
        .filter(|n| !n.accesskit_node().is_disabled())
        .count()
}

/// Click the first enabled node with this label.
fn click_enabled(h: &mut Harness<'static, daihoi::ui::App>, label: &str) {
    h.query_all_by_label(label)
        .find(|n| !n.accesskit_node().is_disabled())
        .unwrap_or_else(|| panic!("no enabled {label:?}"))
        .click();
    settle(h);
}

#[test]
fn templates_screen_exports_checks_and_uses_the_builtin_again() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws.clone());
    settle(&mut h);
    click(&mut h, msg::SCREEN_BUTTON);
    assert_eq!(h.state().view.screen, daihoi::ui::Screen::Templates);
    let kinds = daihoi::docgen::BUILTIN.len() + daihoi::docgen::papers::PAPER_TEMPLATES.len();
    // A new workspace: every document on its built-in template, nothing to
    // open in Word or to take back.
    assert_eq!(h.query_all_by_label(msg::SOURCE_BUILTIN).count(), kinds);
    assert_eq!(enabled(&h, msg::OPEN_IN_WORD), 0);
    assert_eq!(enabled(&h, msg::USE_BUILTIN), 0);

    // The fields list: the same fields, descriptions and demo values as the
    // guide written into templates/ (one source).
    let list = fields::fields(&fields::demo_context());
    let name = list.iter().find(|f| f.path == "branch.name").unwrap();
    let context = list.iter().find(|f| f.path == "report.context").unwrap();
    assert!(h.query_by_label(&msg::fields_intro(list.len())).is_some());
    assert!(h.query_by_label("branch.name").is_some());
    assert!(h.query_by_label(name.description).is_some());
    assert!(h.query_by_label("report.context").is_some());
    assert!(h.query_by_label(context.description).is_some());
    assert!(context.demo.chars().count() > 20);
    assert!(
        h.query_by_label(&context.demo).is_some(),
        "{}",
        context.demo
    );
    // The filter keeps matching fields only (diacritics ignored).
    replace_field(&mut h, msg::FIELDS_FILTER, "bi thu");
    settle(&mut h);
    assert!(h.query_by_label("branch.name").is_none());
    replace_field(&mut h, msg::FIELDS_FILTER, "");
    settle(&mut h);

    // "Xuất mẫu ra Word để sửa": every document gets its .docx and the
    // screen and the app's templates say so.
    click(&mut h, msg::EXPORT);
    let dir = ws.templates_dir();
    let written = kinds;
    assert!(
        h.query_by_label(&msg::exported(written, 0, &dir)).is_some(),
        "export message"
    );
    assert_eq!(h.query_all_by_label(msg::SOURCE_WORD).count(), written);
    assert_eq!(enabled(&h, msg::OPEN_IN_WORD), written);
    assert_eq!(
        h.state().templates.source(DocKind::PoliticalReport),
        TemplateSource::OfficeWord
    );
    let guide = std::fs::read_to_string(dir.join("HUONG-DAN.md")).unwrap();
    assert!(guide.contains(&format!("| `branch.name` | {} |", name.description)));

    // Two errors in two templates: the check lists both.
    let report = dir.join("bao-cao-chinh-tri.docx");
    let bytes = std::fs::read(&report).unwrap();
    std::fs::write(
        &report,
        edit_body(&bytes, "{report.limitations}", "{report.limitatons}"),
    )
    .unwrap();
    let resolution = dir.join("nghi-quyet.docx");
    let bytes = std::fs::read(&resolution).unwrap();
    std::fs::write(
        &resolution,
        edit_body(&bytes, "{branch.name}", "{#if branch.name}"),
    )
    .unwrap();
    click(&mut h, msg::CHECK);
    let errors = daihoi::docgen::word::check_templates(&ws, &h.state().ward);
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(h.query_by_label(&msg::check_found(2)).is_some());
    for e in &errors {
        assert!(h.query_by_label(&format!("• {e}")).is_some(), "{e}");
    }
    assert!(
        errors
            .iter()
            .any(|e| e.contains("bao-cao-chinh-tri.docx") && e.contains("{report.limitations}"))
    );
    assert!(errors.iter().any(|e| e.contains("nghi-quyet.docx")));

    // "Dùng lại mẫu có sẵn" on the first row (the political report): the
    // file is kept aside, not deleted; "Hoàn tác" puts it back.
    click_enabled(&mut h, msg::USE_BUILTIN);
    assert!(!report.exists());
    let kept = dir
        .join(daihoi::docgen::word::SET_ASIDE_DIR)
        .join("bao-cao-chinh-tri.docx");
    assert!(kept.is_file());
    assert_eq!(
        h.state().templates.source(DocKind::PoliticalReport),
        TemplateSource::Builtin
    );
    assert_eq!(h.query_all_by_label(msg::SOURCE_WORD).count(), written - 1);
    let label = msg::set_aside_done(
        daihoi::rules::labels::doc_kind(DocKind::PoliticalReport),
        &dir.join(daihoi::docgen::word::SET_ASIDE_DIR),
    );
    assert!(h.query_by_label(&label).is_some(), "{label}");
    click(&mut h, msg::UNDO_SET_ASIDE);
    assert!(report.is_file() && !kept.exists());
    assert!(h.query_by_label(msg::PUT_BACK_DONE).is_some());
    assert_eq!(h.query_all_by_label(msg::SOURCE_WORD).count(), written);
}
