use super::*;
use std::io::Write;

const W: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";

/// A minimal package around `body` (and optional header part).
pub fn docx(body: &str, header: Option<&str>) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let o = SimpleFileOptions::default();
    let files: Vec<(String, String)> = [
        Some(("[Content_Types].xml".to_string(), "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>".to_string())),
        Some(("word/document.xml".to_string(), format!("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:document {W}><w:body>{body}<w:sectPr/></w:body></w:document>"))),
        header.map(|h| ("word/header1.xml".to_string(), format!("<?xml version=\"1.0\"?><w:hdr {W}>{h}</w:hdr>"))),
    ]
    .into_iter()
    .flatten()
    .collect();
    for (n, t) in files {
        z.start_file(n, o).unwrap();
        z.write_all(t.as_bytes()).unwrap();
    }
    z.finish().unwrap().into_inner()
}

pub fn part(docx: &[u8], name: &str) -> String {
    let mut a = ZipArchive::new(Cursor::new(docx)).unwrap();
    let mut s = String::new();
    a.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

pub fn paragraphs(xml: &str) -> Vec<String> {
    paragraph_texts(xml)
}

fn p(text: &str) -> String {
    format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}

fn ctx(members: usize) -> Record {
    let mut branch = Record::default();
    branch
        .text("name", "Chi bộ Khu phố 3")
        .bool("has_committee", true)
        .text("secretary", "");
    let mut report = Record::default();
    report.text("context", "Dòng một.\nDòng hai.\nDòng ba.");
    let person = |i: usize, name: &str| {
        let mut r = Record::default();
        r.num("stt", i as f64).text("name", name);
        r
    };
    let items = (1..=members)
        .map(|i| person(i, &format!("Người {i}")))
        .collect();
    let mut root = Record::default();
    root.record("branch", branch)
        .record("report", report)
        .list("members", person(0, ""), items);
    root
}

fn render(body: &str, members: usize) -> Vec<String> {
    let t = WordTemplate::parse("mau.docx", docx(body, None)).unwrap_or_else(|e| panic!("{e:?}"));
    let c = ctx(members);
    assert_eq!(t.check(&c), vec![]);
    let out = t.render(&c).unwrap();
    let xml = part(&out, "word/document.xml");
    dom::parse(&xml).expect("well-formed output");
    assert!(!xml.contains('{'), "{xml}");
    paragraphs(&xml)
}

#[test]
fn split_tag_renders_with_its_first_characters_formatting() {
    let body = "<w:p><w:r><w:t>Kính gửi: </w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>{bran</w:t></w:r>\
                <w:proofErr w:type=\"spellStart\"/><w:r w:rsidR=\"0011\"><w:t>ch.</w:t></w:r>\
                <w:bookmarkStart w:id=\"1\" w:name=\"_GoBack\"/><w:r><w:rPr><w:i/></w:rPr><w:t>name | upper}</w:t></w:r>\
                <w:bookmarkEnd w:id=\"1\"/><w:r><w:t xml:space=\"preserve\"> họp.</w:t></w:r></w:p>";
    let t = WordTemplate::parse("mau.docx", docx(body, None)).unwrap();
    let out = t.render(&ctx(0)).unwrap();
    let xml = part(&out, "word/document.xml");
    assert!(
        xml.contains("<w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">CHI BỘ KHU PHỐ 3</w:t>"),
        "{xml}"
    );
    assert!(!xml.contains("_GoBack"));
    assert_eq!(paragraphs(&xml), ["Kính gửi: CHI BỘ KHU PHỐ 3 họp."]);
}

#[test]
fn smart_quotes_and_nbsp_inside_tags() {
    let paras = render(
        &p("{#if\u{a0}branch.has_committee}Có chi ủy{/if}; {branch.name\u{a0}|\u{a0}upper}"),
        0,
    );
    assert_eq!(paras, ["Có chi ủy; CHI BỘ KHU PHỐ 3"]);
}

#[test]
fn a_row_loop_over_150_members() {
    let row = |cells: &[&str]| {
        let mut s = String::from("<w:tr>");
        for c in cells {
            s.push_str(&format!("<w:tc><w:tcPr/>{}</w:tc>", p(c)));
        }
        s.push_str("</w:tr>");
        s
    };
    let body = format!(
        "<w:tbl>{}{}</w:tbl>{}",
        row(&["STT", "Họ và tên"]),
        row(&["{#for m in members}{m.stt}", "{m.name}{/for}"]),
        p("Hết.")
    );
    let paras = render(&body, 150);
    assert_eq!(paras.len(), 2 + 150 * 2 + 1);
    assert_eq!(&paras[..4], ["STT", "Họ và tên", "1", "Người 1"]);
    assert_eq!(&paras[300..], ["150", "Người 150", "Hết."]);
    // docxtpl's habit: the loop tags in rows of their own, which vanish.
    let body = format!(
        "<w:tbl>{}{}{}{}</w:tbl>",
        row(&["STT", "Họ và tên"]),
        row(&["{#for m in members}", ""]),
        row(&["{m.stt}", "{m.name}"]),
        row(&["{/for}", ""])
    );
    let paras = render(&body, 3);
    assert_eq!(
        paras,
        [
            "STT",
            "Họ và tên",
            "1",
            "Người 1",
            "2",
            "Người 2",
            "3",
            "Người 3"
        ]
    );
    // An empty list leaves the header only.
    assert_eq!(render(&body, 0), ["STT", "Họ và tên"]);
}

#[test]
fn paragraph_loops_and_conditions() {
    let body = [
        p("Đầu."),
        p("{#for m in members}"),
        p("{m.stt}. {m.name}"),
        p("{/for}"),
        p("{#if not branch.has_committee}"),
        p("Không có chi ủy."),
        p("{#else}"),
        p("Có chi ủy."),
        p("{/if}"),
        p("{#if branch.secretary}Bí thư: {branch.secretary}{/if}Cuối."),
    ]
    .concat();
    assert_eq!(
        render(&body, 2),
        ["Đầu.", "1. Người 1", "2. Người 2", "Có chi ủy.", "Cuối."]
    );
}

#[test]
fn a_multi_line_value_becomes_paragraphs_in_the_holders_style() {
    let body = "<w:p><w:pPr><w:pStyle w:val=\"BodyText\"/><w:ind w:firstLine=\"567\"/></w:pPr>\
                <w:r><w:rPr><w:i/></w:rPr><w:t>{report.context}</w:t></w:r></w:p>";
    let t = WordTemplate::parse("mau.docx", docx(body, None)).unwrap();
    let xml = part(&t.render(&ctx(0)).unwrap(), "word/document.xml");
    assert_eq!(paragraphs(&xml), ["Dòng một.", "Dòng hai.", "Dòng ba."]);
    assert_eq!(
        xml.matches("<w:pStyle w:val=\"BodyText\"/><w:ind w:firstLine=\"567\"/>")
            .count(),
        3
    );
    assert_eq!(xml.matches("<w:i/>").count(), 3);
}

#[test]
fn tags_in_headers_text_boxes_and_cells() {
    let textbox = "<w:p><w:r><w:pict><v:shape><v:textbox><w:txbxContent>\
                   <w:p><w:r><w:t>{bran</w:t></w:r><w:r><w:t>ch.name}</w:t></w:r></w:p>\
                   </w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>";
    let header = p("Số {members | thousands}");
    let t = WordTemplate::parse("mau.docx", docx(textbox, Some(&header)));
    // `members` is a list: the checker says so, naming the header.
    let t = t.unwrap();
    let errors = t.check(&ctx(1));
    assert_eq!(errors.len(), 1, "{errors:?}");
    let e = errors[0].to_string();
    assert!(
        e.contains("mau.docx") && e.contains("đầu trang") && e.contains("{members | thousands}"),
        "{e}"
    );
    let header = p("{branch.name}");
    let t = WordTemplate::parse("mau.docx", docx(textbox, Some(&header))).unwrap();
    let out = t.render(&ctx(1)).unwrap();
    assert_eq!(
        paragraphs(&part(&out, "word/header1.xml")),
        ["Chi bộ Khu phố 3"]
    );
    let body = paragraphs(&part(&out, "word/document.xml"));
    assert!(body.contains(&"Chi bộ Khu phố 3".to_string()), "{body:?}");
}

#[test]
fn every_error_names_place_and_tag_and_suggests_the_field() {
    let body = [
        p("Đặc điểm tình hình của chi bộ: {report.contex}"),
        "<w:tbl><w:tr><w:tc>".to_string(),
        p("{#for m in member}{m.name}{/for}"),
        "</w:tc></w:tr></w:tbl>".to_string(),
    ]
    .concat();
    let t = WordTemplate::parse("mau.docx", docx(&body, None)).unwrap();
    let errors: Vec<String> = t.check(&ctx(0)).iter().map(|e| e.to_string()).collect();
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(
        errors[0].contains("«Đặc điểm tình hình của chi…»"),
        "{}",
        errors[0]
    );
    assert!(
        errors[0].contains("{report.contex}") && errors[0].contains("có phải {report.context}"),
        "{}",
        errors[0]
    );
    assert!(
        errors[1].contains("bảng 1, hàng 1, ô 1") && errors[1].contains("{members}"),
        "{}",
        errors[1]
    );
    // Syntax: every error of the file, not just the first.
    let body = [
        p("{#for m in}"),
        p("{#if a}"),
        p("x {/for}"),
        p("{b.c"),
        p("{#table}"),
    ]
    .concat();
    let errors = WordTemplate::parse("mau.docx", docx(&body, None)).unwrap_err();
    assert!(errors.len() >= 4, "{errors:?}");
    assert!(
        errors
            .iter()
            .all(|e| e.to_string().starts_with("Mẫu Word mau.docx, đoạn")),
        "{errors:?}"
    );
}

#[test]
fn not_a_docx_is_refused_with_a_message() {
    let e = WordTemplate::parse("x.docx", b"PK not really".to_vec()).unwrap_err();
    assert!(e[0].to_string().contains("x.docx"), "{e:?}");
}
