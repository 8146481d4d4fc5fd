//! The roll call at the door of the hall: every member in Vietnamese name
//! order, one key or one click per member, a search that ignores
//! diacritics, and the counts (with the election denominator) as they change.
//!
//! Keys (while the search field or nothing has the focus): type letters to
//! search; ↑/↓ move the highlighted member; Enter or 1 = present; 2 = absent
//! with a reason (the focus goes to the reason field; Enter comes back);
//! 3 = absent without a reason; 0 = not recorded; Esc clears the search.

use crate::model::{Attendance, Branch, Member, MemberId, Ward};
use crate::rules::collate;
use crate::rules::election::roll_call::{
    Mark, attendance_for, is_summoned, mark as mark_of, roll_call,
};
use crate::rules::labels;
use crate::strings::congress as msg;
use crate::ui::form::name_widget;
use crate::ui::style;
use eframe::egui::{self, Key, Modifiers, RichText, Ui};
use egui_extras::{Column, TableBuilder};

/// Runtime state of the screen (egui memory, never saved).
#[derive(Debug, Clone, Default)]
pub struct RollCallView {
    pub search: String,
    /// The highlighted member (the keys act on it).
    pub cursor: Option<MemberId>,
    /// Members in name order, and the names it was made for.
    order: Vec<MemberId>,
    order_for: Vec<(MemberId, String)>,
    /// Give the focus to this member's reason field on the next frame.
    focus_reason: Option<MemberId>,
    /// Give the focus back to the search field on the next frame.
    focus_search: bool,
    /// Scroll the highlighted row into view.
    scroll: bool,
    /// Why the last key did nothing.
    note: Option<String>,
    /// Search text the filtered list was made for.
    last_search: Option<String>,
    /// The text of a digit key just used as a command, to be dropped when it
    /// arrives (until this frame number).
    swallow: Option<(String, u64)>,
}

fn search_id(b: &Branch) -> egui::Id {
    egui::Id::unique(("roll-call-search", &b.id))
}

fn reason_id(b: &Branch, m: MemberId) -> egui::Id {
    egui::Id::unique(("roll-call-reason", &b.id, m))
}

/// The screen inside the app: marks go into `b` in place (the app takes the
/// undo step and saves).
pub fn screen(ui: &mut Ui, b: &mut Branch, ward: &Ward) {
    let id = egui::Id::unique(("roll-call-view", &b.id));
    let mut view: RollCallView = ui
        .data_mut(|d| d.get_temp(id))
        .unwrap_or_else(|| RollCallView {
            focus_search: true,
            ..Default::default()
        });
    show(ui, &mut view, ward, b);
    ui.data_mut(|d| d.insert_temp(id, view));
}

pub fn show(ui: &mut Ui, view: &mut RollCallView, ward: &Ward, b: &mut Branch) {
    ui.heading(msg::ROLL_CALL_TITLE);
    counts_strip(ui, ward, b);
    ui.label(RichText::new(msg::ROLL_CALL_KEYS).small());
    if b.members.is_empty() {
        ui.add_space(20.0);
        ui.label(msg::NO_MEMBERS);
        return;
    }
    refresh_order(view, ward, b);
    let shown = filtered(view, b);
    if view.last_search.as_deref() != Some(view.search.as_str()) {
        // A new search highlights its first summoned match.
        if !view.search.is_empty() || view.cursor.is_none_or(|c| !shown.contains(&c)) {
            view.cursor = first_summoned(b, &shown).or(view.cursor);
            view.scroll = true;
        }
        view.last_search = Some(view.search.clone());
    }
    keys(ui, view, b, &shown);
    let shown = filtered(view, b);
    ui.horizontal(|ui| {
        let l = ui.label(msg::SEARCH_LABEL);
        let resp = ui.add(
            egui::TextEdit::singleline(&mut view.search)
                .id(search_id(b))
                .hint_text(msg::SEARCH_HINT)
                .desired_width(320.0),
        );
        let resp = resp.labelled_by(l.id);
        if view.focus_search {
            resp.request_focus();
            view.focus_search = false;
        }
        if let Some(note) = &view.note {
            ui.colored_label(style::palette(ui).warning, note);
        }
    });
    if shown.is_empty() {
        ui.add_space(12.0);
        ui.label(msg::NO_MATCH);
        return;
    }
    table(ui, view, b, &shown);
}

