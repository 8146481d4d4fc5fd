//! Office Word templates: exported from the built-ins, edited (by hand-made
//! XML and through LibreOffice), checked, and rendered for a demo branch.

use daihoi::docgen::{self, Templates, word};
use daihoi::model::{Branch, DocKind, Ward};
use daihoi::store::Workspace;
use std::io::{Cursor, Read, Write};
use std::path::Path;
use std::process::Command;

fn demo_workspace() -> (tempfile::TempDir, Workspace, Ward, Vec<Branch>) {
    let dir = tempfile::tempdir().unwrap();
    let ws = Workspace::new(dir.path().join("ws"));
    let (ward, branches) = daihoi::demo::demo_ward();
    ws.create(&ward, &branches).unwrap();
    (dir, ws, ward, branches)
}

/// The fully drafted demo branch.
fn dong_xuan(branches: &[Branch]) -> &Branch {
    branches.iter().find(|b| b.id == "thon-dong-xuan").unwrap()
}

fn part(docx: &[u8], name: &str) -> String {
    let mut a = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
    let mut s = String::new();
    a.by_name(name).unwrap().read_to_string(&mut s).unwrap();
    s
}

fn part_names(docx: &[u8]) -> Vec<String> {
    let a = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
    a.file_names().map(|n| n.unwrap().to_string()).collect()
}

/// The paragraphs' texts. Layout details that a Word template cannot carry
/// are evened out: non-breaking spaces read as spaces, and the header's
/// names above the "*" (which the built-in layout breaks between words to
/// fit the column) as one line.
fn body_texts(docx: &[u8]) -> Vec<String> {
    let mut texts: Vec<String> = word::paragraph_texts(&part(docx, "word/document.xml"))
        .into_iter()
        .map(|p| p.replace('\u{a0}', " "))
        .collect();
    // Each header's upper-case lines above its "*" (every document of a
    // combined file has one) as one line.
    let mut out: Vec<String> = Vec::new();
    for p in texts.drain(..) {
        if p == "*" {
            let caps = out
                .iter()
                .rev()
                .take_while(|l| !l.trim().is_empty() && !l.chars().any(char::is_lowercase))
                .count();
            let names = out.split_off(out.len() - caps).join(" ");
            out.push(names);
        }
        out.push(p);
    }
    out
}

/// Replace parts of a .docx (the others copied as they are).
fn edit_docx(docx: &[u8], edit: &dyn Fn(&str, String) -> String) -> Vec<u8> {
    let mut a = zip::ZipArchive::new(Cursor::new(docx)).unwrap();
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    for i in 0..a.len() {
        let mut f = a.by_index(i).unwrap();
        let name = f.name().unwrap().to_string();
        let mut s = Vec::new();
        f.read_to_end(&mut s).unwrap();
        z.start_file(&name, zip::write::SimpleFileOptions::default())
            .unwrap();
        let out = match String::from_utf8(s.clone()) {
            Ok(text) => edit(&name, text).into_bytes(),
            Err(_) => s,
        };
        z.write_all(&out).unwrap();
    }
    z.finish().unwrap().into_inner()
}

