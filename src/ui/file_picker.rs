//! Choosing a file or folder: the system's dialog (rfd) where it works, and
//! otherwise a built-in picker that says why it is used.
//!
//! On a Linux PC without a desktop file-dialog service (no
//! xdg-desktop-portal and no zenity) rfd returns "nothing chosen" at once;
//! that used to look like a button that did nothing. Now such a PC gets the
//! built-in picker, for the rest of the session.
//!
//! Use: `request(ctx, Request::folder(id, title))` when the button is
//! clicked, then `take(ctx, id)` every frame: it gives the path once chosen
//! (the same frame with the system's dialog, a later one with the built-in
//! picker). [`show`] draws the built-in picker; the app calls it once a
//! frame, after every other window, so it is on top of the dialog that
//! asked.

use super::style;
use crate::strings::file_picker as msg;
use eframe::egui::{self, Id, Ui};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// What is being chosen.
#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    Folder,
    /// An existing file with one of `exts` (lower case, without the dot).
    Open {
        filter: String,
        exts: Vec<String>,
    },
    /// A file to write: `name` suggested, `ext` added when missing.
    Save {
        name: String,
        ext: String,
    },
}

/// One request for a path.
#[derive(Debug, Clone, PartialEq)]
pub struct Request {
    pub id: Id,
    pub title: String,
    pub mode: Mode,
    pub start: Option<PathBuf>,
}

impl Request {
    pub fn folder(id: &str, title: &str) -> Request {
        Request {
            id: Id::unique(id),
            title: title.to_string(),
            mode: Mode::Folder,
            start: None,
        }
    }

    pub fn open(id: &str, title: &str, filter: &str, exts: &[&str]) -> Request {
        Request {
            id: Id::unique(id),
            title: title.to_string(),
            mode: Mode::Open {
                filter: filter.to_string(),
                exts: exts.iter().map(|e| e.to_lowercase()).collect(),
            },
            start: None,
        }
    }

    pub fn save(id: &str, title: &str, name: &str, ext: &str) -> Request {
        Request {
            id: Id::unique(id),
            title: title.to_string(),
            mode: Mode::Save {
                name: name.to_string(),
                ext: ext.to_lowercase(),
            },
            start: None,
        }
    }

    pub fn starting_in(mut self, dir: Option<&Path>) -> Request {
        self.start = dir.map(Path::to_path_buf);
        self
    }
}

/// Whether the system's dialog can be used.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Native {
    /// Not tried yet.
    #[default]
    Unknown,
    Works,
    /// Use the built-in picker.
    Missing,
}

#[derive(Clone, Default)]
struct State {
    native: Native,
    open: Option<Picker>,
    results: Vec<(Id, PathBuf)>,
}

fn state_id() -> Id {
    Id::unique("daihoi-file-picker")
}

fn with_state<R>(ctx: &egui::Context, f: impl FnOnce(&mut State) -> R) -> R {
    ctx.data_mut(|d| f(d.get_temp_mut_or_default::<State>(state_id())))
}

/// Use the system's dialog or not (tests; the app finds out by itself).
pub fn set_native(ctx: &egui::Context, native: Native) {
    with_state(ctx, |s| s.native = native);
}

/// The built-in picker is open.
pub fn is_open(ctx: &egui::Context) -> bool {
    with_state(ctx, |s| s.open.is_some())
}

/// Ask for a path: the system's dialog now, or the built-in picker.
pub fn request(ctx: &egui::Context, req: Request) {
    let mut native = with_state(ctx, |s| s.native);
    if native == Native::Unknown && !native_possible() {
        native = Native::Missing;
    }
    if native != Native::Missing {
        let started = Instant::now();
        match run_native(&req) {
            Some(path) => {
                with_state(ctx, |s| {
                    s.native = Native::Works;
                    s.results.push((req.id, path));
                });
                return;
            }
            // Nothing chosen. A person takes longer than this to cancel: an
            // answer this fast means there was no dialog at all.
            None if native == Native::Unknown && started.elapsed() < NO_DIALOG => {}
            None => {
                with_state(ctx, |s| s.native = Native::Works);
                return;
            }
        }
    }
    let picker = Picker::new(req);
    with_state(ctx, |s| {
        s.native = Native::Missing;
        s.open = Some(picker);
    });
}

/// Faster than anyone closes a dialog: rfd found no dialog to show.
const NO_DIALOG: Duration = Duration::from_millis(400);

