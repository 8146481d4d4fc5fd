//! One .docx from several: the combined packet when documents come from
//! the office's Word templates. Each document keeps its own page setup
//! (size, orientation, margins), headers and footers, and its page numbers
//! start again at 1: its last section settings become a section break at
//! its end. The first document's package is the base (its styles, fonts,
//! settings); the others' headers, footers and pictures are copied in under
//! new names, with their relationships renamed, and styles the base lacks
//! are added. A style of the same name keeps the first document's
//! definition.

use std::collections::BTreeMap;
use std::io::{Cursor, Read, Write};
use zip::ZipArchive;
use zip::write::SimpleFileOptions;

/// Relationship types whose parts are the package's own (kept from the
/// first document), not copied from the others.
const SHARED: [&str; 7] = [
    "/styles",
    "/settings",
    "/webSettings",
    "/fontTable",
    "/theme",
    "/numbering",
    "/customXml",
];

struct Package {
    files: BTreeMap<String, Vec<u8>>,
}

impl Package {
    fn read(bytes: &[u8]) -> std::io::Result<Package> {
        let mut a = ZipArchive::new(Cursor::new(bytes))?;
        let mut files = BTreeMap::new();
        for i in 0..a.len() {
            let mut f = a.by_index(i)?;
            if f.is_dir() {
                continue;
            }
            let mut data = Vec::new();
            f.read_to_end(&mut data)?;
            let name = f.name().map_err(|e| invalid(&e.to_string()))?.to_string();
            files.insert(name, data);
        }
        Ok(Package { files })
    }

    fn text(&self, name: &str) -> std::io::Result<String> {
        let b = self.files.get(name).ok_or_else(|| invalid(name))?;
        String::from_utf8(b.clone()).map_err(|_| invalid(name))
    }
}

fn invalid(what: &str) -> std::io::Error {
    std::io::Error::new(std::io::ErrorKind::InvalidData, what.to_string())
}

/// One relationship of a part.
#[derive(Debug, Clone)]
struct Rel {
    id: String,
    kind: String,
    target: String,
    external: bool,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let i = tag.find(&key)? + key.len();
    let j = tag[i..].find('"')?;
    Some(tag[i..i + j].to_string())
}

fn rels(xml: &str) -> Vec<Rel> {
    xml.split("<Relationship ")
        .skip(1)
        .filter_map(|t| {
            let tag = &t[..t.find('>')?];
            let tag = format!(" {tag}");
            Some(Rel {
                id: attr(&tag, "Id")?,
                kind: attr(&tag, "Type")?,
                target: attr(&tag, "Target")?,
                external: attr(&tag, "TargetMode").is_some_and(|m| m == "External"),
            })
        })
        .collect()
}

fn rel_xml(r: &Rel) -> String {
    format!(
        "<Relationship Id=\"{}\" Type=\"{}\" Target=\"{}\"{}/>",
        r.id,
        r.kind,
        r.target,
        if r.external {
            " TargetMode=\"External\""
        } else {
            ""
        }
    )
}

/// `xml` with every relationship attribute (`r:id`, `r:embed`, `r:link`…)
/// whose value is in `map` renamed.
fn rename_rel_ids(xml: &str, map: &BTreeMap<String, String>) -> String {
    let mut out = String::with_capacity(xml.len() + 64);
    let mut rest = xml;
    while let Some(i) = rest.find(" r:") {
        let (head, tail) = rest.split_at(i);
        out.push_str(head);
        // ` r:name="value"`
        let Some(eq) = tail.find("=\"") else {
            out.push_str(tail);
            return out;
        };
        let name = &tail[3..eq];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_alphanumeric()) {
            out.push_str(&tail[..3]);
            rest = &tail[3..];
            continue;
        }
        let vstart = eq + 2;
        let Some(vlen) = tail[vstart..].find('"') else {
            out.push_str(tail);
            return out;
        };
        let value = &tail[vstart..vstart + vlen];
        out.push_str(&tail[..vstart]);
        out.push_str(map.get(value).map(String::as_str).unwrap_or(value));
        out.push('"');
        rest = &tail[vstart + vlen + 1..];
    }
    out.push_str(rest);
    out
}

