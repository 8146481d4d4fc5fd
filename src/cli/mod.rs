//! The headless commands. Exit codes: 0 ok, 1 user/data error, 2 usage.

/// `outln!` with the control characters of names (an escape sequence
/// typed into a branch name) shown escaped rather than sent to the terminal.
macro_rules! outln {
    ($($arg:tt)*) => {
        println!("{}", $crate::cli::terminal_text(&format!($($arg)*)))
    };
}

/// `errln!`, escaped as [`outln!`].
macro_rules! errln {
    ($($arg:tt)*) => {
        eprintln!("{}", $crate::cli::terminal_text(&format!($($arg)*)))
    };
}

mod import;
mod render;
mod report;
mod templates;

use crate::model::Branch;
use crate::rules::Severity;
use crate::store::Workspace;
use crate::strings::cli as msg;
use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser, Debug)]
#[command(name = "daihoi", version, about = msg::ABOUT, long_about = None)]
pub struct Cli {
    /// Thư mục hồ sơ (mặc định: hồ sơ lần trước hoặc thư mục dữ liệu của máy).
    #[arg(long, global = true, value_name = "THƯ_MỤC")]
    pub workspace: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Ghi hồ sơ mẫu (phường mẫu) vào thư mục DIR.
    Demo {
        /// Thư mục đích (phải trống hoặc chưa tồn tại).
        dir: PathBuf,
        /// Số chi bộ (mặc định 16, là phường mẫu; nhiều hơn: thêm chi bộ của các phường khác, để đo ở quy mô huyện, tỉnh).
        #[arg(long, value_name = "N", default_value_t = 16)]
        branches: usize,
    },
    /// Kiểm tra mọi bản thảo; in các vấn đề; mã thoát 1 nếu có lỗi.
    Check,
    /// Xuất văn bản Word (và PDF) của một hoặc mọi chi bộ, kèm bộ hồ sơ gộp.
    Render {
        /// Mã chi bộ (tên tệp trong branches/, không có .ron).
        #[arg(long, value_name = "MÃ", conflicts_with = "all")]
        branch: Option<String>,
        /// Xuất mọi chi bộ, mỗi chi bộ một thư mục con.
        #[arg(long)]
        all: bool,
        /// Thư mục ghi văn bản.
        #[arg(long, value_name = "THƯ_MỤC")]
        out: PathBuf,
        /// Xuất thêm PDF (cần LibreOffice).
        #[arg(long)]
        pdf: bool,
    },
    /// Mẫu văn bản Word của văn phòng: xuất các mẫu có sẵn ra .docx để sửa, hoặc kiểm tra mọi mẫu.
    Templates {
        /// Ghi mỗi mẫu có sẵn thành tệp .docx trong templates/ của hồ sơ (giữ tệp đã có) và HUONG-DAN.md.
        #[arg(long, conflicts_with = "check")]
        export: bool,
        /// Liệt kê mọi lỗi của mọi mẫu; mã thoát 1 nếu có lỗi.
        #[arg(long)]
        check: bool,
    },
    /// Báo cáo của Đảng ủy về kết quả đại hội các chi bộ (tổng hợp số liệu), tệp .docx.
    Report {
        /// Tệp .docx cần ghi.
        #[arg(long, value_name = "TỆP.docx")]
        out: PathBuf,
        /// Ngày ghi trên báo cáo, dạng YYYY-MM-DD (mặc định: hôm nay).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        date: Option<crate::model::Date>,
    },
    /// Bảng tiến độ đại hội các chi bộ ra tệp Excel (.xlsx), như nút "Xuất bảng tiến độ ra Excel" trong ứng dụng.
    Overview {
        /// Tệp .xlsx cần ghi.
        #[arg(long, value_name = "TỆP.xlsx")]
        out: PathBuf,
        /// Tính hạn đến ngày này, dạng YYYY-MM-DD (mặc định: hôm nay).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        date: Option<crate::model::Date>,
    },
    /// Nhập danh sách đảng viên từ tệp .xlsx/.xls/.ods/.csv vào một chi bộ:
    /// in bản xem trước (các dòng sẽ nhập, lỗi theo dòng và cột); mã thoát 1
    /// nếu có lỗi.
    Import {
        /// Mã chi bộ (tên tệp trong branches/, không có .ron).
        #[arg(long, value_name = "MÃ")]
        branch: String,
        /// Tệp danh sách.
        #[arg(value_name = "TỆP")]
        file: PathBuf,
        /// Trang của bảng tính (mặc định: trang đầu tiên có dữ liệu).
        #[arg(long, value_name = "TRANG")]
        sheet: Option<String>,
        /// Nhập thật (không có: chỉ xem trước, không ghi gì).
        #[arg(long)]
        apply: bool,
    },
}

fn parse_date(s: &str) -> Result<crate::model::Date, String> {
    let fmt = time::macros::format_description!("[year]-[month]-[day]");
    crate::model::Date::parse(s.trim(), fmt).map_err(|_| msg::bad_date_arg(s))
}

