//! Text typed in the pre-Unicode Vietnamese encodings, as it reaches us
//! after Windows read its bytes as Windows-1252 (which is how Excel and Word
//! store text typed in a ".VnTime" or "VNI-Times" font): detection and
//! conversion to Unicode.
//!
//! - TCVN3 (ABC, fonts ".VnTime", ".VnArial"; ".VnTimeH" for capitals): one
//!   byte per letter; "NguyÔn ThÞ Hoa" is "Nguyễn Thị Hoa".
//! - VNI Windows (fonts "VNI-Times", "VNI-Helve"): a base letter followed by
//!   a mark byte; "Traàn Huøng" is "Trần Hùng".
//!
//! Both tables are built from the structure of each letter (base, shape
//! mark, tone), so each of the 134 Vietnamese letters is covered once.

use std::collections::HashMap;
use std::sync::OnceLock;
use unicode_normalization::UnicodeNormalization;

/// A legacy encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Legacy {
    Tcvn3,
    Vni,
}

/// What a set of texts is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detected {
    /// Unicode (or plain ASCII): nothing to convert.
    Unicode,
    Legacy(Legacy),
    /// Some texts are Unicode Vietnamese, others legacy: refuse.
    Mixed,
    /// Legacy-looking but neither table explains it (or both do): refuse.
    Unclear,
}

/// The Vietnamese letters of Windows-1252 (the rest of its upper half does
/// not occur in Vietnamese Unicode text).
const LATIN1_VIETNAMESE: &str = "ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý";

const TONES: [char; 5] = ['\u{301}', '\u{300}', '\u{309}', '\u{303}', '\u{323}'];

/// Every Vietnamese letter with a diacritic, lower-case then upper-case.
fn letters() -> Vec<char> {
    let mut out = Vec::new();
    for base in ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'] {
        if !"aeiouy".contains(base) {
            out.push(base);
        }
        for t in TONES {
            let s: String = [base, t].iter().collect::<String>().nfc().collect();
            out.extend(s.chars());
        }
    }
    out.push('đ');
    let upper: Vec<char> = out.iter().flat_map(|c| c.to_uppercase()).collect();
    out.extend(upper);
    out
}

/// (base letter, shape mark, tone) of a Vietnamese letter.
fn parts(letter: char) -> (char, Option<char>, Option<char>) {
    let mut base = ' ';
    let mut shape = None;
    let mut tone = None;
    for c in letter.to_string().nfd() {
        match c {
            '\u{302}' | '\u{306}' | '\u{31b}' => shape = Some(c),
            c if TONES.contains(&c) => tone = Some(c),
            c => base = c,
        }
    }
    (base, shape, tone)
}

fn tone_index(t: Option<char>) -> Option<usize> {
    t.and_then(|t| TONES.iter().position(|x| *x == t))
}

/// The VNI spelling of one letter.
fn vni_of(letter: char) -> String {
    if letter == 'đ' {
        return "ñ".into();
    }
    if letter == 'Đ' {
        return "Ñ".into();
    }
    let (base, shape, tone) = parts(letter);
    let upper = base.is_uppercase();
    let pick = |lower: &str, upper_s: &str, i: usize| -> char {
        let set: Vec<char> = if upper { upper_s } else { lower }.chars().collect();
        set[i]
    };
    let t = tone_index(tone);
    let lb = base.to_ascii_lowercase();
    // i and the dot-below y are one character each.
    if lb == 'i' {
        if let Some(i) = t {
            return pick("íìæóò", "ÍÌÆÓÒ", i).to_string();
        }
    }
    if lb == 'y' && t == Some(4) {
        return pick("î", "Î", 0).to_string();
    }
    let mut out = String::new();
    match shape {
        Some('\u{31b}') => out.push(if lb == 'o' {
            pick("ô", "Ô", 0)
        } else {
            pick("ö", "Ö", 0)
        }),
        _ => out.push(base),
    }
    match (shape, t) {
        (Some('\u{302}'), t) => out.push(pick("âáàåãä", "ÂÁÀÅÃÄ", t.map_or(0, |i| i + 1))),
        (Some('\u{306}'), t) => out.push(pick("êéèúüë", "ÊÉÈÚÜË", t.map_or(0, |i| i + 1))),
        (_, Some(i)) => out.push(pick("ùøûõï", "ÙØÛÕÏ", i)),
        _ => {}
    }
    out
}