/// The root tag of document.xml, the body's content before its last
/// section settings, and those settings.
fn split_document(xml: &str) -> std::io::Result<(String, String, String)> {
    let bad = || invalid("word/document.xml");
    let root_start = xml.find("<w:document").ok_or_else(bad)?;
    let root_end = root_start + xml[root_start..].find('>').ok_or_else(bad)? + 1;
    let root = xml[root_start..root_end].to_string();
    let body_open = xml.find("<w:body>").ok_or_else(bad)? + "<w:body>".len();
    let body_close = xml.rfind("</w:body>").ok_or_else(bad)?;
    let body = &xml[body_open..body_close];
    let trimmed = body.trim_end();
    if trimmed.ends_with("</w:sectPr>") || trimmed.ends_with("/>") {
        if let Some(s) = trimmed.rfind("<w:sectPr") {
            // The last sectPr is the body's when nothing but it follows.
            let tail = &trimmed[s..];
            if tail.ends_with("</w:sectPr>") || !tail[..tail.len() - 2].contains('<') {
                return Ok((root, trimmed[..s].to_string(), tail.to_string()));
            }
        }
    }
    Ok((root, body.to_string(), "<w:sectPr/>".to_string()))
}

/// Section settings that start page numbers at 1 and begin on a new page.
fn restart_numbers(sect: &str) -> String {
    let mut s = sect.to_string();
    if s.ends_with("/>") && !s.contains("</w:sectPr>") {
        s = format!("{}></w:sectPr>", &s[..s.len() - 2]);
    }
    // Drop any page-number setting, then put one that restarts.
    if let Some(i) = s.find("<w:pgNumType") {
        if let Some(j) = s[i..].find("/>") {
            s.replace_range(i..i + j + 2, "");
        }
    }
    let close = s.rfind("</w:sectPr>").unwrap_or(s.len());
    // Schema order puts pgNumType after pgMar/pgBorders and before cols;
    // insert it before the first element that must follow it.
    let after = [
        "<w:cols",
        "<w:formProt",
        "<w:vAlign",
        "<w:noEndnote",
        "<w:titlePg",
        "<w:textDirection",
        "<w:bidi",
        "<w:rtlGutter",
        "<w:docGrid",
        "<w:printerSettings",
    ];
    let at = after
        .iter()
        .filter_map(|t| s.find(t))
        .min()
        .unwrap_or(close);
    s.insert_str(at, "<w:pgNumType w:start=\"1\"/>");
    if !s.contains("<w:type ") {
        // w:type comes after the header and footer references.
        let open_end = s.find('>').map(|i| i + 1).unwrap_or(0);
        let mut at = open_end;
        let mut scan = open_end;
        while let Some(i) = s[scan..].find("Reference ") {
            let abs = scan + i;
            match s[abs..].find("/>") {
                Some(j) => {
                    at = abs + j + 2;
                    scan = at;
                }
                None => break,
            }
        }
        s.insert_str(at, "<w:type w:val=\"nextPage\"/>");
    }
    s
}

/// `xml` with the number after each of `prefixes` (`w:numId="`…) raised
/// by `off` (0 kept).
fn shift_ids(xml: &str, prefixes: &[&str], off: usize) -> String {
    let mut s = xml.to_string();
    for prefix in prefixes {
        let mut out = String::with_capacity(s.len() + 64);
        let mut rest = s.as_str();
        while let Some(i) = rest.find(prefix) {
            let start = i + prefix.len();
            out.push_str(&rest[..start]);
            let digits = rest[start..]
                .find(|c: char| !c.is_ascii_digit())
                .unwrap_or(rest.len() - start);
            match rest[start..start + digits].parse::<usize>() {
                // A list's numId 0 means "no list": it stays 0 (an
                // abstractNumId 0 is a real definition and moves).
                Ok(0) if !prefix.contains("abstract") => out.push('0'),
                Ok(v) => out.push_str(&(v + off).to_string()),
                Err(_) => out.push_str(&rest[start..start + digits]),
            }
            rest = &rest[start + digits..];
        }
        out.push_str(rest);
        s = out;
    }
    s
}

