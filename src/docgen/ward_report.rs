//! The ward's own report on its branches' congresses (HD 36, issued by the
//! ward committee, header superior = `ward.superior_name`), from the
//! template `templates/bao-cao-ket-qua-dai-hoi-chi-bo.txt` (a file of the
//! same name in the workspace's `templates/` overrides it) filled with the
//! roll-up figures of [`crate::rules::rollup`].

use super::layout::{self, Document, PageSetup};
use super::template::{Record, Template};
use super::{DocgenError, header};
use crate::model::{Branch, CommitteeRole, Date, Ward};
use crate::rules::rollup::{Rollup, Share, rollup};
use crate::store::Workspace;
use crate::strings::docgen as msg;

/// File name of the template (built in, overridable in the workspace).
pub const TEMPLATE_FILE: &str = "bao-cao-ket-qua-dai-hoi-chi-bo.txt";
const BUILTIN: &str = include_str!("../../templates/bao-cao-ket-qua-dai-hoi-chi-bo.txt");

/// The built-in template.
pub fn builtin_template() -> Template {
    // Parsed by the tests; an error here is a bug in the shipped file.
    Template::parse(TEMPLATE_FILE, BUILTIN).unwrap_or_else(|e| panic!("{e}"))
}

/// The workspace's copy of the template when there is one, else the built-in.
pub fn load_template(ws: &Workspace) -> Result<Template, DocgenError> {
    let path = ws.templates_dir().join(TEMPLATE_FILE);
    if !path.is_file() {
        return Ok(builtin_template());
    }
    let bytes = std::fs::read(&path)
        .map_err(|e| DocgenError::TemplateFile(msg::template_read_failed(&path, &e)))?;
    Template::parse(
        &path.display().to_string(),
        &String::from_utf8_lossy(&bytes),
    )
    .map_err(|e| DocgenError::Templates(vec![e]))
}

/// Lay out the report dated `date` (None: blanks to fill by hand). The
/// template is checked against the context first; an unknown placeholder
/// is an error and nothing is made.
pub fn document(
    ward: &Ward,
    branches: &[Branch],
    template: &Template,
    date: Option<Date>,
) -> Result<Document, DocgenError> {
    let r = rollup(ward, branches);
    // Without a date the report is written as of today.
    let as_of = date.unwrap_or_else(|| time::OffsetDateTime::now_utc().date());
    let ctx = context(ward, branches, &r, as_of);
    let errors = template.check(&ctx);
    if !errors.is_empty() {
        return Err(DocgenError::Templates(errors));
    }
    let h = header(
        ward,
        None,
        template.issuer(),
        template.number_kind(),
        None,
        date,
    );
    Ok(template.render(&ctx, PageSetup::from_settings(&ward.layout), Some(h)))
}

/// The report as .docx bytes.
pub fn render(
    ward: &Ward,
    branches: &[Branch],
    template: &Template,
    date: Option<Date>,
) -> Result<Vec<u8>, DocgenError> {
    let doc = document(ward, branches, template, date)?;
    Ok(layout::to_docx(&[doc])?)
}