/// TCVN3 (ABC) bytes of the lower-case letters, in the order of [`letters`]
/// for each vowel: the letter itself (ă â ê ô ơ ư only), then tones
/// acute, grave, hook, tilde, dot.
fn tcvn3_table() -> Vec<(char, u8)> {
    let rows: [(char, &[u8]); 12] = [
        ('a', &[0xB8, 0xB5, 0xB6, 0xB7, 0xB9]),
        ('ă', &[0xA8, 0xBE, 0xBB, 0xBC, 0xBD, 0xC6]),
        ('â', &[0xA9, 0xCA, 0xC7, 0xC8, 0xC9, 0xCB]),
        ('e', &[0xD0, 0xCC, 0xCE, 0xCF, 0xD1]),
        ('ê', &[0xAA, 0xD5, 0xD2, 0xD3, 0xD4, 0xD6]),
        ('i', &[0xDD, 0xD7, 0xD8, 0xDC, 0xDE]),
        ('o', &[0xE3, 0xDF, 0xE1, 0xE2, 0xE4]),
        ('ô', &[0xAB, 0xE8, 0xE5, 0xE6, 0xE7, 0xE9]),
        ('ơ', &[0xAC, 0xED, 0xEA, 0xEB, 0xEC, 0xEE]),
        ('u', &[0xF3, 0xEF, 0xF1, 0xF2, 0xF4]),
        ('ư', &[0xAD, 0xF8, 0xF5, 0xF6, 0xF7, 0xF9]),
        ('y', &[0xFD, 0xFA, 0xFB, 0xFC, 0xFE]),
    ];
    let mut out = Vec::new();
    for (base, bytes) in rows {
        let with_self = !"aeiouy".contains(base);
        let mut it = bytes.iter();
        if with_self {
            out.push((base, *it.next().unwrap_or(&0)));
        }
        for (t, b) in TONES.iter().zip(it) {
            let s: String = [base, *t].iter().collect::<String>().nfc().collect();
            if let Some(c) = s.chars().next() {
                out.push((c, *b));
            }
        }
    }
    out.push(('đ', 0xAE));
    // The capitals TCVN3 has.
    for (c, b) in [
        ('Ă', 0xA1),
        ('Â', 0xA2),
        ('Ê', 0xA3),
        ('Ô', 0xA4),
        ('Ơ', 0xA5),
        ('Ư', 0xA6),
        ('Đ', 0xA7),
    ] {
        out.push((c, b));
    }
    out
}

/// Windows-1252 character of a byte ≥ 0xA0 (identical to Latin-1 there).
fn cp1252(b: u8) -> char {
    char::from(b)
}

struct Tables {
    tcvn3: HashMap<char, char>,
    /// Encoded spelling → letter.
    vni: HashMap<String, char>,
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let tcvn3 = tcvn3_table()
            .into_iter()
            .map(|(c, b)| (cp1252(b), c))
            .collect();
        let mut vni = HashMap::new();
        for l in letters() {
            vni.insert(vni_of(l), l);
        }
        Tables { tcvn3, vni }
    })
}

/// A character that does not occur in Unicode Vietnamese text but does in
/// legacy text read as Windows-1252.
fn foreign(c: char) -> bool {
    ('\u{80}'..='\u{FF}').contains(&c) && !LATIN1_VIETNAMESE.contains(c)
}

/// A character only Unicode Vietnamese has (never the Windows-1252 reading
/// of a legacy byte).
fn unicode_only(c: char) -> bool {
    matches!(c, '\u{100}'..='\u{1B0}' | '\u{1EA0}'..='\u{1EF9}' | '\u{300}'..='\u{323}')
}

/// Whether `text` looks like legacy text (has a character Vietnamese
/// Unicode text never has).
pub fn looks_legacy(text: &str) -> bool {
    text.chars().any(foreign)
}

