use super::*;
use std::io::Write;

/// A .docx whose body is `body` (paragraph XML).
fn docx(body: &str) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    z.start_file(
        "word/document.xml",
        zip::write::SimpleFileOptions::default(),
    )
    .unwrap();
    write!(
        z,
        "<w:document xmlns:w=\"w\"><w:body>{body}</w:body></w:document>"
    )
    .unwrap();
    z.finish().unwrap().into_inner()
}

fn h(text: &str) -> String {
    format!("<w:p><w:pPr><w:pStyle w:val=\"Heading2\"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>")
}
fn p(text: &str) -> String {
    format!("<w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p>")
}
fn bold(text: &str) -> String {
    format!("<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>{text}</w:t></w:r></w:p>")
}
fn table(rows: &[&[&str]]) -> String {
    let mut s = String::from("<w:tbl>");
    for r in rows {
        s.push_str("<w:tr>");
        for c in *r {
            s.push_str(&format!("<w:tc>{}</w:tc>", p(c)));
        }
        s.push_str("</w:tr>");
    }
    s + "</w:tbl>"
}

#[test]
fn headings_match_sections_and_the_targets_table_is_read() {
    let body = [
        bold("BÁO CÁO CHÍNH TRỊ"),
        p("Chi bộ thôn Đông Xuân báo cáo như sau."),
        h("I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT"),
        h("1. Đặc điểm, tình hình"),
        p("Thôn có 412 hộ."),
        p("Thuận lợi: giao thông tốt."),
        bold("2. Kết quả thực hiện các chỉ tiêu"),
        table(&[
            &["STT", "Chỉ tiêu", "Đơn vị tính", "Kế hoạch", "Thực hiện"],
            &["1", "Thu nhập bình quân", "triệu đồng", "58", "61,5"],
            &["2", "Tỷ lệ hộ nghèo", "%", "dưới 1,5", "1,2"],
        ]),
        h("3. KINH TẾ - XÃ HỘI"),
        p("Sản xuất nông nghiệp ổn định."),
        h("a) Nguyên nhân chu quan"),
        p("Chi ủy chưa sâu sát."),
        h("Văn nghệ quần chúng"),
        p("Đội văn nghệ hoạt động đều."),
    ]
    .concat();
    let draft = read_draft_bytes("bc.docx", &docx(&body)).unwrap();
    let pv = preview(&draft, DocKind::PoliticalReport);
    let got: Vec<(&str, Option<Section>)> = pv
        .parts
        .iter()
        .map(|p| (p.heading.as_str(), p.target))
        .collect();
    assert_eq!(
        got,
        [
            ("BÁO CÁO CHÍNH TRỊ", None),
            ("1. Đặc điểm, tình hình", Some(Section::Context)),
            ("3. KINH TẾ - XÃ HỘI", Some(Section::Economy)),
            ("a) Nguyên nhân chu quan", Some(Section::CausesSubjective)),
            ("Văn nghệ quần chúng", None),
        ]
    );
    assert_eq!(
        pv.parts[1].text,
        "Thôn có 412 hộ.\nThuận lợi: giao thông tốt."
    );
    let t = pv.targets.as_ref().unwrap();
    assert_eq!(t.len(), 2);
    assert_eq!(
        (
            t[1].indicator.as_str(),
            t[1].plan.as_str(),
            t[1].achieved.as_str()
        ),
        ("Tỷ lệ hộ nghèo", "dưới 1,5", "1,2")
    );

    let mut drafts = Drafts::default();
    drafts.political_report.results_economy = "cũ".into();
    assert_eq!(pv.replaces(&drafts), [Section::Economy]);
    apply(&pv, &mut drafts);
    assert_eq!(
        drafts.political_report.context,
        "Thôn có 412 hộ.\nThuận lợi: giao thông tốt."
    );
    assert_eq!(
        drafts.political_report.results_economy,
        "Sản xuất nông nghiệp ổn định."
    );
    assert_eq!(
        drafts.political_report.causes_subjective,
        "Chi ủy chưa sâu sát."
    );
    assert_eq!(drafts.political_report.targets.len(), 2);
}

#[test]
fn legacy_tcvn3_and_vni_drafts_are_converted() {
    let tcvn = "<w:p><w:r><w:rPr><w:rFonts w:ascii=\".VnTime\" w:hAnsi=\".VnTime\"/><w:b/></w:rPr><w:t>1. §Æc ®iÓm t×nh h×nh</w:t></w:r></w:p>\
                <w:p><w:r><w:rPr><w:rFonts w:ascii=\".VnTime\"/></w:rPr><w:t>Th«n cã 412 hé.</w:t></w:r></w:p>";
    let draft = read_draft_bytes("cu.docx", &docx(tcvn)).unwrap();
    assert_eq!(draft.converted, Some(crate::vi::legacy::Legacy::Tcvn3));
    let pv = preview(&draft, DocKind::PoliticalReport);
    assert_eq!(pv.parts[0].target, Some(Section::Context));
    assert_eq!(pv.parts[0].text, "Thôn có 412 hộ.");
    // VNI without a font name: found from the text.
    let vni = [
        bold("1. Ñaëc ñieåm tình hình"),
        p("Thoân coù 412 hoä, ñôøi soáng oån ñònh."),
    ]
    .concat();
    let draft = read_draft_bytes("vni.docx", &docx(&vni)).unwrap();
    assert_eq!(draft.converted, Some(crate::vi::legacy::Legacy::Vni));
    let pv = preview(&draft, DocKind::PoliticalReport);
    assert_eq!(pv.parts[0].text, "Thôn có 412 hộ, đời sống ổn định.");
}

#[test]
fn not_a_word_file_is_refused_naming_it() {
    let e = read_draft_bytes("x.docx", b"not a zip").unwrap_err();
    assert!(e.to_string().contains("x.docx"), "{e}");
}

#[test]
fn unicode_mixed_with_legacy_text_is_refused_saying_so() {
    let body = [p("Báo cáo chính trị của chi bộ"), p("Th«n cã 412 hé.")].concat();
    let e = read_draft_bytes("tron.docx", &docx(&body)).unwrap_err();
    assert!(
        e.to_string().contains("tron.docx") && e.to_string().contains("TCVN3"),
        "{e}"
    );
}

#[test]
fn the_signature_block_ends_the_body() {
    let body = [
        h("II. NHIỆM VỤ VÀ GIẢI PHÁP"),
        p("Một là, phát triển kinh tế."),
        "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>T/M CHI BỘ</w:t><w:br/><w:t>BÍ THƯ</w:t></w:r></w:p>"
            .to_string(),
        bold("Nguyễn Văn Hùng"),
        p("Nơi nhận:"),
        p("- Đảng ủy phường,"),
    ]
    .concat();
    let d = read_draft_bytes("a.docx", &docx(&body)).unwrap();
    let pv = preview(&d, DocKind::PoliticalReport);
    assert_eq!(pv.parts.len(), 1);
    assert_eq!(pv.parts[0].text, "Một là, phát triển kinh tế.");
    assert!(is_sign_off("TM. CHI ỦY"));
    assert!(is_sign_off("Nơi nhận:"));
    assert!(!is_sign_off("Tm hiểu tình hình"));
    assert!(!is_sign_off("Nơi nhận thông tin của thôn là nhà văn hóa."));
}
