//! Chi bộ Trường Mầm non Hoa Sen: a small school branch that elects only a
//! secretary and a deputy; every document drafted, congress held on
//! 19 September 2025.

use super::{EMPTY, Texts};

pub const TEXTS: Texts = Texts {
    context: "\
Trường Mầm non Hoa Sen có 14 nhóm, lớp với 418 trẻ; tổng số cán bộ, giáo viên, nhân viên 36 \
người, trong đó 100% giáo viên đạt chuẩn và 86% trên chuẩn về trình độ đào tạo. Chi bộ có 7 \
đảng viên, trong đó 6 đảng viên chính thức, 1 đảng viên dự bị; chi bộ không có chi ủy, Bí thư \
và Phó Bí thư chi bộ trực tiếp lãnh đạo mọi mặt công tác của nhà trường.\n\
Thuận lợi: nhà trường được Đảng ủy, Ủy ban nhân dân phường quan tâm đầu tư; đội ngũ giáo viên \
trẻ, nhiệt tình, yêu nghề; phụ huynh tin tưởng và phối hợp tốt với nhà trường.\n\
Khó khăn: số trẻ tăng nhanh do dân cư đô thị phát triển trong khi phòng học, sân chơi còn chật; \
1 điểm lẻ cơ sở vật chất xuống cấp; số đảng viên ít nên việc phân công phụ trách các tổ chuyên \
môn, đoàn thể còn kiêm nhiệm nhiều.",
    results_economy: "\
Chi bộ lãnh đạo nhà trường thực hiện tốt nhiệm vụ chính trị là nuôi dưỡng, chăm sóc, giáo dục \
trẻ. Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 100%, trẻ từ 3 đến 5 tuổi đạt 98,5%; 100% trẻ được ăn \
bán trú, khám sức khỏe định kỳ và theo dõi bằng biểu đồ tăng trưởng. Tỷ lệ trẻ suy dinh dưỡng \
thể thấp còi giảm còn 2,1%.\n\
Nhà trường thực hiện chương trình giáo dục mầm non theo hướng lấy trẻ làm trung tâm, xây dựng \
môi trường lớp học xanh, an toàn; 8 giáo viên đạt giáo viên dạy giỏi cấp phường, 2 giáo viên \
đạt cấp tỉnh. Với sự hỗ trợ của phường và phụ huynh, nhà trường sửa chữa 4 phòng học, làm mới \
khu vui chơi ngoài trời và bếp ăn một chiều; trường được công nhận đạt chuẩn quốc gia mức độ 1 \
vào tháng 5 năm 2025.",
    results_defence: "\
Chi bộ chỉ đạo nhà trường bảo đảm an toàn tuyệt đối cho trẻ; xây dựng phương án phòng cháy, \
chữa cháy, tổ chức diễn tập cho cán bộ, giáo viên và trẻ mỗi năm một lần. Tự vệ cơ quan được \
huấn luyện đúng kế hoạch; nội bộ nhà trường đoàn kết, không có đơn thư khiếu nại.",
    results_party_building: "\
Chi bộ tổ chức cho đảng viên học tập, quán triệt đầy đủ các nghị quyết, chỉ thị của Đảng và \
ngành giáo dục; gắn việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh với cuộc \
vận động \"Mỗi thầy cô giáo là một tấm gương đạo đức, tự học và sáng tạo\". Sinh hoạt chi bộ \
định kỳ vào ngày 10 hằng tháng, đảng viên dự đầy đủ; chi bộ tổ chức sinh hoạt chuyên đề mỗi quý \
về các nội dung chuyên môn như bảo đảm an toàn thực phẩm, đổi mới phương pháp giáo dục.\n\
Chi bộ bồi dưỡng 3 quần chúng ưu tú, kết nạp 1 đảng viên mới. Hằng năm chi bộ được xếp loại \
hoàn thành tốt nhiệm vụ; 100% đảng viên hoàn thành tốt nhiệm vụ trở lên, 1 đồng chí hoàn thành \
xuất sắc nhiệm vụ.",
    results_mass_mobilisation: "\
Chi bộ lãnh đạo Công đoàn và Chi đoàn nhà trường tổ chức tốt các phong trào thi đua \"Dạy tốt, \
học tốt\", \"Giỏi việc trường, đảm việc nhà\"; chăm lo đời sống, bảo vệ quyền lợi hợp pháp của \
người lao động. Quy chế dân chủ trong trường học được thực hiện công khai; hội nghị cán bộ, viên \
chức tổ chức đúng quy định. Nhà trường phối hợp với Ban đại diện cha mẹ trẻ em vận động xã hội \
hóa trang bị đồ chơi, cây xanh cho các lớp.",
    limitations: "\
Cơ sở vật chất ở điểm lẻ còn thiếu, 2 lớp phải học ghép phòng; việc ứng dụng công nghệ thông \
tin trong quản lý và giảng dạy chưa đồng đều giữa các giáo viên. Sinh hoạt chi bộ có buổi còn \
nặng về chuyên môn, chưa dành thời gian thích đáng cho tự phê bình và phê bình. Số quần chúng ưu \
tú được bồi dưỡng chưa nhiều so với số giáo viên trẻ.",
    causes_objective: "\
Số trẻ tăng nhanh vượt dự báo; kinh phí đầu tư cho điểm lẻ phải chờ sắp xếp lại mạng lưới \
trường lớp của phường sau khi sắp xếp đơn vị hành chính. Giáo viên mầm non làm việc cả ngày với \
trẻ, ít thời gian dành cho học tập, bồi dưỡng.",
    causes_subjective: "\
Bí thư, Phó Bí thư chi bộ đồng thời là Hiệu trưởng, Phó Hiệu trưởng, công việc chuyên môn nhiều \
nên có lúc chưa dành đủ thời gian chuẩn bị nội dung sinh hoạt chi bộ. Chi bộ chưa có kế hoạch cụ \
thể để giao nhiệm vụ, thử thách quần chúng ưu tú; một số đảng viên chưa chủ động tự học nâng cao \
kỹ năng công nghệ thông tin.",
    lessons: "\
Một là, chi bộ phải lãnh đạo toàn diện nhưng có trọng tâm là chất lượng chăm sóc, giáo dục trẻ.\n\
Hai là, đảng viên phải là người đi đầu trong đổi mới phương pháp, gương mẫu về đạo đức nhà giáo.\n\
Ba là, phối hợp chặt chẽ với chính quyền địa phương và phụ huynh để huy động nguồn lực cho nhà \
trường.\n\
Bốn là, làm tốt công tác tư tưởng, giữ vững đoàn kết nội bộ trong chi bộ và tập thể sư phạm.",
    direction: "\
Nâng cao chất lượng sinh hoạt và vai trò lãnh đạo của chi bộ; xây dựng đội ngũ cán bộ, giáo \
viên đủ về số lượng, vững về chuyên môn; giữ vững trường đạt chuẩn quốc gia mức độ 1, phấn đấu \
đạt mức độ 2 vào năm 2027; bảo đảm an toàn tuyệt đối cho trẻ; chi bộ hằng năm hoàn thành tốt \
nhiệm vụ trở lên.",
    tasks: "\
1. Nâng cao chất lượng nuôi dưỡng, chăm sóc, giáo dục trẻ; thực hiện tốt chương trình làm quen \
tiếng Anh và giáo dục kỹ năng sống; giảm tỷ lệ trẻ suy dinh dưỡng dưới 1,5%.\n\
2. Tham mưu phường đầu tư xây mới 4 phòng học tại điểm lẻ; đẩy mạnh chuyển đổi số trong quản lý \
trẻ, thu chi và liên lạc với phụ huynh.\n\
3. Bồi dưỡng thường xuyên cho giáo viên, cử 2 giáo viên học nâng chuẩn; duy trì phong trào giáo \
viên dạy giỏi.\n\
4. Đổi mới nội dung sinh hoạt chi bộ, dành thời gian cho tự phê bình và phê bình; lập kế hoạch \
bồi dưỡng, giao việc cho quần chúng ưu tú, kết nạp ít nhất 2 đảng viên trong nhiệm kỳ.\n\
5. Lãnh đạo Công đoàn, Chi đoàn hoạt động hiệu quả; thực hiện tốt quy chế dân chủ trong trường \
học.",
    targets: &[
        (
            "Tỷ lệ huy động trẻ 3 - 5 tuổi ra lớp",
            "%",
            "97",
            "98,5",
            "99",
        ),
        (
            "Tỷ lệ trẻ suy dinh dưỡng thể thấp còi",
            "%",
            "dưới 3",
            "2,1",
            "dưới 1,5",
        ),
        (
            "Giáo viên dạy giỏi cấp phường trở lên",
            "người",
            "8",
            "10",
            "12",
        ),
        ("Giáo viên đạt trình độ trên chuẩn", "%", "80", "86", "95"),
        ("Trường đạt chuẩn quốc gia", "mức độ", "1", "1", "2"),
        ("Kết nạp đảng viên mới", "đảng viên", "1", "1", "2"),
        (
            "Đảng viên hoàn thành tốt nhiệm vụ trở lên",
            "%",
            "100",
            "100",
            "100",
        ),
    ],
    secretary_self_review: "\
Bí thư chi bộ đã chủ động xây dựng chương trình công tác toàn khóa và kế hoạch từng năm, giữ \
vững nguyên tắc tập trung dân chủ, lãnh đạo nhà trường hoàn thành các chỉ tiêu nghị quyết và \
đạt chuẩn quốc gia mức độ 1; hạn chế là có lúc chưa dành đủ thời gian chuẩn bị nội dung sinh \
hoạt chi bộ. Phó Bí thư chi bộ thực hiện tốt nhiệm vụ được phân công về chuyên môn và công tác \
đoàn thể; hạn chế là chưa quan tâm đúng mức đến việc bồi dưỡng quần chúng ưu tú.",
    sc_strengths: "\
Bí thư và Phó Bí thư chi bộ đoàn kết, thống nhất, phân công rõ trách nhiệm; lãnh đạo nhà trường \
hoàn thành toàn bộ 7 chỉ tiêu của nghị quyết, trường được công nhận đạt chuẩn quốc gia mức độ 1. \
Các quyết định quan trọng của nhà trường về nhân sự, tài chính, cơ sở vật chất đều được đưa ra chi \
bộ bàn bạc trước khi thực hiện.",
    sc_shortcomings: "\
Việc chuẩn bị nội dung sinh hoạt chi bộ có lúc chưa chu đáo; tự phê bình và phê bình trong sinh \
hoạt chưa sâu. Chưa có kế hoạch cụ thể bồi dưỡng quần chúng ưu tú; lãnh đạo chuyển đổi số trong \
nhà trường còn chậm.",
    sc_causes: "\
Bí thư, Phó Bí thư kiêm nhiệm công tác quản lý chuyên môn với khối lượng công việc lớn; chi bộ \
ít đảng viên nên việc phân công, kiểm tra còn dồn cho một số đồng chí.",
    sc_remedy_previous: "\
Hạn chế được chỉ ra ở kỳ kiểm điểm trước về việc công khai tài chính chưa kịp thời đã được khắc \
phục: nhà trường niêm yết các khoản thu chi hằng tháng và báo cáo tại hội nghị cán bộ, viên chức.",
    sc_responsibility: "\
Đồng chí Bí thư chi bộ chịu trách nhiệm chính về chất lượng sinh hoạt chi bộ và công tác phát \
triển đảng viên; đồng chí Phó Bí thư chịu trách nhiệm về việc chậm chuyển đổi số trong quản lý \
chuyên môn.",
    sc_direction: "\
Xây dựng kế hoạch sinh hoạt chi bộ cả năm với chủ đề từng tháng; phân công đảng viên kèm cặp, \
giúp đỡ quần chúng ưu tú; trong năm học 2025 - 2026 đưa phần mềm quản lý trẻ và liên lạc điện tử với phụ \
huynh vào sử dụng ở tất cả các lớp.",
    resolution_assessment: "\
Đại hội thống nhất với đánh giá của Báo cáo chính trị: nhiệm kỳ 2022 - 2025, chi bộ đã lãnh đạo \
nhà trường hoàn thành toàn bộ các chỉ tiêu của nghị quyết, chất lượng chăm sóc, giáo dục trẻ \
được nâng lên, trường đạt chuẩn quốc gia mức độ 1; chi bộ đoàn kết, hằng năm hoàn thành tốt \
nhiệm vụ. Đại hội thống nhất với các hạn chế, nguyên nhân và bài học kinh nghiệm đã nêu.",
    resolution_extra_tasks: "\
Giao Bí thư, Phó Bí thư chi bộ lãnh đạo nhà trường xây dựng lộ trình đạt chuẩn quốc gia mức độ 2 \
trong học kỳ II năm học 2025 - 2026.",
    ..EMPTY
};
