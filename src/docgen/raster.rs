//! PDF pages to images, in pure Rust (hayro), for the page preview: the
//! PDF that LibreOffice made of a document, drawn as the printer would.

use hayro::hayro_interpret::InterpreterSettings;
use hayro::hayro_syntax::Pdf;
use hayro::vello_cpu::color::palette::css::WHITE;
use hayro::{PixmapSettings, RenderCache, RenderSettings};

/// One page as RGBA pixels (opaque: drawn on white).
#[derive(Clone, PartialEq, Eq)]
pub struct PageImage {
    pub width: u32,
    pub height: u32,
    /// `width * height * 4` bytes, row by row.
    pub rgba: Vec<u8>,
}

impl std::fmt::Debug for PageImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "PageImage({}×{})", self.width, self.height)
    }
}

/// Why a PDF gave no pages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RasterError {
    #[error("{}", crate::strings::preview::PDF_UNREADABLE)]
    Unreadable,
    #[error("{}", crate::strings::preview::PDF_NO_PAGES)]
    NoPages,
}

/// The largest side of a page image, in pixels (the renderer's limit is
/// 65,535; a page this large would be a broken PDF, not a document).
const MAX_SIDE: f32 = 4000.0;

/// Draw every page of `pdf` so that a page is `width_px` pixels wide (the
/// height follows the page's own proportions; a landscape page is as wide).
pub fn rasterise(pdf: &[u8], width_px: u32) -> Result<Vec<PageImage>, RasterError> {
    let pdf = Pdf::new(pdf.to_vec()).map_err(|_| RasterError::Unreadable)?;
    let pages = pdf.pages();
    if pages.is_empty() {
        return Err(RasterError::NoPages);
    }
    let cache = RenderCache::new();
    let interpreter = InterpreterSettings::default();
    let settings = RenderSettings::default();
    let mut out = Vec::with_capacity(pages.len());
    for page in pages.iter() {
        let (w, h) = page.render_dimensions();
        if !(w.is_finite() && h.is_finite()) || w < 1.0 || h < 1.0 {
            return Err(RasterError::Unreadable);
        }
        let scale = (width_px.max(1) as f32 / w)
            .min(MAX_SIDE / w)
            .min(MAX_SIDE / h);
        let pixmap = hayro::render(
            page,
            &cache,
            &interpreter,
            &settings,
            &PixmapSettings {
                x_scale: scale,
                y_scale: scale,
                bg_color: WHITE,
            },
        );
        // Drawn on opaque white, so premultiplied is the same as straight.
        out.push(PageImage {
            width: u32::from(pixmap.width()),
            height: u32::from(pixmap.height()),
            rgba: pixmap.data_as_u8_slice().to_vec(),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn garbage_is_unreadable_not_a_panic() {
        assert_eq!(rasterise(b"", 100), Err(RasterError::Unreadable));
        assert_eq!(
            rasterise(b"%PDF-1.7\nnot really", 100),
            Err(RasterError::Unreadable)
        );
    }
}
