//! The edge to the system's programs: open a file or folder, print a file.
//! The commands are built by pure functions (tested for every system) and
//! every failure becomes a Vietnamese sentence that says what to do.

use crate::strings::launch as msg;
use std::ffi::OsString;
use std::path::Path;

/// Which system a command is built for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Os {
    Windows,
    Unix,
}

impl Os {
    pub fn current() -> Os {
        if cfg!(windows) { Os::Windows } else { Os::Unix }
    }
}

/// A program and its arguments.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Launch {
    pub program: String,
    pub args: Vec<OsString>,
}

/// The command that prints `file` on `os`. Windows: the file's "print" verb
/// (the default printer) or "printto" with a chosen printer, through
/// PowerShell's Start-Process. Elsewhere: CUPS `lp`, with `-d` for a chosen
/// printer; `--` keeps a file name starting with "-" a file name.
pub fn print_command(os: Os, file: &Path, printer: Option<&str>) -> Launch {
    match os {
        Os::Windows => {
            let quoted = ps_quote(&file.display().to_string());
            let script = match printer {
                Some(p) => format!(
                    "Start-Process -FilePath {quoted} -Verb PrintTo -ArgumentList {} -Wait",
                    ps_quote(&format!("\"{p}\""))
                ),
                None => format!("Start-Process -FilePath {quoted} -Verb Print -Wait"),
            };
            Launch {
                program: "powershell".into(),
                args: ["-NoProfile", "-NonInteractive", "-Command", &script]
                    .iter()
                    .map(OsString::from)
                    .collect(),
            }
        }
        Os::Unix => {
            let mut args: Vec<OsString> = Vec::new();
            if let Some(p) = printer {
                args.push("-d".into());
                args.push(p.into());
            }
            args.push("--".into());
            args.push(file.as_os_str().to_owned());
            Launch {
                program: "lp".into(),
                args,
            }
        }
    }
}

/// PowerShell single quotes: a quote inside is doubled.
fn ps_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// The printers CUPS knows, the default first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Printers {
    pub names: Vec<String>,
    pub default: Option<String>,
}

/// `lpstat -e` prints one destination a line.
pub fn parse_lpstat_e(out: &str) -> Vec<String> {
    out.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(String::from)
        .collect()
}

/// `lpstat -d`: "system default destination: NAME" (or, in other
/// languages, the name after the last colon); "no system default
/// destination" gives none.
pub fn parse_lpstat_d(out: &str) -> Option<String> {
    let line = out.lines().find(|l| l.contains(':'))?;
    let name = line.rsplit(':').next()?.trim();
    (!name.is_empty()).then(|| name.to_string())
}

/// Ask CUPS for its printers (not on Windows, where the print verb uses
/// the default printer). `Err` when there is no `lpstat`.
pub fn printers() -> Result<Printers, String> {
    if Os::current() == Os::Windows {
        return Ok(Printers::default());
    }
    let list = run_capture("lpstat", &["-e"]).map_err(|_| msg::NO_LP.to_string())?;
    let mut names = parse_lpstat_e(&list);
    let default = run_capture("lpstat", &["-d"])
        .ok()
        .and_then(|s| parse_lpstat_d(&s))
        .filter(|d| names.contains(d));
    if let Some(d) = &default {
        names.retain(|n| n != d);
        names.insert(0, d.clone());
    }
    Ok(Printers { names, default })
}

