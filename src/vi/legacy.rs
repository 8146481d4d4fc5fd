//! Vietnamese text in the legacy 8-bit encodings of old documents and
//! spreadsheets: TCVN3 (ABC, fonts ".VnTime", ".VnArial"; ".VnTimeH" for
//! capitals) and VNI (fonts "VNI-Times"…), read as if they were Latin-1
//! text, detected and converted to Unicode (NFC).

/// A legacy encoding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Legacy {
    Tcvn3,
    Vni,
}

/// TCVN3 code points (as Latin-1 characters) and the letters they stand for.
const TCVN3: &[(char, char)] = &[
    ('µ', 'à'),
    ('¸', 'á'),
    ('¶', 'ả'),
    ('·', 'ã'),
    ('¹', 'ạ'),
    ('¨', 'ă'),
    ('»', 'ằ'),
    ('¾', 'ắ'),
    ('¼', 'ẳ'),
    ('½', 'ẵ'),
    ('Æ', 'ặ'),
    ('©', 'â'),
    ('Ç', 'ầ'),
    ('Ê', 'ấ'),
    ('È', 'ẩ'),
    ('É', 'ẫ'),
    ('Ë', 'ậ'),
    ('®', 'đ'),
    ('Ì', 'è'),
    ('Ð', 'é'),
    ('Î', 'ẻ'),
    ('Ï', 'ẽ'),
    ('Ñ', 'ẹ'),
    ('ª', 'ê'),
    ('Ò', 'ề'),
    ('Õ', 'ế'),
    ('Ó', 'ể'),
    ('Ô', 'ễ'),
    ('Ö', 'ệ'),
    ('×', 'ì'),
    ('Ý', 'í'),
    ('Ø', 'ỉ'),
    ('Ü', 'ĩ'),
    ('Þ', 'ị'),
    ('ß', 'ò'),
    ('ã', 'ó'),
    ('á', 'ỏ'),
    ('â', 'õ'),
    ('ä', 'ọ'),
    ('«', 'ô'),
    ('å', 'ồ'),
    ('è', 'ố'),
    ('æ', 'ổ'),
    ('ç', 'ỗ'),
    ('é', 'ộ'),
    ('¬', 'ơ'),
    ('ê', 'ờ'),
    ('í', 'ớ'),
    ('ë', 'ở'),
    ('ì', 'ỡ'),
    ('î', 'ợ'),
    ('ï', 'ù'),
    ('ó', 'ú'),
    ('ñ', 'ủ'),
    ('ò', 'ũ'),
    ('ô', 'ụ'),
    ('\u{AD}', 'ư'),
    ('õ', 'ừ'),
    ('ø', 'ứ'),
    ('ö', 'ử'),
    ('÷', 'ữ'),
    ('ù', 'ự'),
    ('ú', 'ỳ'),
    ('ý', 'ý'),
    ('û', 'ỷ'),
    ('ü', 'ỹ'),
    ('þ', 'ỵ'),
    ('¡', 'Ă'),
    ('¢', 'Â'),
    ('§', 'Đ'),
    ('£', 'Ê'),
    ('¤', 'Ô'),
    ('¥', 'Ơ'),
    ('¦', 'Ư'),
];

/// VNI: a base letter followed by a mark character (or one character).
/// Lower-case forms; upper case is the same with both characters in
/// upper case ("AÙ" = "Á").
const VNI_PAIRS: &[(&str, char)] = &[
    ("aù", 'á'),
    ("aø", 'à'),
    ("aû", 'ả'),
    ("aõ", 'ã'),
    ("aï", 'ạ'),
    ("aâ", 'â'),
    ("aá", 'ấ'),
    ("aà", 'ầ'),
    ("aå", 'ẩ'),
    ("aã", 'ẫ'),
    ("aä", 'ậ'),
    ("aê", 'ă'),
    ("aé", 'ắ'),
    ("aè", 'ằ'),
    ("aú", 'ẳ'),
    ("aü", 'ẵ'),
    ("aë", 'ặ'),
    ("eù", 'é'),
    ("eø", 'è'),
    ("eû", 'ẻ'),
    ("eõ", 'ẽ'),
    ("eï", 'ẹ'),
    ("eâ", 'ê'),
    ("eá", 'ế'),
    ("eà", 'ề'),
    ("eå", 'ể'),
    ("eã", 'ễ'),
    ("eä", 'ệ'),
    ("où", 'ó'),
    ("oø", 'ò'),
    ("oû", 'ỏ'),
    ("oõ", 'õ'),
    ("oï", 'ọ'),
    ("oâ", 'ô'),
    ("oá", 'ố'),
    ("oà", 'ồ'),
    ("oå", 'ổ'),
    ("oã", 'ỗ'),
    ("oä", 'ộ'),
    ("ôù", 'ớ'),
    ("ôø", 'ờ'),
    ("ôû", 'ở'),
    ("ôõ", 'ỡ'),
    ("ôï", 'ợ'),
    ("uù", 'ú'),
    ("uø", 'ù'),
    ("uû", 'ủ'),
    ("uõ", 'ũ'),
    ("uï", 'ụ'),
    ("öù", 'ứ'),
    ("öø", 'ừ'),
    ("öû", 'ử'),
    ("öõ", 'ữ'),
    ("öï", 'ự'),
    ("yù", 'ý'),
    ("yø", 'ỳ'),
    ("yû", 'ỷ'),
    ("yõ", 'ỹ'),
];
const VNI_SINGLE: &[(char, char)] = &[
    ('ñ', 'đ'),
    ('ô', 'ơ'),
    ('ö', 'ư'),
    ('í', 'í'),
    ('ì', 'ì'),
    ('æ', 'ỉ'),
    ('ó', 'ĩ'),
    ('ò', 'ị'),
    ('î', 'ỵ'),
];