#[test]
fn exported_templates_render_exactly_like_the_builtins() {
    let (_d, ws, ward, branches) = demo_workspace();
    let dir = ws.templates_dir();
    std::fs::create_dir_all(&dir).unwrap();
    // An office file already there is kept as it is.
    std::fs::write(dir.join("nghi-quyet.docx"), b"office's own").unwrap();
    let r = word::export_templates(&ws, &ward).unwrap();
    // Six documents and five congress papers.
    assert_eq!((r.written.len(), r.kept.len()), (10, 1));
    assert_eq!(
        std::fs::read(dir.join("nghi-quyet.docx")).unwrap(),
        b"office's own"
    );
    std::fs::remove_file(dir.join("nghi-quyet.docx")).unwrap();
    let r = word::export_templates(&ws, &ward).unwrap();
    assert_eq!((r.written.len(), r.kept.len()), (1, 10));

    // The guide lists the fields with their meaning and the demo's value.
    let guide = std::fs::read_to_string(dir.join("HUONG-DAN.md")).unwrap();
    assert!(
        guide.contains("| `branch.name` | Tên chi bộ | Chi bộ thôn Đông Xuân |"),
        "{guide}"
    );
    assert!(guide.contains("| `members[].name` | Người: họ và tên |"));

    let office = Templates::load(&ws).unwrap();
    let builtin = Templates::builtin();
    let b = dong_xuan(&branches);
    for kind in DocKind::ALL {
        assert_eq!(office.source(kind), docgen::TemplateSource::OfficeWord);
        let from_word = docgen::render_document(&ward, b, kind, &office).unwrap();
        let from_builtin = docgen::render_document(&ward, b, kind, &builtin).unwrap();
        let (w, t) = (body_texts(&from_word), body_texts(&from_builtin));
        assert_eq!(w, t, "{kind:?}");
        let xml = part(&from_word, "word/document.xml");
        assert!(
            !xml.contains("{") && !xml.contains("}"),
            "{kind:?}: tag left"
        );
        // Minimal package: the template's parts, once each.
        let names = part_names(&from_word);
        let mut unique = names.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(names.len(), unique.len());
    }
    // The packet writes each document from the Word templates, and the
    // combined file from them (see the LibreOffice test below).
    let out = tempfile::tempdir().unwrap();
    let report = docgen::render_packet(
        &ward,
        b,
        &office,
        out.path(),
        &Default::default(),
        &mut |_| {},
    )
    .unwrap();
    assert_eq!(report.written.len(), DocKind::ALL.len() + 1);
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    // Removing a .docx restores the built-in for that kind.
    std::fs::remove_file(dir.join("nghi-quyet.docx")).unwrap();
    let t = Templates::load(&ws).unwrap();
    assert_eq!(
        t.source(DocKind::Resolution),
        docgen::TemplateSource::Builtin
    );
}

