//! Chi bộ tổ dân phố Trung Hòa: an urban street-group branch; every
//! document drafted and approved, the congress due on 28 September 2025 (five-year pilot term).

use super::{EMPTY, Texts};

pub const TEXTS: Texts = Texts {
    context: "\
Tổ dân phố Trung Hòa ở trung tâm phường Lạc An, có 538 hộ với 2.104 nhân khẩu; phần lớn nhân dân \
buôn bán, kinh doanh dịch vụ, là cán bộ, công chức, viên chức và người hưởng lương hưu. Trên địa \
bàn có chợ Lạc An, 2 trường học và nhiều cơ sở kinh doanh, lượng người ở trọ, tạm trú đông. Chi \
bộ có 27 đảng viên, trong đó 25 đảng viên chính thức, 2 đảng viên dự bị; 2 đồng chí được miễn \
sinh hoạt đảng. Chi ủy nhiệm kỳ 2022 - 2025 gồm 5 đồng chí.\n\
Thuận lợi: đảng viên phần đông là cán bộ nghỉ hưu có kinh nghiệm công tác, nhiệt tình với công \
việc chung; nhân dân có trình độ dân trí khá, đồng tình với các chủ trương chỉnh trang đô thị.\n\
Khó khăn: quá trình đô thị hóa nhanh kéo theo nhiều vấn đề về trật tự xây dựng, lấn chiếm vỉa \
hè, tiếng ồn và rác thải; dân cư biến động, nhiều hộ cho thuê nhà nên việc quản lý nhân khẩu, \
tạm trú gặp khó khăn; đảng viên đang công tác ở cơ quan ít thời gian tham gia hoạt động ở nơi cư \
trú.",
    results_economy: "\
Chi bộ lãnh đạo vận động các hộ kinh doanh chấp hành quy định về đăng ký kinh doanh, thuế và an \
toàn thực phẩm; 100% hộ kinh doanh quanh chợ ký cam kết không lấn chiếm vỉa hè. Nhiều hộ mạnh dạn \
đầu tư mở rộng dịch vụ ăn uống, lưu trú, bán hàng qua mạng; tỷ lệ hộ thanh toán không dùng tiền \
mặt đạt 78%. Thu nhập bình quân đầu người ước đạt 84 triệu đồng/năm. Tổ dân phố không còn hộ \
nghèo, còn 3 hộ cận nghèo.\n\
Nhân dân tự nguyện đóng góp 650 triệu đồng cùng phường nâng cấp hệ thống thoát nước và lát gạch \
vỉa hè tuyến đường Trần Phú - đoạn qua tổ dân phố; đưa vào sử dụng sân chơi cho thiếu nhi tại \
khuôn viên nhà văn hóa. Phong trào xây dựng \"Tuyến phố văn minh\" được duy trì; 95% hộ đạt danh \
hiệu Gia đình văn hóa; 100% trẻ em trong độ tuổi được đến trường.",
    results_defence: "\
Chi bộ lãnh đạo phối hợp với Công an phường làm tốt công tác đăng ký, quản lý cư trú, kiểm tra \
các cơ sở cho thuê trọ; phát huy vai trò của tổ bảo vệ an ninh, trật tự và mô hình \"Tổ liên gia \
an toàn phòng cháy, chữa cháy\" với 18 tổ liên gia. Trong nhiệm kỳ không xảy ra cháy nổ lớn; tội \
phạm trộm cắp tài sản giảm so với nhiệm kỳ trước. Công tác tuyển quân hoàn thành 100% chỉ tiêu; \
lực lượng dân quân được huấn luyện đúng kế hoạch.",
    results_party_building: "\
Chi bộ thực hiện nghiêm việc học tập, quán triệt các nghị quyết, chỉ thị của Đảng; định hướng \
kịp thời tư tưởng đảng viên và nhân dân trước những vấn đề được dư luận quan tâm như sắp xếp đơn \
vị hành chính, chỉnh trang đô thị. Sinh hoạt chi bộ được duy trì vào ngày 05 hằng tháng, tỷ lệ \
đảng viên tham dự bình quân 93%; chi bộ đã tổ chức 6 buổi sinh hoạt chuyên đề về trật tự đô \
thị, phòng cháy chữa cháy, phòng chống lừa đảo qua mạng.\n\
Chi bộ phối hợp chặt chẽ với chi bộ nơi công tác trong quản lý 9 đảng viên đang công tác ở cơ \
quan, đơn vị theo Quy định 213-QĐ/TW. Công tác kiểm tra, giám sát thực hiện đúng kế hoạch: kiểm \
tra 2 đảng viên, giám sát 4 đảng viên; không có đảng viên vi phạm. Kết nạp 2 đảng viên mới \
trong đoàn viên thanh niên của tổ dân phố. Năm 2024 chi bộ hoàn thành tốt nhiệm vụ; 92% đảng \
viên hoàn thành tốt nhiệm vụ trở lên.",
    results_mass_mobilisation: "\
Ban công tác Mặt trận và các chi hội đoàn thể hoạt động nền nếp. Chi hội Phụ nữ duy trì câu lạc \
bộ \"Gia đình hạnh phúc\" và mô hình \"Phân loại rác thải tại nguồn\"; Chi hội Cựu chiến binh \
vận động hội viên gương mẫu chấp hành trật tự đô thị; Chi đoàn tổ chức lớp kỹ năng phòng chống \
đuối nước cho 46 em thiếu nhi trong dịp hè. Việc vận động ủng hộ Quỹ \"Vì người nghèo\", quỹ \
khuyến học đạt và vượt kế hoạch. Quy chế dân chủ được thực hiện nghiêm; các ý kiến, kiến nghị \
của nhân dân qua hội nghị tổ dân phố đều được tổng hợp, phản ánh kịp thời tới Ủy ban nhân dân \
phường.",
    limitations: "\
Tình trạng lấn chiếm vỉa hè để buôn bán, để xe ở khu vực quanh chợ vẫn tái diễn, nhất là vào \
buổi sáng; một số công trình xây dựng chưa bảo đảm vệ sinh môi trường.\n\
Việc nắm tình hình người ở trọ, tạm trú có lúc chưa kịp thời. Một số đảng viên đang công tác ở \
cơ quan chưa tích cực tham gia sinh hoạt và các hoạt động ở nơi cư trú. Nguồn phát triển đảng \
viên trong thanh niên ít; đội ngũ cán bộ tổ dân phố có tuổi bình quân cao.",
    causes_objective: "\
Tốc độ đô thị hóa nhanh, dân cư biến động thường xuyên; khu vực chợ có đông người buôn bán từ \
nơi khác đến. Cán bộ tổ dân phố làm việc theo chế độ phụ cấp, kiêm nhiệm nhiều việc; thanh niên \
chủ yếu học tập, làm việc xa nhà.",
    causes_subjective: "\
Chi ủy chưa có giải pháp dứt điểm, còn phụ thuộc vào các đợt ra quân của phường trong xử lý lấn \
chiếm vỉa hè; việc phân công đảng viên theo dõi các cụm dân cư chưa đi đôi với kiểm tra kết quả. \
Việc phối hợp với chi bộ nơi công tác trong nhận xét đảng viên còn hình thức; chi ủy chưa chú \
trọng tạo nguồn, giao việc cho đoàn viên thanh niên.",
    lessons: "\
Thứ nhất, chi ủy phải nắm chắc tình hình dân cư, chủ động đề xuất với phường những việc vượt khả \
năng của tổ dân phố.\n\
Thứ hai, phát huy kinh nghiệm, uy tín của đảng viên là cán bộ nghỉ hưu trong vận động nhân dân.\n\
Thứ ba, mọi việc liên quan đến quyền lợi của nhân dân phải được công khai, bàn bạc dân chủ.\n\
Thứ tư, kết hợp chặt chẽ sinh hoạt chi bộ với hoạt động của Ban công tác Mặt trận và các đoàn \
thể.",
    direction: "\
Tiếp tục nâng cao năng lực lãnh đạo, sức chiến đấu của chi bộ; phát huy dân chủ và sức mạnh \
đoàn kết của nhân dân; xây dựng tổ dân phố Trung Hòa văn minh, sạch đẹp, an toàn, đạt tổ dân phố \
văn minh đô thị; giữ vững an ninh, trật tự trên địa bàn; phấn đấu chi bộ hằng năm hoàn thành tốt \
nhiệm vụ trở lên.",
    tasks: "\
1. Phối hợp với lực lượng chức năng của phường lập lại trật tự vỉa hè quanh chợ Lạc An; vận động \
các hộ kinh doanh ký cam kết và tự giám sát lẫn nhau; đưa việc chấp hành trật tự đô thị vào bình \
xét Gia đình văn hóa.\n\
2. Duy trì phân loại rác tại nguồn, phấn đấu 95% số hộ thực hiện; trồng và chăm sóc cây xanh \
trên các tuyến đường của tổ dân phố.\n\
3. Củng cố tổ bảo vệ an ninh, trật tự và 18 tổ liên gia an toàn phòng cháy, chữa cháy; phối hợp \
quản lý chặt chẽ người ở trọ, tạm trú; tuyên truyền phòng chống lừa đảo qua mạng.\n\
4. Đổi mới nội dung sinh hoạt chi bộ; thực hiện tốt việc đảng viên đang công tác giữ mối liên hệ \
với chi bộ nơi cư trú; phát hiện, bồi dưỡng đoàn viên ưu tú, mỗi năm kết nạp ít nhất 1 đảng \
viên; quan tâm đào tạo cán bộ trẻ kế cận.\n\
5. Nâng cao hiệu quả hoạt động của Ban công tác Mặt trận và các chi hội; làm tốt công tác an sinh \
xã hội, chăm lo gia đình chính sách và hộ cận nghèo.",
    targets: &[
        (
            "Thu nhập bình quân đầu người",
            "triệu đồng/người/năm",
            "80",
            "84",
            "100",
        ),
        ("Số hộ cận nghèo", "hộ", "4", "3", "1"),
        (
            "Tỷ lệ hộ phân loại rác thải tại nguồn",
            "%",
            "85",
            "88",
            "95",
        ),
        (
            "Tỷ lệ hộ đạt danh hiệu Gia đình văn hóa",
            "%",
            "93",
            "95",
            "96",
        ),
        (
            "Tỷ lệ hộ thanh toán không dùng tiền mặt",
            "%",
            "70",
            "78",
            "90",
        ),
        (
            "Tỷ lệ người dân tham gia bảo hiểm y tế",
            "%",
            "95",
            "97,2",
            "98,5",
        ),
        ("Kết nạp đảng viên mới", "đảng viên", "2", "2", "4"),
        (
            "Đảng viên hoàn thành tốt nhiệm vụ trở lên",
            "%",
            "88",
            "92",
            "92",
        ),
    ],
    sc_strengths: "\
Chi ủy đã kịp thời cụ thể hóa nghị quyết đại hội chi bộ và các chủ trương của Đảng ủy phường \
bằng kế hoạch từng năm, từng quý; giữ vững nguyên tắc tập trung dân chủ, tự phê bình và phê bình. \
Các chi ủy viên đoàn kết, phối hợp tốt với Ban công tác Mặt trận và tổ trưởng tổ dân phố; lãnh \
đạo hoàn thành 8/8 chỉ tiêu nghị quyết. Chi ủy đã nắm bắt và giải quyết tốt tâm tư của nhân dân \
trong thời gian sắp xếp đơn vị hành chính, không để phát sinh khiếu nại.",
    sc_shortcomings: "\
Lãnh đạo lập lại trật tự vỉa hè chưa dứt điểm; việc quản lý người ở trọ có lúc chưa chặt chẽ. \
Chi ủy chưa quan tâm đúng mức đến việc nhận xét, đánh giá đảng viên đang công tác ở cơ quan; \
công tác tạo nguồn phát triển đảng viên và cán bộ trẻ còn chậm.",
    sc_causes: "\
Các chi ủy viên phần đông là cán bộ nghỉ hưu, tuổi cao, việc ứng dụng công nghệ thông tin trong \
quản lý còn hạn chế; chi ủy chưa phân công cụ thể đồng chí phụ trách công tác thanh niên; sự \
phối hợp với các chi bộ nơi đảng viên công tác chưa thường xuyên.",
    sc_remedy_previous: "\
Hạn chế nêu tại kỳ kiểm điểm năm 2024 về việc chậm tổng hợp ý kiến của nhân dân đã được khắc \
phục: chi ủy lập sổ theo dõi ý kiến, kiến nghị và phân công người trả lời; 100% ý kiến được phản \
ánh tới phường trong vòng 5 ngày. Hạn chế về thời gian sinh hoạt chi bộ kéo dài, ít thảo luận \
đã được cải thiện bằng việc gửi trước dự thảo nội dung cho đảng viên.",
    sc_responsibility: "\
Tập thể chi ủy chịu trách nhiệm chung về các hạn chế nêu trên. Đồng chí Bí thư chịu trách nhiệm \
chính về việc lãnh đạo trật tự đô thị và nhận xét đảng viên đang công tác; đồng chí Phó Bí thư \
chịu trách nhiệm về công tác quản lý cư trú và an ninh, trật tự; các chi ủy viên chịu trách nhiệm \
về lĩnh vực được phân công.",
    sc_direction: "\
Chi ủy nhiệm kỳ mới phân công một chi ủy viên phụ trách công tác thanh niên và tạo nguồn; ứng \
dụng phần mềm quản lý đảng viên và nhóm trao đổi trực tuyến; mỗi năm ít nhất một lần làm việc với \
các chi bộ nơi đảng viên công tác; phối hợp với phường ra quân định kỳ hằng tháng về trật tự vỉa \
hè và giao cho các tổ liên gia tự giám sát.",
    resolution_assessment: "\
Đại hội thống nhất đánh giá: nhiệm kỳ 2022 - 2025, chi bộ đã lãnh đạo hoàn thành toàn bộ 8 chỉ \
tiêu chủ yếu của nghị quyết; bộ mặt đô thị của tổ dân phố có nhiều khởi sắc, đời sống nhân dân \
được nâng lên, an ninh, trật tự được bảo đảm; chi bộ giữ vững đoàn kết, hằng năm hoàn thành tốt \
nhiệm vụ. Đại hội thống nhất với những hạn chế, nguyên nhân và bài học kinh nghiệm nêu trong Báo \
cáo chính trị.",
    resolution_extra_tasks: "\
Giao chi ủy khóa mới chủ trì, phối hợp với Ban công tác Mặt trận xây dựng quy ước \"Tuyến phố văn \
minh\" cho tuyến đường quanh chợ Lạc An, trình hội nghị tổ dân phố trong quý IV năm 2025.",
    ..EMPTY
};
