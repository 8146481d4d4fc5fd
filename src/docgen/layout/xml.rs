//! Small WordprocessingML writing helpers: escaping and runs.

use super::{Align, half_points};
use std::fmt::Write as _;

/// Escape text for XML content and attribute values. Characters XML 1.0
/// forbids (most C0 controls) are dropped: Word refuses files containing them.
pub fn escape_into(out: &mut String, text: &str) {
    // Plain stretches are copied whole; only the characters below are
    // looked at one by one.
    let mut plain = 0;
    for (i, c) in text.char_indices() {
        let replacement = match c {
            '&' => "&amp;",
            '<' => "&lt;",
            '>' => "&gt;",
            '"' => "&quot;",
            '\'' => "&apos;",
            '\t' | '\n' | '\r' => continue,
            c if (c as u32) < 0x20 => "",
            '\u{FFFE}' | '\u{FFFF}' => "",
            _ => continue,
        };
        out.push_str(&text[plain..i]);
        out.push_str(replacement);
        plain = i + c.len_utf8();
    }
    out.push_str(&text[plain..]);
}

pub fn jc(align: Align) -> &'static str {
    match align {
        Align::Justify => "both",
        Align::Left => "left",
        Align::Center => "center",
        Align::Right => "right",
    }
}

/// Character formatting of a run.
#[derive(Debug, Clone, Copy, Default)]
pub struct RunStyle {
    pub bold: bool,
    pub italic: bool,
    pub underline: bool,
    /// `None` keeps the paragraph's (document default) size.
    pub size_pt: Option<f32>,
}

impl RunStyle {
    pub fn sized(pt: f32) -> Self {
        RunStyle {
            size_pt: Some(pt),
            ..RunStyle::default()
        }
    }
    pub fn bold(mut self) -> Self {
        self.bold = true;
        self
    }
    pub fn italic(mut self) -> Self {
        self.italic = true;
        self
    }
}

/// `<w:r>` elements for `text`: a `\n` becomes `<w:br/>`, a `\t` `<w:tab/>`,
/// `\r` is dropped (Windows line ends).
pub fn run(out: &mut String, text: &str, style: RunStyle) {
    out.push_str("<w:r>");
    if style.bold || style.italic || style.underline || style.size_pt.is_some() {
        out.push_str("<w:rPr>");
        if style.bold {
            out.push_str("<w:b/><w:bCs/>");
        }
        if style.italic {
            out.push_str("<w:i/><w:iCs/>");
        }
        if style.underline {
            out.push_str("<w:u w:val=\"single\"/>");
        }
        if let Some(pt) = style.size_pt {
            let hp = half_points(pt);
            let _ = write!(out, "<w:sz w:val=\"{hp}\"/><w:szCs w:val=\"{hp}\"/>");
        }
        out.push_str("</w:rPr>");
    }
    let text = bind(text);
    // The text between line breaks and tabs, each as one <w:t> (a carriage
    // return is dropped and does not split it).
    let piece = |out: &mut String, piece: &str| {
        if piece.bytes().any(|b| b != b'\r') {
            out.push_str("<w:t xml:space=\"preserve\">");
            if piece.contains('\r') {
                escape_into(out, &piece.replace('\r', ""));
            } else {
                escape_into(out, piece);
            }
            out.push_str("</w:t>");
        }
    };
    let mut start = 0;
    for (i, b) in text.bytes().enumerate() {
        let tag = match b {
            b'\n' => "<w:br/>",
            b'\t' => "<w:tab/>",
            _ => continue,
        };
        piece(out, &text[start..i]);
        out.push_str(tag);
        start = i + 1;
    }
    piece(out, &text[start..]);
    out.push_str("</w:r>");
}

/// Non-breaking spaces where a line must not break (issue 11, HD 36): inside
/// a term "2027 - 2030" and after "Số" of a document number ("Số 01-BC/CB",
/// "Số     -BC/CB"). Other text is returned as it is.
pub fn bind(text: &str) -> std::borrow::Cow<'_, str> {
    const NBSP: char = '\u{a0}';
    let mut out: Option<String> = None;
    // "Số" then spaces, then a digit or '-': the number line.
    if let Some(rest) = text.strip_prefix("Số ") {
        let after = rest.trim_start_matches(' ');
        if after.starts_with(|c: char| c.is_ascii_digit() || c == '-') {
            let spaces = 1 + rest.len() - after.len();
            out = Some(format!("Số{}{after}", NBSP.to_string().repeat(spaces)));
        }
    }
    // "dddd - dddd".
    let src = out.as_deref().unwrap_or(text);
    let chars: Vec<char> = src.chars().collect();
    let is_year =
        |i: usize| i + 4 <= chars.len() && chars[i..i + 4].iter().all(char::is_ascii_digit);
    let mut bound = String::with_capacity(src.len());
    let mut changed = false;
    let mut i = 0;
    while i < chars.len() {
        if i >= 4 && is_year(i - 4) && chars[i..].starts_with(&[' ', '-', ' ']) && is_year(i + 3) {
            bound.push(NBSP);
            bound.push('-');
            bound.push(NBSP);
            changed = true;
            i += 3;
            continue;
        }
        bound.push(chars[i]);
        i += 1;
    }
    match (changed, out) {
        (true, _) => std::borrow::Cow::Owned(bound),
        (false, Some(o)) => std::borrow::Cow::Owned(o),
        (false, None) => std::borrow::Cow::Borrowed(text),
    }
}

/// Paragraph properties with alignment, spacing (points) and indent (twips).
#[derive(Debug, Clone, Copy, Default)]
pub struct ParaStyle {
    pub align: Align,
    pub first_line_twips: i64,
    pub before_pt: f32,
    pub after_pt: f32,
    /// Keep with the next paragraph (headings, titles).
    pub keep_next: bool,
}

