//! The projection screen: a window of its own, for the hall's projector
//! (drag it onto the projector, F11 for full screen). Per candidate the
//! votes, the share of the summoned full members, a bar with the "more than
//! half" line and elected or not, in type readable from the back of a room.
//! No editing controls; it follows the count as the ballots are typed.

use crate::model::{Branch, MemberId, Ward};
use crate::rules::election::{self as election, CandidateStatus};
use crate::strings::{congress as msg, election as emsg};
use eframe::egui::{self, Color32, RichText, Ui};

fn state_id() -> egui::Id {
    egui::Id::unique("daihoi-projection-branch")
}

/// Show the projection window for branch `id` (from the next frame on).
pub fn open(ctx: &egui::Context, id: &str) {
    ctx.data_mut(|d| d.insert_temp(state_id(), id.to_string()));
}

pub fn close(ctx: &egui::Context) {
    ctx.data_mut(|d| d.remove::<String>(state_id()));
}

pub fn is_open(ctx: &egui::Context) -> bool {
    open_branch(ctx).is_some()
}

fn open_branch(ctx: &egui::Context) -> Option<String> {
    ctx.data(|d| d.get_temp::<String>(state_id()))
}

/// The round the counting screen of `b` shows (the last one otherwise).
fn round_shown(ctx: &egui::Context, b: &Branch) -> Option<usize> {
    let last = b.results.rounds.len().checked_sub(1)?;
    let view = crate::ui::election::view::ElectionView::shown(ctx, &b.id);
    Some(view.map(|v| v.round).unwrap_or(last).min(last))
}

/// Called by the app every frame: draws the projection window while open.
pub fn viewport(ctx: &egui::Context, ward: &Ward, branches: &[Branch]) {
    let Some(id) = open_branch(ctx) else {
        return;
    };
    let Some(b) = branches.iter().find(|b| b.id == id) else {
        close(ctx);
        return;
    };
    let round = round_shown(ctx, b);
    let builder = egui::ViewportBuilder::default()
        .with_title(msg::PROJECTION_TITLE)
        .with_inner_size([1280.0, 720.0]);
    ctx.show_viewport_immediate(
        egui::ViewportId::from_hash_of("daihoi-projection"),
        builder,
        |ui, _class| {
            let ctx = ui.ctx().clone();
            if ui.input(|i| i.viewport().close_requested()) {
                close(&ctx);
            }
            let full = ui.input(|i| i.viewport().fullscreen.unwrap_or(false));
            if ui.input(|i| i.key_pressed(egui::Key::F11)) {
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(!full));
            }
            if full && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                ctx.send_viewport_cmd(egui::ViewportCommand::Fullscreen(false));
            }
            egui::CentralPanel::default()
                .frame(egui::Frame::new().fill(Color32::WHITE).inner_margin(24.0))
                .show(ui, |ui| show(ui, ward, b, round));
        },
    );
}

/// Colours chosen for a projector in a lit hall: black on white, strong
/// green and red.
const INK: Color32 = Color32::from_rgb(0x10, 0x10, 0x10);
const GREEN: Color32 = Color32::from_rgb(0x0a, 0x6b, 0x2a);
const RED: Color32 = Color32::from_rgb(0xa8, 0x10, 0x1a);
const AMBER: Color32 = Color32::from_rgb(0x8a, 0x50, 0x00);
const BAR_BACK: Color32 = Color32::from_rgb(0xe4, 0xe4, 0xe0);
const BAR_FILL: Color32 = Color32::from_rgb(0x1f, 0x5f, 0xbf);

