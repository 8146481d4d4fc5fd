//! The fields a template may use, with a Vietnamese description and the
//! demo's value: one list for the Templates screen and `HUONG-DAN.md`.

use super::template::{Record, Value};
use crate::strings::fields as msg;

/// One field as a template names it.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// "branch.name"; an item field of a list is "members[].name" (written
    /// `{m.name}` inside `{#for m in members}`).
    pub path: String,
    pub description: &'static str,
    /// The value in the demo's fully drafted branch (first line, shortened).
    pub demo: String,
    pub is_list: bool,
}

/// Every field of `ctx` (lists through their prototype item; the demo value
/// of an item field is the first item's).
pub fn fields(ctx: &Record) -> Vec<Field> {
    let mut out = Vec::new();
    walk(ctx, "", &mut out);
    out
}

fn walk(r: &Record, prefix: &str, out: &mut Vec<Field>) {
    for (name, v) in &r.0 {
        let path = if prefix.is_empty() {
            name.to_string()
        } else {
            format!("{prefix}.{name}")
        };
        match v {
            Value::Record(inner) => walk(inner, &path, out),
            Value::List(l) => {
                out.push(Field {
                    description: msg::description(&path),
                    demo: msg::items(l.items.len()),
                    path: path.clone(),
                    is_list: true,
                });
                let first = l.items.first().unwrap_or(&l.proto);
                let mut item = Vec::new();
                walk(first, &format!("{path}[]"), &mut item);
                out.extend(item);
            }
            v => out.push(Field {
                description: msg::description(&path),
                demo: short(&v.display()),
                path,
                is_list: false,
            }),
        }
    }
}

fn short(s: &str) -> String {
    let line = s.lines().next().unwrap_or("");
    let mut out: String = line.chars().take(60).collect();
    if line.chars().count() > 60 || s.lines().count() > 1 {
        out.push('…');
    }
    out
}

/// The fields list as a Markdown table.
pub fn markdown_table(ctx: &Record) -> String {
    let cell = |s: &str| s.replace('|', "\\|");
    let mut out = format!(
        "{}\n\n{}\n\n| {} | {} | {} |\n|---|---|---|\n",
        msg::GUIDE_FIELDS_HEADING,
        msg::GUIDE_FIELDS_INTRO,
        msg::GUIDE_COL_FIELD,
        msg::GUIDE_COL_MEANING,
        msg::GUIDE_COL_DEMO
    );
    for f in fields(ctx) {
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            f.path,
            cell(f.description),
            cell(&f.demo)
        ));
    }
    out
}

/// The context whose values the fields list shows: the demo's most fully
/// drafted branch.
pub fn demo_context() -> Record {
    let (ward, branches) = crate::demo::demo_ward();
    let drafted = |b: &crate::model::Branch| {
        let r = &b.drafts.political_report;
        r.context.len() + r.targets.len() * 100
    };
    match branches.iter().max_by_key(|b| drafted(b)) {
        Some(b) => super::branch_context(&ward, b, &Default::default()),
        None => super::prototype(&ward),
    }
}

/// `HUONG-DAN.md` for a workspace's `templates/`: the built-in guide, the
/// Word templates' part, and the fields list from [`fields`].
pub fn guide() -> String {
    format!(
        "{}\n{}\n{}",
        include_str!("../../templates/HUONG-DAN.md").trim_end(),
        crate::strings::word::GUIDE_WORD,
        markdown_table(&demo_context())
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_has_a_description() {
        let (ward, branches) = crate::demo::demo_ward();
        let ctx = crate::docgen::branch_context(&ward, &branches[0], &Default::default());
        let missing: Vec<String> = fields(&ctx)
            .into_iter()
            .filter(|f| f.description.is_empty())
            .map(|f| f.path)
            .collect();
        assert!(
            missing.is_empty(),
            "no description in strings::fields for: {missing:?}"
        );
    }
}
