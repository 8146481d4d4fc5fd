//! The ward's branches: name, congress date, progress, problems; search,
//! add, rename, delete. The list is virtualised (thousands of branches).
//!
//! Names are shown without the "Chi bộ" every one of them starts with, cut
//! once in the middle when too long (so that 180 "Cơ quan Đảng - Mặt trận …
//! phường X" still differ), in full on hover and to screen readers; the
//! selected branch's name is shown whole, wrapped in a taller row. Beyond
//! [`GROUP_ABOVE`] branches the list is grouped by kind, each group folding.

use super::command::Command;
use super::problems::ProblemCache;
use super::style;
use crate::model::{Branch, BranchKind, Date, Ward};
use crate::strings::ui as msg;
use crate::vi::fold;
use eframe::egui::{self, Ui};

/// With more branches than this (and no search), the list is grouped by kind.
pub const GROUP_ABOVE: usize = 40;

/// One row of the list.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Row {
    /// A kind's heading and how many branches it has.
    Group(BranchKind, usize),
    /// Index into the app's branches.
    Branch(usize),
}

/// The filtered view of the branch list, recomputed only when the search
/// text, the branches or the folded groups change.
#[derive(Debug, Default)]
pub struct BranchList {
    pub search: String,
    rows: Vec<Row>,
    /// Branches that match the search.
    matching: usize,
    /// Groups folded by the user.
    folded: Vec<BranchKind>,
    /// Search text, branch count and folded groups `rows` was made for.
    made_for: Option<(String, usize, Vec<BranchKind>)>,
    /// The selection the list last brought into view (None before the
    /// first frame, "" for none): a branch selected elsewhere (the
    /// overview, a problem, undo) is scrolled to once.
    scrolled_to: Option<String>,
}

impl BranchList {
    pub fn invalidate(&mut self) {
        self.made_for = None;
    }

    /// Bring the selected branch into view on the next frame, even the
    /// first (the list otherwise opens at its top): the branch of the last
    /// run, restored at start.
    pub fn reveal_selection(&mut self) {
        self.scrolled_to = Some(String::new());
    }

    fn refresh(&mut self, branches: &[Branch]) {
        let key = (self.search.clone(), branches.len(), self.folded.clone());
        if self.made_for.as_ref() == Some(&key) {
            return;
        }
        let needle = fold(&self.search);
        let shown: Vec<usize> = branches
            .iter()
            .enumerate()
            .filter(|(_, b)| {
                needle.is_empty() || fold(&b.name).contains(&needle) || b.id.contains(&needle)
            })
            .map(|(i, _)| i)
            .collect();
        self.matching = shown.len();
        self.rows = if needle.is_empty() && branches.len() > GROUP_ABOVE {
            let mut rows = Vec::with_capacity(shown.len() + BranchKind::ALL.len());
            for kind in BranchKind::ALL {
                let of_kind: Vec<usize> = shown
                    .iter()
                    .copied()
                    .filter(|&i| branches[i].kind == kind)
                    .collect();
                if of_kind.is_empty() {
                    continue;
                }
                rows.push(Row::Group(kind, of_kind.len()));
                if !self.folded.contains(&kind) {
                    rows.extend(of_kind.into_iter().map(Row::Branch));
                }
            }
            rows
        } else {
            shown.into_iter().map(Row::Branch).collect()
        };
        self.made_for = Some(key);
    }

    fn toggle(&mut self, kind: BranchKind) {
        match self.folded.iter().position(|k| *k == kind) {
            Some(i) => {
                self.folded.remove(i);
            }
            None => self.folded.push(kind),
        }
    }
}