/// The path chosen for `id`, once.
pub fn take(ctx: &egui::Context, id: &str) -> Option<PathBuf> {
    let id = Id::unique(id);
    with_state(ctx, |s| {
        let i = s.results.iter().position(|(r, _)| *r == id)?;
        Some(s.results.remove(i).1)
    })
}

/// Can the system show a dialog at all? Windows and macOS always can; on
/// Linux rfd needs the session's D-Bus (for the portal) or zenity.
fn native_possible() -> bool {
    if cfg!(any(windows, target_os = "macos")) {
        return true;
    }
    let bus = std::env::var_os("DBUS_SESSION_BUS_ADDRESS").is_some()
        || std::env::var_os("XDG_RUNTIME_DIR").is_some_and(|d| Path::new(&d).join("bus").exists());
    let zenity = std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join("zenity").is_file()));
    bus || zenity
}

fn run_native(req: &Request) -> Option<PathBuf> {
    let mut d = rfd::FileDialog::new().set_title(&req.title);
    if let Some(dir) = &req.start {
        d = d.set_directory(dir);
    }
    match &req.mode {
        Mode::Folder => d.pick_folder(),
        Mode::Open { filter, exts } => d.add_filter(filter, exts).pick_file(),
        Mode::Save { name, ext } => d.set_file_name(name).add_filter(ext, &[ext]).save_file(),
    }
}

/// One line of the built-in picker's list.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub path: PathBuf,
    pub is_dir: bool,
}

/// What `dir` holds for `mode`: folders first, then the files it may pick
/// (none when choosing a folder), each group in Vietnamese order; hidden
/// (dot) entries left out. `Err` is a Vietnamese sentence.
pub fn list(dir: &Path, mode: &Mode) -> Result<Vec<Entry>, String> {
    let read = std::fs::read_dir(dir).map_err(|e| msg::cannot_read(dir, &e.to_string()))?;
    let mut out: Vec<Entry> = Vec::new();
    for e in read.flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if name.starts_with('.') {
            continue;
        }
        let path = e.path();
        let is_dir = path.is_dir();
        let wanted = is_dir
            || match mode {
                Mode::Folder => false,
                Mode::Open { exts, .. } => has_ext(&path, exts),
                Mode::Save { ext, .. } => has_ext(&path, std::slice::from_ref(ext)),
            };
        if wanted {
            out.push(Entry { name, path, is_dir });
        }
    }
    out.sort_by(|a, b| {
        b.is_dir
            .cmp(&a.is_dir)
            .then_with(|| crate::vi::collate::compare_text(&a.name, &b.name))
    });
    Ok(out)
}

fn has_ext(path: &Path, exts: &[String]) -> bool {
    exts.is_empty()
        || path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .is_some_and(|e| exts.contains(&e))
}

/// The path a save request writes: `name` in `dir`, with `ext` added when
/// the name has another or none.
pub fn save_path(dir: &Path, name: &str, ext: &str) -> Option<PathBuf> {
    let name = name.trim();
    if name.is_empty() {
        return None;
    }
    let p = dir.join(name);
    Some(if has_ext(&p, &[ext.to_string()]) {
        p
    } else {
        dir.join(format!("{name}.{ext}"))
    })
}

/// The built-in picker's state.
#[derive(Debug, Clone)]
struct Picker {
    req: Request,
    dir: PathBuf,
    path_text: String,
    entries: Vec<Entry>,
    selected: Option<PathBuf>,
    name: String,
    error: Option<String>,
    /// A save over an existing file was asked once (a second "Chọn" writes).
    confirm_overwrite: Option<PathBuf>,
}

impl Picker {
    fn new(req: Request) -> Picker {
        let dir = req
            .start
            .clone()
            .filter(|d| d.is_dir())
            .or_else(|| directories::UserDirs::new().map(|u| u.home_dir().to_path_buf()))
            .or_else(|| std::env::current_dir().ok())
            .unwrap_or_else(|| PathBuf::from("/"));
        let name = match &req.mode {
            Mode::Save { name, .. } => name.clone(),
            _ => String::new(),
        };
        let mut p = Picker {
            req,
            dir: PathBuf::new(),
            path_text: String::new(),
            entries: Vec::new(),
            selected: None,
            name,
            error: None,
            confirm_overwrite: None,
        };
        p.go(dir);
        p
    }