/// The encoding a font name implies (".VnTime", "VNI-Times", …).
pub fn from_font(font: &str) -> Option<Legacy> {
    let f = font.trim().to_lowercase();
    if f.starts_with(".vn") {
        Some(Legacy::Tcvn3)
    } else if f.starts_with("vni-") || f.starts_with("vni ") {
        Some(Legacy::Vni)
    } else {
        None
    }
}

/// Whether a TCVN3 font draws capitals only (".VnTimeH", ".VnArialH").
pub fn is_capitals_font(font: &str) -> bool {
    let f = font.trim();
    f.starts_with(".Vn") && f.ends_with('H')
}

fn is_unicode_vietnamese(c: char) -> bool {
    matches!(
        c,
        '\u{1EA0}'
            ..='\u{1EF9}' | 'ă' | 'Ă' | 'đ' | 'Đ' | 'ơ' | 'Ơ' | 'ư' | 'Ư' | 'ĩ' | 'Ĩ' | 'ũ' | 'Ũ'
    )
}

/// Guess the encoding of text with no font to tell: legacy marks present
/// and no Unicode Vietnamese letter. `None`: Unicode (or not Vietnamese).
pub fn detect(text: &str) -> Option<Legacy> {
    if text.chars().any(is_unicode_vietnamese) {
        return None;
    }
    // Characters that occur in TCVN3 text and hardly ever in Unicode prose.
    let tcvn = text
        .chars()
        .filter(|c| {
            matches!(
                c,
                'µ' | '¸'
                    | '¶'
                    | '·'
                    | '¹'
                    | '¨'
                    | '»'
                    | '¾'
                    | '¼'
                    | '½'
                    | '®'
                    | '¬'
                    | '«'
                    | '©'
                    | 'ª'
                    | '\u{AD}'
            )
        })
        .count();
    let chars: Vec<char> = text.chars().collect();
    let vni = chars
        .windows(2)
        .filter(|w| {
            let pair: String = w.iter().flat_map(|c| c.to_lowercase()).collect();
            VNI_PAIRS.iter().any(|(p, _)| *p == pair)
        })
        .count()
        + chars.iter().filter(|c| matches!(c, 'ñ' | 'Ñ')).count();
    match (tcvn, vni) {
        (t, v) if t >= 3 && t >= v => Some(Legacy::Tcvn3),
        (_, v) if v >= 3 => Some(Legacy::Vni),
        _ => None,
    }
}

/// Convert legacy text to Unicode NFC. `capitals`: the TCVN3 text was set
/// in a capitals font (".VnTimeH"), so it becomes upper case.
pub fn convert(text: &str, enc: Legacy, capitals: bool) -> String {
    let out = match enc {
        Legacy::Tcvn3 => text
            .chars()
            .map(|c| {
                TCVN3
                    .iter()
                    .find(|(k, _)| *k == c)
                    .map(|(_, v)| *v)
                    .unwrap_or(c)
            })
            .collect::<String>(),
        Legacy::Vni => vni(text),
    };
    let out = if capitals { out.to_uppercase() } else { out };
    super::nfc(&out)
}

fn vni(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        if i + 1 < chars.len() {
            let (a, b) = (chars[i], chars[i + 1]);
            let upper = a.is_uppercase();
            let pair: String = [a, b].iter().flat_map(|c| c.to_lowercase()).collect();
            if let Some((_, v)) = VNI_PAIRS.iter().find(|(p, _)| *p == pair) {
                if upper {
                    out.extend(v.to_uppercase());
                } else {
                    out.push(*v);
                }
                i += 2;
                continue;
            }
        }
        let c = chars[i];
        let lower = c.to_lowercase().next().unwrap_or(c);
        match VNI_SINGLE.iter().find(|(k, _)| *k == lower) {
            Some((_, v)) if c.is_uppercase() => out.extend(v.to_uppercase()),
            Some((_, v)) => out.push(*v),
            None => out.push(c),
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tcvn3_text_converts() {
        let legacy = "B¸o c¸o chÝnh trÞ cña Chi bé th«n §«ng Xu©n, nhiÖm kú 2025 - 2027";
        assert_eq!(detect(legacy), Some(Legacy::Tcvn3));
        assert_eq!(
            convert(legacy, Legacy::Tcvn3, false),
            "Báo cáo chính trị của Chi bộ thôn Đông Xuân, nhiệm kỳ 2025 - 2027"
        );
        assert_eq!(convert("b¸o c¸o", Legacy::Tcvn3, true), "BÁO CÁO");
        assert_eq!(from_font(".VnTime"), Some(Legacy::Tcvn3));
        assert!(is_capitals_font(".VnTimeH"));
    }

    #[test]
    fn vni_text_converts() {
        let legacy = "Baùo caùo chính trò cuûa Chi boä thoân Ñoâng Xuaân, nhieäm kyø 2025 - 2027";
        assert_eq!(detect(legacy), Some(Legacy::Vni));
        assert_eq!(
            convert(legacy, Legacy::Vni, false),
            "Báo cáo chính trị của Chi bộ thôn Đông Xuân, nhiệm kỳ 2025 - 2027"
        );
        assert_eq!(
            convert("Ñaûng uûy phöôøng", Legacy::Vni, false),
            "Đảng ủy phường"
        );
        assert_eq!(from_font("VNI-Times"), Some(Legacy::Vni));
    }

    #[test]
    fn unicode_and_plain_text_are_left_alone() {
        assert_eq!(detect("Báo cáo chính trị của chi bộ"), None);
        assert_eq!(detect("Plain ASCII text, 2025."), None);
    }
}