/// The projection of round `index` of `b` (live from the ballots typed).
pub fn show(ui: &mut Ui, ward: &Ward, b: &Branch, index: Option<usize>) {
    // The ballots typed so far, else the totals typed.
    let Some(round) = index.and_then(|i| {
        super::ballots::live_round(ward, b, i)
            .map(|(r, _)| r)
            .or_else(|| b.results.rounds.get(i).cloned())
    }) else {
        ui.label(
            RichText::new(msg::PROJECTION_NO_ROUND)
                .size(40.0)
                .color(INK),
        );
        return;
    };
    let rows = round.votes.len().max(1) as f32;
    // Type size from the window height: a candidate takes about 2.1 times
    // the size plus spacing, the header about 4.2 times.
    let spacing = ui.spacing().item_spacing.y;
    let h = ui.available_height() - 60.0;
    // …and no larger than the width allows for a long name and "100,00%".
    let base = ((h - rows * 2.0 * spacing - 6.0 * spacing) / (rows * 2.25 + 4.6))
        .min(ui.available_width() / 34.0)
        .clamp(18.0, 64.0);
    let summoned = election::summoned(b).summoned;
    let outcome = election::count_round_by(&round, summoned, ward.percent);
    let label = emsg::round_label(round.office.map(crate::rules::labels::office), round.round);
    ui.vertical_centered(|ui| {
        ui.label(RichText::new(&b.name).size(base * 0.8).color(INK));
        ui.label(
            RichText::new(msg::projection_heading(&label))
                .size(base * 1.2)
                .strong()
                .color(INK),
        );
    });
    ui.label(
        RichText::new(msg::projection_threshold(
            summoned,
            outcome.needed,
            round.seats,
        ))
        .size(base * 0.75)
        .color(INK),
    );
    ui.label(
        RichText::new(msg::projection_ballots(
            round.ballots_returned,
            round.ballots_valid,
            round.ballots_invalid,
        ))
        .size(base * 0.75)
        .color(INK),
    );
    ui.add_space(base * 0.4);
    // The half line, named once above the bars (a label inside each bar
    // is unreadable where the bar's fill ends).
    let (legend, _) = ui.allocate_exact_size(
        egui::vec2(ui.available_width(), base * 1.0),
        egui::Sense::hover(),
    );
    let painter = ui.painter();
    painter.text(
        egui::pos2(legend.center().x, legend.top()),
        egui::Align2::CENTER_TOP,
        msg::half_line_label(outcome.needed),
        egui::FontId::proportional(base * 0.75),
        INK,
    );
    painter.line_segment(
        [
            egui::pos2(legend.center().x, legend.top() + base * 0.8),
            egui::pos2(legend.center().x, legend.bottom()),
        ],
        egui::Stroke::new(3.0, INK),
    );
    let order = super::ballots::ballot_order(ward, b, &round);
    for id in order {
        let Some(c) = outcome.candidates.iter().find(|c| c.member == id) else {
            continue;
        };
        candidate_row(ui, b, id, c, summoned, base);
    }
    ui.with_layout(egui::Layout::bottom_up(egui::Align::Max), |ui| {
        ui.label(
            RichText::new(msg::PROJECTION_KEYS)
                .size(14.0)
                .color(Color32::GRAY),
        );
    });
}

fn candidate_row(
    ui: &mut Ui,
    b: &Branch,
    id: MemberId,
    c: &election::CandidateResult,
    summoned: u32,
    base: f32,
) {
    let name = b
        .member(id)
        .map(|m| m.full_name.clone())
        .unwrap_or_default();
    let (status, color) = match c.status {
        CandidateStatus::Elected => (emsg::STATUS_ELECTED, GREEN),
        CandidateStatus::Tied => (emsg::STATUS_TIED, AMBER),
        CandidateStatus::OutRanked => (emsg::STATUS_OUTRANKED, AMBER),
        CandidateStatus::BelowThreshold => (emsg::STATUS_BELOW, RED),
    };
    let width = ui.available_width();
    ui.horizontal(|ui| {
        let cell = |ui: &mut Ui, w: f32, text: RichText| {
            ui.allocate_ui_with_layout(
                egui::vec2(w, base * 1.2),
                egui::Layout::left_to_right(egui::Align::Center),
                |ui| {
                    ui.set_width(w);
                    ui.add(egui::Label::new(text).truncate());
                },
            );
        };
        cell(
            ui,
            width * 0.38,
            RichText::new(&name).size(base).strong().color(INK),
        );
        cell(
            ui,
            width * 0.28,
            RichText::new(msg::projection_votes(c.votes, &c.pct))
                .size(base * 0.9)
                .color(INK),
        );
        cell(
            ui,
            width * 0.30,
            RichText::new(status).size(base * 0.9).strong().color(color),
        );
    });
    // The bar: votes out of the summoned full members, with the half line.
    let (rect, _) = ui.allocate_exact_size(egui::vec2(width, base * 0.55), egui::Sense::hover());
    let painter = ui.painter_at(rect.expand(2.0));
    painter.rect_filled(rect, 4.0, BAR_BACK);
    let share = if summoned == 0 {
        0.0
    } else {
        (c.votes as f32 / summoned as f32).min(1.0)
    };
    let mut fill = rect;
    fill.set_width(rect.width() * share);
    painter.rect_filled(fill, 4.0, if c.passed { GREEN } else { BAR_FILL });
    let half_x = rect.left() + rect.width() * 0.5;
    painter.line_segment(
        [
            egui::pos2(half_x, rect.top() - 2.0),
            egui::pos2(half_x, rect.bottom() + 2.0),
        ],
        // Black over a filled bar, red over an empty one.
        egui::Stroke::new(3.0, if share > 0.5 { INK } else { RED }),
    );
    ui.add_space(base * 0.35);
}
