//! Vietnamese text utilities, in one leaf module (it imports nothing from
//! the rest of the crate): NFC normalisation, the fold used by every search,
//! slugs and Windows-safe file names, the Vietnamese collator, and number,
//! date and percentage formatting.

pub mod collate;
mod file_name;
pub mod format;
pub mod legacy;
mod text;

pub use collate::{compare_text, name_parts};
pub use file_name::{MAX_PATH_UNITS, fit_path, safe_file_name, safe_file_name_within};
pub use text::{fold, fold_words, nfc, slug};
