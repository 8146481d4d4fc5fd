//! The preview pane beside a document's form, with two tabs:
//!
//! - "Nội dung": the document in reading order with its headings, tables
//!   and signature ([`text`]), remade whenever the branch changes;
//! - "Xem trang in": the document's real pages. The .docx goes through
//!   LibreOffice to PDF in a background [`Job`], the PDF is rasterised
//!   ([`crate::docgen::raster`]) and the pages are drawn as textures, with
//!   the page count. They are made again on demand ("Cập nhật"), and say
//!   when the form has changed since. Without LibreOffice the tab says why
//!   and shows the text preview instead.

pub mod text;

use super::job::{Job, Polled};
use super::style;
use crate::docgen::Templates;
use crate::docgen::preview::{TextPreview, text_preview};
use crate::docgen::raster::PageImage;
use crate::model::{Branch, DocKind, Ward};
use crate::strings::preview as msg;
use eframe::egui::{self, Ui};
use std::path::PathBuf;

/// Width of a page image in pixels: sharp in a pane up to ~900 px (or 450
/// points at 2× scale), 4.6 MB of pixels for an A4 page until uploaded.
pub const PAGE_WIDTH_PX: u32 = 900;

/// Which tab the pane shows.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Tab {
    #[default]
    Text,
    Pages,
}

/// Where LibreOffice is, once looked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Office {
    Found(PathBuf),
    Missing,
}

type PagesJob = Job<(), Result<Vec<PageImage>, String>>;

/// Which state of which document: the branch's id and its edit number
/// ([`crate::ui::generations`]), so telling whether what is kept is still
/// current costs no comparison of the branch.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Made {
    kind: DocKind,
    id: String,
    generation: u64,
}

impl Made {
    fn of(kind: DocKind, b: &Branch, generation: u64) -> Self {
        Made {
            kind,
            id: b.id.clone(),
            generation,
        }
    }

    /// The same document of the same branch, in any state.
    fn same_document(&self, kind: DocKind, b: &Branch) -> bool {
        self.kind == kind && self.id == b.id
    }

    fn current(&self, kind: DocKind, b: &Branch, generation: u64) -> bool {
        self.same_document(kind, b) && self.generation == generation
    }
}

/// A conversion running for one state of one document.
struct Running {
    made: Made,
    job: PagesJob,
}

/// Pages on screen, with the state of the document they show.
struct Shown {
    made: Made,
    pages: Vec<egui::TextureHandle>,
}

/// The pane's state (runtime only, never saved).
#[derive(Default)]
pub struct PagePreview {
    pub tab: Tab,
    office: Option<Office>,
    /// `office` was set by [`PagePreview::set_office`]: never look again.
    office_fixed: bool,
    running: Option<Running>,
    shown: Option<Shown>,
    /// Why the last conversion gave no pages (with the document it was for).
    error: Option<(DocKind, String, String)>,
    /// The text preview of a document in one state.
    text: Option<(Made, Result<TextPreview, String>)>,
}

impl PagePreview {
    /// Use this LibreOffice (or none) instead of looking for it (tests).
    pub fn set_office(&mut self, office: Office) {
        self.office = Some(office);
        self.office_fixed = true;
    }

    /// Forget everything made from the templates or the ward (they changed).
    pub fn forget(&mut self) {
        self.text = None;
        self.shown = None;
        self.error = None;
    }

    /// A conversion is running.
    pub fn running(&self) -> bool {
        self.running.is_some()
    }

    /// How many pages are shown for `kind` of branch `id` (tests).
    pub fn page_count(&self, id: &str, kind: DocKind) -> Option<usize> {
        self.shown
            .as_ref()
            .filter(|s| s.made.kind == kind && s.made.id == id)
            .map(|s| s.pages.len())
    }

    fn office(&mut self) -> &Office {
        self.office
            .get_or_insert_with(|| match crate::docgen::pdf::find_libreoffice() {
                Some(p) => Office::Found(p),
                None => Office::Missing,
            })
    }

