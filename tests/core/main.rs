//! Integration tests of everything but the GUI, in one binary (each test
//! binary links the whole stack, so they are grouped to keep CI short).
//! One module per capability.

mod backups;
mod batch;
mod cli;
mod cli_import;
mod collate;
mod congress_day;
mod congress_papers;
mod demo;
mod docgen;
mod election;
mod election_papers;
mod election_support;
mod fuzz;
mod import;
mod import_bounds;
mod import_legacy;
mod outputs;
mod page_images;
mod rollup;
mod run;
mod scale;
mod store;
mod template_encoding;
mod truth;
mod word_templates;
mod workspace_files;
mod workspace_lock;
