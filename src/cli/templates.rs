//! `daihoi templates --workspace DIR (--export | --check)`.

use crate::docgen::word::{check_templates, export_templates};
use crate::store::Workspace;
use crate::strings::word as msg;

pub fn run(ws: &Workspace, export: bool, check: bool) -> u8 {
    if !export && !check {
        errln!("{}", msg::TEMPLATES_NEED_ACTION);
        return 2;
    }
    let loaded = ws.load();
    let Some(ward) = loaded.ward else {
        for e in &loaded.errors {
            errln!("{e}");
        }
        return 1;
    };
    if export {
        return match export_templates(ws, &ward) {
            Ok(r) => {
                outln!(
                    "{}",
                    msg::exported(r.written.len(), r.kept.len(), &ws.templates_dir())
                );
                0
            }
            Err(e) => {
                errln!("{}", crate::strings::docgen::document_render_failed(&e));
                1
            }
        };
    }
    let errors = check_templates(ws, &ward);
    for e in &errors {
        outln!("{e}");
    }
    if errors.is_empty() {
        let kinds = crate::docgen::BUILTIN.len() + crate::docgen::papers::PAPER_TEMPLATES.len();
        outln!("{}", msg::templates_ok(kinds));
        0
    } else {
        outln!("{}", msg::templates_errors(errors.len()));
        1
    }
}