/// Every element starting with `open` (e.g. `<w:num `) up to its `close`
/// tag, or its own end when it closes itself.
fn elements(xml: &str, open: &str, close: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(i) = rest.find(open) {
        let tail = &rest[i..];
        let Some(tag_end) = tail.find('>') else { break };
        let end = if tail[..tag_end].ends_with('/') {
            tag_end + 1
        } else {
            match tail.find(close) {
                Some(e) => e + close.len(),
                None => break,
            }
        };
        out.push(tail[..end].to_string());
        rest = &tail[end..];
    }
    out
}

/// The `xmlns:*` declarations of a root tag.
fn namespaces(root: &str) -> Vec<(String, String)> {
    root.split(" xmlns:")
        .skip(1)
        .filter_map(|t| {
            let eq = t.find("=\"")?;
            let end = t[eq + 2..].find('"')?;
            Some((t[..eq].to_string(), t[eq + 2..eq + 2 + end].to_string()))
        })
        .collect()
}

/// The `<w:style …>…</w:style>` elements of styles.xml with their ids.
fn styles(xml: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut rest = xml;
    while let Some(i) = rest.find("<w:style ") {
        let tail = &rest[i..];
        let open_end = match tail.find('>') {
            Some(e) => e,
            None => break,
        };
        let end = if tail[..open_end].ends_with('/') {
            open_end + 1
        } else {
            match tail.find("</w:style>") {
                Some(e) => e + "</w:style>".len(),
                None => break,
            }
        };
        let id = attr(&format!(" {}", &tail[..open_end]), "w:styleId").unwrap_or_default();
        out.push((id, tail[..end].to_string()));
        rest = &tail[end..];
    }
    out
}

fn content_type_of(types: &str, part: &str) -> Option<String> {
    let key = format!("PartName=\"/{part}\"");
    let i = types.find(&key)?;
    let start = types[..i].rfind('<')?;
    let end = start + types[start..].find("/>")?;
    attr(&format!(" {}", &types[start..end]), "ContentType")
}

fn has_default(types: &str, ext: &str) -> bool {
    types.contains(&format!("Extension=\"{ext}\""))
        || types.contains(&format!("Extension=\"{}\"", ext.to_uppercase()))
}

fn default_of(types: &str, ext: &str) -> Option<String> {
    let key = format!("Extension=\"{ext}\"");
    let i = types.find(&key)?;
    let start = types[..i].rfind('<')?;
    let end = start + types[start..].find("/>")?;
    attr(&format!(" {}", &types[start..end]), "ContentType")
}