/// Run a headless command; `None` means: open the app.
pub fn run(cli: &Cli) -> Option<ExitCode> {
    let command = cli.command.as_ref()?;
    // A mistyped folder: said so, and nothing is created in its place.
    if let (Some(ws), false) = (&cli.workspace, matches!(command, Command::Demo { .. })) {
        if !ws.is_dir() {
            let e = crate::store::StoreError::NoWorkspace { path: ws.clone() };
            errln!("{} {e}", msg::ERROR_TAG);
            return Some(ExitCode::from(1));
        }
    }
    let code = match command {
        Command::Demo { dir, branches } => demo(dir, *branches),
        Command::Render {
            branch,
            all,
            out,
            pdf,
        } => match (&cli.workspace, branch.as_deref(), all) {
            (None, _, _) => {
                errln!("{}", msg::NEED_WORKSPACE);
                2
            }
            (Some(_), None, false) => {
                errln!("{}", crate::strings::docgen::RENDER_NEED_TARGET);
                2
            }
            (Some(ws), branch, _) => render::render(&Workspace::new(ws), branch, out, *pdf),
        },
        Command::Report { out, date } => match &cli.workspace {
            Some(ws) => report::report(&Workspace::new(ws), out, *date),
            None => {
                errln!("{}", msg::NEED_WORKSPACE);
                2
            }
        },
        Command::Overview { out, date } => match &cli.workspace {
            Some(ws) => report::overview(&Workspace::new(ws), out, *date),
            None => {
                errln!("{}", msg::NEED_WORKSPACE);
                2
            }
        },
        Command::Import {
            branch,
            file,
            sheet,
            apply,
        } => match &cli.workspace {
            Some(ws) => import::import(&Workspace::new(ws), branch, file, sheet.as_deref(), *apply),
            None => {
                errln!("{}", msg::NEED_WORKSPACE);
                2
            }
        },
        Command::Templates { export, check } => match &cli.workspace {
            Some(ws) => templates::run(&Workspace::new(ws), *export, *check),
            None => {
                errln!("{}", msg::NEED_WORKSPACE);
                2
            }
        },
        Command::Check => match &cli.workspace {
            Some(ws) => check(&Workspace::new(ws)),
            None => {
                errln!("{}", msg::NEED_WORKSPACE);
                2
            }
        },
    };
    Some(ExitCode::from(code))
}

/// Write the demo into a fresh folder beside `dir`, then move it into
/// place: killed midway, it leaves no half workspace at `dir` (only a
/// hidden `.daihoi-demo-…` folder beside it, which `check` does not take
/// for a workspace).
fn demo(dir: &std::path::Path, count: usize) -> u8 {
    if dir.exists()
        && std::fs::read_dir(dir)
            .map(|mut d| d.next().is_some())
            .unwrap_or(true)
    {
        errln!("{}", msg::demo_dir_not_empty(dir));
        return 1;
    }
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => std::path::PathBuf::from("."),
    };
    let written = crate::store::create_dir_synced(&parent)
        .and_then(|()| {
            tempfile::Builder::new()
                .prefix(".daihoi-demo-")
                .tempdir_in(&parent)
        })
        .map_err(|source| crate::store::StoreError::Io {
            path: dir.to_path_buf(),
            source,
        })
        .and_then(|stage| {
            let ws = Workspace::new(stage.path());
            // One branch at a time: a province's worth is never held at once.
            ws.create(&crate::demo::ward(), &[])?;
            crate::demo::demo_branches(count).try_for_each(|b| ws.save_branch(&b))?;
            let io = |source| crate::store::StoreError::Io {
                path: dir.to_path_buf(),
                source,
            };
            if dir.exists() {
                std::fs::remove_dir(dir).map_err(io)?;
            }
            std::fs::rename(stage.path(), dir).map_err(io)?;
            let _ = stage.keep();
            crate::store::sync_dir(&parent);
            Ok(())
        });
    match written {
        Ok(()) => {
            outln!("{}", msg::demo_written(dir, count));
            0
        }
        Err(e) => {
            errln!("{e}");
            1
        }
    }
}

/// Print one line per problem; exit 1 when any file failed to load or any
/// branch has an error.
pub fn check(ws: &Workspace) -> u8 {
    let loaded = ws.load();
    for e in &loaded.errors {
        outln!("{} {e}", msg::ERROR_TAG);
    }
    let ward = loaded.ward.clone().unwrap_or_default();
    let checked = crate::ops::check_workspace(&ward, &loaded.branches, loaded.errors.len());
    for (b, c) in loaded.branches.iter().zip(&checked.branches) {
        for p in &c.problems {
            let tag = match p.severity {
                Severity::Error => msg::ERROR_TAG,
                Severity::Warning => msg::WARNING_TAG,
            };
            let doc = p.doc.map(crate::rules::labels::doc_kind);
            let located = msg::located(doc, &p.field.to_string(), &p.message);
            outln!("{tag} {}: {located}", branch_label(b));
        }
    }
    for group in &checked.same_names {
        let files: Vec<String> = group.iter().map(|(id, _)| format!("{id}.ron")).collect();
        let name = group.first().map(|(_, n)| n.as_str()).unwrap_or_default();
        outln!("{} {}", msg::ERROR_TAG, msg::same_names(name, &files));
    }
    outln!(
        "{}",
        msg::check_summary(loaded.branches.len(), checked.errors, checked.warnings)
    );
    if checked.errors > 0 { 1 } else { 0 }
}

/// `text` safe for a terminal: control characters other than line breaks
/// are written as `\u{1b}`, so a name cannot move the cursor, recolour or
/// clear the screen.
pub fn terminal_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_control() && c != '\n'
            || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        {
            out.extend(c.escape_unicode());
        } else {
            out.push(c);
        }
    }
    out
}

fn branch_label(b: &Branch) -> String {
    format!("{} ({}.ron)", b.name, b.id)
}
