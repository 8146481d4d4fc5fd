//! Finding `{tags}` in a part's paragraphs, wherever Word has cut them.
//!
//! Word splits the text of a paragraph into runs for many reasons (a
//! spell-check mark, an rsid after an edit, a bookmark, a change of
//! formatting inside the tag, a field). A tag is found in the paragraph's
//! whole text; its characters are then moved into the run that holds its
//! `{`, so its value takes that run's formatting, and the tag becomes an
//! [`XNode::Tag`] marker.

use super::dom::{Elem, XNode};
use crate::strings::word as msg;

/// A tag as found in the document.
#[derive(Debug, Clone, PartialEq)]
pub struct RawTag {
    /// As typed, braces included ("{report.contex}").
    pub typed: String,
    /// Between the braces, with smart quotes made straight and
    /// non-breaking or zero-width spaces made plain.
    pub inner: String,
    /// Where it is, in Vietnamese ("đoạn «Kết quả thực hiện…»").
    pub place: String,
}

/// A brace problem found while scanning (unclosed tag, stray `}`).
#[derive(Debug, Clone, PartialEq)]
pub struct ScanError {
    pub place: String,
    pub typed: String,
    pub message: String,
}

/// Where the walk is: which part, which table cell.
struct Walk<'a> {
    part: &'a str,
    tables: usize,
    /// (table number, row, cell), innermost last.
    cells: Vec<(usize, usize, usize)>,
    tags: Vec<RawTag>,
    errors: Vec<ScanError>,
}

/// Mark every tag of a part. `part` names it for messages ("" for the body).
pub fn mark(nodes: &mut [XNode], part: &str) -> (Vec<RawTag>, Vec<ScanError>) {
    let mut w = Walk {
        part,
        tables: 0,
        cells: Vec::new(),
        tags: Vec::new(),
        errors: Vec::new(),
    };
    for n in nodes.iter_mut() {
        if let XNode::Elem(e) = n {
            w.elem(e);
        }
    }
    (w.tags, w.errors)
}

/// Characters typed inside tags that Word's autocorrect changes.
pub fn normalize_inner(s: &str) -> String {
    s.chars()
        .filter(|c| {
            !matches!(
                c,
                '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}' | '\u{00AD}'
            )
        })
        .map(|c| match c {
            '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
            '\u{2018}' | '\u{2019}' | '\u{201A}' => '\'',
            '\u{00A0}' | '\u{202F}' | '\u{2007}' | '\u{2009}' => ' ',
            c => c,
        })
        .collect()
}

