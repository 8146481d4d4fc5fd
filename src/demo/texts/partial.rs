//! Branches still drafting: only some sections are written so far.

use super::{EMPTY, Texts};

/// Context and the economic results written; the targets table begun.
pub const PHU_MY: Texts = Texts {
    context: "\
Thôn Phú Mỹ có 296 hộ với 1.132 nhân khẩu, nằm dọc tuyến tỉnh lộ, nhân dân sống chủ yếu bằng \
nghề trồng lúa, nuôi trồng thủy sản và làm mộc dân dụng. Chi bộ có 38 đảng viên, trong đó 36 \
đảng viên chính thức, 2 đảng viên dự bị; 3 đồng chí được miễn sinh hoạt đảng.\n\
Thuận lợi: nội bộ chi bộ đoàn kết; làng nghề mộc được duy trì, tạo việc làm cho gần 90 lao động. \
Khó khăn: diện tích nuôi trồng thủy sản bị ảnh hưởng nặng bởi đợt mưa lũ cuối năm 2024; một số \
tuyến kênh tưới xuống cấp.",
    results_economy: "\
Chi bộ lãnh đạo khôi phục sản xuất sau mưa lũ, hỗ trợ giống cho 42 hộ bị thiệt hại; cải tạo 8 ha \
ao nuôi theo hướng an toàn sinh học. Làng nghề mộc có thêm 5 cơ sở đầu tư máy móc hiện đại, sản \
phẩm được tiêu thụ tại các tỉnh lân cận. Thu nhập bình quân đầu người ước đạt 57 triệu đồng/năm.",
    targets: &[
        (
            "Thu nhập bình quân đầu người",
            "triệu đồng/người/năm",
            "55",
            "57",
            "70",
        ),
        (
            "Diện tích nuôi trồng thủy sản an toàn sinh học",
            "ha",
            "6",
            "8",
            "15",
        ),
        ("Tỷ lệ hộ nghèo", "%", "dưới 2", "1,8", "dưới 1"),
    ],
    ..EMPTY
};

/// Only the context written.
pub const GO_CAT: Texts = Texts {
    context: "\
Thôn Gò Cát là thôn nhỏ nhất của phường, có 118 hộ với 436 nhân khẩu, địa bàn xen kẽ đồi thấp \
và ruộng cạn; nhân dân trồng keo, sắn và chăn nuôi bò. Chi bộ có 10 đảng viên, trong đó 9 đảng \
viên chính thức (01 đồng chí được miễn sinh hoạt đảng) và 1 đảng viên dự bị, vừa đủ điều kiện \
để bầu chi ủy.\n\
Khó khăn lớn nhất là đường lên khu sản xuất trên đồi còn là đường đất, mùa mưa đi lại khó khăn; \
lao động trẻ đi làm xa, đảng viên cao tuổi chiếm gần một nửa.",
    ..EMPTY
};

/// Part I mostly written; part II not yet.
pub const AN_LAC: Texts = Texts {
    context: "\
Tổ dân phố An Lạc được hợp nhất từ hai tổ dân phố cũ khi sắp xếp đơn vị hành chính năm 2025, \
hiện có 712 hộ với 2.690 nhân khẩu; là địa bàn đông dân nhất phường, có khu tái định cư và nhiều \
hộ mới chuyển đến. Chi bộ có 46 đảng viên, trong đó 44 đảng viên chính thức, 2 đảng viên dự bị; \
4 đồng chí được miễn sinh hoạt đảng.",
    results_economy: "\
Chi bộ lãnh đạo hoàn thành việc bàn giao mặt bằng cho dự án mở rộng đường Nguyễn Du đúng tiến độ, \
không có hộ khiếu kiện. Các hộ tái định cư được hỗ trợ chuyển đổi nghề, 64 lao động được giới \
thiệu việc làm tại các doanh nghiệp trên địa bàn. Tổ dân phố không còn hộ nghèo.",
    results_defence: "\
Tổ bảo vệ an ninh, trật tự phối hợp với Công an phường giải quyết dứt điểm tình trạng tụ tập \
đua xe trên tuyến đường ven sông; trong hai năm không xảy ra trọng án trên địa bàn.",
    results_party_building: "\
Sau hợp nhất, chi bộ đã sắp xếp lại 6 tổ đảng theo cụm dân cư, ổn định sinh hoạt vào ngày 04 \
hằng tháng; tỷ lệ đảng viên dự sinh hoạt đạt 90%. Kết nạp 2 đảng viên mới.",
    limitations: "\
Việc gắn kết giữa hai khu dân cư cũ còn chưa chặt chẽ; vệ sinh môi trường ở khu tái định cư chưa \
bảo đảm; một số đảng viên cao tuổi ngại tham gia các hoạt động chung.",
    targets: &[
        (
            "Tỷ lệ hộ đạt danh hiệu Gia đình văn hóa",
            "%",
            "90",
            "91,5",
            "94",
        ),
        (
            "Lao động được giới thiệu việc làm",
            "người",
            "50",
            "64",
            "80",
        ),
        ("Kết nạp đảng viên mới", "đảng viên", "2", "2", "4"),
        (
            "Đảng viên hoàn thành tốt nhiệm vụ trở lên",
            "%",
            "85",
            "87",
            "90",
        ),
    ],
    ..EMPTY
};

