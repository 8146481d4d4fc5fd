//! Names of the model's enums as users read them. The text only: which
//! value takes which name is matched in [`crate::rules::labels`].

// ---- branch kinds
pub const KIND_VILLAGE: &str = "Thôn";
pub const KIND_STREET_GROUP: &str = "Tổ dân phố";
pub const KIND_AGENCY: &str = "Cơ quan";
pub const KIND_SCHOOL: &str = "Trường học";
pub const KIND_ENTERPRISE: &str = "Doanh nghiệp";
pub const KIND_POLICE: &str = "Công an";
pub const KIND_MILITARY: &str = "Quân sự";
pub const KIND_OTHER: &str = "Khác";

// ---- documents
pub const DOC_POLITICAL_REPORT: &str = "Báo cáo chính trị";
pub const DOC_SELF_CRITICISM: &str = "Báo cáo kiểm điểm của chi ủy";
pub const DOC_RESOLUTION_DRAFT: &str = "Dự thảo Nghị quyết đại hội";
/// The resolution once the congress is held: adopted, no longer the draft.
pub const DOC_RESOLUTION_ADOPTED: &str = "Nghị quyết đại hội";
pub const DOC_PERSONNEL_PLAN: &str = "Tờ trình nhân sự";
pub const DOC_PERSONNEL_LIST: &str = "Danh sách trích ngang nhân sự";
pub const DOC_AGENDA: &str = "Chương trình đại hội";

// ---- document states
pub const STATE_NOT_STARTED: &str = "Chưa làm";
pub const STATE_DRAFTING: &str = "Đang soạn";
pub const STATE_DONE: &str = "Đã xong";
pub const STATE_APPROVED: &str = "Đã được duyệt";

// ---- members
pub const MALE: &str = "Nam";
pub const FEMALE: &str = "Nữ";
pub const STATUS_FULL: &str = "Chính thức";
pub const STATUS_PROBATIONARY: &str = "Dự bị";
pub const STANDING_ACTIVE: &str = "Đang sinh hoạt";
pub const STANDING_TEMPORARY_TRANSFER: &str = "Chuyển sinh hoạt tạm thời";
pub const STANDING_SUSPENDED: &str = "Đình chỉ sinh hoạt";
pub const STANDING_DETAINED: &str = "Bị tạm giam";

// ---- committee roles and elected offices
pub const ROLE_NONE: &str = "Không";
pub const ROLE_MEMBER: &str = "Chi ủy viên";
pub const ROLE_DEPUTY: &str = "Phó Bí thư";
pub const ROLE_SECRETARY: &str = "Bí thư";
pub const OFFICE_COMMITTEE: &str = "Chi ủy";
pub const OFFICE_SECRETARY: &str = "Bí thư";
pub const OFFICE_DEPUTY: &str = "Phó Bí thư";