/// The name as the list shows it: without the leading "Chi bộ".
pub fn list_name(name: &str) -> String {
    let prefix = msg::BRANCH_NAME_PREFIX;
    let rest = match name.get(..prefix.len()) {
        Some(head) if head.eq_ignore_ascii_case(prefix) || fold(head) == fold(prefix) => {
            name[prefix.len()..].trim_start()
        }
        _ => return name.to_string(),
    };
    if rest.is_empty() {
        return name.to_string();
    }
    // "Chi bộ thôn Đông Xuân" is listed as "Thôn Đông Xuân": a row starts
    // with a capital like every other.
    let mut chars = rest.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

/// `text` with its middle replaced by "…" so that `keep` characters remain
/// (the start and the end, where names differ); unchanged when short enough.
pub fn cut_middle(text: &str, keep: usize) -> String {
    let chars: Vec<char> = text.chars().collect();
    if chars.len() <= keep {
        return text.to_string();
    }
    let keep = keep.max(2);
    let tail = (keep - 1) / 2;
    let head = keep - 1 - tail;
    let mut out: String = chars[..head].iter().collect();
    out.push('…');
    out.extend(&chars[chars.len() - tail..]);
    out
}

/// `text` cut in the middle to fit `width` points in `font`.
fn fit_middle(ui: &Ui, text: &str, font: &egui::FontId, width: f32) -> String {
    let measure = |s: &str| {
        ui.painter()
            .layout_no_wrap(s.to_string(), font.clone(), egui::Color32::PLACEHOLDER)
            .size()
            .x
    };
    let full = measure(text);
    if full <= width {
        return text.to_string();
    }
    let n = text.chars().count();
    // A first guess from the average width, then shorter until it fits.
    let mut keep = ((n as f32) * width / full).floor() as usize;
    loop {
        let cut = cut_middle(text, keep);
        if keep <= 4 || measure(&cut) <= width {
            return cut;
        }
        keep -= 1;
    }
}

/// The left panel: the ward's name, search, add/rename/delete, the list.
#[allow(clippy::too_many_arguments)]
pub fn show(
    ui: &mut Ui,
    list: &mut BranchList,
    ward: &Ward,
    branches: &[Branch],
    problems: &ProblemCache,
    today: Date,
    // The day the workspace is shown as of, when the app takes it for today.
    as_of: Option<Date>,
    selected: Option<&str>,
    out: &mut Vec<Command>,
) {
    let ward_name = ward.name.as_str();
    // A quarter of a narrow window (1366×768 at 150% is 910 points wide),
    // so that the screens beside it keep room for their tables.
    let width = (ui.ctx().content_rect().width() * 0.24).clamp(220.0, 300.0);
    egui::Panel::left("branches")
        .resizable(true)
        .default_size(width)
        .min_size(220.0)
        .show(ui, |ui| {
            ui.add_space(4.0);
            ui.heading(msg::BRANCHES);
            if !ward_name.is_empty() {
                ui.label(egui::RichText::new(ward_name).small());
            }
            // A workspace shown as of a fixed day (the demo ward) says so.
            if let Some(day) = as_of {
                let day = crate::vi::format::short_date(day);
                ui.colored_label(style::warning(ui), msg::shown_as_of(&day))
                    .on_hover_text(msg::shown_as_of_hint(&day));
            }
            let search = ui.add(
                egui::TextEdit::singleline(&mut list.search)
                    .hint_text(msg::SEARCH_HINT)
                    .desired_width(f32::INFINITY),
            );
            super::form::name_widget(&search, egui::Role::TextInput, msg::SEARCH_HINT);
            if search.changed() {
                list.search = crate::vi::nfc(&list.search);
            }
            ui.horizontal_wrapped(|ui| {
                if ui.button(msg::ADD_BRANCH).clicked() {
                    out.push(Command::AskNewBranch);
                }
                if let Some(b) = selected.and_then(|id| branches.iter().find(|b| b.id == id)) {
                    let (id, name) = (b.id.clone(), b.name.clone());
                    if ui.button(msg::RENAME_BRANCH).clicked() {
                        out.push(Command::AskRename {
                            id: id.clone(),
                            name: name.clone(),
                        });
                    }
                    if ui.button(msg::DELETE_BRANCH).clicked() {
                        out.push(Command::AskDelete { id, name });
                    }
                }
            });
            list.refresh(branches);
            ui.label(egui::RichText::new(msg::branch_count(list.matching, branches.len())).small());
            super::branch_state::legend(ui);
            ui.separator();
            if branches.is_empty() {
                ui.label(msg::NO_BRANCHES);
                return;
            }
            if list.matching == 0 {
                ui.label(msg::NO_SEARCH_RESULT);
                return;
            }
            let body = ui.text_style_height(&egui::TextStyle::Body);
            let small = ui.text_style_height(&egui::TextStyle::Small);
            let row_h = body + small + 14.0;
            let gap = ui.spacing().item_spacing.y;
            // Names in bold, measured in bold: a name cut to fit is cut once.
            let font = egui::FontId::new(
                egui::TextStyle::Body.resolve(ui.style()).size,
                egui::FontFamily::Name(super::fonts::BOLD_FAMILY.into()),
            );
            let mut toggle = None;
            let rows = std::mem::take(&mut list.rows);
            // The selected branch's row is as tall as its whole name, wrapped;
            // every other row is one line of name (cut in the middle).
            let sel_row = selected.and_then(|id| {
                rows.iter().position(
                    |r| matches!(r, Row::Branch(i) if branches.get(*i).is_some_and(|b| b.id == id)),
                )
            });
            // A new selection is brought into view (a click on a row that
            // shows does not move the list: scrolling is only as far as needed).
            // The list opens at its top (with its first group), whatever
            // branch is selected at start.
            let bring_into_view = sel_row.is_some()
                && list.scrolled_to.is_some()
                && list.scrolled_to.as_deref() != Some(selected.unwrap_or_default());
            if sel_row.is_some() || list.scrolled_to.is_none() {
                list.scrolled_to = Some(selected.unwrap_or_default().to_owned());
            }
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show_viewport(ui, |ui, viewport| {
                    // Inside the scroll area: the width left beside its bar.
                    let room = ui.available_width() - 2.0 * ui.spacing().button_padding.x;
                    let extra = sel_row
                        .and_then(|k| match rows[k] {
                            Row::Branch(i) => branches.get(i),
                            Row::Group(..) => None,
                        })
                        .map_or(0.0, |b| {
                            let wrapped = ui.painter().layout(
                                list_name(&b.name),
                                font.clone(),
                                egui::Color32::PLACEHOLDER,
                                room,
                            );
                            (wrapped.size().y - body).max(0.0)
                        });
                    let step = row_h + gap;
                    let top_of = |k: usize| {
                        k as f32 * step
                            + if sel_row.is_some_and(|s| k > s) {
                                extra
                            } else {
                                0.0
                            }
                    };
                    let row_at = |y: f32| {
                        let y = match sel_row {
                            Some(s) if y >= top_of(s + 1) => y - extra,
                            _ => y,
                        };
                        (y.max(0.0) / step).floor() as usize
                    };
                    let n = rows.len();
                    ui.set_height((top_of(n) - gap).max(0.0));
                    if let (true, Some(k)) = (bring_into_view, sel_row) {
                        let top = ui.max_rect().top() + top_of(k);
                        let row = egui::Rect::from_x_y_ranges(
                            ui.max_rect().x_range(),
                            top..=top + row_h + extra,
                        );
                        ui.scroll_to_rect(row, None);
                    }
                    let first = row_at(viewport.min.y).min(n);
                    let last = (row_at(viewport.max.y) + 1).min(n);
                    let y0 = ui.max_rect().top() + top_of(first);
                    let y1 = ui.max_rect().top() + top_of(last);
                    let rect = egui::Rect::from_x_y_ranges(ui.max_rect().x_range(), y0..=y1);
                    ui.scope_builder(egui::UiBuilder::new().max_rect(rect), |ui| {
                        ui.skip_ahead_auto_ids(first);
                        for (k, row) in rows[first..last].iter().enumerate() {
                            let i = match *row {
                                Row::Group(kind, n) => {
                                    let open = !list.folded.contains(&kind);
                                    let text = msg::branch_group(
                                        crate::rules::labels::branch_kind(kind),
                                        n,
                                        open,
                                    );
                                    ui.allocate_ui(
                                        egui::vec2(ui.available_width(), row_h - 4.0),
                                        |ui| {
                                            ui.set_min_height(row_h - 4.0);
                                            if ui
                                                .selectable_label(false, style::strong(text))
                                                .clicked()
                                            {
                                                toggle = Some(kind);
                                            }
                                        },
                                    );
                                    continue;
                                }
                                Row::Branch(i) => i,
                            };
                            let Some(b) = branches.get(i) else {
                                continue;
                            };
                            let is_sel = sel_row == Some(first + k);
                            let tall = if is_sel { extra } else { 0.0 };
                            if branch_row(
                                ui,
                                b,
                                ward,
                                problems,
                                today,
                                is_sel,
                                &font,
                                room,
                                row_h - 4.0 + tall,
                            ) && !is_sel
                            {
                                out.push(Command::SelectBranch(b.id.clone()));
                            }
                        }
                    });
                });
            list.rows = rows;
            if let Some(kind) = toggle {
                list.toggle(kind);
            }
        });
}

/// One branch of the list: its name (the selected one whole, wrapped; the
/// others on one line, cut in the middle, whole on hover and to screen
/// readers) and its state line. Returns whether the name was clicked.
#[allow(clippy::too_many_arguments)]
fn branch_row(
    ui: &mut Ui,
    b: &Branch,
    ward: &Ward,
    problems: &ProblemCache,
    today: Date,
    is_sel: bool,
    font: &egui::FontId,
    room: f32,
    height: f32,
) -> bool {
    let date = b
        .congress
        .date
        .map(super::form::format_date)
        .unwrap_or_else(|| msg::NO_DATE_YET.to_string());
    let row = crate::rules::overview::row(ward, b, today);
    let state = crate::rules::overview::branch_state(&row);
    let (errors, warnings) = problems.counts(&b.id);
    let r = ui.push_id(&b.id, |ui| {
        ui.set_min_height(height);
        ui.spacing_mut().item_spacing.y = 1.0;
        let resp = if is_sel {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
            ui.selectable_label(true, style::strong(list_name(&b.name)))
        } else {
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            let shown = fit_middle(ui, &list_name(&b.name), font, room);
            ui.selectable_label(false, style::strong(shown))
                .on_hover_text(&b.name)
        };
        ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
        resp.widget_info(|| egui::WidgetInfo::selected(egui::Role::Button, true, is_sel, &b.name));
        // The state (as the ward view has it), the documents, and problems
        // only when there are some: one line, cut at the end; all of it and
        // the congress date on hover.
        let small = egui::TextStyle::Small.resolve(ui.style());
        let text = ui.visuals().text_color();
        let mut line = egui::text::LayoutJob::default();
        let part = |job: &mut egui::text::LayoutJob, t: &str, c| {
            job.append(t, 0.0, egui::TextFormat::simple(small.clone(), c));
        };
        let state_color = super::branch_state::color(ui, state);
        let docs = msg::progress(row.docs_drafting, row.docs_done, row.docs_total);
        part(&mut line, super::branch_state::label(state), state_color);
        part(&mut line, &format!(" · {docs}"), text);
        let mut hover = format!("{} · {docs} · {date}", super::branch_state::hint(state));
        if errors + warnings > 0 {
            let color = style::problem_color(ui, errors, warnings);
            let n = msg::problem_count(errors, warnings);
            part(&mut line, &format!(" · {n}"), color);
            hover = format!("{hover} · {n}");
        }
        ui.add(egui::Label::new(line).truncate())
            .on_hover_text(hover);
        resp
    });
    r.inner.clicked()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_names_drop_the_common_prefix() {
        assert_eq!(list_name("Chi bộ Thôn Đông Xuân"), "Thôn Đông Xuân");
        assert_eq!(list_name("chi bộ Công an phường"), "Công an phường");
        assert_eq!(list_name("Chi bộ"), "Chi bộ");
        assert_eq!(list_name("Chi bộ tổ dân phố An Lạc"), "Tổ dân phố An Lạc");
        assert_eq!(list_name("Đảng bộ bộ phận Khu 3"), "Đảng bộ bộ phận Khu 3");
    }

    #[test]
    fn cutting_in_the_middle_keeps_both_ends() {
        let name = "Cơ quan Đảng - Mặt trận - Đoàn thể phường Tân Hòa";
        let cut = cut_middle(name, 20);
        assert_eq!(cut.chars().count(), 20);
        assert!(cut.starts_with("Cơ quan Đ"), "{cut}");
        assert!(cut.ends_with("Tân Hòa"), "{cut}");
        assert!(cut.contains('…'));
        assert_eq!(cut_middle("Thôn Gò Cát", 20), "Thôn Gò Cát");
    }
}