impl Walk<'_> {
    fn elem(&mut self, e: &mut Elem) {
        match e.name.as_str() {
            "w:p" => {
                self.paragraph(e);
                // Text boxes anchored in this paragraph hold paragraphs of their own.
                self.nested(e);
                return;
            }
            "w:tbl" => {
                self.tables += 1;
                self.cells.push((self.tables, 0, 0));
            }
            "w:tr" => {
                if let Some(c) = self.cells.last_mut() {
                    c.1 += 1;
                    c.2 = 0;
                }
            }
            "w:tc" => {
                if let Some(c) = self.cells.last_mut() {
                    c.2 += 1;
                }
            }
            _ => {}
        }
        for c in e.children.iter_mut() {
            if let XNode::Elem(child) = c {
                self.elem(child);
            }
        }
        if e.is("w:tbl") {
            self.cells.pop();
        }
    }

    /// Paragraphs inside a paragraph (text boxes): walked as containers.
    fn nested(&mut self, p: &mut Elem) {
        for c in p.children.iter_mut() {
            if let XNode::Elem(child) = c {
                if child.is("w:txbxContent") {
                    for n in child.children.iter_mut() {
                        if let XNode::Elem(e) = n {
                            self.elem(e);
                        }
                    }
                } else {
                    self.nested(child);
                }
            }
        }
    }

    fn place(&self, text: &str) -> String {
        let where_ = match self.cells.last() {
            Some((t, r, c)) => msg::place_cell(*t, *r, *c, &first_words(text)),
            None => msg::place_paragraph(&first_words(text)),
        };
        if self.part.is_empty() {
            where_
        } else {
            msg::place_in_part(self.part, &where_)
        }
    }

    fn paragraph(&mut self, p: &mut Elem) {
        let mut slots: Vec<Vec<usize>> = Vec::new();
        collect_t(p, &mut Vec::new(), &mut slots);
        if slots.is_empty() {
            return;
        }
        let texts: Vec<String> = slots.iter().map(|s| text_of(get(p, s))).collect();
        // Every character of the paragraph, with the slot that owns it.
        let mut chars: Vec<(char, usize)> = Vec::new();
        for (i, t) in texts.iter().enumerate() {
            chars.extend(t.chars().map(|c| (c, i)));
        }
        if !chars.iter().any(|(c, _)| *c == '{' || *c == '}') {
            return;
        }
        let whole: String = chars.iter().map(|(c, _)| *c).collect();
        let place = self.place(&whole);
        // Tag spans in character indices, and which of them are escapes.
        let mut spans: Vec<(usize, usize)> = Vec::new();
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i].0;
            let next = chars.get(i + 1).map(|x| x.0);
            if (c == '{' && next == Some('{')) || (c == '}' && next == Some('}')) {
                i += 2;
                continue;
            }
            if c == '}' {
                self.errors.push(ScanError {
                    place: place.clone(),
                    typed: "}".into(),
                    message: msg::STRAY_CLOSE.into(),
                });
                i += 1;
                continue;
            }
            if c == '{' {
                let close = chars[i + 1..].iter().position(|x| x.0 == '}' || x.0 == '{');
                match close {
                    Some(len) if chars[i + 1 + len].0 == '}' => {
                        spans.push((i, i + 1 + len));
                        i += len + 2;
                        continue;
                    }
                    _ => {
                        let typed: String = chars[i..].iter().take(40).map(|x| x.0).collect();
                        self.errors.push(ScanError {
                            place: place.clone(),
                            typed,
                            message: msg::UNCLOSED.into(),
                        });
                        return;
                    }
                }
            }
            i += 1;
        }
        // Give every character of a tag to the slot of its `{`.
        for (s, e) in &spans {
            let owner = chars[*s].1;
            for ch in &mut chars[*s..=*e] {
                ch.1 = owner;
            }
        }
        // Rebuild each slot: text pieces and tag markers.
        let mut new_children: Vec<Vec<XNode>> = vec![Vec::new(); slots.len()];
        let mut lit: Vec<String> = vec![String::new(); slots.len()];
        let mut k = 0;
        let mut span_iter = spans.iter().peekable();
        while k < chars.len() {
            if let Some((s, e)) = span_iter.peek().copied().copied() {
                if k == s {
                    let owner = chars[s].1;
                    let typed: String = chars[s..=e].iter().map(|x| x.0).collect();
                    let inner = normalize_inner(&typed[1..typed.len() - 1]);
                    if !lit[owner].is_empty() {
                        new_children[owner].push(XNode::Text(std::mem::take(&mut lit[owner])));
                    }
                    new_children[owner].push(XNode::Tag(self.tags.len()));
                    self.tags.push(RawTag {
                        typed,
                        inner,
                        place: place.clone(),
                    });
                    span_iter.next();
                    k = e + 1;
                    continue;
                }
            }
            let (c, owner) = chars[k];
            lit[owner].push(c);
            k += 1;
        }
        for (i, path) in slots.iter().enumerate() {
            if !lit[i].is_empty() {
                new_children[i].push(XNode::Text(std::mem::take(&mut lit[i])));
            }
            let t = get_mut(p, path);
            let changed = t.children != new_children[i];
            if changed {
                t.children = std::mem::take(&mut new_children[i]);
                if t.attr("xml:space").is_none() {
                    if t.attrs.is_empty() {
                        t.attrs = "xml:space=\"preserve\"".into();
                    } else {
                        t.attrs.push_str(" xml:space=\"preserve\"");
                    }
                }
            }
        }
    }
}

/// Paths (child indices) of the paragraph's own `w:t`, in order; text boxes
/// and nested paragraphs are left to their own walk.
fn collect_t(e: &Elem, path: &mut Vec<usize>, out: &mut Vec<Vec<usize>>) {
    for (i, c) in e.children.iter().enumerate() {
        if let XNode::Elem(child) = c {
            if child.is("w:txbxContent") || child.is("w:p") {
                continue;
            }
            path.push(i);
            if child.is("w:t") {
                out.push(path.clone());
            } else {
                collect_t(child, path, out);
            }
            path.pop();
        }
    }
}