/// The context the template reads: `ward`, `signer`, `rollup`, `days`,
/// `not_held`, `not_reported`, `branches`. A congress dated on or before
/// `as_of` whose results are not entered is "not reported", not "not held".
pub fn context(ward: &Ward, branches: &[Branch], r: &Rollup, as_of: Date) -> Record {
    let mut root = Record::default();
    root.percent_rule(ward.percent);
    let mut w = super::ward_record(ward);
    w.text(
        "superior_committee",
        crate::strings::ward::superior_committee(&ward.superior_name),
    );
    // The terms the branches' congresses open (the pilot five-year term
    // next to the usual one); the ward's default term when there is none.
    let mut terms: Vec<(i32, i32)> = branches
        .iter()
        .map(|b| (b.congress.term_start, b.congress.term_end))
        .collect();
    terms.sort_unstable();
    terms.dedup();
    if terms.is_empty() {
        terms.push((ward.term.start_year, ward.term.end_year));
    }
    w.text("term", crate::strings::ward::terms(&terms));
    root.record("ward", w);
    let mut s = Record::default();
    s.text("on_behalf", ward.signers.ward_on_behalf.clone())
        .text("title", ward.signers.ward_title.clone())
        .text("name", ward.signers.ward_name.clone());
    root.record("signer", s);
    let (not_reported, not_held): (Vec<&Branch>, Vec<&Branch>) = branches
        .iter()
        .filter(|b| !b.results.held)
        .partition(|b| b.congress.date.is_some_and(|d| d <= as_of));
    let names = |bs: &[&Branch]| bs.iter().map(|b| b.name.clone()).collect::<Vec<_>>();
    let not_held_names = names(&not_held);
    let not_reported_names = names(&not_reported);
    let mut f = figures(r);
    f.text("not_held_names", not_held_names.join(", "))
        .text("not_reported_names", not_reported_names.join(", "));
    root.record("rollup", f);
    let day = |stt: usize, date: Option<Date>, names: &[String]| {
        let mut d = Record::default();
        d.num("stt", stt as f64)
            .date("date", date)
            .num("count", names.len() as f64)
            .text("branches", names.join(", "));
        d
    };
    let days = r
        .held_on
        .iter()
        .enumerate()
        .map(|(i, h)| day(i + 1, h.date, &h.branches))
        .collect();
    root.list("days", day(0, None, &[]), days);
    let named = |n: &String| {
        let mut x = Record::default();
        x.text("name", n.clone());
        x
    };
    root.list(
        "not_held",
        named(&String::new()),
        not_held_names.iter().map(named).collect(),
    );
    root.list(
        "not_reported",
        named(&String::new()),
        not_reported_names.iter().map(named).collect(),
    );
    let held: Vec<&Branch> = branches.iter().filter(|b| b.results.held).collect();
    let items = held
        .iter()
        .enumerate()
        .map(|(i, b)| branch_row(i + 1, b))
        .collect();
    root.list("branches", branch_row(0, &Branch::default()), items);
    root
}

fn figures(r: &Rollup) -> Record {
    let mut f = Record::default();
    let mut share = |name: &'static str, pct: &'static str, s: Share| {
        f.num(name, f64::from(s.count)).text(pct, r.pct(s));
    };
    share("held", "held_percent", r.held);
    share("reelected", "reelected_percent", r.reelected);
    share(
        "reelected_secretaries",
        "reelected_secretaries_percent",
        r.reelected_secretaries,
    );
    share(
        "reelected_deputies",
        "reelected_deputies_percent",
        r.reelected_deputies,
    );
    share("new_members", "new_members_percent", r.new_members);
    share("first_time", "first_time_percent", r.first_time);
    share("women", "women_percent", r.women);
    share("young", "young_percent", r.young);
    share("secretary_only", "secretary_only_percent", r.secretary_only);
    share(
        "secretary_village_heads",
        "secretary_village_heads_percent",
        r.secretary_village_heads,
    );
    f.num("branches", f64::from(r.branches))
        .num("committee_members", f64::from(r.committee_members))
        .num("secretaries", f64::from(r.secretaries))
        .num("deputies", f64::from(r.deputies))
        .num("young_age", f64::from(r.young_age))
        .text("average_age", r.average_age().unwrap_or_default())
        .text("elected_sentence", r.elected_sentence())
        .text("composition", r.composition())
        .text("officers_reelected", r.officers_reelected())
        .num(
            "secretaries_to_appoint",
            f64::from(r.secretaries_to_appoint),
        );
    f
}

fn branch_row(stt: usize, b: &Branch) -> Record {
    let holder = |role: CommitteeRole| {
        b.results
            .elected
            .iter()
            .find(|e| e.role == role)
            .and_then(|e| b.member(e.member))
            .map(|m| m.full_name.clone())
            .unwrap_or_default()
    };
    let mut ids: Vec<u32> = b.results.elected.iter().map(|e| e.member).collect();
    ids.sort_unstable();
    ids.dedup();
    let mut r = Record::default();
    r.num("stt", stt as f64)
        .text("name", b.name.clone())
        .date("date", b.congress.date)
        .num("elected", ids.len() as f64)
        .text("secretary", holder(CommitteeRole::Secretary))
        .text("deputy", holder(CommitteeRole::Deputy));
    r
}
