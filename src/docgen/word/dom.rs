//! A small XML tree for the parts of a .docx: enough to move tag text
//! between runs and to lift a tag out of its paragraph or table row, and to
//! write the part back byte for byte where nothing was changed in meaning.

use quick_xml::Reader;
use quick_xml::events::Event;

/// A node of the tree. Attributes stay as written (escaped); text is
/// unescaped.
#[derive(Debug, Clone, PartialEq)]
pub enum XNode {
    Elem(Elem),
    Text(String),
    /// Declaration, comment, processing instruction, CDATA: written back as is.
    Raw(String),
    /// A template tag lifted out of the text (its index in the tag table).
    Tag(usize),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Elem {
    /// Qualified name as written ("w:p").
    pub name: String,
    /// Attributes as written, escaped ("w:rsidR=\"00AB\" xml:space=\"preserve\"").
    pub attrs: String,
    pub children: Vec<XNode>,
}

impl Elem {
    pub fn is(&self, name: &str) -> bool {
        self.name == name
    }

    /// Elements among the children.
    pub fn elems(&self) -> impl Iterator<Item = &Elem> {
        self.children.iter().filter_map(|c| match c {
            XNode::Elem(e) => Some(e),
            _ => None,
        })
    }

    /// The first child element called `name`.
    pub fn child(&self, name: &str) -> Option<&Elem> {
        self.elems().find(|e| e.is(name))
    }

    /// The value of attribute `name`, as written.
    pub fn attr(&self, name: &str) -> Option<&str> {
        let mut rest = self.attrs.as_str();
        while let Some(eq) = rest.find('=') {
            let key = rest[..eq].trim();
            let after = rest[eq + 1..].trim_start();
            let quote = after.chars().next()?;
            let body = &after[1..];
            let end = body.find(quote)?;
            if key == name {
                return Some(&body[..end]);
            }
            rest = &body[end + 1..];
        }
        None
    }

