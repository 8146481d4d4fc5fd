//! "Nhập từ tệp Word…" on the political report's form: a branch's report
//! written in Word (tests/fixtures/word_draft, made by make_report.py with
//! python-docx: bold numbered headings, two Heading styles, a targets
//! table, a heading the form does not have) is read off the UI thread,
//! previewed, one unmatched part given a section by the user, applied as
//! one undo step.

use crate::ui_support::*;
use daihoi::import::word_draft::Section;
use daihoi::model::DocKind;
use daihoi::strings::word as msg;
use daihoi::ui::{App, Command};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};

fn fixture() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/word_draft/bao-cao-chinh-tri-chi-bo.docx")
}

/// Type `path` into the dialog's file field and read it; wait (up to 20 s)
/// for the reading thread.
fn read_file(h: &mut Harness<'static, App>, path: &std::path::Path) {
    replace_field(h, msg::IMPORT_FILE, &path.display().to_string());
    click(h, msg::IMPORT_READ);
    let start = std::time::Instant::now();
    while h
        .state()
        .ward_ui
        .word_import
        .as_ref()
        .is_some_and(|d| d.is_reading())
    {
        assert!(
            start.elapsed().as_secs() < 20,
            "the draft is still being read"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
        h.step();
    }
    settle(h);
}

#[test]
fn a_report_written_in_word_fills_the_right_sections_in_one_undo_step() {
    let (_dir, ws) = demo_workspace();
    let mut h = harness(ws);
    settle(&mut h);
    let id = open_document(&mut h, DocKind::PoliticalReport);
    let before = h.state().branch(&id).unwrap().clone();
    click(&mut h, msg::IMPORT_OPEN);
    assert!(h.state().ward_ui.word_import.is_some());

    read_file(&mut h, &fixture());
    let preview = h
        .state()
        .ward_ui
        .word_import
        .as_ref()
        .and_then(|d| d.preview.clone())
        .expect("the preview");
    let target = |heading: &str| {
        preview
            .parts
            .iter()
            .find(|p| p.heading == heading)
            .unwrap_or_else(|| panic!("no part {heading:?}"))
            .target
    };
    // Headings in the usual forms, numbered or not, upper case or not.
    assert_eq!(target("I. ĐẶC ĐIỂM TÌNH HÌNH"), Some(Section::Context));
    assert_eq!(
        target("1. Phát triển kinh tế - xã hội"),
        Some(Section::Economy)
    );
    assert_eq!(target("2. Quốc phòng, an ninh"), Some(Section::Defence));
    assert_eq!(
        target("3. Công tác xây dựng Đảng"),
        Some(Section::PartyBuilding)
    );
    assert_eq!(
        target("III. HẠN CHẾ, KHUYẾT ĐIỂM"),
        Some(Section::Limitations)
    );
    assert_eq!(
        target("Nguyên nhân chủ quan"),
        Some(Section::CausesSubjective)
    );
    assert_eq!(target("IV. BÀI HỌC KINH NGHIỆM"), Some(Section::Lessons));
    assert_eq!(
        target("I. PHƯƠNG HƯỚNG, MỤC TIÊU"),
        Some(Section::Direction)
    );
    assert_eq!(target("II. NHIỆM VỤ VÀ GIẢI PHÁP"), Some(Section::Tasks));
    let odd = "Hoạt động văn nghệ, thể thao của thôn";
    assert_eq!(target(odd), None);
    // The title (with the lines under it) matches nothing either.
    let unmatched: Vec<&str> = preview
        .parts
        .iter()
        .filter(|p| p.target.is_none() && !p.heading.is_empty())
        .map(|p| p.heading.as_str())
        .collect();
    assert_eq!(unmatched, ["BÁO CÁO CHÍNH TRỊ", odd]);

    // The preview says it: the unmatched heading, the targets table, what
    // would be filled and what replaced.
    assert_eq!(h.query_all_by_label(msg::IMPORT_UNMATCHED).count(), 2);
    assert!(h.query_by_label(&msg::import_targets(4)).is_some());
    let context_label = Section::Context.label();
    let said = if before.drafts.political_report.context.trim().is_empty() {
        msg::import_fills(context_label)
    } else {
        msg::import_replaces(context_label)
    };
    assert!(h.query_by_label(&said).is_some(), "{said}");
    let mut replaced: Vec<&str> = preview
        .replaces(&before.drafts)
        .iter()
        .map(|s| s.label())
        .collect();
    if preview.replaces_targets(&before.drafts) {
        replaced.push(msg::IMPORT_TARGETS_TABLE);
    }
    let summary = if replaced.is_empty() {
        msg::IMPORT_SUMMARY_NEW.to_string()
    } else {
        msg::import_summary_replace(&replaced)
    };
    assert!(h.query_by_label(&summary).is_some(), "{summary}");
    // Nothing changed yet.
    assert_eq!(h.state().branch(&id).unwrap(), &before);

    // The user sends the unmatched part to the lessons.
    click(&mut h, odd);
    // The option in the open list (the form behind has a field of that name).
    let roles: Vec<_> = h
        .query_all_by_label(Section::Lessons.label())
        .map(|n| n.accesskit_node().role())
        .collect();
    h.query_all_by_label(Section::Lessons.label())
        .filter(|n| {
            use eframe::egui::accesskit::Role;
            !matches!(
                n.accesskit_node().role(),
                Role::Label | Role::TextInput | Role::MultilineTextInput | Role::Unknown
            )
        })
        .last()
        .unwrap_or_else(|| panic!("no option; roles {roles:?}"))
        .click_accesskit();
    settle(&mut h);
    let chosen = h
        .state()
        .ward_ui
        .word_import
        .as_ref()
        .and_then(|d| d.preview.clone())
        .unwrap();
    assert_eq!(
        chosen
            .parts
            .iter()
            .find(|p| p.heading == odd)
            .unwrap()
            .target,
        Some(Section::Lessons)
    );
    assert!(
        h.query_by_label(&msg::import_joined(Section::Lessons.label()))
            .is_some()
    );

    click(&mut h, msg::IMPORT_APPLY);
    assert!(h.state().ward_ui.word_import.is_none());
    let r = h
        .state()
        .branch(&id)
        .unwrap()
        .drafts
        .political_report
        .clone();
    assert_eq!(
        r.context,
        "Thôn Đông Xuân có 412 hộ với 1.586 nhân khẩu, sinh sống chủ yếu bằng nghề nông và buôn bán nhỏ. Chi bộ có 38 đảng viên, trong đó 3 đảng viên dự bị.\n\
         Thuận lợi: được sự lãnh đạo sát sao của Đảng ủy phường, nhân dân đồng thuận. Khó khăn: thời tiết diễn biến bất thường, giá vật tư nông nghiệp tăng cao."
    );
    assert!(
        r.results_economy
            .starts_with("Sản xuất nông nghiệp ổn định")
    );
    assert!(
        r.results_economy
            .contains("\nPhong trào xây dựng nông thôn mới")
    );
    assert!(!r.results_economy.contains("Thu nhập bình quân đầu người\t"));
    assert!(r.results_defence.contains("giao quân 3 năm liền"));
    assert!(r.results_mass_mobilisation.contains("320 triệu đồng"));
    assert_eq!(
        r.causes_objective,
        "Thời tiết, dịch bệnh trên cây trồng, vật nuôi."
    );
    assert_eq!(
        r.lessons,
        "Phát huy dân chủ, đoàn kết trong chi bộ; gần dân, sát dân.\n\
         Đội văn nghệ thôn đạt giải ba hội diễn cấp phường năm 2024."
    );
    assert!(r.direction.starts_with("Nâng cao năng lực lãnh đạo"));
    assert_eq!(
        r.tasks,
        "Một là, tập trung phát triển kinh tế, chuyển đổi cơ cấu cây trồng.\n\
         Hai là, giữ vững an ninh trật tự, xây dựng chi bộ trong sạch, vững mạnh."
    );
    // Neither the title nor the signature went into a section.
    assert!(!format!("{r:?}").contains("Nguyễn Văn Hùng"));
    assert_eq!(r.targets.len(), 4);
    assert_eq!(r.targets[0].indicator, "Thu nhập bình quân đầu người");
    assert_eq!(r.targets[0].unit, "triệu đồng");
    assert_eq!(r.targets[0].plan, "58");
    assert_eq!(r.targets[0].achieved, "61,5");
    assert_eq!(r.targets[1].plan, "dưới 1,5");

    // One undo step takes all of it back.
    h.state_mut().apply_now(Command::Undo);
    settle(&mut h);
    assert_eq!(
        h.state().branch(&id).unwrap().drafts,
        before.drafts,
        "one undo restores the drafts"
    );
}

#[test]
fn a_file_that_is_not_word_is_refused_with_its_name_and_nothing_changes() {
    let (dir, ws) = demo_workspace();
    let bad = dir.path().join("bao cao.docx");
    std::fs::write(&bad, "không phải tệp Word").unwrap();
    let mut h = harness(ws);
    settle(&mut h);
    let id = open_document(&mut h, DocKind::SelfCriticism);
    let before = h.state().branch(&id).unwrap().clone();
    click(&mut h, msg::IMPORT_OPEN);
    read_file(&mut h, &bad);
    let error = h
        .state()
        .ward_ui
        .word_import
        .as_ref()
        .and_then(|d| d.error.clone())
        .expect("an error");
    assert!(error.contains("bao cao.docx"), "{error}");
    assert!(h.query_by_label(&error).is_some());
    click(&mut h, daihoi::strings::ui::CANCEL);
    assert!(h.state().ward_ui.word_import.is_none());
    assert_eq!(h.state().branch(&id).unwrap(), &before);
}
