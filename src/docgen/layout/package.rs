//! The .docx package: the parts Word needs around the body.

use super::{Document, FONT, PageSetup, body, half_points, twips};
use std::io::{Cursor, Write};
use std::sync::{Arc, Mutex};
use zip::write::SimpleFileOptions;

/// The zip comment of every .docx written here.
pub const MADE_BY: &str = "daihoi";

/// Whether the .docx at `path` was written by [`to_docx`] (its zip comment).
pub fn made_by_daihoi(path: &std::path::Path) -> bool {
    std::fs::File::open(path)
        .ok()
        .and_then(|f| zip::ZipArchive::new(std::io::BufReader::new(f)).ok())
        .is_some_and(|z| z.comment() == MADE_BY.as_bytes())
}

const W_NS: &str = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const R_NS: &str = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
/// Distance of the page-number header from the top edge (10 mm), inside the
/// top margin.
const HEADER_FROM_TOP_MM: f32 = 10.0;

/// Write `docs` as one .docx. Each document is its own section: it starts on
/// a new page, its pages are numbered from 1, and its first page carries no
/// number (HD 36: numbers from page 2, centred in the top margin).
///
/// One document gives the single file; several give the combined packet.
pub fn to_docx(docs: &[Document]) -> Result<Vec<u8>, std::io::Error> {
    let body_pt = docs.first().map(|d| d.page.body_pt).unwrap_or(14.0);
    // The XML of the body is made in this thread's buffer, kept between
    // documents: a batch makes tens of thousands of them.
    DOCUMENT_XML.with_borrow_mut(|document| {
        document.clear();
        document.push_str(&format!(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
             <w:document xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:body>"
        ));
        let mut sect = String::new();
        for (i, doc) in docs.iter().enumerate() {
            sect.clear();
            section(&mut sect, &doc.page);
            if i + 1 == docs.len() {
                body::write(document, doc, "");
                document.push_str(&sect);
            } else {
                body::write(document, doc, &sect);
            }
        }
        if docs.is_empty() {
            section(document, &PageSetup::default());
        }
        document.push_str("</w:body></w:document>");
        let bytes = package(body_pt, document.as_bytes());
        if document.capacity() > KEPT_XML_CAPACITY {
            // One very long document does not keep its buffer.
            *document = String::with_capacity(KEPT_XML_CAPACITY);
        }
        bytes
    })
}

/// The body XML buffer a thread keeps between documents (the combined
/// packet of a large branch is a few hundred kB).
const KEPT_XML_CAPACITY: usize = 1024 * 1024;

thread_local! {
    static DOCUMENT_XML: std::cell::RefCell<String> =
        std::cell::RefCell::new(String::with_capacity(64 * 1024));
}

/// The zip around `document`: the parts that are the same in every
/// document (compressed once per body size, see [`fixed_parts`]) copied
/// as they are, then the body.
fn package(body_pt: f32, document: &[u8]) -> Result<Vec<u8>, std::io::Error> {
    let fixed = fixed_parts(half_points(body_pt))?;
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(
        fixed.len() + document.len() / 4 + 1024,
    )));
    // Tells daihoi's own documents from the user's files of the same name
    // when a packet folder is written again (`docgen/packet/staging.rs`).
    zip.set_comment(MADE_BY).map_err(std::io::Error::other)?;
    let archive = zip::ZipArchive::new(Cursor::new(fixed)).map_err(std::io::Error::other)?;
    zip.merge_archive(archive).map_err(std::io::Error::other)?;
    zip.start_file("word/document.xml", deflated())
        .map_err(std::io::Error::other)?;
    zip.write_all(document)?;
    let cursor = zip.finish().map_err(std::io::Error::other)?;
    Ok(cursor.into_inner())
}

fn deflated() -> SimpleFileOptions {
    SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated)
        .compression_level(Some(DEFLATE_LEVEL))
}

/// zlib's level 1: several times faster than the default 6 on document
/// XML, for files about a tenth larger.
const DEFLATE_LEVEL: i64 = 1;

/// The parts every document has, for the body size in half-points: the
/// zip of them, made once per process and size.
fn fixed_parts(size_half_points: i64) -> Result<Arc<[u8]>, std::io::Error> {
    static MADE: Mutex<Vec<(i64, Arc<[u8]>)>> = Mutex::new(Vec::new());
    let mut made = MADE.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, z)) = made.iter().find(|(s, _)| *s == size_half_points) {
        return Ok(z.clone());
    }
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let styles = styles(size_half_points);
    let parts: [(&str, &str); 7] = [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", ROOT_RELS),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/settings.xml", SETTINGS),
        ("word/header1.xml", &page_number_header()),
        ("word/header2.xml", EMPTY_HEADER),
        ("word/styles.xml", &styles),
    ];
    // The default level: made once, smallest.
    let opts = SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in parts {
        zip.start_file(name, opts).map_err(std::io::Error::other)?;
        zip.write_all(text.as_bytes())?;
    }
    let bytes: Arc<[u8]> = zip
        .finish()
        .map_err(std::io::Error::other)?
        .into_inner()
        .into();
    made.push((size_half_points, bytes.clone()));
    Ok(bytes)
}