    fn go(&mut self, dir: PathBuf) {
        match list(&dir, &self.req.mode) {
            Ok(entries) => {
                self.entries = entries;
                self.path_text = dir.display().to_string();
                self.dir = dir;
                self.selected = None;
                self.error = None;
                self.confirm_overwrite = None;
            }
            Err(e) => self.error = Some(e),
        }
    }

    /// The path "Chọn" gives now, or why not.
    fn chosen(&mut self) -> Result<PathBuf, String> {
        match &self.req.mode {
            Mode::Folder => Ok(self
                .selected
                .clone()
                .filter(|p| p.is_dir())
                .unwrap_or_else(|| self.dir.clone())),
            Mode::Open { .. } => self
                .selected
                .clone()
                .filter(|p| p.is_file())
                .ok_or_else(|| msg::PICK_A_FILE.to_string()),
            Mode::Save { ext, .. } => {
                let Some(p) = save_path(&self.dir, &self.name, ext) else {
                    return Err(msg::TYPE_A_NAME.to_string());
                };
                if p.is_dir() {
                    return Err(msg::NAME_IS_FOLDER.to_string());
                }
                if p.exists() && self.confirm_overwrite.as_ref() != Some(&p) {
                    self.confirm_overwrite = Some(p.clone());
                    return Err(msg::will_overwrite(&p));
                }
                Ok(p)
            }
        }
    }
}

/// Draw the built-in picker when it is open (once a frame, last).
pub fn show(ctx: &egui::Context) {
    let Some(mut p) = with_state(ctx, |s| s.open.take()) else {
        return;
    };
    let mut done: Option<Option<PathBuf>> = None;
    egui::Modal::new(Id::unique("builtin_file_picker")).show(ctx, |ui| {
        ui.set_width(640.0_f32.min(ctx.content_rect().width() - 60.0));
        done = picker_ui(ui, &mut p);
    });
    with_state(ctx, |s| match done {
        Some(Some(path)) => s.results.push((p.req.id, path)),
        Some(None) => {}
        None => s.open = Some(p),
    });
}

/// The picker's contents; `Some` when it closes (with the path, or none
/// when cancelled).
fn picker_ui(ui: &mut Ui, p: &mut Picker) -> Option<Option<PathBuf>> {
    let mut result = None;
    ui.heading(&p.req.title);
    ui.add(
        egui::Label::new(egui::RichText::new(msg::BUILTIN_NOTE).color(style::warning(ui))).wrap(),
    );
    ui.separator();
    ui.horizontal(|ui| {
        let label = ui.label(msg::FOLDER);
        let resp = ui
            .add(egui::TextEdit::singleline(&mut p.path_text).desired_width(380.0))
            .labelled_by(label.id);
        let enter = resp.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button(msg::GO).clicked() || enter {
            let dir = PathBuf::from(p.path_text.trim());
            p.go(dir);
        }
        if ui
            .add_enabled(p.dir.parent().is_some(), egui::Button::new(msg::UP))
            .clicked()
        {
            if let Some(up) = p.dir.parent() {
                p.go(up.to_path_buf());
            }
        }
    });
    ui.horizontal_wrapped(|ui| {
        for (label, dir) in places() {
            if ui.small_button(label).clicked() {
                p.go(dir);
            }
        }
    });
    let mut enter: Option<PathBuf> = None;
    egui::Frame::NONE
        .stroke(ui.visuals().widgets.noninteractive.bg_stroke)
        .inner_margin(4)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("picker_list")
                .max_height(280.0)
                .min_scrolled_height(280.0)
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    if p.entries.is_empty() {
                        ui.label(style::guidance(msg::EMPTY));
                    }
                    for e in &p.entries {
                        let on = p.selected.as_ref() == Some(&e.path);
                        let text = if e.is_dir {
                            msg::folder_entry(&e.name)
                        } else {
                            e.name.clone()
                        };
                        let resp = ui.selectable_label(on, text);
                        if resp.double_clicked() {
                            if e.is_dir {
                                enter = Some(e.path.clone());
                            } else {
                                p.selected = Some(e.path.clone());
                                result = Some(());
                            }
                        } else if resp.clicked() {
                            p.selected = Some(e.path.clone());
                            if !e.is_dir {
                                p.name = e.name.clone();
                            }
                        }
                    }
                });
        });
    if let Some(dir) = enter {
        p.go(dir);
    }
    if matches!(p.req.mode, Mode::Save { .. }) {
        ui.horizontal(|ui| {
            let label = ui.label(msg::FILE_NAME);
            ui.add(egui::TextEdit::singleline(&mut p.name).desired_width(380.0))
                .labelled_by(label.id);
        });
    }
    if let Some(e) = &p.error {
        ui.add(egui::Label::new(egui::RichText::new(e).color(style::error(ui))).wrap());
    }
    let mut close = None;
    ui.horizontal(|ui| {
        let choose = match p.req.mode {
            Mode::Folder => msg::CHOOSE_FOLDER,
            Mode::Open { .. } => msg::CHOOSE_FILE,
            Mode::Save { .. } => msg::SAVE_HERE,
        };
        if ui.button(choose).clicked() || result.is_some() {
            match p.chosen() {
                Ok(path) => close = Some(Some(path)),
                Err(e) => p.error = Some(e),
            }
        }
        if ui.button(msg::CANCEL).clicked() || ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            close = Some(None);
        }
    });
    close
}

