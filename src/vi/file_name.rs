//! Output file names: readable Vietnamese, safe on Windows.

use unicode_normalization::UnicodeNormalization;

/// Names Windows reserves for devices, whatever the extension.
const RESERVED: &[&str] = &[
    "CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8",
    "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9",
];

/// Keep the Vietnamese letters; replace what Windows forbids (`<>:"/\|?*`,
/// control characters) by a space, squeeze spaces, drop trailing dots and
/// spaces, avoid reserved device names, keep it under 120 characters.
pub fn safe_file_name(name: &str) -> String {
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
    let mut out: String = out.chars().take(120).collect();
    while out.ends_with(' ') || out.ends_with('.') {
        out.pop();
    }
    if out.is_empty() {
        out.push('_');
    }
    let stem = out.split('.').next().unwrap_or("").to_ascii_uppercase();
    if RESERVED.contains(&stem.as_str()) {
        out.insert(0, '_');
    }
    out
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
}