/// Convert `text` from `enc`; None when some character has no meaning there
/// or the result is not Vietnamese (two tones on one syllable).
pub fn decode(enc: Legacy, text: &str) -> Option<String> {
    let t = tables();
    let mut out = String::with_capacity(text.len());
    match enc {
        Legacy::Tcvn3 => {
            for c in text.chars() {
                match t.tcvn3.get(&c) {
                    Some(u) => out.push(*u),
                    None if foreign(c) || LATIN1_VIETNAMESE.contains(c) => return None,
                    None => out.push(c),
                }
            }
        }
        Legacy::Vni => {
            let chars: Vec<char> = text.chars().collect();
            let mut i = 0;
            while i < chars.len() {
                if i + 1 < chars.len() {
                    let pair: String = chars[i..i + 2].iter().collect();
                    if let Some(u) = t.vni.get(&pair) {
                        out.push(*u);
                        i += 2;
                        continue;
                    }
                }
                let one = chars[i].to_string();
                match t.vni.get(&one) {
                    Some(u) => out.push(*u),
                    None if foreign(chars[i]) || LATIN1_VIETNAMESE.contains(chars[i]) => {
                        return None;
                    }
                    None => out.push(chars[i]),
                }
                i += 1;
            }
        }
    }
    plausible(&out).then_some(out)
}

/// At most one tone per word, and nothing foreign left.
fn plausible(text: &str) -> bool {
    !looks_legacy(text)
        && text
            .split(|c: char| !c.is_alphanumeric())
            .all(|w| w.nfd().filter(|c| TONES.contains(c)).count() <= 1)
}

/// The encoding of a set of texts (the cells of one file). `font` is the
/// encoding a font named in the file points to, if any.
pub fn detect<'a>(texts: impl IntoIterator<Item = &'a str>, font: Option<Legacy>) -> Detected {
    let mut legacy = Vec::new();
    let mut unicode = false;
    for t in texts {
        if looks_legacy(t) {
            legacy.push(t);
        } else if t.chars().any(unicode_only) {
            unicode = true;
        }
    }
    if legacy.is_empty() {
        return Detected::Unicode;
    }
    if unicode {
        return Detected::Mixed;
    }
    let fits = |enc| legacy.iter().all(|t| decode(enc, t).is_some());
    let candidates: Vec<Legacy> = [Legacy::Tcvn3, Legacy::Vni]
        .into_iter()
        .filter(|e| fits(*e))
        .collect();
    match (candidates.as_slice(), font) {
        ([one], _) => Detected::Legacy(*one),
        ([_, _], Some(f)) => Detected::Legacy(f),
        _ => Detected::Unclear,
    }
}