/// A secretary-only branch: context and the secretary's self-review begun.
pub const BAC_SON: Texts = Texts {
    context: "\
Tổ dân phố Bắc Sơn nằm ở chân núi Bắc, có 205 hộ với 760 nhân khẩu. Chi bộ có 10 đảng viên, \
trong đó 8 đảng viên chính thức và 2 đảng viên dự bị nên chưa đủ điều kiện bầu chi ủy; đại hội \
bầu Bí thư và Phó Bí thư chi bộ.",
    results_economy: "\
Nhân dân đóng góp ngày công và kinh phí cùng phường làm mới 600 m mương thoát nước dọc đường \
lên núi Bắc, chấm dứt tình trạng ngập cục bộ mỗi mùa mưa. Các hộ trồng hoa, cây cảnh phát triển \
ổn định.",
    secretary_self_review: "\
Bí thư chi bộ đã giữ vững sinh hoạt định kỳ, lãnh đạo hoàn thành công trình mương thoát nước; \
hạn chế là chưa quan tâm đúng mức đến phát triển đảng viên trong thanh niên.",
    ..EMPTY
};

/// An office branch: the self-criticism report started first.
pub const CO_QUAN_DANG: Texts = Texts {
    context: "\
Chi bộ Cơ quan Đảng - Mặt trận - Đoàn thể phường được thành lập khi tổ chức chính quyền địa \
phương hai cấp, gồm đảng viên công tác tại Văn phòng Đảng ủy, các ban xây dựng Đảng, Ủy ban \
Kiểm tra Đảng ủy, Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội phường. Chi bộ có 15 \
đảng viên, trong đó 14 đảng viên chính thức, 1 đảng viên dự bị.",
    sc_strengths: "\
Chi ủy đã nhanh chóng ổn định tổ chức sau khi thành lập chi bộ, xây dựng quy chế làm việc, phân \
công chi ủy viên phụ trách từng bộ phận; lãnh đạo cơ quan tham mưu cho Đảng ủy phường hoàn thành \
khối lượng lớn công việc trong giai đoạn đầu vận hành bộ máy mới.",
    sc_shortcomings: "\
Sinh hoạt chi bộ có tháng phải lùi lịch vì trùng các hội nghị của phường; việc kiểm tra, giám \
sát đảng viên trong thực hiện nhiệm vụ chuyên môn chưa thường xuyên.",
    ..EMPTY
};

/// A school branch: context and results for education written.
pub const TIEU_HOC: Texts = Texts {
    context: "\
Trường Tiểu học Lạc An có 28 lớp với 946 học sinh, 52 cán bộ, giáo viên, nhân viên. Chi bộ có 12 \
đảng viên, trong đó 11 đảng viên chính thức, 1 đảng viên dự bị; chi ủy nhiệm kỳ 2022 - 2025 gồm \
3 đồng chí.",
    results_economy: "\
Nhà trường hoàn thành chương trình giáo dục phổ thông 2018 ở tất cả các khối lớp; 99,6% học sinh \
hoàn thành chương trình lớp học; 100% học sinh lớp 5 hoàn thành chương trình tiểu học. Phong trào \
đọc sách được duy trì với mô hình \"Thư viện xanh\" ở sân trường.",
    targets: &[
        (
            "Học sinh hoàn thành chương trình lớp học",
            "%",
            "99",
            "99,6",
            "99,7",
        ),
        (
            "Giáo viên dạy giỏi cấp phường trở lên",
            "người",
            "10",
            "12",
            "14",
        ),
    ],
    ..EMPTY
};

/// An enterprise branch: context and the first lines of the results.
pub const CONG_TY_MAY: Texts = Texts {
    context: "\
Công ty Cổ phần May Lạc An có 1.240 lao động, sản phẩm chủ yếu là áo jacket và quần âu xuất khẩu. \
Chi bộ có 13 đảng viên, trong đó 11 đảng viên chính thức, 2 đảng viên dự bị; nhiều đảng viên là \
tổ trưởng chuyền, cán bộ kỹ thuật. Thị trường xuất khẩu biến động, đơn hàng có thời điểm giảm \
mạnh là khó khăn lớn trong nhiệm kỳ.",
    results_economy: "\
Chi bộ lãnh đạo công ty giữ việc làm ổn định cho người lao động, không để xảy ra ngừng việc tập \
thể; doanh thu năm 2025 ước đạt 286 tỷ đồng, tăng 8% so với năm 2024; thu nhập bình quân của \
người lao động đạt 9,6 triệu đồng/tháng.",
    ..EMPTY
};
