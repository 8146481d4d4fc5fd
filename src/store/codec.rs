//! Text ⇄ model: NFC normalisation, the version check, migrations.

use super::StoreError;
use super::migrate;
use crate::model::{BRANCH_VERSION, Branch, WARD_VERSION, Ward};
use crate::vi::nfc;
use serde::Deserialize;
use serde::de::DeserializeOwned;
use std::path::Path;

#[derive(Deserialize)]
struct VersionProbe {
    version: Option<u32>,
}

fn ron_options() -> ron::Options {
    ron::Options::default()
}

fn parse_err(path: &Path, e: ron::error::SpannedError) -> StoreError {
    StoreError::Parse {
        path: path.to_path_buf(),
        line: e.span.start.line,
        col: e.span.start.col,
        detail: crate::strings::store::parse_detail(&e.code),
    }
}

fn decode_text(path: &Path, bytes: &[u8]) -> Result<String, StoreError> {
    let text = std::str::from_utf8(bytes).map_err(|_| StoreError::NotText {
        path: path.to_path_buf(),
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    Ok(nfc(text))
}

/// Read the schema version, refusing foreign and newer files.
fn probe(path: &Path, text: &str, supported: u32) -> Result<u32, StoreError> {
    // `version: 1` is a plain number in the file; IMPLICIT_SOME reads it as Some(1).
    let p: VersionProbe = ron_options()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .map_err(|e| parse_err(path, e))?;
    match p.version {
        None => Err(StoreError::Foreign {
            path: path.to_path_buf(),
        }),
        Some(v) if v > supported => Err(StoreError::Newer {
            path: path.to_path_buf(),
            found: v,
            supported,
        }),
        Some(v) => Ok(v),
    }
}

fn parse<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T, StoreError> {
    ron_options().from_str(text).map_err(|e| parse_err(path, e))
}

pub fn parse_ward(path: &Path, bytes: &[u8]) -> Result<Ward, StoreError> {
    let text = decode_text(path, bytes)?;
    let mut ward = match probe(path, &text, WARD_VERSION)? {
        0 => migrate::ward_v0(parse(path, &text)?),
        _ => parse::<Ward>(path, &text)?,
    };
    ward.version = WARD_VERSION;
    Ok(ward)
}

pub fn parse_branch(path: &Path, bytes: &[u8]) -> Result<Branch, StoreError> {
    let text = decode_text(path, bytes)?;
    let mut branch = match probe(path, &text, BRANCH_VERSION)? {
        0 => migrate::branch_v0(parse(path, &text)?),
        _ => parse::<Branch>(path, &text)?,
    };
    branch.version = BRANCH_VERSION;
    let floor = branch.members.iter().map(|m| m.id + 1).max().unwrap_or(1);
    branch.next_member_id = branch.next_member_id.max(floor);
    // The member list grew by doubling while parsed: up to half of it
    // unused, several megabytes over a province's branches.
    branch.members.shrink_to_fit();
    Ok(branch)
}

fn to_text<T: serde::Serialize>(value: &T) -> String {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(false)
        .escape_strings(false)
        .indentor("  ".to_string())
        // ron's default is "\r\n" on Windows; one form keeps a workspace
        // byte-identical whichever PC saved it.
        .new_line("\n".to_string());
    // Serialising plain model data cannot fail: no maps with non-string
    // keys, no non-finite floats the format rejects.
    let text = ron::ser::to_string_pretty(value, config)
        .unwrap_or_else(|e| unreachable!("model serialisation failed: {e}"));
    nfc(&(text + "\n"))
}

pub fn ward_text(w: &Ward) -> String {
    to_text(w)
}

pub fn branch_text(b: &Branch) -> String {
    to_text(b)
}
