//! The branch's comments on the superior's draft congress documents (góp ý
//! dự thảo văn kiện): for each comment, which document, which part, and
//! what the branch says. Edits go into the branch in place, so the app's
//! per-frame comparison takes the undo step and saves, as for every other
//! field; a deletion is a command, so that it is an undo step of its own
//! ([`crate::ui::App::edit_branch`]). The ward overview turns every branch's comments into one summary
//! ([`crate::ops::write_comments_summary`]).

use crate::model::{Branch, DraftComment, Ward};
use crate::rules::collate;
use crate::strings::congress as msg;
use crate::ui::form::name_widget;
use crate::ui::style;
use eframe::egui::{self, RichText, Ui};

/// The document names offered in each comment's picker: the usual drafts
/// of the ward and the level above, and every document a branch has named
/// (so that all branches write the same name and the summary groups them),
/// without repeats (case ignored), in Vietnamese order.
pub fn known_documents(ward: &Ward, branches: &[Branch]) -> Vec<String> {
    let mut names: Vec<String> = msg::draft_document_suggestions(&ward.name, &ward.superior_name);
    for b in branches {
        for c in &b.draft_comments {
            let d = c.document.trim();
            if !d.is_empty() && !names.iter().any(|n| n.to_lowercase() == d.to_lowercase()) {
                names.push(d.to_string());
            }
        }
    }
    names.sort_by(|a, b| collate::compare_text(a, b));
    names
}

fn focus_id(b: &Branch) -> egui::Id {
    egui::Id::unique(("comments-focus", &b.id))
}

fn document_field_id(b: &Branch, i: usize) -> egui::Id {
    egui::Id::unique(("comment-document", &b.id, i))
}

/// The screen for `b`; `known` is what [`known_documents`] returns.
pub fn screen(ui: &mut Ui, b: &mut Branch, known: &[String], out: &mut Vec<crate::ui::Command>) {
    ui.heading(msg::COMMENTS_SCREEN_TITLE);
    ui.label(RichText::new(msg::COMMENTS_HINT).small());
    ui.add_space(4.0);
    ui.horizontal_wrapped(|ui| {
        if ui.button(msg::ADD_COMMENT).clicked() {
            b.draft_comments.push(DraftComment::default());
            let i = b.draft_comments.len() - 1;
            ui.data_mut(|d| d.insert_temp(focus_id(b), i));
        }
        if !b.draft_comments.is_empty() {
            ui.label(msg::comments_count(b.draft_comments.len()));
        }
    });
    ui.separator();
    if b.draft_comments.is_empty() {
        ui.add_space(12.0);
        ui.label(msg::NO_COMMENTS);
        return;
    }
    let focus: Option<usize> = ui.data_mut(|d| d.remove_temp(focus_id(b)));
    let mut delete = None;
    egui::ScrollArea::vertical()
        .id_salt("comments-screen")
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for i in 0..b.draft_comments.len() {
                let field_id = document_field_id(b, i);
                let c = &mut b.draft_comments[i];
                let scroll = focus == Some(i);
                if comment_card(ui, i, c, known, field_id, scroll) {
                    delete = Some(i);
                }
                ui.add_space(6.0);
            }
        });
    if let Some(index) = delete {
        // Its own undo step, apart from the typing before it.
        out.push(crate::ui::Command::DeleteDraftComment {
            branch: b.id.clone(),
            index,
        });
    }
}

/// One comment as a card; true when its delete button was clicked.
fn comment_card(
    ui: &mut Ui,
    i: usize,
    c: &mut DraftComment,
    known: &[String],
    field_id: egui::Id,
    focus: bool,
) -> bool {
    let n = i + 1;
    let mut delete = false;
    egui::Frame::group(ui.style()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            ui.label(style::strong(msg::comment_heading(n)));
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                let resp = ui.small_button(msg::delete_comment(n));
                if resp.on_hover_text(msg::DELETE_HINT).clicked() {
                    delete = true;
                }
            });
        });
        let label_width = 130.0;
        let wide = (ui.available_width() - label_width - 16.0).max(200.0);
        egui::Grid::new(("comment-grid", i))
            .num_columns(2)
            .spacing([12.0, 6.0])
            .show(ui, |ui| {
                ui.label(msg::FIELD_DOCUMENT);
                ui.horizontal(|ui| {
                    let pick = 150.0;
                    let resp = ui.add(
                        egui::TextEdit::singleline(&mut c.document)
                            .id(field_id)
                            .hint_text(msg::DOCUMENT_HINT)
                            .desired_width((wide - pick - 12.0).max(160.0)),
                    );
                    name_widget(
                        &resp,
                        egui::Role::TextInput,
                        &msg::comment_field(msg::FIELD_DOCUMENT, n),
                    );
                    if focus {
                        resp.request_focus();
                        resp.scroll_to_me(Some(egui::Align::Center));
                    }
                    if resp.changed() {
                        c.document = crate::vi::nfc(&c.document);
                    }
                    let combo = egui::ComboBox::from_id_salt(("comment-pick", i))
                        .selected_text(msg::PICK_DOCUMENT)
                        .width(pick)
                        .show_ui(ui, |ui| {
                            for d in known {
                                if ui.selectable_label(c.document == *d, d).clicked() {
                                    c.document = d.clone();
                                }
                            }
                        })
                        .response;
                    name_widget(
                        &combo,
                        egui::Role::ComboBox,
                        &msg::comment_field(msg::PICK_DOCUMENT, n),
                    );
                    combo.on_hover_text(msg::PICK_DOCUMENT_HINT);
                });
                ui.end_row();
                ui.label(msg::FIELD_PART);
                let resp = ui.add(
                    egui::TextEdit::singleline(&mut c.part)
                        .hint_text(msg::PART_HINT)
                        .desired_width(wide),
                );
                name_widget(
                    &resp,
                    egui::Role::TextInput,
                    &msg::comment_field(msg::FIELD_PART, n),
                );
                if resp.changed() {
                    c.part = crate::vi::nfc(&c.part);
                }
                ui.end_row();
                ui.label(msg::FIELD_COMMENT);
                let resp = ui.add(
                    egui::TextEdit::multiline(&mut c.comment)
                        .desired_rows(3)
                        .desired_width(wide),
                );
                name_widget(
                    &resp,
                    egui::Role::MultilineTextInput,
                    &msg::comment_field(msg::FIELD_COMMENT, n),
                );
                if resp.changed() {
                    c.comment = crate::vi::nfc(&c.comment);
                }
                ui.end_row();
            });
        if c.comment.trim().is_empty() {
            ui.colored_label(style::palette(ui).warning, msg::COMMENT_EMPTY);
        }
    });
    delete
}

/// The ward overview's button that writes the summary of every branch's
/// comments, with how many there are.
pub fn summary_button(ui: &mut Ui, branches: &[Branch], out: &mut Vec<crate::ui::Command>) {
    let counted: Vec<usize> = branches
        .iter()
        .map(|b| {
            b.draft_comments
                .iter()
                .filter(|c| !c.comment.trim().is_empty())
                .count()
        })
        .collect();
    let comments: usize = counted.iter().sum();
    let senders = counted.iter().filter(|n| **n > 0).count();
    let resp = ui
        .button(msg::COMMENTS_SUMMARY_BUTTON)
        .on_hover_text(msg::COMMENTS_SUMMARY_HINT);
    if resp.clicked() {
        out.push(crate::ui::Command::WriteCommentsSummary);
    }
    ui.label(RichText::new(msg::comments_ward_count(comments, senders)).small());
}