/// Merge several .docx packages into one, in order.
pub fn merge(docs: &[Vec<u8>]) -> std::io::Result<Vec<u8>> {
    let Some(first) = docs.first() else {
        return Err(invalid("no document"));
    };
    let mut base = Package::read(first)?;
    let (base_root, base_body, base_sect) = split_document(&base.text("word/document.xml")?)?;
    let mut root = base_root;
    let mut body = String::new();
    let mut last_sect = base_sect;
    body.push_str(&base_body);
    let mut rels_xml = base.text("word/_rels/document.xml.rels")?;
    let mut types = base.text("[Content_Types].xml")?;
    let mut styles_xml = base.text("word/styles.xml").ok();
    let mut known_styles: Vec<String> = styles_xml
        .as_deref()
        .map(|s| styles(s).into_iter().map(|(id, _)| id).collect())
        .unwrap_or_default();
    let mut declared = namespaces(&root);
    let numbering_of = |rels_text: &str| {
        rels(rels_text)
            .into_iter()
            .find(|r| r.kind.ends_with("/numbering"))
            .map(|r| format!("word/{}", r.target.trim_start_matches("./")))
    };
    let base_numbering_part = numbering_of(&rels_xml);
    let mut base_numbering = base_numbering_part
        .as_deref()
        .and_then(|n| base.text(n).ok());
    for (n, doc) in docs.iter().enumerate().skip(1) {
        let p = Package::read(doc)?;
        let (r, b, sect) = split_document(&p.text("word/document.xml")?)?;
        // Lists: this document's numbering definitions join the base's
        // under ids of their own.
        let my_rels = p.text("word/_rels/document.xml.rels").unwrap_or_default();
        let mine_numbering = numbering_of(&my_rels).and_then(|part| p.text(&part).ok());
        let off = 1000 * n;
        let b = match &mine_numbering {
            Some(_) => shift_ids(&b, &["<w:numId w:val=\""], off),
            None => b,
        };
        if let Some(nx) = &mine_numbering {
            let nx = shift_ids(
                nx,
                &[
                    "w:abstractNumId=\"",
                    "<w:abstractNumId w:val=\"",
                    "w:numId=\"",
                ],
                off,
            );
            match base_numbering.as_mut() {
                Some(bn) => {
                    let abstracts = elements(&nx, "<w:abstractNum ", "</w:abstractNum>");
                    let nums = elements(&nx, "<w:num ", "</w:num>");
                    let end = bn
                        .find("<w:numIdMacAtCleanup")
                        .or_else(|| bn.rfind("</w:numbering>"))
                        .unwrap_or(bn.len());
                    bn.insert_str(end, &nums.concat());
                    let first_num = bn.find("<w:num ").unwrap_or(end);
                    bn.insert_str(first_num, &abstracts.concat());
                }
                None => {
                    base_numbering = Some(nx);
                    let at = rels_xml.rfind("</Relationships>").unwrap_or(rels_xml.len());
                    rels_xml.insert_str(
                        at,
                        "<Relationship Id=\"mergedNumbering\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/>",
                    );
                    if !types.contains("PartName=\"/word/numbering.xml\"") {
                        let at = types.rfind("</Types>").unwrap_or(types.len());
                        types.insert_str(at, "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>");
                    }
                }
            }
        }
        // The previous document ends with its own section.
        body.push_str(&format!(
            "<w:p><w:pPr>{}</w:pPr></w:p>",
            restart_numbers(&last_sect)
        ));
        for (prefix, uri) in namespaces(&r) {
            if !declared.iter().any(|(p, _)| *p == prefix) {
                let at = root.len() - 1 - usize::from(root.ends_with("/>"));
                root.insert_str(at, &format!(" xmlns:{prefix}=\"{uri}\""));
                declared.push((prefix, uri));
            }
        }
        // Copy the parts this document's body refers to, renamed.
        let tag = format!("d{n}-");
        let mut map = BTreeMap::new();
        let my_types = p.text("[Content_Types].xml").unwrap_or_default();
        for rel in rels(&my_rels) {
            if SHARED.iter().any(|s| rel.kind.ends_with(s)) {
                continue;
            }
            let new_id = format!("{tag}{}", rel.id);
            map.insert(rel.id.clone(), new_id.clone());
            let mut copy = Rel {
                id: new_id,
                ..rel.clone()
            };
            if !rel.external {
                let new_target =
                    copy_part(&p, &rel.target, &tag, &my_types, &mut base, &mut types)?;
                copy.target = new_target;
            }
            let at = rels_xml.rfind("</Relationships>").unwrap_or(rels_xml.len());
            rels_xml.insert_str(at, &rel_xml(&copy));
        }
        body.push_str(&rename_rel_ids(&b, &map));
        last_sect = rename_rel_ids(&sect, &map);
        // Styles the base lacks.
        if let (Some(base_styles), Ok(mine)) = (styles_xml.as_mut(), p.text("word/styles.xml")) {
            for (id, xml) in styles(&mine) {
                if !id.is_empty() && !known_styles.contains(&id) {
                    let xml = match &mine_numbering {
                        Some(_) => shift_ids(&xml, &["<w:numId w:val=\""], off),
                        None => xml,
                    };
                    let at = base_styles
                        .rfind("</w:styles>")
                        .unwrap_or(base_styles.len());
                    base_styles.insert_str(at, &xml);
                    known_styles.push(id);
                }
            }
        }
    }
    let last = if docs.len() > 1 {
        restart_numbers(&last_sect)
    } else {
        last_sect
    };
    let document = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n{root}<w:body>{body}{last}</w:body></w:document>"
    );
    base.files
        .insert("word/document.xml".into(), document.into_bytes());
    base.files
        .insert("word/_rels/document.xml.rels".into(), rels_xml.into_bytes());
    base.files
        .insert("[Content_Types].xml".into(), types.into_bytes());
    if let Some(nx) = base_numbering {
        let part = base_numbering_part.unwrap_or_else(|| "word/numbering.xml".to_string());
        base.files.insert(part, nx.into_bytes());
    }
    if let Some(s) = styles_xml {
        base.files.insert("word/styles.xml".into(), s.into_bytes());
    }
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let opts = SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(1));
    // [Content_Types].xml first, as Word writes it.
    let mut names: Vec<&String> = base.files.keys().collect();
    names.sort_by_key(|n| {
        (
            n.as_str() != "[Content_Types].xml",
            n.as_str() != "_rels/.rels",
        )
    });
    for name in names {
        zip.start_file(name.as_str(), opts)?;
        zip.write_all(&base.files[name])?;
    }
    Ok(zip.finish()?.into_inner())
}