/// The congress papers too: exported as Word templates, each renders the
/// same text as its built-in for the held demo congress, and is what
/// `write_congress_papers` writes; a broken paper template is listed by
/// the check.
#[test]
fn exported_paper_templates_render_like_the_builtins() {
    use daihoi::docgen::papers::{self, PAPER_TEMPLATES, PaperTemplates};
    let (_d, ws, ward, branches) = demo_workspace();
    word::export_templates(&ws, &ward).unwrap();
    assert!(word::check_templates(&ws, &ward).is_empty());
    let office = PaperTemplates::load(&ws).unwrap();
    let builtin = PaperTemplates::builtin();
    let b = dong_xuan(&branches);
    assert!(b.results.held);
    let from_word = papers::congress_papers(&ward, b, &office).unwrap();
    let from_builtin = papers::congress_papers(&ward, b, &builtin).unwrap();
    assert_eq!(from_word.len(), from_builtin.len());
    let mut templated = 0;
    for (w, t) in from_word.iter().zip(&from_builtin) {
        assert_eq!(w.file, t.file);
        assert!(t.word.is_none());
        let Some(bytes) = &w.word else { continue };
        templated += 1;
        let built = papers::to_docx(&t.doc).unwrap();
        // Lines of dots are fitted to the line when the built-in layout is
        // written; the exported template keeps the dots it was given.
        let dots = |v: Vec<String>| -> Vec<String> {
            v.into_iter()
                .map(|l| {
                    let mut out = String::new();
                    for c in l.chars() {
                        if !(c == '…' && out.ends_with('…')) {
                            out.push(c);
                        }
                    }
                    out
                })
                .collect()
        };
        assert_eq!(
            dots(body_texts(bytes)),
            dots(body_texts(&built)),
            "{}",
            w.file
        );
        let xml = part(bytes, "word/document.xml");
        assert!(
            !xml.contains('{') && !xml.contains('}'),
            "{}: tag left",
            w.file
        );
    }
    // Every templated paper applies to a held congress.
    assert_eq!(templated, PAPER_TEMPLATES.len());
    for (kind, _, _) in PAPER_TEMPLATES.iter() {
        assert_eq!(office.source(*kind), docgen::TemplateSource::OfficeWord);
    }
    // Written from the Word template: the minutes file is the rendered one.
    let out = tempfile::tempdir().unwrap();
    let r = papers::write_congress_papers(&ward, b, &office, out.path()).unwrap();
    assert!(r.failed.is_empty(), "{:?}", r.failed);
    let minutes = from_word
        .iter()
        .find(|p| p.file.starts_with(daihoi::strings::papers::PAPER_MINUTES))
        .unwrap();
    let written = std::fs::read(out.path().join(&minutes.file)).unwrap();
    assert_eq!(
        body_texts(&written),
        body_texts(minutes.word.as_ref().unwrap())
    );
    // The combined dossier is made from the Word templates' files: one
    // section per paper, page numbers from 1 in each.
    let core = Templates::load(&ws).unwrap();
    let day = tempfile::tempdir().unwrap();
    let (r, _) = papers::render_congress_day(&ward, b, &core, &office, day.path(), false).unwrap();
    assert!(r.failed.is_empty(), "{:?}", r.failed);
    let combined = r.written.last().unwrap();
    let bytes = std::fs::read(combined).unwrap();
    let parts = papers::dossier_packages(&ward, b, &core, &office).unwrap();
    let mut expected = Vec::new();
    for p in &parts {
        expected.extend(body_texts(p));
    }
    let strip = |v: Vec<String>| {
        v.into_iter()
            .filter(|p| !p.trim().is_empty())
            .collect::<Vec<_>>()
    };
    assert_eq!(strip(body_texts(&bytes)), strip(expected));
    let xml = part(&bytes, "word/document.xml");
    assert_eq!(
        xml.matches("<w:pgNumType w:start=\"1\"/>").count(),
        parts.len()
    );
    assert!(body_texts(&bytes).iter().any(|t| t.contains(&b.name)));

    // An unknown field in a paper template is found by the check.
    let path = ws.templates_dir().join("bien-ban-dai-hoi.docx");
    let edited = edit_docx(&std::fs::read(&path).unwrap(), &|name, xml| {
        if name == "word/document.xml" {
            xml.replacen("{branch.name", "{branch.nmae", 1)
        } else {
            xml
        }
    });
    std::fs::write(&path, edited).unwrap();
    let errors = word::check_templates(&ws, &ward);
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert!(errors[0].contains("bien-ban-dai-hoi.docx") && errors[0].contains("{branch.name"));
}

#[test]
fn check_lists_every_error_of_every_template_and_exits_1() {
    let (_d, ws, ward, _) = demo_workspace();
    word::export_templates(&ws, &ward).unwrap();
    let dir = ws.templates_dir();
    let path = dir.join("bao-cao-chinh-tri.docx");
    let edited = edit_docx(&std::fs::read(&path).unwrap(), &|name, xml| {
        if name == "word/document.xml" {
            xml.replacen("{report.limitations}", "{#if report.limitations}", 1)
        } else {
            xml
        }
    });
    std::fs::write(&path, edited).unwrap();
    let path = dir.join("nghi-quyet.docx");
    let edited = edit_docx(&std::fs::read(&path).unwrap(), &|name, xml| {
        if name == "word/document.xml" {
            xml.replacen("{branch.name}", "{branch.nmae}", 1)
        } else {
            xml
        }
    });
    std::fs::write(&path, edited).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_daihoi"))
        .args(["templates", "--workspace"])
        .arg(ws.root())
        .arg("--check")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{text}");
    // The unclosed {#if} is a syntax error of the report; the resolution's
    // unknown field is found too (its template parsed).
    assert!(
        text.contains("bao-cao-chinh-tri.docx") && text.contains("{#if report.limitations}"),
        "{text}"
    );
    assert!(
        text.contains("nghi-quyet.docx") && text.contains("có phải {branch.name}"),
        "{text}"
    );
    // Rendering refuses: the templates do not load.
    assert!(Templates::load(&ws).is_err());
    let out = Command::new(env!("CARGO_BIN_EXE_daihoi"))
        .args(["templates", "--workspace"])
        .arg(ws.root())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
}