fn section(out: &mut String, page: &PageSetup) {
    let (w, h) = page.size_mm();
    let orient = if page.landscape {
        " w:orient=\"landscape\""
    } else {
        ""
    };
    out.push_str(&format!(
        "<w:sectPr><w:headerReference w:type=\"default\" r:id=\"rIdHeaderPage\"/>\
         <w:headerReference w:type=\"first\" r:id=\"rIdHeaderFirst\"/>\
         <w:type w:val=\"nextPage\"/><w:pgSz w:w=\"{}\" w:h=\"{}\"{orient}/>\
         <w:pgMar w:top=\"{}\" w:right=\"{}\" w:bottom=\"{}\" w:left=\"{}\" w:header=\"{}\" \
         w:footer=\"{}\" w:gutter=\"0\"/><w:pgNumType w:start=\"1\"/><w:titlePg/></w:sectPr>",
        twips(w),
        twips(h),
        twips(page.margin_top_mm),
        twips(page.margin_right_mm),
        twips(page.margin_bottom_mm),
        twips(page.margin_left_mm),
        twips(HEADER_FROM_TOP_MM),
        twips(HEADER_FROM_TOP_MM),
    ));
}

fn page_number_header() -> String {
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:hdr xmlns:w=\"{W_NS}\" xmlns:r=\"{R_NS}\"><w:p><w:pPr><w:jc w:val=\"center\"/></w:pPr>\
         <w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>\
         <w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>\
         <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>2</w:t></w:r>\
         <w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p></w:hdr>"
    )
}

fn styles(sz: i64) -> String {
    let fonts = format!(
        "<w:rFonts w:ascii=\"{FONT}\" w:hAnsi=\"{FONT}\" w:cs=\"{FONT}\" w:eastAsia=\"{FONT}\"/>"
    );
    format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
         <w:styles xmlns:w=\"{W_NS}\"><w:docDefaults><w:rPrDefault><w:rPr>{fonts}\
         <w:color w:val=\"000000\"/><w:sz w:val=\"{sz}\"/><w:szCs w:val=\"{sz}\"/>\
         <w:lang w:val=\"vi-VN\" w:eastAsia=\"vi-VN\" w:bidi=\"ar-SA\"/></w:rPr></w:rPrDefault>\
         <w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"264\" w:lineRule=\"auto\"/></w:pPr>\
         </w:pPrDefault></w:docDefaults>\
         <w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/>\
         <w:qFormat/><w:rPr>{fonts}<w:sz w:val=\"{sz}\"/><w:szCs w:val=\"{sz}\"/></w:rPr></w:style>\
         <w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\">\
         <w:name w:val=\"Default Paragraph Font\"/><w:uiPriority w:val=\"1\"/><w:semiHidden/></w:style>\
         <w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>\
         <w:semiHidden/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/><w:tblCellMar>\
         <w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/>\
         <w:bottom w:w=\"0\" w:type=\"dxa\"/><w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>\
         </w:styles>"
    )
}

const CONTENT_TYPES: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">\
<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>\
<Default Extension=\"xml\" ContentType=\"application/xml\"/>\
<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>\
<Override PartName=\"/word/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>\
<Override PartName=\"/word/settings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml\"/>\
<Override PartName=\"/word/header1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>\
<Override PartName=\"/word/header2.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>\
</Types>";

const ROOT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"word/document.xml\"/>\
</Relationships>";

const DOCUMENT_RELS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">\
<Relationship Id=\"rIdStyles\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles\" Target=\"styles.xml\"/>\
<Relationship Id=\"rIdSettings\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings\" Target=\"settings.xml\"/>\
<Relationship Id=\"rIdHeaderPage\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header1.xml\"/>\
<Relationship Id=\"rIdHeaderFirst\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/header\" Target=\"header2.xml\"/>\
</Relationships>";

const SETTINGS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:settings xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
<w:defaultTabStop w:val=\"720\"/><w:characterSpacingControl w:val=\"doNotCompress\"/>\
<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>\
</w:settings>";

const EMPTY_HEADER: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\
<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p/></w:hdr>";
