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
    // A table keeps its columns: the trích ngang list (13 columns) does not
    // fit the pane, so each nominee is a box with every column's name beside
    // its value, in the table's order; never "a | b" text.
    let app = h.state();
    let (b, table) = app
        .branches
        .iter()
        .find_map(
            |b| match text_preview(&app.ward, b, DocKind::PersonnelList, &app.templates) {
                Ok(TextPreview::Laid(doc)) => doc.body.iter().find_map(|bl| match bl {
                    // A list with nominees (an empty list prints numbered
                    // blank rows to fill in).
                    Block::Table(t)
                        if t.rows.first().is_some_and(|r| {
                            r.iter()
                                .filter(|c| c.text.trim().chars().count() >= 3)
                                .count()
                                >= 4
                        }) =>
                    {
                        Some((b.clone(), t.clone()))
                    }
                    _ => None,
                }),
                _ => None,
            },
        )
        .expect("a demo branch has nominees");
    click(&mut h, &b.name);
    h.state_mut()
        .apply_now(daihoi::ui::Command::Show(daihoi::ui::Screen::Document(
            DocKind::PersonnelList,
        )));
    settle(&mut h);
    h.get_by_label(msg::NO_LIBREOFFICE);
    let names: Vec<String> = table
        .header_rows
        .last()
        .unwrap()
        .iter()
        .map(|c| c.text.replace('\n', " "))
        .collect();
    let mut checked = 0;
    let mut last_y = f32::MIN;
    for (name, cell) in names.iter().zip(&table.rows[0]) {
        if name.trim().is_empty() || cell.text.trim().chars().count() < 3 {
            continue;
        }
        let value = h
            .query_all_by_label(&cell.text)
            .map(|n| n.rect())
            .find(|r| r.min.x > PANE_X && r.min.y > last_y)
            .unwrap_or_else(|| panic!("value {:?} not in the pane", cell.text));
        assert!(
            h.query_all_by_label(name)
                .map(|n| n.rect())
                .any(|r| r.min.x > PANE_X
                    && r.max.x <= value.min.x
                    && r.min.y < value.max.y
                    && r.max.y > value.min.y),
            "{name:?} is not beside {:?}",
            cell.text
        );
        last_y = value.min.y;
        checked += 1;
    }
    assert!(checked >= 4, "{checked} columns checked");
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

/// The text tab is made again after every change of the branch, whichever
/// way it came (a field typed in place, a program edit, an undo), and only
/// then: it is keyed by the branch's edit number, not compared with it.
#[test]
fn the_text_tab_follows_every_edit_of_the_branch() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    h.state_mut().page_preview.set_office(Office::Missing);
    settle(&mut h);
    open_document(&mut h, DocKind::PoliticalReport);
    let id = h.state().branches[0].id.clone();
    let first = "Câu thử thứ nhất về tình hình chi bộ.";
    // Labels in the pane holding the sentence (a paragraph may hold more).
    let shown = |h: &egui_kittest::Harness<'static, daihoi::ui::App>, text: &str| -> usize {
        h.query_all_by_label_contains(text)
            .filter(|n| n.rect().min.x > PANE_X)
            .count()
    };
    assert_eq!(shown(&h, first), 0);

    // A program edit (as an import or a rename makes).
    h.state_mut().edit_branch(&id, "thử", |b| {
        b.drafts.political_report.context = first.to_string();
    });
    settle(&mut h);
    assert_eq!(shown(&h, first), 1, "the new text is shown");

    // An edit made in place, as a widget makes it, then noticed after
    // the frame.
    let second = "Câu thử thứ hai, sửa ngay trên biểu mẫu.";
    let at = h
        .state()
        .branches
        .iter()
        .position(|b| b.id == id)
        .expect("branch");
    h.state_mut().branches[at].drafts.political_report.context = second.to_string();
    settle(&mut h);
    assert_eq!(shown(&h, second), 1, "the text typed in place");
    assert_eq!(shown(&h, first), 0);

    // Undo puts the first text back in the pane too.
    h.state_mut().apply_now(daihoi::ui::Command::Undo);
    settle(&mut h);
    assert_eq!(shown(&h, first), 1, "undone");
    assert_eq!(shown(&h, second), 0);
}
