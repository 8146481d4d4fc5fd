//! The docxtpl speed anchor (`../shared/anchors/docxtpl/`) turned into our
//! syntax mechanically, and its JSON context into a [`Record`]; shared by
//! the `word_template` bench and a test in `tests/core/word_templates.rs`.
//!
//! Conversion: `{{ x }}` → `{x}`; `{%p for a in b %}` and `{%tr for a in b %}`
//! → `{#for a in b}`; `{%p endfor %}`, `{%tr endfor %}` → `{/for}`;
//! `{{ loop.index }}` → `{v.stt}` of the enclosing loop (our lists number
//! their items as `stt`); a loop over a list of strings binds records with
//! the string as `text` (`{{ para }}` → `{para.text}`).

use daihoi::docgen::template::{List, Record, Value};
use std::io::{Cursor, Read, Write};

pub const ANCHOR_DIR: &str = "/work/shared/anchors/docxtpl";

/// The anchor's folder: `DOCXTPL_ANCHOR` or the shared folder next to the
/// project.
pub fn anchor_dir() -> Option<std::path::PathBuf> {
    let candidates = [
        std::env::var("DOCXTPL_ANCHOR").ok().map(Into::into),
        Some(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/anchors/docxtpl")),
        Some(ANCHOR_DIR.into()),
    ];
    candidates
        .into_iter()
        .flatten()
        .find(|d: &std::path::PathBuf| d.join("template.docx").is_file())
}

/// Convert one part's Jinja tags.
pub fn convert_xml(xml: &str, string_lists: &[&str]) -> String {
    let mut out = String::with_capacity(xml.len());
    // Open loops: variable, and whether it runs over a list of strings.
    let mut loops: Vec<(String, bool)> = Vec::new();
    let mut rest = xml;
    while let Some(i) = rest.find(['{']) {
        out.push_str(&rest[..i]);
        let tail = &rest[i..];
        let (inner, len) = if let Some(t) = tail.strip_prefix("{{") {
            match t.find("}}") {
                Some(e) => (("v", t[..e].trim().to_string()), e + 4),
                None => (("", String::new()), 1),
            }
        } else if let Some(t) = tail.strip_prefix("{%") {
            match t.find("%}") {
                Some(e) => (("b", t[..e].trim().to_string()), e + 4),
                None => (("", String::new()), 1),
            }
        } else {
            (("", String::new()), 1)
        };
        match inner {
            ("v", expr) => {
                let expr = if expr == "loop.index" {
                    format!(
                        "{}.stt",
                        loops.last().map(|l| l.0.as_str()).unwrap_or("loop")
                    )
                } else if loops.iter().any(|(v, strings)| *strings && *v == expr) {
                    format!("{expr}.text")
                } else {
                    expr
                };
                out.push('{');
                out.push_str(&expr);
                out.push('}');
            }
            ("b", stmt) => {
                let stmt = stmt
                    .trim_start_matches("tr ")
                    .trim_start_matches("p ")
                    .trim();
                if let Some(f) = stmt.strip_prefix("for ") {
                    let var = f.split_whitespace().next().unwrap_or("").to_string();
                    let list = f.split_whitespace().nth(2).unwrap_or("");
                    let strings = string_lists.iter().any(|s| list.ends_with(s));
                    loops.push((var, strings));
                    out.push_str(&format!("{{#for {f}}}"));
                } else if stmt == "endfor" {
                    loops.pop();
                    out.push_str("{/for}");
                } else {
                    out.push_str(&tail[..len]);
                }
            }
            _ => out.push_str(&tail[..len]),
        }
        rest = &tail[len..];
    }
    out.push_str(rest);
    out
}

/// The template converted: the same package, tags in our syntax.
pub fn converted_template(docx: &[u8]) -> Vec<u8> {
    let mut a = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for i in 0..a.len() {
        let mut f = a.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        let mut bytes = Vec::new();
        f.read_to_end(&mut bytes).unwrap();
        if name.starts_with("word/") && name.ends_with(".xml") {
            let xml = String::from_utf8(bytes).unwrap();
            bytes = convert_xml(&xml, &["paragraphs"]).into_bytes();
        }
        z.start_file(name, opts).unwrap();
        z.write_all(&bytes).unwrap();
    }
    z.finish().unwrap().into_inner()
}

fn key(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

/// The anchor's context.json as a context.
pub fn context(json: &str) -> Record {
    let v: serde_json::Value = serde_json::from_str(json).unwrap();
    match value(&v) {
        Value::Record(r) => r,
        _ => Record::default(),
    }
}

fn value(v: &serde_json::Value) -> Value {
    match v {
        serde_json::Value::String(s) => Value::Text(s.clone()),
        serde_json::Value::Number(n) => Value::Num(n.as_f64().unwrap_or(0.0)),
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Null => Value::Text(String::new()),
        serde_json::Value::Object(o) => Value::Record(Record(
            o.iter().map(|(k, v)| (key(k), value(v))).collect(),
            None,
        )),
        serde_json::Value::Array(items) => {
            let items: Vec<Record> = items
                .iter()
                .enumerate()
                .map(|(i, it)| {
                    let mut r = match value(it) {
                        Value::Record(r) => r,
                        other => Record(vec![("text", other)], None),
                    };
                    r.num("stt", (i + 1) as f64);
                    r
                })
                .collect();
            let proto = items.first().cloned().unwrap_or_default();
            Value::List(List { proto, items })
        }
    }
}