pub fn get<'e>(e: &'e Elem, path: &[usize]) -> &'e Elem {
    let mut cur = e;
    for &i in path {
        if let Some(XNode::Elem(c)) = cur.children.get(i) {
            cur = c;
        }
    }
    cur
}

pub fn get_mut<'e>(e: &'e mut Elem, path: &[usize]) -> &'e mut Elem {
    match path.split_first() {
        None => e,
        Some((&i, rest)) => {
            if !matches!(e.children.get(i), Some(XNode::Elem(_))) {
                return e;
            }
            match &mut e.children[i] {
                XNode::Elem(c) => get_mut(c, rest),
                _ => unreachable!("checked above"),
            }
        }
    }
}

fn text_of(e: &Elem) -> String {
    let mut s = String::new();
    for c in &e.children {
        if let XNode::Text(t) = c {
            s.push_str(t);
        }
    }
    s
}

/// The first words of a paragraph, for messages (at most about 6 words).
pub fn first_words(text: &str) -> String {
    let words: Vec<&str> = text.split_whitespace().collect();
    let mut s = words.iter().take(6).copied().collect::<Vec<_>>().join(" ");
    if words.len() > 6 {
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::super::dom;
    use super::*;

    fn marked(xml: &str) -> (String, Vec<RawTag>, Vec<ScanError>) {
        let mut nodes = dom::parse(xml).unwrap();
        let (tags, errors) = mark(&mut nodes, "");
        let mut out = String::new();
        dom::write(&mut out, &nodes, &mut |o, i| o.push_str(&format!("[{i}]")));
        (out, tags, errors)
    }

    #[test]
    fn a_tag_split_by_word_is_moved_into_its_first_run() {
        // Spell-check marks, an rsid change, a bookmark and bold inside the tag.
        let (out, tags, errors) = marked(
            "<w:p><w:r><w:t>Chi bộ {bran</w:t></w:r><w:proofErr w:type=\"spellStart\"/>\
             <w:bookmarkStart w:id=\"0\" w:name=\"x\"/><w:r w:rsidR=\"00C1\"><w:rPr><w:b/></w:rPr>\
             <w:t>ch.na</w:t></w:r><w:bookmarkEnd w:id=\"0\"/><w:r><w:t>me} họp.</w:t></w:r></w:p>",
        );
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(tags.len(), 1);
        assert_eq!(tags[0].typed, "{branch.name}");
        assert_eq!(tags[0].inner, "branch.name");
        assert!(
            out.contains("<w:t xml:space=\"preserve\">Chi bộ [0]</w:t>"),
            "{out}"
        );
        assert!(
            out.contains("<w:b/></w:rPr><w:t xml:space=\"preserve\"/>"),
            "{out}"
        );
        assert!(
            out.contains("<w:t xml:space=\"preserve\"> họp.</w:t>"),
            "{out}"
        );
    }

    #[test]
    fn smart_quotes_nbsp_and_field_codes() {
        let (_, tags, errors) = marked(
            "<w:p><w:r><w:t>{#if\u{a0}branch.has_committee}</w:t></w:r>\
             <w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE {x} </w:instrText></w:r>\
             <w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>{a | “upper”}</w:t></w:r></w:p>",
        );
        assert!(errors.is_empty(), "{errors:?}");
        let inner: Vec<&str> = tags.iter().map(|t| t.inner.as_str()).collect();
        assert_eq!(inner, ["#if branch.has_committee", "a | \"upper\""]);
    }

    #[test]
    fn unclosed_and_stray_braces_are_located() {
        let (_, _, errors) = marked(
            "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Họ tên {m.name</w:t></w:r></w:p></w:tc></w:tr></w:tbl>",
        );
        assert_eq!(errors.len(), 1);
        assert!(errors[0].place.contains("1"), "{:?}", errors[0]);
        assert_eq!(errors[0].typed, "{m.name");
        let (out, tags, errors) = marked("<w:p><w:r><w:t>a {{b}} c</w:t></w:r></w:p>");
        assert!(tags.is_empty() && errors.is_empty());
        assert!(out.contains("a {{b}} c"));
    }
}