    /// Drop attribute `name` if present.
    pub fn remove_attr(&mut self, name: &str) {
        if let Some(v) = self.attr(name).map(str::to_string) {
            for q in ['"', '\''] {
                let pat = format!("{name}={q}{v}{q}");
                if let Some(i) = self.attrs.find(&pat) {
                    self.attrs.replace_range(i..i + pat.len(), "");
                    self.attrs = self.attrs.split_whitespace().collect::<Vec<_>>().join(" ");
                    return;
                }
            }
        }
    }
}

/// Parse a part. `Err` carries quick-xml's message.
pub fn parse(xml: &str) -> Result<Vec<XNode>, String> {
    let mut reader = Reader::from_str(xml);
    let mut stack: Vec<Elem> = Vec::new();
    let mut top: Vec<XNode> = Vec::new();
    fn push(stack: &mut [Elem], top: &mut Vec<XNode>, n: XNode) {
        let list = match stack.last_mut() {
            Some(e) => &mut e.children,
            None => top,
        };
        // Merge text split around entity references.
        if let (XNode::Text(t), Some(XNode::Text(prev))) = (&n, list.last_mut()) {
            prev.push_str(t);
            return;
        }
        list.push(n);
    }
    let start = |e: &quick_xml::events::BytesStart| Elem {
        name: e.name().as_ref().to_string(),
        attrs: e.attributes_raw().trim().to_string(),
        children: Vec::new(),
    };
    loop {
        let ev = reader.read_event().map_err(|e| e.to_string())?;
        match ev {
            Event::Start(e) => stack.push(start(&e)),
            Event::Empty(e) => {
                let el = start(&e);
                push(&mut stack, &mut top, XNode::Elem(el));
            }
            Event::End(_) => {
                let Some(el) = stack.pop() else {
                    return Err("end tag without start".into());
                };
                push(&mut stack, &mut top, XNode::Elem(el));
            }
            Event::Text(t) => {
                let s = t.as_ref().to_string();
                push(&mut stack, &mut top, XNode::Text(s));
            }
            Event::GeneralRef(r) => {
                let c = match r.as_ref() {
                    "amp" => Some('&'),
                    "lt" => Some('<'),
                    "gt" => Some('>'),
                    "quot" => Some('"'),
                    "apos" => Some('\''),
                    _ => r.resolve_char_ref().ok().flatten(),
                };
                let Some(c) = c else {
                    return Err(format!("unknown entity &{};", r.as_ref() as &str));
                };
                push(&mut stack, &mut top, XNode::Text(c.to_string()));
            }
            Event::CData(c) => {
                let s = format!("<![CDATA[{}]]>", c.as_ref() as &str);
                push(&mut stack, &mut top, XNode::Raw(s));
            }
            Event::Comment(c) => {
                let s = format!("<!--{}-->", c.as_ref() as &str);
                push(&mut stack, &mut top, XNode::Raw(s));
            }
            Event::Decl(d) => {
                let s = format!("<?{}?>", d.as_ref() as &str);
                push(&mut stack, &mut top, XNode::Raw(s));
            }
            Event::PI(p) => {
                let s = format!("<?{}?>", p.as_ref() as &str);
                push(&mut stack, &mut top, XNode::Raw(s));
            }
            Event::DocType(d) => {
                let s = format!("<!DOCTYPE {}>", d.as_ref() as &str);
                push(&mut stack, &mut top, XNode::Raw(s));
            }
            Event::Eof => break,
        }
    }
    if !stack.is_empty() {
        return Err("unclosed element".into());
    }
    Ok(top)
}

/// Escape text content.
pub fn escape(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
}

/// The start tag of `e` ("<w:p w:rsidR=\"…\">").
pub fn open_tag(out: &mut String, e: &Elem) {
    out.push('<');
    out.push_str(&e.name);
    if !e.attrs.is_empty() {
        out.push(' ');
        out.push_str(&e.attrs);
    }
    out.push('>');
}

pub fn close_tag(out: &mut String, e: &Elem) {
    out.push_str("</");
    out.push_str(&e.name);
    out.push('>');
}

/// Write nodes back; `tag` is called for each [`XNode::Tag`].
pub fn write(out: &mut String, nodes: &[XNode], tag: &mut dyn FnMut(&mut String, usize)) {
    for n in nodes {
        match n {
            XNode::Elem(e) if e.children.is_empty() => {
                out.push('<');
                out.push_str(&e.name);
                if !e.attrs.is_empty() {
                    out.push(' ');
                    out.push_str(&e.attrs);
                }
                out.push_str("/>");
            }
            XNode::Elem(e) => {
                open_tag(out, e);
                write(out, &e.children, tag);
                close_tag(out, e);
            }
            XNode::Text(t) => escape(out, t),
            XNode::Raw(r) => out.push_str(r),
            XNode::Tag(i) => tag(out, *i),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_a_part() {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document xmlns:w=\"x\"><w:body><w:p w:rsidR=\"00A1\"><w:r><w:t xml:space=\"preserve\">A &amp; B &lt;C&gt; </w:t></w:r><w:r><w:tab/></w:r></w:p><!-- c --></w:body></w:document>";
        let nodes = parse(xml).unwrap();
        let mut out = String::new();
        write(&mut out, &nodes, &mut |_, _| {});
        assert_eq!(out, xml);
    }

    #[test]
    fn attributes_read_and_removed() {
        let mut e = Elem {
            name: "w:p".into(),
            attrs: "w14:paraId=\"1A2B\" w:rsidR=\"00A1\" w14:textId=\"77\"".into(),
            children: Vec::new(),
        };
        assert_eq!(e.attr("w:rsidR"), Some("00A1"));
        e.remove_attr("w14:paraId");
        e.remove_attr("w14:textId");
        assert_eq!(e.attrs, "w:rsidR=\"00A1\"");
    }
}
