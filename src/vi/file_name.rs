//! Output file names: readable Vietnamese, safe on Windows.

use std::path::{Path, PathBuf};
use unicode_normalization::UnicodeNormalization;

/// Names Windows reserves for devices, whatever the extension (and with
/// spaces before it: "CON .docx" is still the console).
const RESERVED: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$", "CLOCK$", "COM1", "COM2", "COM3", "COM4",
    "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³", "LPT1", "LPT2", "LPT3", "LPT4",
    "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
];

/// At most this many characters in a name made by [`safe_file_name`].
pub const MAX_NAME_CHARS: usize = 120;
/// At most this many bytes (UTF-8; a Vietnamese letter takes up to 3):
/// with an extension and a temporary prefix it stays under the 255 bytes
/// Linux allows, and under Windows' 255 characters.
pub const MAX_NAME_BYTES: usize = 180;

/// Windows' whole-path limit (MAX_PATH, 260 with the final NUL), in UTF-16
/// units.
pub const MAX_PATH_UNITS: usize = 259;

/// Keep the Vietnamese letters; replace what Windows forbids (`<>:"/\|?*`,
/// control characters) by a space, squeeze spaces, drop trailing dots and
/// spaces, avoid reserved device names, keep it within [`MAX_NAME_CHARS`]
/// characters and [`MAX_NAME_BYTES`] bytes.
pub fn safe_file_name(name: &str) -> String {
    safe_file_name_within(name, MAX_NAME_CHARS)
}

/// [`safe_file_name`] cut to at most `max_chars` characters.
pub fn safe_file_name_within(name: &str, max_chars: usize) -> String {
    let mut out = String::new();
    for c in name.nfc() {
        let c = if matches!(c, '<' | '>' | ':' | '"' | '/' | '\\' | '|' | '?' | '*')
            || c.is_control()
        {
            ' '
        } else {
            c
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        out.push(c);
    }
    let out = cut(&out, max_chars.min(MAX_NAME_CHARS), MAX_NAME_BYTES);
    let mut out = out.to_string();
    while out.ends_with(' ') || out.ends_with('.') {
        out.pop();
    }
    if out.is_empty() {
        out.push('_');
    }
    if is_reserved(&out) {
        out.insert(0, '_');
    }
    out
}

/// The longest start of `s` within `max_chars` characters and `max_bytes`
/// bytes (cut between characters).
fn cut(s: &str, max_chars: usize, max_bytes: usize) -> &str {
    let mut end = 0;
    for (n, (i, c)) in s.char_indices().enumerate() {
        if n >= max_chars || i + c.len_utf8() > max_bytes {
            break;
        }
        end = i + c.len_utf8();
    }
    &s[..end]
}

/// Whether Windows takes `name` for a device: its part before the first
/// dot, without the spaces and dots Windows ignores at its end, is a
/// reserved name ("CON", "con .docx", "COM1 .x", "CONIN$").
fn is_reserved(name: &str) -> bool {
    let stem = name.split('.').next().unwrap_or("");
    let stem = stem.trim_end_matches([' ', '.']).to_uppercase();
    RESERVED.contains(&stem.as_str())
}

/// `dir/stem.ext` with `stem` cut (between characters) so that the whole
/// path stays within Windows' [`MAX_PATH_UNITS`]; `None` when even a
/// 12-character name would not fit (the folder itself is too deep).
pub fn fit_path(dir: &Path, stem: &str, ext: &str) -> Option<PathBuf> {
    let units = |s: &str| s.encode_utf16().count();
    let dir_units = units(&dir.to_string_lossy()) + 1;
    let ext_units = units(ext);
    let room = MAX_PATH_UNITS.checked_sub(dir_units + ext_units)?;
    let mut stem = stem.to_string();
    if units(&stem) > room {
        let mut end = 0;
        let mut used = 0;
        for (i, c) in stem.char_indices() {
            if used + c.len_utf16() > room {
                break;
            }
            used += c.len_utf16();
            end = i + c.len_utf8();
        }
        stem.truncate(end);
        while stem.ends_with(' ') || stem.ends_with('.') {
            stem.pop();
        }
        if stem.chars().count() < 12 {
            return None;
        }
    }
    Some(dir.join(stem + ext))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn readable_and_windows_safe() {
        assert_eq!(
            safe_file_name("01 - Báo cáo chính trị: Chi bộ \"Ngọc/An\"?"),
            "01 - Báo cáo chính trị Chi bộ Ngọc An"
        );
        assert_eq!(safe_file_name("con"), "_con");
        assert_eq!(safe_file_name("Tờ trình. "), "Tờ trình");
        assert_eq!(safe_file_name("***"), "_");
        // Decomposed input comes out composed.
        assert_eq!(safe_file_name("Chi bo\u{0302}\u{0323}"), "Chi bộ");
    }

    #[test]
    fn device_names_with_spaces_and_console_names() {
        assert_eq!(safe_file_name("CON .docx"), "_CON .docx");
        assert_eq!(safe_file_name("COM1 .x"), "_COM1 .x");
        assert_eq!(safe_file_name("CONIN$"), "_CONIN$");
        assert_eq!(safe_file_name("conout$.txt"), "_conout$.txt");
        assert_eq!(safe_file_name("Lpt9 . .docx"), "_Lpt9 . .docx");
        assert_eq!(safe_file_name("CONSOLE"), "CONSOLE");
        assert_eq!(safe_file_name("Com10"), "Com10");
    }

    #[test]
    fn long_vietnamese_names_fit_a_byte_budget() {
        let name = "Chi bộ Tổ dân phố Nguyễn Thị Định ".repeat(10);
        let safe = safe_file_name(&name);
        assert!(safe.len() <= MAX_NAME_BYTES, "{} bytes", safe.len());
        assert!(safe.chars().count() <= MAX_NAME_CHARS);
        assert!(name.starts_with(&safe));
        // Three-byte letters only: the byte budget is what cuts.
        let heavy = "ệ".repeat(200);
        let safe = safe_file_name(&heavy);
        assert_eq!(safe.len(), MAX_NAME_BYTES);
        assert!(safe.chars().all(|c| c == 'ệ'));
    }

    #[test]
    fn paths_fit_windows_limit() {
        let dir = PathBuf::from(format!("C:\\{}", "Đại hội ".repeat(25)));
        let p = fit_path(&dir, &"Báo cáo chính trị ".repeat(10), ".docx").unwrap();
        assert!(p.to_string_lossy().encode_utf16().count() <= MAX_PATH_UNITS);
        assert!(p.to_string_lossy().ends_with(".docx"));
        let short = fit_path(Path::new("/tmp"), "a", ".docx").unwrap();
        assert_eq!(short, Path::new("/tmp/a.docx"));
        let deep = PathBuf::from("x".repeat(250));
        assert_eq!(fit_path(&deep, "Báo cáo chính trị", ".docx"), None);
    }
}