/// The counts and the denominator, in large type.
fn counts_strip(ui: &mut Ui, ward: &Ward, b: &Branch) {
    let c = roll_call(b);
    let p = style::palette(ui);
    let big = |t: String| RichText::new(t).size(style::HEADING);
    ui.horizontal_wrapped(|ui| {
        ui.label(big(msg::count_summoned(c.summoned)));
        ui.separator();
        ui.label(big(msg::count_present(c.present)).color(p.ok));
        ui.separator();
        ui.label(big(msg::count_absent_excused(c.absent_with_reason)));
        ui.separator();
        ui.label(big(msg::count_absent_unexcused(c.absent_without_reason)).color(p.error));
        ui.separator();
        ui.label(big(msg::count_not_recorded(c.not_recorded)).color(p.warning));
    });
    let pct = ward
        .percent
        .percent(u64::from(c.present), u64::from(c.summoned));
    ui.label(msg::present_share(c.present, c.summoned, &pct));
    let s = c.election;
    let left = [
        (msg::LEFT_TRANSFER, s.temporary_transfer),
        (msg::LEFT_SUSPENDED, s.suspended),
        (msg::LEFT_DETAINED, s.detained),
        (msg::LEFT_EXEMPTED_ABSENT, s.exempted_absent),
        (msg::LEFT_EXCUSED, s.absent_excused),
    ];
    ui.label(style::strong(msg::denominator_line(
        s.summoned,
        s.full_members,
        &left,
        s.votes_needed(),
    )));
}

fn refresh_order(view: &mut RollCallView, ward: &Ward, b: &Branch) {
    let same = view.order_for.len() == b.members.len()
        && view
            .order_for
            .iter()
            .zip(&b.members)
            .all(|((id, name), m)| *id == m.id && *name == m.full_name);
    if same {
        return;
    }
    let mut v: Vec<&Member> = b.members.iter().collect();
    collate::sort_members(&mut v, ward.rules.name_order);
    view.order = v.iter().map(|m| m.id).collect();
    view.order_for = b
        .members
        .iter()
        .map(|m| (m.id, m.full_name.clone()))
        .collect();
}

/// The members the search finds, in name order.
fn filtered(view: &RollCallView, b: &Branch) -> Vec<MemberId> {
    let needle = crate::vi::fold(view.search.trim());
    view.order
        .iter()
        .copied()
        .filter(|id| {
            needle.is_empty()
                || b.member(*id)
                    .is_some_and(|m| crate::vi::fold(&m.full_name).contains(&needle))
        })
        .collect()
}

fn first_summoned(b: &Branch, shown: &[MemberId]) -> Option<MemberId> {
    shown
        .iter()
        .copied()
        .find(|id| b.member(*id).is_some_and(is_summoned))
}

/// The next summoned member after `from` in `shown`.
fn next_summoned(b: &Branch, shown: &[MemberId], from: MemberId, up: bool) -> Option<MemberId> {
    let pos = shown.iter().position(|id| *id == from)?;
    let ok = |id: &&MemberId| b.member(**id).is_some_and(is_summoned);
    if up {
        shown[..pos].iter().rev().find(ok).copied()
    } else {
        shown[pos + 1..].iter().find(ok).copied()
    }
}