/// The encoding a font name points to: ".VnTime", ".VnArialH" → TCVN3;
/// "VNI-Times" → VNI.
pub fn font_encoding(font: &str) -> Option<Legacy> {
    let f = font.trim().to_ascii_lowercase();
    if f.starts_with(".vn") {
        Some(Legacy::Tcvn3)
    } else if f.starts_with("vni-") || f.starts_with("vni ") {
        Some(Legacy::Vni)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tables_cover_every_letter_once() {
        let all = letters();
        assert_eq!(all.len(), 134);
        let t = tables();
        assert_eq!(t.vni.len(), 134, "VNI spellings are unique");
        // TCVN3: 67 lower-case letters and 7 capitals.
        assert_eq!(t.tcvn3.len(), 74);
    }

    #[test]
    fn converts_known_names() {
        assert_eq!(
            decode(Legacy::Tcvn3, "NguyÔn ThÞ Hoa").as_deref(),
            Some("Nguyễn Thị Hoa")
        );
        assert_eq!(
            decode(Legacy::Tcvn3, "B¶o Th¾ng").as_deref(),
            Some("Bảo Thắng")
        );
        assert_eq!(
            decode(Legacy::Tcvn3, "M\u{AD}êng Kh\u{AD}¬ng").as_deref(),
            Some("Mường Khương")
        );
        assert_eq!(decode(Legacy::Tcvn3, "§ç V¨n").as_deref(), Some("Đỗ Văn"));
        assert_eq!(
            decode(Legacy::Vni, "Traàn Huøng").as_deref(),
            Some("Trần Hùng")
        );
        assert_eq!(
            decode(Legacy::Vni, "Nguyeãn Thò Hoa").as_deref(),
            Some("Nguyễn Thị Hoa")
        );
        assert_eq!(
            decode(Legacy::Vni, "ÑOÃ VAÊN ÑÖÔØNG").as_deref(),
            Some("ĐỖ VĂN ĐƯỜNG")
        );
        assert_eq!(
            decode(Legacy::Vni, "Xin chaøo caùc baïn").as_deref(),
            Some("Xin chào các bạn")
        );
    }

    #[test]
    fn detects_and_refuses() {
        let tcvn = ["NguyÔn ThÞ Hoa", "TrÇn V¨n B×nh", "Hµ Néi"];
        assert_eq!(detect(tcvn, None), Detected::Legacy(Legacy::Tcvn3));
        let vni = ["Traàn Huøng", "Nguyeãn Thò Hoa", "Haø Noäi"];
        assert_eq!(detect(vni, None), Detected::Legacy(Legacy::Vni));
        assert_eq!(detect(["Nguyễn Thị Hoa", "Lê"], None), Detected::Unicode);
        assert_eq!(
            detect(["Nguyễn Thị Hoa", "TrÇn V¨n B×nh"], None),
            Detected::Mixed
        );
        // Neither table explains it.
        assert_eq!(detect(["Straße ÿ"], None), Detected::Unclear);
        assert_eq!(font_encoding(".VnTimeH"), Some(Legacy::Tcvn3));
        assert_eq!(font_encoding("VNI-Times"), Some(Legacy::Vni));
        assert_eq!(font_encoding("Times New Roman"), None);
    }

    #[test]
    fn round_trips_every_letter_through_vni() {
        for l in letters() {
            assert_eq!(decode(Legacy::Vni, &vni_of(l)), Some(l.to_string()), "{l}");
        }
    }
}

/// The text of a file saved as UTF-8 (with or without a byte-order mark) or
/// UTF-16 (with its mark, as Notepad's "Unicode" saves). None for anything
/// else (Windows-1258, TCVN3 bytes…): refuse rather than show "CH��NG".
pub fn text_from_bytes(bytes: &[u8]) -> Option<String> {
    let utf16 = |be: bool| -> Option<String> {
        let body = &bytes[2..];
        if body.len() % 2 != 0 {
            return None;
        }
        let units = body.chunks_exact(2).map(|c| {
            if be {
                u16::from_be_bytes([c[0], c[1]])
            } else {
                u16::from_le_bytes([c[0], c[1]])
            }
        });
        char::decode_utf16(units)
            .collect::<Result<String, _>>()
            .ok()
    };
    match bytes {
        [0xEF, 0xBB, 0xBF, rest @ ..] => std::str::from_utf8(rest).ok().map(str::to_owned),
        [0xFF, 0xFE, ..] => utf16(false),
        [0xFE, 0xFF, ..] => utf16(true),
        _ => std::str::from_utf8(bytes).ok().map(str::to_owned),
    }
}

#[cfg(test)]
mod file_tests {
    use super::text_from_bytes;

    #[test]
    fn utf8_and_utf16_read_others_refused() {
        assert_eq!(
            text_from_bytes("CHƯƠNG".as_bytes()).as_deref(),
            Some("CHƯƠNG")
        );
        let mut bom = vec![0xEF, 0xBB, 0xBF];
        bom.extend("Ư".as_bytes());
        assert_eq!(text_from_bytes(&bom).as_deref(), Some("Ư"));
        let mut le = vec![0xFF, 0xFE];
        le.extend("CHƯƠNG".encode_utf16().flat_map(|u| u.to_le_bytes()));
        assert_eq!(text_from_bytes(&le).as_deref(), Some("CHƯƠNG"));
        let mut be = vec![0xFE, 0xFF];
        be.extend("TRÌNH".encode_utf16().flat_map(|u| u.to_be_bytes()));
        assert_eq!(text_from_bytes(&be).as_deref(), Some("TRÌNH"));
        // "CHƯƠNG" in Windows-1258: Ư = 0xDD, Ơ = 0xD5.
        assert_eq!(text_from_bytes(b"CH\xDD\xD5NG"), None);
    }
}