/// `CI=true`: a missing tool fails the test instead of skipping it.
fn skip(what: &str) {
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("CI=true but {what} is not installed");
    }
    eprintln!("BỎ QUA / SKIPPED: {what} is not installed here; this check runs in CI.");
}

/// LibreOffice converts `files` to `to` ("docx" or "pdf") into `out`, in
/// one run (each start costs seconds); the converted files in order.
fn soffice(soffice: &Path, files: &[&Path], to: &str, out: &Path) -> Vec<std::path::PathBuf> {
    let profile = tempfile::tempdir().unwrap();
    let status = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.path().display()
        ))
        .args(["--headless", "--norestore", "--convert-to", to, "--outdir"])
        .arg(out)
        .args(files)
        .output()
        .unwrap();
    files
        .iter()
        .map(|file| {
            let target = out.join(file.with_extension(to).file_name().unwrap());
            assert!(
                target.is_file(),
                "{}: {}",
                target.display(),
                String::from_utf8_lossy(&status.stderr)
            );
            target
        })
        .collect()
}

fn pdf_pages(pdf: &Path) -> u32 {
    let out = Command::new("pdfinfo").arg(pdf).output().unwrap();
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:").map(|n| n.trim().parse().unwrap()))
        .unwrap()
}

/// The exported political report edited like an office would (a paragraph
/// added with a tag Word split, the context made bold, the page header
/// changed), saved again by LibreOffice, renders the demo branch right.
#[test]
fn a_template_edited_and_saved_by_libreoffice_renders_the_demo_branch() {
    let Some(lo) = docgen::pdf::find_libreoffice() else {
        return skip("LibreOffice");
    };
    if Command::new("pdfinfo").arg("-v").output().is_err() {
        return skip("pdfinfo (poppler-utils)");
    }
    let (_d, ws, ward, branches) = demo_workspace();
    word::export_templates(&ws, &ward).unwrap();
    let dir = ws.templates_dir();
    let path = dir.join("bao-cao-chinh-tri.docx");
    let edited = edit_docx(&std::fs::read(&path).unwrap(), &|name, xml| {
        match name {
        "word/document.xml" => {
            let heading = "1. Đặc điểm tình hình</w:t></w:r></w:p>";
            assert!(xml.contains(heading));
            xml.replacen(
                heading,
                &format!(
                    "{heading}<w:p><w:r><w:t xml:space=\"preserve\">Đoạn văn phòng thêm: {{ward.</w:t></w:r>\
                     <w:proofErr w:type=\"spellStart\"/><w:r><w:rPr><w:i/></w:rPr><w:t>name}}.</w:t></w:r></w:p>"
                ),
                1,
            )
            .replacen(
                "<w:r><w:t xml:space=\"preserve\">{report.context}",
                "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">{report.context}",
                1,
            )
        }
        "word/header1.xml" => xml.replacen(
            "</w:hdr>",
            "<w:p><w:r><w:t xml:space=\"preserve\">Lưu hành nội bộ - {branch.name}</w:t></w:r></w:p></w:hdr>",
            1,
        ),
        _ => xml,
    }
    });
    let work = tempfile::tempdir().unwrap();
    let hand = work.path().join("edited.docx");
    std::fs::write(&hand, edited).unwrap();
    let lo_dir = work.path().join("lo");
    std::fs::create_dir(&lo_dir).unwrap();
    let saved = soffice(&lo, &[&hand], "docx", &lo_dir).remove(0);
    std::fs::copy(&saved, &path).unwrap();

    let office = Templates::load(&ws).unwrap();
    assert!(office.check(&ward).is_empty(), "{:?}", office.check(&ward));
    let b = dong_xuan(&branches);
    let bytes = docgen::render_document(&ward, b, DocKind::PoliticalReport, &office).unwrap();
    let builtin =
        docgen::render_document(&ward, b, DocKind::PoliticalReport, &Templates::builtin()).unwrap();
    let mut expected = body_texts(&builtin);
    let at = expected
        .iter()
        .position(|p| p == "1. Đặc điểm tình hình")
        .unwrap();
    expected.insert(at + 1, format!("Đoạn văn phòng thêm: {}.", ward.name));
    let got: Vec<String> = body_texts(&bytes);
    // LibreOffice may add empty paragraphs of its own; the text is the same.
    let strip = |v: Vec<String>| {
        v.into_iter()
            .filter(|p| !p.trim().is_empty())
            .collect::<Vec<_>>()
    };
    assert_eq!(strip(got), strip(expected));
    // The bold tag made the value bold: the run holding its first words has <w:b/>.
    let xml = part(&bytes, "word/document.xml");
    let first: String = b.drafts.political_report.context.chars().take(30).collect();
    let i = xml.find(&first).unwrap();
    let run = &xml[xml[..i].rfind("<w:r>").or(xml[..i].rfind("<w:r ")).unwrap()..i];
    assert!(
        run.contains("<w:b/>") || run.contains("<w:b w:val=\"true\"/>"),
        "{run}"
    );
    // The page header carries the branch.
    let names = part_names(&bytes);
    assert!(
        names
            .iter()
            .filter(|n| n.starts_with("word/header"))
            .any(|n| part(&bytes, n).contains(&format!("Lưu hành nội bộ - {}", b.name)))
    );
    // Both open and convert; the added paragraph costs at most one page.
    let out = work.path().join("render.docx");
    std::fs::write(&out, &bytes).unwrap();
    let built = work.path().join("builtin.docx");
    std::fs::write(&built, &builtin).unwrap();
    let pdfs = soffice(&lo, &[&out, &built], "pdf", work.path());
    let (n1, n2) = (pdf_pages(&pdfs[0]), pdf_pages(&pdfs[1]));
    assert!(n1 == n2 || n1 == n2 + 1, "{n1} vs {n2} pages");
}

