//! The preview pane beside a document's form: "Xem trang in" draws the real
//! pages (LibreOffice → PDF → images) with the page count and updates on
//! demand; without LibreOffice it says why and shows the text in document
//! order, headings and tables laid out.

use crate::ui_support::*;
use daihoi::docgen::layout::Block;
use daihoi::docgen::preview::{TextPreview, text_preview};
use daihoi::model::DocKind;
use daihoi::strings::preview as msg;
use daihoi::ui::page_preview::Office;
use egui_kittest::kittest::{NodeT, Queryable};

/// The pane is at the right of the 1400-wide window: nodes there are the
/// preview's (the form may show the same words).
const PANE_X: f32 = 900.0;

fn in_pane(h: &egui_kittest::Harness<'static, daihoi::ui::App>, label: &str) -> Vec<f32> {
    h.query_all_by_label(label)
        .map(|n| n.rect())
        .filter(|r| r.min.x > PANE_X)
        .map(|r| r.min.y)
        .collect()
}

#[test]
fn without_libreoffice_the_tab_says_why_and_shows_the_document_in_order() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    h.state_mut().page_preview.set_office(Office::Missing);
    settle(&mut h);
    open_document(&mut h, DocKind::PoliticalReport);
    assert!(h.query_by_label(msg::NO_LIBREOFFICE).is_none());
    click(&mut h, msg::TAB_PAGES);
    h.get_by_label(msg::NO_LIBREOFFICE);
    assert!(!h.state().page_preview.running(), "nothing to run");

    // The text as laid out for Word: every heading, in the document's order.
    let app = h.state();
    let b = &app.branches[0];
    let Ok(TextPreview::Laid(doc)) =
        text_preview(&app.ward, b, DocKind::PoliticalReport, &app.templates)
    else {
        panic!("the built-in template is laid out");
    };
    let headings: Vec<String> = doc
        .body
        .iter()
        .filter_map(|bl| match bl {
            Block::Heading { text, .. } => Some(text.clone()),
            _ => None,
        })
        .collect();
    assert!(headings.len() >= 3, "{headings:?}");
    let mut last = f32::MIN;
    for t in &headings {
        let ys = in_pane(&h, t);
        let y = ys
            .into_iter()
            .find(|y| *y > last)
            .unwrap_or_else(|| panic!("heading {t:?} missing or out of order"));
        last = y;
    }
    // A table is a table: its header cells are labels of their own on one
    // line, left to right; no "a | b" text. (The trích ngang list is one.)
    open_document(&mut h, DocKind::PersonnelList);
    h.get_by_label(msg::NO_LIBREOFFICE);
    let app = h.state();
    let Ok(TextPreview::Laid(doc)) = text_preview(
        &app.ward,
        &app.branches[0],
        DocKind::PersonnelList,
        &app.templates,
    ) else {
        panic!("the built-in template is laid out");
    };
    let table = doc
        .body
        .iter()
        .find_map(|bl| match bl {
            Block::Table(t) if !t.header_rows.is_empty() => Some(t.clone()),
            _ => None,
        })
        .expect("the list has a table");
    let cells: Vec<_> = table.header_rows[0]
        .iter()
        .filter(|c| !c.text.is_empty())
        .map(|c| {
            h.query_all_by_label(&c.text)
                .map(|n| n.rect())
                .find(|r| r.min.x > PANE_X)
                .unwrap_or_else(|| panic!("cell {:?} not in the pane", c.text))
        })
        .collect();
    assert!(cells.len() >= 2);
    for w in cells.windows(2) {
        assert!(w[1].min.x > w[0].min.x, "cells left to right");
        assert!((w[1].min.y - w[0].min.y).abs() < 2.0, "cells on one line");
    }
    assert!(h.query_all_by_label_contains(" | ").next().is_none());

    // "Cập nhật" looks for LibreOffice again and still says why.
    click(&mut h, msg::UPDATE);
    h.get_by_label(msg::NO_LIBREOFFICE);
}

/// Step frames until the conversion is done (the UI never blocks).
fn wait(h: &mut egui_kittest::Harness<'static, daihoi::ui::App>) {
    let start = std::time::Instant::now();
    while h.state().page_preview.running() {
        assert!(
            start.elapsed().as_secs() < 180,
            "the page preview took over 3 minutes"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
        h.step();
    }
    settle(h);
}

#[test]
fn xem_trang_in_draws_the_pages_and_cap_nhat_makes_them_again() {
    if daihoi::docgen::pdf::find_libreoffice().is_none() {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("CI=true but LibreOffice is not installed");
        }
        eprintln!("BỎ QUA / SKIPPED: LibreOffice is not installed here; this check runs in CI.");
        return;
    }
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    let id = open_document(&mut h, DocKind::PoliticalReport);
    click(&mut h, msg::TAB_PAGES);
    assert!(
        h.state().page_preview.running(),
        "opening the tab starts it"
    );
    wait(&mut h);
    let n = h
        .state()
        .page_preview
        .page_count(&id, DocKind::PoliticalReport)
        .expect("pages shown");
    assert!(n >= 2, "the political report has {n} pages");
    h.get_by_label(&msg::page_count(n));
    // Each page is drawn as an image, numbered.
    for i in 1..=n {
        let label = msg::page_label(i, n);
        assert!(
            h.query_all_by_label(&label)
                .any(|n| n.accesskit_node().role() == eframe::egui::accesskit::Role::Image),
            "no image {label}"
        );
    }
    assert!(h.query_by_label(msg::STALE).is_none());

    // An edit: the pages say they are old until "Cập nhật".
    h.state_mut().branches[0].congress.place = "Hội trường thôn (mới)".into();
    settle(&mut h);
    h.get_by_label(msg::STALE);
    click(&mut h, msg::UPDATE);
    assert!(h.state().page_preview.running());
    wait(&mut h);
    assert!(h.query_by_label(msg::STALE).is_none());
    assert!(
        h.state()
            .page_preview
            .page_count(&id, DocKind::PoliticalReport)
            .is_some()
    );
}