/// Quick places: home, desktop, documents, and the drives on Windows.
fn places() -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    if let Some(u) = directories::UserDirs::new() {
        out.push((msg::HOME.to_string(), u.home_dir().to_path_buf()));
        if let Some(d) = u.desktop_dir() {
            out.push((msg::DESKTOP.to_string(), d.to_path_buf()));
        }
        if let Some(d) = u.document_dir() {
            out.push((msg::DOCUMENTS.to_string(), d.to_path_buf()));
        }
    }
    if cfg!(windows) {
        for letter in b'C'..=b'Z' {
            let root = PathBuf::from(format!("{}:\\", letter as char));
            if root.is_dir() {
                out.push((msg::drive(letter as char), root));
            }
        }
    }
    out.retain(|(_, d)| d.is_dir());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_first_in_vietnamese_order_and_only_the_wanted_files() {
        let dir = tempfile::tempdir().unwrap();
        for d in ["Thôn Phú Mỹ", "Thôn Đông Xuân", ".an"] {
            std::fs::create_dir(dir.path().join(d)).unwrap();
        }
        for f in ["b.xlsx", "a.CSV", "c.docx", ".hidden.xlsx"] {
            std::fs::write(dir.path().join(f), b"x").unwrap();
        }
        let open = Mode::Open {
            filter: "x".into(),
            exts: vec!["xlsx".into(), "csv".into()],
        };
        let names: Vec<String> = list(dir.path(), &open)
            .unwrap()
            .into_iter()
            .map(|e| e.name)
            .collect();
        // Đ sorts after D and before P in Vietnamese (raw bytes put it last).
        assert_eq!(names, ["Thôn Đông Xuân", "Thôn Phú Mỹ", "a.CSV", "b.xlsx"]);
        let folders: Vec<String> = list(dir.path(), &Mode::Folder)
            .unwrap()
            .into_iter()
            .map(|e| e.name)
            .collect();
        assert_eq!(folders, ["Thôn Đông Xuân", "Thôn Phú Mỹ"]);
        let e = list(&dir.path().join("không có"), &Mode::Folder).unwrap_err();
        assert!(e.starts_with("Không mở được thư mục"), "{e}");
    }

    #[test]
    fn a_save_name_gets_its_extension() {
        let d = Path::new("/tmp/x");
        assert_eq!(
            save_path(d, "Báo cáo", "docx"),
            Some(d.join("Báo cáo.docx"))
        );
        assert_eq!(save_path(d, "a.DOCX", "docx"), Some(d.join("a.DOCX")));
        assert_eq!(save_path(d, "a.txt", "docx"), Some(d.join("a.txt.docx")));
        assert_eq!(save_path(d, "  ", "docx"), None);
    }

    #[test]
    fn saving_over_a_file_asks_once() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("a.docx"), b"x").unwrap();
        let mut p = Picker::new(Request::save("s", "t", "a", "docx").starting_in(Some(dir.path())));
        let e = p.chosen().unwrap_err();
        assert!(e.contains("đã có"), "{e}");
        assert_eq!(p.chosen().unwrap(), dir.path().join("a.docx"));
        p.name.clear();
        assert_eq!(p.chosen().unwrap_err(), msg::TYPE_A_NAME);
    }
}