    /// Take the conversion's result when it is done.
    pub fn poll(&mut self, ctx: &egui::Context) {
        let Some(r) = &mut self.running else {
            return;
        };
        let result = match r.job.poll() {
            Polled::Running => return,
            Polled::Finished(result) => result,
            Polled::Stopped => Err(crate::strings::ui::PACKET_STOPPED.to_string()),
        };
        let Some(r) = self.running.take() else {
            return;
        };
        match result {
            Ok(images) => {
                let pages = images
                    .into_iter()
                    .enumerate()
                    .map(|(i, img)| {
                        let image = egui::ColorImage::from_rgba_premultiplied(
                            [img.width as usize, img.height as usize],
                            &img.rgba,
                        );
                        ctx.load_texture(
                            format!("page-preview-{i}"),
                            image,
                            egui::TextureOptions::LINEAR
                                .with_mipmap_mode(Some(egui::TextureFilter::Linear)),
                        )
                    })
                    .collect();
                self.error = None;
                self.shown = Some(Shown {
                    made: r.made,
                    pages,
                });
            }
            Err(e) => self.error = Some((r.made.kind, r.made.id, e)),
        }
    }

    /// Start making the pages of `kind` for the branch as it is now.
    fn start(
        &mut self,
        ctx: &egui::Context,
        ward: &Ward,
        b: &Branch,
        kind: DocKind,
        generation: u64,
        templates: &Templates,
    ) {
        // Look again: LibreOffice may have been installed since.
        if !self.office_fixed {
            self.office = None;
        }
        let Office::Found(soffice) = self.office().clone() else {
            return;
        };
        if let Some(old) = self.running.take() {
            old.job.cancel();
        }
        let (ward, branch, templates) = (ward.clone(), b.clone(), templates.clone());
        let job = Job::spawn(ctx, move |w| {
            crate::ops::page_images(
                &ward,
                &branch,
                kind,
                &templates,
                &soffice,
                PAGE_WIDTH_PX,
                Some(w.cancel_flag()),
            )
        });
        self.running = Some(Running {
            made: Made::of(kind, b, generation),
            job,
        });
    }

    /// The pane for document `kind` of `b`, whose edit number is
    /// `generation` (or why no document can be made, when `refused`).
    #[allow(clippy::too_many_arguments)]
    pub fn show(
        &mut self,
        ui: &mut Ui,
        ward: &Ward,
        b: &Branch,
        generation: u64,
        kind: DocKind,
        templates: &Templates,
        refused: Option<&str>,
    ) {
        self.poll(ui.ctx());
        // ward.ron or a template did not load: no document can be made.
        if let Some(why) = refused {
            ui.label(style::strong(crate::strings::ui::PREVIEW));
            ui.separator();
            ui.add(egui::Label::new(egui::RichText::new(why).color(style::error(ui))).wrap());
            return;
        }
        ui.horizontal(|ui| {
            ui.label(style::strong(crate::strings::ui::PREVIEW));
            ui.separator();
            for (tab, label) in [(Tab::Text, msg::TAB_TEXT), (Tab::Pages, msg::TAB_PAGES)] {
                if ui.selectable_label(self.tab == tab, label).clicked() && self.tab != tab {
                    self.tab = tab;
                    // Opening the tab is the demand for pages, once per
                    // document; after that "Cập nhật" asks again.
                    if tab == Tab::Pages && self.needs_first_run(b, kind) {
                        self.start(ui.ctx(), ward, b, kind, generation, templates);
                    }
                }
            }
        });
        match self.tab {
            Tab::Text => {
                ui.label(style::guidance(msg::TEXT_HINT));
                ui.separator();
                self.text_body(ui, ward, b, generation, kind, templates);
            }
            Tab::Pages => self.pages(ui, ward, b, generation, kind, templates),
        }
    }

    /// No pages, no error and nothing running for this document yet.
    fn needs_first_run(&self, b: &Branch, kind: DocKind) -> bool {
        let shown = self
            .shown
            .as_ref()
            .is_some_and(|s| s.made.same_document(kind, b));
        let failed = self
            .error
            .as_ref()
            .is_some_and(|(k, id, _)| *k == kind && *id == b.id);
        !shown && !failed && self.running.is_none()
    }