#[path = "../../benches/docxtpl_anchor.rs"]
mod anchor;

/// The docxtpl anchor converted to our tags renders the same document:
/// every section heading and paragraph, the 12 target rows and 40 member
/// rows, and no tag left.
#[test]
fn the_docxtpl_anchor_renders_with_our_tags() {
    let Some(dir) = anchor::anchor_dir() else {
        return skip("the docxtpl anchor (../shared/anchors/docxtpl)");
    };
    let json = std::fs::read_to_string(dir.join("context.json")).unwrap();
    let template = anchor::converted_template(&std::fs::read(dir.join("template.docx")).unwrap());
    let ctx = anchor::context(&json);
    let t = word::WordTemplate::parse("template.docx", template).unwrap();
    assert!(t.check(&ctx).is_empty(), "{:?}", t.check(&ctx));
    let out = t.render(&ctx).unwrap();
    let xml = part(&out, "word/document.xml");
    assert!(!xml.contains('{') && !xml.contains("{%"), "tag left");
    let texts = word::paragraph_texts(&xml);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    for s in v["sections"].as_array().unwrap() {
        assert!(texts.iter().any(|p| p == s["title"].as_str().unwrap()));
        for para in s["paragraphs"].as_array().unwrap() {
            assert!(texts.iter().any(|p| p == para.as_str().unwrap()));
        }
    }
    for m in v["members"].as_array().unwrap() {
        assert!(texts.iter().any(|p| p == m["name"].as_str().unwrap()));
    }
    // The header table (1 row), the targets (header + 12), the members
    // (header + 40), the signature table (1): the loop-tag rows are gone.
    assert_eq!(rows(&xml), 1 + (1 + 12) + (1 + 40) + 1);
}

fn rows(xml: &str) -> usize {
    xml.matches("<w:tr>").count() + xml.matches("<w:tr ").count()
}

