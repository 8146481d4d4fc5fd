//! The page preview's use case: one document as the printer would see it,
//! through a temporary .docx, LibreOffice's PDF and the rasteriser.

use crate::docgen::raster::{PageImage, rasterise};
use crate::docgen::{Templates, pdf, render_document};
use crate::model::{Branch, DocKind, Ward};
use crate::strings::preview as msg;
use std::path::Path;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

/// How long one document's conversion may take (LibreOffice's cold start on
/// a slow PC included) before it is taken as hung.
pub const PREVIEW_TIMEOUT: Duration = Duration::from_secs(90);

/// The pages of document `kind` of the branch, each `width_px` wide, made
/// with LibreOffice at `soffice` in a temporary folder that is removed
/// afterwards. `Err` is a Vietnamese sentence.
pub fn page_images(
    ward: &Ward,
    b: &Branch,
    kind: DocKind,
    templates: &Templates,
    soffice: &Path,
    width_px: u32,
    cancel: Option<&AtomicBool>,
) -> Result<Vec<PageImage>, String> {
    let docx = render_document(ward, b, kind, templates).map_err(|e| e.to_string())?;
    let dir = tempfile::Builder::new()
        .prefix("daihoi-xem-")
        .tempdir()
        .map_err(|e| msg::temp_failed(&e.to_string()))?;
    // An ASCII name: nothing for LibreOffice's command line to get wrong.
    let file = dir.path().join("van-ban.docx");
    std::fs::write(&file, docx).map_err(|e| msg::temp_failed(&e.to_string()))?;
    let pdfs = pdf::convert_within(
        soffice,
        std::slice::from_ref(&file),
        dir.path(),
        PREVIEW_TIMEOUT,
        cancel,
    )
    .map_err(|e| msg::convert_failed(&e))?;
    let Some(Some(pdf)) = pdfs.into_iter().next() else {
        return Err(msg::PDF_MISSING.to_string());
    };
    let bytes = std::fs::read(&pdf).map_err(|_| msg::PDF_MISSING.to_string())?;
    rasterise(&bytes, width_px).map_err(|e| e.to_string())
}