fn run_capture(program: &str, args: &[&str]) -> std::io::Result<String> {
    let out = std::process::Command::new(program)
        .args(args)
        .stdin(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .output()?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// Print `file` (on `printer`, or the default). `Err` is a Vietnamese
/// sentence saying why.
pub fn print(file: &Path, printer: Option<&str>) -> Result<(), String> {
    let os = Os::current();
    let launch = print_command(os, file, printer);
    let mut cmd = std::process::Command::new(&launch.program);
    cmd.args(&launch.args)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null());
    #[cfg(windows)]
    {
        use std::os::windows::process::CommandExt;
        const CREATE_NO_WINDOW: u32 = 0x0800_0000;
        cmd.creation_flags(CREATE_NO_WINDOW);
    }
    match cmd.status() {
        Ok(s) if s.success() => Ok(()),
        Ok(_) => Err(match (os, printer) {
            (Os::Windows, _) => msg::WINDOWS_PRINT_FAILED.to_string(),
            (Os::Unix, Some(p)) => msg::printer_refused(p),
            (Os::Unix, None) => msg::NO_PRINTER.to_string(),
        }),
        Err(_) => Err(match os {
            Os::Windows => msg::WINDOWS_PRINT_FAILED.to_string(),
            Os::Unix => msg::NO_LP.to_string(),
        }),
    }
}

/// Open a file in its program, or a folder in the file manager. `Err` is a
/// Vietnamese sentence saying what to do instead.
pub fn open(path: &Path) -> Result<(), String> {
    if !path.exists() {
        return Err(msg::missing(path));
    }
    open::that_detached(path).map_err(|_| failure(path))
}

/// The sentence for a path the system could not open.
pub fn failure(path: &Path) -> String {
    if path.is_dir() {
        msg::folder_open_failed(path)
    } else {
        msg::file_open_failed(path)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(l: &Launch) -> Vec<String> {
        l.args
            .iter()
            .map(|a| a.to_string_lossy().into_owned())
            .collect()
    }

    #[test]
    fn windows_prints_through_the_files_print_verb() {
        let file = Path::new(r"C:\Hồ sơ\Chi bộ An Lạc\Bộ hồ sơ đại hội.pdf");
        let l = print_command(Os::Windows, file, None);
        assert_eq!(l.program, "powershell");
        let a = args(&l);
        assert_eq!(&a[..3], ["-NoProfile", "-NonInteractive", "-Command"]);
        assert_eq!(
            a[3],
            r"Start-Process -FilePath 'C:\Hồ sơ\Chi bộ An Lạc\Bộ hồ sơ đại hội.pdf' -Verb Print -Wait"
        );
    }

    #[test]
    fn windows_quotes_an_apostrophe_and_names_the_chosen_printer() {
        let file = Path::new(r"C:\Tổ 'Đông'\a.docx");
        let a = args(&print_command(Os::Windows, file, Some("HP LaserJet P1102")));
        assert_eq!(
            a[3],
            r#"Start-Process -FilePath 'C:\Tổ ''Đông''\a.docx' -Verb PrintTo -ArgumentList '"HP LaserJet P1102"' -Wait"#
        );
    }

    #[test]
    fn unix_prints_with_lp_on_the_chosen_printer() {
        let file = Path::new("/home/vp/Hồ sơ/-bộ hồ sơ.pdf");
        let l = print_command(Os::Unix, file, Some("Canon_LBP2900"));
        assert_eq!(l.program, "lp");
        assert_eq!(
            args(&l),
            ["-d", "Canon_LBP2900", "--", "/home/vp/Hồ sơ/-bộ hồ sơ.pdf"]
        );
        assert_eq!(
            args(&print_command(Os::Unix, file, None)),
            ["--", "/home/vp/Hồ sơ/-bộ hồ sơ.pdf"]
        );
    }

    #[test]
    fn lpstat_output_gives_the_printers_and_the_default() {
        assert_eq!(
            parse_lpstat_e("Canon_LBP2900\nHP_P1102\n\n"),
            ["Canon_LBP2900", "HP_P1102"]
        );
        assert_eq!(
            parse_lpstat_d("system default destination: HP_P1102\n"),
            Some("HP_P1102".to_string())
        );
        assert_eq!(parse_lpstat_d("no system default destination\n"), None);
        assert_eq!(parse_lpstat_d(""), None);
    }

    #[test]
    fn a_missing_file_says_so_and_what_to_do() {
        let dir = tempfile::tempdir().expect("temp");
        let gone = dir.path().join("Báo cáo chính trị.docx");
        let e = open(&gone).expect_err("missing");
        assert!(e.starts_with("Không tìm thấy"), "{e}");
        assert!(e.contains("Hãy xuất lại"), "{e}");
        assert!(!e.contains("Launcher") && !e.contains("ExitStatus"));
        // A folder the system cannot show, and a file with no program.
        assert!(failure(dir.path()).contains("trình quản lý tệp"));
        let file = dir.path().join("a.docx");
        std::fs::write(&file, b"x").expect("write");
        assert!(failure(&file).contains("Word hoặc LibreOffice Writer"));
    }
}