/// The combined packet when the documents come from Word templates (one
/// of them edited and saved by LibreOffice): one section per document with
/// its own page size and orientation, headers, and page numbers from 1;
/// LibreOffice opens it and its pages are the documents' pages added up.
#[test]
fn the_combined_packet_from_word_templates_keeps_each_documents_pages() {
    let Some(lo) = docgen::pdf::find_libreoffice() else {
        return skip("LibreOffice");
    };
    if Command::new("pdfinfo").arg("-v").output().is_err() {
        return skip("pdfinfo (poppler-utils)");
    }
    let (_d, ws, ward, branches) = demo_workspace();
    word::export_templates(&ws, &ward).unwrap();
    let dir = ws.templates_dir();
    // The resolution's template edited and saved by LibreOffice, with a
    // header line of its own.
    let path = dir.join("nghi-quyet.docx");
    let edited = edit_docx(&std::fs::read(&path).unwrap(), &|name, xml| {
        match name {
        "word/header1.xml" => xml.replacen(
            "</w:hdr>",
            "<w:p><w:r><w:t xml:space=\"preserve\">Nghị quyết - {branch.name}</w:t></w:r></w:p></w:hdr>",
            1,
        ),
        _ => xml,
    }
    });
    let work = tempfile::tempdir().unwrap();
    let hand = work.path().join("nq.docx");
    std::fs::write(&hand, edited).unwrap();
    let lo_dir = work.path().join("lo");
    std::fs::create_dir(&lo_dir).unwrap();
    std::fs::copy(soffice(&lo, &[&hand], "docx", &lo_dir).remove(0), &path).unwrap();

    let office = Templates::load(&ws).unwrap();
    let b = dong_xuan(&branches);
    let out = work.path().join("out");
    let report =
        docgen::render_packet(&ward, b, &office, &out, &Default::default(), &mut |_| {}).unwrap();
    assert!(report.failed.is_empty(), "{:?}", report.failed);
    let combined = report.written.last().unwrap().clone();
    let docs: Vec<_> = report.written[..report.written.len() - 1].to_vec();
    assert_eq!(docs.len(), DocKind::ALL.len());
    let bytes = std::fs::read(&combined).unwrap();
    let xml = part(&bytes, "word/document.xml");
    // One section per document, each restarting its page numbers.
    assert_eq!(xml.matches("<w:sectPr").count(), docs.len(), "sections");
    assert_eq!(
        xml.matches("<w:pgNumType w:start=\"1\"/>").count(),
        docs.len()
    );
    // The trích ngang list keeps its landscape page.
    assert!(xml.contains("w:orient=\"landscape\""));
    // Every header a section names is in the package.
    let names = part_names(&bytes);
    let rels = part(&bytes, "word/_rels/document.xml.rels");
    for id in xml
        .split("r:id=\"")
        .skip(1)
        .map(|t| &t[..t.find('"').unwrap()])
    {
        let key = format!("Id=\"{id}\"");
        let i = rels
            .find(&key)
            .unwrap_or_else(|| panic!("no relationship {id}"));
        let t = &rels[i..];
        let target = &t[t.find("Target=\"").unwrap() + 8..];
        let target = &target[..target.find('"').unwrap()];
        assert!(names.contains(&format!("word/{target}")), "{target}");
    }
    // The text is the documents' text, in order, with no tag left.
    let mut expected = Vec::new();
    for d in &docs {
        expected.extend(body_texts(&std::fs::read(d).unwrap()));
    }
    let strip = |v: Vec<String>| {
        v.into_iter()
            .filter(|p| !p.trim().is_empty())
            .collect::<Vec<_>>()
    };
    assert_eq!(strip(body_texts(&bytes)), strip(expected));
    assert!(!xml.contains("{branch."));
    assert!(
        names
            .iter()
            .filter(|n| n.starts_with("word/") && n.contains("header"))
            .any(|n| part(&bytes, n).contains(&format!("Nghị quyết - {}", b.name)))
    );
    // LibreOffice opens it; its pages are the documents' pages added up.
    let pdf_dir = work.path().join("pdf");
    std::fs::create_dir(&pdf_dir).unwrap();
    let files: Vec<&Path> = docs
        .iter()
        .chain([&combined])
        .map(|d| d.as_path())
        .collect();
    let pages: Vec<u32> = soffice(&lo, &files, "pdf", &pdf_dir)
        .iter()
        .map(|p| pdf_pages(p))
        .collect();
    let (merged, each) = pages.split_last().unwrap();
    assert_eq!(*merged, each.iter().sum::<u32>(), "{pages:?}");
}