    fn pages(
        &mut self,
        ui: &mut Ui,
        ward: &Ward,
        b: &Branch,
        generation: u64,
        kind: DocKind,
        templates: &Templates,
    ) {
        let current = self
            .shown
            .as_ref()
            .filter(|s| s.made.same_document(kind, b));
        let count = current.map(|s| s.pages.len());
        let stale = current.is_some_and(|s| !s.made.current(kind, b, generation));
        let running = self.running.is_some();
        ui.horizontal_wrapped(|ui| {
            if ui
                .add_enabled(!running, egui::Button::new(msg::UPDATE))
                .on_hover_text(msg::UPDATE_HINT)
                .clicked()
            {
                self.start(ui.ctx(), ward, b, kind, generation, templates);
            }
            if let Some(n) = count {
                ui.label(style::strong(msg::page_count(n)));
            }
            if running {
                ui.spinner();
                ui.label(msg::RENDERING);
            }
        });
        if *self.office() == Office::Missing {
            ui.add(egui::Label::new(
                egui::RichText::new(msg::NO_LIBREOFFICE).color(style::warning(ui)),
            ));
            ui.separator();
            self.text_body(ui, ward, b, generation, kind, templates);
            return;
        }
        if let Some((k, id, e)) = &self.error {
            if *k == kind && *id == b.id {
                ui.colored_label(style::error(ui), msg::failed(e));
            }
        }
        if stale && !running {
            ui.colored_label(style::warning(ui), msg::STALE);
        }
        ui.separator();
        let Some(shown) = self
            .shown
            .as_ref()
            .filter(|s| s.made.same_document(kind, b))
        else {
            if !running {
                ui.label(msg::NOT_YET);
            }
            return;
        };
        let n = shown.pages.len();
        egui::ScrollArea::vertical()
            .id_salt("preview_pages")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                for (i, tex) in shown.pages.iter().enumerate() {
                    page(ui, tex, &msg::page_label(i + 1, n));
                }
            });
    }

    fn text_body(
        &mut self,
        ui: &mut Ui,
        ward: &Ward,
        b: &Branch,
        generation: u64,
        kind: DocKind,
        templates: &Templates,
    ) {
        let fresh = self
            .text
            .as_ref()
            .is_some_and(|(m, _)| m.current(kind, b, generation));
        if !fresh {
            let made = text_preview(ward, b, kind, templates).map_err(|e| e.to_string());
            self.text = Some((Made::of(kind, b, generation), made));
        }
        let Some((_, made)) = &self.text else {
            return;
        };
        egui::ScrollArea::vertical()
            .id_salt("preview_text")
            .auto_shrink([false, false])
            .show(ui, |ui| match made {
                Ok(TextPreview::Laid(doc)) => text::document(ui, doc),
                Ok(TextPreview::Plain(t)) => {
                    ui.label(style::guidance(msg::WORD_TEMPLATE_NOTE));
                    ui.label(egui::RichText::new(t).size(style::SMALL + 1.0));
                }
                Err(e) => {
                    ui.colored_label(style::error(ui), msg::text_failed(e));
                }
            });
    }
}

/// One page, as wide as the pane, on a thin border, with its number below.
fn page(ui: &mut Ui, tex: &egui::TextureHandle, label: &str) {
    let [w, h] = tex.size();
    let width = (ui.available_width() - 4.0).max(50.0);
    let size = egui::vec2(width, width * h as f32 / w.max(1) as f32);
    egui::Frame::NONE
        .stroke(egui::Stroke::new(
            1.0,
            ui.visuals().widgets.noninteractive.bg_stroke.color,
        ))
        .show(ui, |ui| {
            ui.add(egui::Image::new((tex.id(), size)).fit_to_exact_size(size))
                .widget_info(|| egui::WidgetInfo::labeled(egui::Role::Image, true, label));
        });
    ui.vertical_centered(|ui| ui.label(egui::RichText::new(label).size(style::SMALL)));
    ui.add_space(10.0);
}