/// Take the screen's keys out of this frame's input (so the search field
/// does not see the digits) and act on them.
fn keys(ui: &mut Ui, view: &mut RollCallView, b: &mut Branch, shown: &[MemberId]) {
    let focused = ui.memory(|m| m.focused());
    let search = search_id(b);
    // A digit key's text may come a frame or two after the key itself
    // (after the focus moved to a reason field): drop it there too.
    let frame = ui.ctx().cumulative_frame_nr();
    if let Some((digit, until)) = view.swallow.take() {
        let mut dropped = false;
        ui.input_mut(|i| {
            i.events.retain(|e| {
                let hit = !dropped && matches!(e, egui::Event::Text(t) if *t == digit);
                dropped |= hit;
                !hit
            })
        });
        if !dropped && frame <= until {
            view.swallow = Some((digit, until));
        }
    }
    if let Some(f) = focused {
        if f != search {
            // Typing a reason: Enter or Esc goes back to the search.
            let in_reason = b.members.iter().any(|m| reason_id(b, m.id) == f);
            if in_reason
                && ui.input_mut(|i| {
                    i.consume_key(Modifiers::NONE, Key::Enter)
                        | i.consume_key(Modifiers::NONE, Key::Escape)
                })
            {
                view.focus_search = true;
            }
            return;
        }
    }
    if focused.is_none() {
        // Letters typed with no field focused go to the search.
        ui.input_mut(|i| {
            i.events.retain(|e| match e {
                egui::Event::Text(t) if !t.chars().all(|c| c.is_ascii_digit()) => {
                    view.search.push_str(t);
                    false
                }
                _ => true,
            })
        });
        view.focus_search = true;
    }
    let pressed = super::take_keys(
        ui,
        &[
            Key::ArrowDown,
            Key::ArrowUp,
            Key::Enter,
            Key::Num1,
            Key::Num2,
            Key::Num3,
            Key::Num0,
            Key::Escape,
        ],
    );
    for key in pressed {
        let digit = match key {
            Key::Num0 => "0",
            Key::Num1 => "1",
            Key::Num2 => "2",
            Key::Num3 => "3",
            _ => "",
        };
        if !digit.is_empty() {
            // The digit also arrives as text: keep it out of the fields.
            let mut dropped = false;
            ui.input_mut(|i| {
                i.events.retain(|e| {
                    let hit = !dropped && matches!(e, egui::Event::Text(t) if t == digit);
                    dropped |= hit;
                    !hit
                })
            });
            if !dropped {
                view.swallow = Some((digit.to_string(), frame + 3));
            }
        }
        let cursor = view.cursor.filter(|c| shown.contains(c));
        match key {
            Key::ArrowDown | Key::ArrowUp => {
                let up = key == Key::ArrowUp;
                view.cursor = match cursor {
                    Some(c) => next_summoned(b, shown, c, up).or(Some(c)),
                    None => first_summoned(b, shown),
                };
                view.scroll = true;
                view.note = None;
            }
            Key::Escape => {
                view.search.clear();
                view.note = None;
            }
            _ => {
                let m = match key {
                    Key::Num2 => Mark::AbsentWithReason,
                    Key::Num3 => Mark::AbsentWithoutReason,
                    Key::Num0 => Mark::NotRecorded,
                    _ => Mark::Present,
                };
                if let Some(c) = cursor {
                    apply_key_mark(view, b, shown, c, m);
                }
            }
        }
        view.focus_search |= view.focus_reason.is_none();
    }
}

fn apply_key_mark(
    view: &mut RollCallView,
    b: &mut Branch,
    shown: &[MemberId],
    id: MemberId,
    m: Mark,
) {
    let Some(member) = b.member_mut(id) else {
        return;
    };
    if !is_summoned(member) {
        view.note = Some(msg::cannot_mark(
            &member.full_name,
            labels::standing(member.standing),
        ));
        return;
    }
    view.note = None;
    member.attendance = attendance_for(m, &member.attendance);
    let needs_reason = matches!(
        &member.attendance,
        Attendance::Absent { reason, accepted: true } if reason.trim().is_empty()
    );
    if needs_reason {
        view.focus_reason = Some(id);
    }
    if view.search.is_empty() {
        if !needs_reason {
            view.cursor = next_summoned(b, shown, id, false).or(Some(id));
        }
    } else {
        // The next arrival is found by typing again.
        view.search.clear();
        view.last_search = Some(String::new());
        view.cursor = Some(id);
    }
    view.scroll = true;
}