pub fn ppr(out: &mut String, s: ParaStyle, extra: &str) {
    out.push_str("<w:pPr>");
    if s.keep_next {
        out.push_str("<w:keepNext/>");
    }
    out.push_str(extra);
    out.push_str(&format!(
        "<w:spacing w:before=\"{}\" w:after=\"{}\"/>",
        (s.before_pt * 20.0).round() as i64,
        (s.after_pt * 20.0).round() as i64
    ));
    if s.first_line_twips > 0 {
        out.push_str(&format!("<w:ind w:firstLine=\"{}\"/>", s.first_line_twips));
    }
    out.push_str(&format!("<w:jc w:val=\"{}\"/>", jc(s.align)));
    out.push_str("</w:pPr>");
}

/// A whole paragraph of one run.
pub fn para(out: &mut String, text: &str, p: ParaStyle, r: RunStyle) {
    out.push_str("<w:p>");
    ppr(out, p, "");
    if !text.is_empty() {
        run(out, text, r);
    }
    out.push_str("</w:p>");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A run written one character at a time, as it was before runs copied
    /// whole stretches: the fast writer must give the same XML.
    fn run_char_by_char(text: &str, style: RunStyle) -> String {
        let mut out = String::from("<w:r>");
        let mut rpr = String::new();
        if style.bold {
            rpr.push_str("<w:b/><w:bCs/>");
        }
        if style.italic {
            rpr.push_str("<w:i/><w:iCs/>");
        }
        if style.underline {
            rpr.push_str("<w:u w:val=\"single\"/>");
        }
        if let Some(pt) = style.size_pt {
            let hp = half_points(pt);
            rpr.push_str(&format!("<w:sz w:val=\"{hp}\"/><w:szCs w:val=\"{hp}\"/>"));
        }
        if !rpr.is_empty() {
            out.push_str(&format!("<w:rPr>{rpr}</w:rPr>"));
        }
        let mut piece = String::new();
        let flush = |out: &mut String, piece: &mut String| {
            if !piece.is_empty() {
                out.push_str("<w:t xml:space=\"preserve\">");
                for c in piece.chars() {
                    match c {
                        '&' => out.push_str("&amp;"),
                        '<' => out.push_str("&lt;"),
                        '>' => out.push_str("&gt;"),
                        '"' => out.push_str("&quot;"),
                        '\'' => out.push_str("&apos;"),
                        '\t' | '\n' | '\r' => out.push(c),
                        c if (c as u32) < 0x20 => {}
                        '\u{FFFE}' | '\u{FFFF}' => {}
                        c => out.push(c),
                    }
                }
                out.push_str("</w:t>");
                piece.clear();
            }
        };
        for c in bind(text).chars() {
            match c {
                '\n' => {
                    flush(&mut out, &mut piece);
                    out.push_str("<w:br/>");
                }
                '\t' => {
                    flush(&mut out, &mut piece);
                    out.push_str("<w:tab/>");
                }
                '\r' => {}
                c => piece.push(c),
            }
        }
        flush(&mut out, &mut piece);
        out.push_str("</w:r>");
        out
    }

    #[test]
    fn a_run_is_the_same_xml_as_written_character_by_character() {
        let texts = [
            "",
            "Đồng chí Nguyễn Văn A",
            "a & b < c > d \"e\" 'f'",
            "dòng 1\ndòng 2\r\n\tthụt\t",
            "\r",
            "\r\n\r",
            "x\u{1}y\u{1f}z\u{FFFE}\u{FFFF}w",
            "Số 01-BC/CB nhiệm kỳ 2025 - 2030",
            "\n\n\t",
            "đầu\rcuối",
        ];
        let styles = [
            RunStyle::default(),
            RunStyle {
                bold: true,
                italic: true,
                underline: true,
                size_pt: Some(13.0),
            },
            RunStyle {
                size_pt: Some(14.0),
                ..RunStyle::default()
            },
        ];
        for text in texts {
            for style in styles {
                let mut fast = String::new();
                run(&mut fast, text, style);
                assert_eq!(fast, run_char_by_char(text, style), "{text:?}");
            }
        }
    }

    #[test]
    fn terms_and_numbers_do_not_break() {
        assert_eq!(
            bind("nhiệm kỳ 2027 - 2030,"),
            "nhiệm kỳ 2027\u{a0}-\u{a0}2030,"
        );
        assert_eq!(bind("Số 01-BC/CB"), "Số\u{a0}01-BC/CB");
        assert_eq!(
            bind("Số     -BC/CB"),
            "Số\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}-BC/CB"
        );
        assert_eq!(bind("Số phiếu phát ra: 9"), "Số phiếu phát ra: 9");
        assert_eq!(bind("năm 2025 - có"), "năm 2025 - có");
        assert!(matches!(bind("Đồng chí"), std::borrow::Cow::Borrowed(_)));
    }

    #[test]
    fn escapes_specials_and_drops_forbidden_controls() {
        let mut s = String::new();
        escape_into(&mut s, "a & b < c > d \" e ' f\u{1}g");
        assert_eq!(s, "a &amp; b &lt; c &gt; d &quot; e &apos; fg");
    }

    #[test]
    fn line_breaks_and_tabs_become_elements() {
        let mut s = String::new();
        run(&mut s, "a\tb\r\nc", RunStyle::default());
        assert_eq!(
            s,
            "<w:r><w:t xml:space=\"preserve\">a</w:t><w:tab/><w:t xml:space=\"preserve\">b</w:t>\
             <w:br/><w:t xml:space=\"preserve\">c</w:t></w:r>"
        );
    }
}
