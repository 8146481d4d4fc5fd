//! The ward office's part of the app: state of the overview screen and of
//! the import and batch dialogs (runtime only, never saved).

use super::batch::BatchDialog;
use super::import::ImportDialog;
use super::overview::OverviewState;

#[derive(Default)]
pub struct WardUi {
    pub overview: OverviewState,
    pub import: Option<ImportDialog>,
    pub batch: Option<BatchDialog>,
    pub settings: super::ward_settings::SettingsState,
    pub templates: super::templates::TemplatesState,
    /// "Nhập từ tệp Word…", when open.
    pub word_import: Option<super::word_import::WordImportDialog>,
}