fn table(ui: &mut Ui, view: &mut RollCallView, b: &mut Branch, shown: &[MemberId]) {
    // On a narrow window (1366×768 at 125–150%) the marks wrap onto two
    // lines in a narrower column, so that every column stays in the window.
    let wide_needs = 48.0 + 160.0 + 120.0 + 360.0 + 120.0 + 5.0 * ui.spacing().item_spacing.x;
    let narrow = ui.available_width() < wide_needs;
    // A row holds the mark buttons whole (text, padding, the cell's gap):
    // a shorter row cuts their lower edge off.
    let line = ui.text_style_height(&egui::TextStyle::Body);
    let button = line + 2.0 * ui.spacing().button_padding.y;
    let gap = ui.spacing().item_spacing.y;
    let row_h = if narrow {
        2.0 * button + 2.0 * gap + 4.0
    } else {
        button + gap + 4.0
    };
    let scroll_to = if view.scroll {
        view.cursor
            .and_then(|c| shown.iter().position(|id| *id == c))
    } else {
        None
    };
    view.scroll = false;
    let mut clicked: Option<(MemberId, Option<Mark>)> = None;
    let mut table = TableBuilder::new(ui)
        .striped(true)
        .sense(egui::Sense::click())
        .cell_layout(egui::Layout::left_to_right(egui::Align::Center))
        .column(Column::exact(if narrow { 40.0 } else { 48.0 }))
        .column(if narrow {
            Column::remainder().at_least(110.0).clip(true)
        } else {
            Column::initial(230.0).at_least(160.0).clip(true)
        })
        .column(Column::exact(if narrow { 80.0 } else { 120.0 }).clip(true))
        .column(Column::exact(if narrow { 200.0 } else { 360.0 }))
        .column(if narrow {
            Column::exact(100.0).clip(true)
        } else {
            Column::remainder().at_least(120.0)
        });
    if let Some(row) = scroll_to {
        table = table.scroll_to_row(row, Some(egui::Align::Center));
    }
    table
        .header(row_h, |mut h| {
            for t in [
                msg::COL_STT,
                msg::COL_NAME,
                msg::COL_KIND,
                msg::COL_ATTENDANCE,
                msg::COL_REASON,
            ] {
                h.col(|ui| {
                    ui.label(style::strong(t));
                });
            }
        })
        .body(|body| {
            body.rows(row_h, shown.len(), |mut row| {
                let i = row.index();
                let Some(id) = shown.get(i).copied() else {
                    return;
                };
                let reason_field = reason_id(b, id);
                let Some(m) = b.member_mut(id) else {
                    return;
                };
                row.set_selected(view.cursor == Some(id));
                let stt = view.order.iter().position(|x| *x == id).unwrap_or(i) + 1;
                row.col(|ui| {
                    ui.label(stt.to_string());
                });
                row.col(|ui| {
                    let text = if is_summoned(m) {
                        style::strong(m.full_name.as_str())
                    } else {
                        RichText::new(m.full_name.as_str()).weak()
                    };
                    ui.label(text);
                });
                row.col(|ui| {
                    let mut kind = labels::member_status(m.status).to_string();
                    if m.exempted {
                        kind = format!("{kind}, {}", msg::EXEMPTED_SHORT);
                    }
                    ui.label(kind);
                });
                row.col(|ui| {
                    if !is_summoned(m) {
                        ui.label(
                            RichText::new(msg::not_summoned(labels::standing(m.standing))).weak(),
                        );
                        return;
                    }
                    let now = mark_of(m);
                    ui.horizontal_wrapped(|ui| {
                        for mk in [
                            Mark::Present,
                            Mark::AbsentWithReason,
                            Mark::AbsentWithoutReason,
                        ] {
                            let on = now == mk;
                            let mut text = RichText::new(mk.label());
                            if on {
                                text = text.strong().color(match mk {
                                    Mark::Present => style::palette(ui).ok,
                                    Mark::AbsentWithoutReason => style::palette(ui).error,
                                    _ => style::palette(ui).warning,
                                });
                            }
                            let resp = ui.selectable_label(on, text);
                            name_widget(
                                &resp,
                                egui::Role::Button,
                                &msg::mark_label(&m.full_name, mk.label()),
                            );
                            if resp.clicked() {
                                // A second click on the mark takes it back.
                                clicked = Some((id, Some(if on { Mark::NotRecorded } else { mk })));
                            }
                        }
                    });
                });
                row.col(|ui| {
                    if let Attendance::Absent { reason, .. } = &mut m.attendance {
                        let resp = ui.add(
                            egui::TextEdit::singleline(reason)
                                .id(reason_field)
                                .desired_width(f32::INFINITY),
                        );
                        name_widget(
                            &resp,
                            egui::Role::TextInput,
                            &msg::reason_label(&m.full_name),
                        );
                        if view.focus_reason == Some(id) {
                            resp.request_focus();
                            view.focus_reason = None;
                        }
                        if resp.changed() {
                            *reason = crate::vi::nfc(reason);
                        }
                    }
                });
                if row.response().clicked() && clicked.is_none() {
                    clicked = Some((id, None));
                }
            });
        });
    if let Some((id, m)) = clicked {
        view.cursor = Some(id);
        view.note = None;
        if let Some(m) = m {
            if let Some(member) = b.member_mut(id) {
                member.attendance = attendance_for(m, &member.attendance);
            }
            // Ready for the next arrival.
            view.search.clear();
            view.last_search = Some(String::new());
            if m == Mark::AbsentWithReason {
                view.focus_reason = Some(id);
            } else {
                view.focus_search = true;
            }
        }
    }
}