/// Copy the part `target` (relative to `word/`) of `p` into `base` as
/// `word/<tag><name>`, with its own relationships (pictures of a header)
/// copied the same way; returns the new target.
fn copy_part(
    p: &Package,
    target: &str,
    tag: &str,
    my_types: &str,
    base: &mut Package,
    types: &mut String,
) -> std::io::Result<String> {
    let target = target.trim_start_matches("./");
    let (dir, file) = match target.rsplit_once('/') {
        Some((d, f)) => (format!("{d}/"), f.to_string()),
        None => (String::new(), target.to_string()),
    };
    let from = format!("word/{target}");
    let new_target = format!("{dir}{tag}{file}");
    let to = format!("word/{new_target}");
    if base.files.contains_key(&to) {
        return Ok(new_target);
    }
    let Some(data) = p.files.get(&from) else {
        // A dangling relationship: keep it pointing at nothing new.
        return Ok(target.to_string());
    };
    // The part's own relationships, renamed the same way.
    let rels_name = format!("word/{dir}_rels/{file}.rels");
    let data = data.clone();
    if let Some(rels_data) = p.files.get(&rels_name) {
        let text = String::from_utf8(rels_data.clone()).map_err(|_| invalid(&rels_name))?;
        let mut out = String::from(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">",
        );
        for r in rels(&text) {
            let mut r2 = r.clone();
            if !r.external {
                let inner = if dir.is_empty() {
                    r.target.clone()
                } else {
                    format!("{dir}{}", r.target)
                };
                let copied = copy_part(p, &inner, tag, my_types, base, types)?;
                r2.target = copied
                    .strip_prefix(dir.as_str())
                    .unwrap_or(&copied)
                    .to_string();
            }
            out.push_str(&rel_xml(&r2));
        }
        out.push_str("</Relationships>");
        base.files.insert(
            format!("word/{dir}_rels/{tag}{file}.rels"),
            out.into_bytes(),
        );
        // Ids inside the part stay as they are: its relationships keep them.
    }
    base.files.insert(to.clone(), data);
    match content_type_of(my_types, &from) {
        Some(ct) => {
            let at = types.rfind("</Types>").unwrap_or(types.len());
            types.insert_str(
                at,
                &format!("<Override PartName=\"/{to}\" ContentType=\"{ct}\"/>"),
            );
        }
        None => {
            let ext = file
                .rsplit_once('.')
                .map(|(_, e)| e.to_lowercase())
                .unwrap_or_default();
            if !ext.is_empty() && !has_default(types, &ext) {
                if let Some(ct) = default_of(my_types, &ext) {
                    let at = types.rfind("</Types>").unwrap_or(types.len());
                    types.insert_str(
                        at,
                        &format!("<Default Extension=\"{ext}\" ContentType=\"{ct}\"/>"),
                    );
                }
            }
        }
    }
    Ok(new_target)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relationship_ids_are_renamed_only_in_r_attributes() {
        let mut map = BTreeMap::new();
        map.insert("rId2".to_string(), "d1-rId2".to_string());
        let xml = r#"<w:headerReference w:type="default" r:id="rId2"/><a:blip r:embed="rId2"/><w:t>r:id="rId2"</w:t>"#;
        let out = rename_rel_ids(xml, &map);
        assert!(out.starts_with(
            r#"<w:headerReference w:type="default" r:id="d1-rId2"/><a:blip r:embed="d1-rId2"/>"#
        ));
    }

    fn package(files: &[(&str, &str)]) -> Vec<u8> {
        let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, text) in files {
            z.start_file(*name, SimpleFileOptions::default()).unwrap();
            z.write_all(text.as_bytes()).unwrap();
        }
        z.finish().unwrap().into_inner()
    }

    const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"";

    fn doc_with_list(text: &str, numbering: bool) -> Vec<u8> {
        let body = format!(
            "<w:document {W}><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p><w:sectPr><w:pgSz w:w=\"11906\" w:h=\"16838\"/></w:sectPr></w:body></w:document>"
        );
        let rels = if numbering {
            "<Relationships><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering\" Target=\"numbering.xml\"/></Relationships>"
        } else {
            "<Relationships></Relationships>"
        };
        let num = format!(
            "<w:numbering {W}><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:numFmt w:val=\"bullet\"/></w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num></w:numbering>"
        );
        let mut files = vec![
            ("[Content_Types].xml", "<Types></Types>"),
            ("word/_rels/document.xml.rels", rels),
            ("word/document.xml", body.as_str()),
        ];
        if numbering {
            files.push(("word/numbering.xml", num.as_str()));
        }
        package(&files)
    }

    #[test]
    fn lists_of_each_document_keep_their_own_numbering() {
        let merged = merge(&[doc_with_list("một", true), doc_with_list("hai", true)]).unwrap();
        let p = Package::read(&merged).unwrap();
        let doc = p.text("word/document.xml").unwrap();
        assert!(doc.contains("<w:numId w:val=\"1\"/></w:numPr></w:pPr><w:r><w:t>một"));
        assert!(doc.contains("<w:numId w:val=\"1001\"/></w:numPr></w:pPr><w:r><w:t>hai"));
        let num = p.text("word/numbering.xml").unwrap();
        // Abstract definitions first, then the lists.
        assert!(num.contains("<w:abstractNum w:abstractNumId=\"1000\">"));
        assert!(num.contains("<w:num w:numId=\"1001\"><w:abstractNumId w:val=\"1000\"/></w:num>"));
        let last_abstract = num.rfind("<w:abstractNum ").unwrap();
        let first_num = num.find("<w:num ").unwrap();
        assert!(last_abstract < first_num, "{num}");
        // A base without lists takes the second document's numbering.
        let merged = merge(&[doc_with_list("một", false), doc_with_list("hai", true)]).unwrap();
        let p = Package::read(&merged).unwrap();
        assert!(
            p.text("word/numbering.xml")
                .unwrap()
                .contains("w:numId=\"1001\"")
        );
        assert!(
            p.text("word/_rels/document.xml.rels")
                .unwrap()
                .contains("relationships/numbering")
        );
        assert!(
            p.text("[Content_Types].xml")
                .unwrap()
                .contains("/word/numbering.xml")
        );
        // Two sections, both restarting page numbers.
        let doc = p.text("word/document.xml").unwrap();
        assert_eq!(doc.matches("<w:pgNumType w:start=\"1\"/>").count(), 2);
    }

    #[test]
    fn a_section_restarts_its_page_numbers_on_a_new_page() {
        let s = restart_numbers(
            r#"<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/><w:pgMar w:top="1134"/><w:pgNumType w:fmt="decimal"/><w:titlePg/></w:sectPr>"#,
        );
        assert_eq!(s.matches("<w:pgNumType").count(), 1);
        assert!(
            s.contains(r#"<w:pgNumType w:start="1"/><w:titlePg/>"#),
            "{s}"
        );
        assert!(
            s.contains(r#"r:id="rId2"/><w:type w:val="nextPage"/><w:pgSz"#),
            "{s}"
        );
        assert!(s.contains("w:orient=\"landscape\""));
    }
}
