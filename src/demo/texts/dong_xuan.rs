//! Chi bộ thôn Đông Xuân: a large rural village branch, every document
//! drafted and approved; its congress was held on 14 September 2025.

use super::{EMPTY, Texts};

pub const TEXTS: Texts = Texts {
    context: "\
Thôn Đông Xuân nằm ở phía tây phường Lạc An, có 412 hộ với 1.586 nhân khẩu, sinh sống chủ yếu \
bằng trồng lúa, rau màu, chăn nuôi và dịch vụ nhỏ; một bộ phận lao động trẻ làm việc tại các khu \
công nghiệp trong tỉnh. Chi bộ hiện có 64 đảng viên, trong đó 61 đảng viên chính thức, 3 đảng viên \
dự bị; 5 đồng chí cao tuổi được miễn sinh hoạt đảng; 1 đồng chí đang chuyển sinh hoạt đảng tạm \
thời. Chi ủy nhiệm kỳ 2022 - 2025 gồm 7 đồng chí.\n\
Thuận lợi: sau khi sắp xếp đơn vị hành chính và tổ chức chính quyền địa phương hai cấp, thôn tiếp \
tục nhận được sự quan tâm lãnh đạo, chỉ đạo sát sao của Đảng ủy, Ủy ban nhân dân phường; nội bộ \
chi bộ đoàn kết, thống nhất; đa số đảng viên gương mẫu, nhân dân đồng thuận với chủ trương xây \
dựng khu dân cư nông thôn mới kiểu mẫu. Hệ thống giao thông, kênh mương nội đồng cơ bản đã được \
cứng hóa, thuận lợi cho sản xuất và đi lại.\n\
Khó khăn: thời tiết diễn biến thất thường, đợt mưa lớn cuối năm 2024 làm ngập úng hơn 12 ha lúa \
và hoa màu; giá vật tư nông nghiệp tăng cao trong khi giá nông sản bấp bênh; lao động trẻ đi làm \
ăn xa nhiều, số đảng viên cao tuổi chiếm tỷ lệ lớn nên việc bố trí nguồn cán bộ kế cận còn gặp \
khó khăn.",
    results_economy: "\
Chi bộ đã lãnh đạo Ban công tác thôn vận động nhân dân chuyển đổi 18 ha đất lúa kém hiệu quả \
sang trồng rau an toàn và cây ăn quả; duy trì cánh đồng lúa chất lượng cao 48,6 ha, năng suất \
bình quân đạt 6,4 tấn/ha/vụ. Mô hình nuôi gà thả vườn theo chuỗi liên kết với hợp tác xã được \
nhân rộng lên 26 hộ, mỗi năm cho thu nhập bình quân 80 - 120 triệu đồng/hộ. Thu nhập bình quân \
đầu người năm 2025 ước đạt 61,5 triệu đồng, vượt 3,5 triệu đồng so với chỉ tiêu nghị quyết.\n\
Nhân dân đóng góp hơn 1,2 tỷ đồng và 860 ngày công, cùng nguồn hỗ trợ của phường, bê tông hóa \
1,8 km đường ngõ xóm, lắp đặt 64 bóng đèn chiếu sáng công cộng; nhà văn hóa thôn được sửa chữa, \
trang bị lại âm thanh, bàn ghế. Tỷ lệ hộ nghèo giảm còn 1,2%; 100% hộ được dùng nước sạch; tỷ \
lệ người dân tham gia bảo hiểm y tế đạt 96,8%.\n\
Phong trào \"Toàn dân đoàn kết xây dựng đời sống văn hóa\" được duy trì; 92,4% hộ đạt danh hiệu \
Gia đình văn hóa; việc cưới, việc tang cơ bản thực hiện theo nếp sống văn minh. Học sinh trong \
thôn đi học đúng độ tuổi đạt 100%, năm học 2024 - 2025 có 11 em đỗ đại học.",
    results_defence: "\
Chi bộ lãnh đạo thực hiện tốt nhiệm vụ quốc phòng, quân sự địa phương; hoàn thành 100% chỉ tiêu \
giao quân hai năm liền với 6 thanh niên lên đường nhập ngũ. Tổ bảo vệ an ninh, trật tự ở cơ sở \
phối hợp với Công an phường duy trì tuần tra vào ban đêm và các dịp lễ, Tết; mô hình \"Camera an \
ninh\" với 14 mắt camera được nhân dân đóng góp lắp đặt tại các trục đường chính.\n\
Tình hình an ninh chính trị, trật tự an toàn xã hội trên địa bàn ổn định; không có điểm nóng, \
khiếu kiện đông người. Các mâu thuẫn nhỏ về ranh giới đất, đường đi được tổ hòa giải giải quyết \
ngay tại cơ sở (hòa giải thành 7/8 vụ việc).",
    results_party_building: "\
Công tác chính trị, tư tưởng được quan tâm; chi bộ tổ chức cho 100% đảng viên học tập, quán triệt \
nghị quyết của Đảng các cấp, nhất là các chủ trương về sắp xếp tổ chức bộ máy và chính quyền địa \
phương hai cấp. Việc học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh gắn với đăng \
ký thực hiện của từng đảng viên.\n\
Sinh hoạt chi bộ được duy trì đều đặn vào ngày 03 hằng tháng, tỷ lệ đảng viên dự sinh hoạt bình \
quân đạt 91%; nội dung sinh hoạt bám sát những việc cụ thể của thôn như dồn thửa đổi ruộng, làm \
đường, vệ sinh môi trường; mỗi quý có một buổi sinh hoạt chuyên đề. Chi bộ phân công đảng viên \
phụ trách 12 xóm và theo dõi hộ gia đình.\n\
Công tác kiểm tra, giám sát thực hiện theo kế hoạch: kiểm tra 4 đảng viên, giám sát chuyên đề \
6 đảng viên chấp hành nghĩa vụ đảng viên nơi cư trú; qua kiểm tra không có đảng viên vi phạm \
phải xử lý kỷ luật. Chi bộ kết nạp 3 đảng viên mới, đạt 100% chỉ tiêu; chi bộ năm 2024 được \
xếp loại hoàn thành tốt nhiệm vụ, 88,7% đảng viên hoàn thành tốt nhiệm vụ trở lên.",
    results_mass_mobilisation: "\
Chi bộ lãnh đạo Ban công tác Mặt trận và các chi hội đoàn thể đổi mới nội dung hoạt động, hướng \
về hội viên. Chi hội Phụ nữ duy trì mô hình \"Tiết kiệm vì phụ nữ nghèo\", giúp 9 hội viên vay \
vốn không lãi; Chi hội Nông dân phối hợp hợp tác xã tổ chức 4 lớp tập huấn kỹ thuật canh tác; \
Chi hội Cựu chiến binh tham gia hòa giải và giữ gìn an ninh thôn xóm; Chi đoàn tổ chức 2 đợt \
ra quân \"Ngày Chủ nhật xanh\" mỗi quý.\n\
Quy chế dân chủ ở cơ sở được thực hiện công khai: các khoản đóng góp, danh sách hộ được hỗ trợ, \
phương án làm đường đều đưa ra họp dân bàn bạc và niêm yết tại nhà văn hóa. Cuộc vận động \
\"Ngày vì người nghèo\" hai năm đóng góp 46 triệu đồng; thôn hỗ trợ sửa chữa 2 nhà ở cho hộ \
khó khăn.",
    limitations: "\
Chuyển dịch cơ cấu cây trồng, vật nuôi còn chậm; sản xuất còn nhỏ lẻ, chưa hình thành được sản \
phẩm chủ lực có thương hiệu; liên kết tiêu thụ rau an toàn chưa ổn định.\n\
Vệ sinh môi trường ở một số xóm chưa bảo đảm, tình trạng đổ rác, đốt rơm rạ ven đường vẫn còn; \
việc thu gom, phân loại rác thải tại nguồn mới đạt khoảng 60% số hộ.\n\
Chất lượng sinh hoạt chi bộ có lúc chưa cao, một số buổi sinh hoạt còn nặng thông báo, ít thảo \
luận; một số đảng viên trẻ đi làm ăn xa tham gia sinh hoạt chưa đều; việc phát hiện, bồi dưỡng \
nguồn kết nạp đảng viên trong đoàn viên thanh niên còn hạn chế.",
    causes_objective: "\
Thời tiết, dịch bệnh trên cây trồng, vật nuôi diễn biến phức tạp; giá cả thị trường biến động, \
đầu ra nông sản chưa ổn định. Giai đoạn đầu vận hành chính quyền địa phương hai cấp, một số việc \
về đất đai, hạ tầng phải chờ hướng dẫn nên triển khai chậm. Lao động trẻ đi làm ăn xa đông, nguồn \
nhân lực tại chỗ chủ yếu là người cao tuổi.",
    causes_subjective: "\
Chi ủy có lúc chưa chủ động đề ra giải pháp cụ thể cho từng chỉ tiêu, còn trông chờ vào hỗ trợ \
của cấp trên; việc phân công chi ủy viên theo dõi từng lĩnh vực có lúc chưa sát, kiểm tra đôn \
đốc chưa thường xuyên.\n\
Một bộ phận đảng viên chưa thật sự gương mẫu trong giữ gìn vệ sinh môi trường, chuyển đổi sản \
xuất; công tác tuyên truyền, vận động nhân dân có lúc còn hình thức. Chi bộ chưa quan tâm đúng \
mức đến việc giao nhiệm vụ cho đoàn viên ưu tú để thử thách, rèn luyện.",
    lessons: "\
Một là, phải giữ vững đoàn kết, thống nhất trong chi ủy, chi bộ; mọi chủ trương lớn của thôn \
đều đưa ra chi bộ bàn bạc dân chủ trước khi họp dân.\n\
Hai là, đảng viên, trước hết là chi ủy viên phải gương mẫu đi đầu, \"nói đi đôi với làm\"; việc \
khó thì đảng viên làm trước, nhân dân làm sau.\n\
Ba là, phát huy quyền làm chủ của nhân dân, công khai minh bạch các khoản đóng góp; dân biết, \
dân bàn, dân làm, dân kiểm tra, dân thụ hưởng.\n\
Bốn là, nội dung sinh hoạt chi bộ phải gắn với những việc cụ thể của thôn, có phân công, có \
kiểm tra kết quả thực hiện.",
    direction: "\
Nâng cao năng lực lãnh đạo và sức chiến đấu của chi bộ; phát huy sức mạnh đoàn kết của nhân \
dân; đẩy mạnh chuyển đổi cơ cấu cây trồng, vật nuôi theo hướng sản xuất hàng hóa gắn với tiêu \
thụ sản phẩm; xây dựng thôn Đông Xuân đạt khu dân cư kiểu mẫu vào năm 2027; giữ vững an ninh \
chính trị, trật tự an toàn xã hội; phấn đấu chi bộ hằng năm hoàn thành tốt nhiệm vụ trở lên.",
    tasks: "\
1. Về phát triển kinh tế: quy hoạch vùng rau an toàn tập trung 25 ha ở xứ đồng Bàu Trũng, liên \
kết với hợp tác xã và doanh nghiệp bao tiêu sản phẩm; hỗ trợ các hộ chăn nuôi đăng ký nhãn hiệu \
gà thả vườn Đông Xuân; khuyến khích phát triển dịch vụ, ngành nghề phụ để tăng thu nhập.\n\
2. Về văn hóa - xã hội, môi trường: duy trì phân loại rác tại nguồn, phấn đấu đạt 90% số hộ; \
trồng cây xanh trên các tuyến đường liên xóm; giữ vững tỷ lệ tham gia bảo hiểm y tế; quan tâm \
hộ chính sách, hộ có hoàn cảnh khó khăn, không để hộ tái nghèo.\n\
3. Về quốc phòng - an ninh: làm tốt công tác tuyển quân, huấn luyện dân quân; củng cố tổ bảo vệ \
an ninh, trật tự; mở rộng hệ thống camera an ninh ra các ngõ xóm; hòa giải kịp thời mâu thuẫn \
ngay từ cơ sở.\n\
4. Về xây dựng Đảng: đổi mới nội dung sinh hoạt chi bộ, mỗi quý một chuyên đề gắn với nhiệm vụ \
của thôn; phân công đảng viên phụ trách hộ; chú trọng bồi dưỡng đoàn viên ưu tú, mỗi năm kết nạp \
ít nhất 1 đảng viên; tăng cường kiểm tra, giám sát việc thực hiện nhiệm vụ của đảng viên.\n\
5. Về công tác dân vận: nâng cao chất lượng hoạt động của Ban công tác Mặt trận và các chi hội; \
thực hiện tốt quy chế dân chủ ở cơ sở; phát động phong trào thi đua xây dựng khu dân cư kiểu mẫu.",
    targets: &[
        (
            "Thu nhập bình quân đầu người",
            "triệu đồng/người/năm",
            "58",
            "61,5",
            "75",
        ),
        ("Tỷ lệ hộ nghèo", "%", "dưới 1,5", "1,2", "dưới 0,8"),
        ("Diện tích lúa chất lượng cao", "ha", "45", "48,6", "50"),
        (
            "Tỷ lệ hộ phân loại rác thải tại nguồn",
            "%",
            "80",
            "60",
            "90",
        ),
        ("Đường ngõ xóm được bê tông hóa", "km", "1,5", "1,8", "2,5"),
        (
            "Tỷ lệ người dân tham gia bảo hiểm y tế",
            "%",
            "95",
            "96,8",
            "98",
        ),
        (
            "Tỷ lệ hộ đạt danh hiệu Gia đình văn hóa",
            "%",
            "90",
            "92,4",
            "93",
        ),
        ("Hoàn thành chỉ tiêu giao quân", "%", "100", "100", "100"),
        ("Kết nạp đảng viên mới", "đảng viên", "3", "3", "5"),
        (
            "Đảng viên hoàn thành tốt nhiệm vụ trở lên",
            "%",
            "85",
            "88,7",
            "90",
        ),
    ],
    sc_strengths: "\
Chi ủy đã cụ thể hóa nghị quyết đại hội nhiệm kỳ 2022 - 2025 thành chương trình hành động từng \
năm, phân công rõ chi ủy viên phụ trách từng lĩnh vực và từng xóm. Tập thể chi ủy đoàn kết, giữ \
nghiêm nguyên tắc tập trung dân chủ; các vấn đề quan trọng như phương án làm đường, chuyển đổi \
cây trồng, giới thiệu nhân sự đều được bàn bạc tập thể và quyết định theo đa số.\n\
Chi ủy đã lãnh đạo hoàn thành 9/10 chỉ tiêu nghị quyết, trong đó nhiều chỉ tiêu vượt kế hoạch; \
kịp thời lãnh đạo khắc phục hậu quả đợt mưa lớn cuối năm 2024, không để hộ nào thiếu đói. Các chi \
ủy viên gương mẫu trong đóng góp xây dựng đường giao thông, hiến đất mở rộng đường ngõ xóm.",
    sc_shortcomings: "\
Việc lãnh đạo chuyển đổi cơ cấu sản xuất và xây dựng sản phẩm chủ lực còn chậm; chỉ tiêu phân \
loại rác tại nguồn chưa đạt. Chi ủy chưa thường xuyên kiểm tra, đôn đốc việc thực hiện các nhiệm \
vụ đã phân công; việc chuẩn bị nội dung sinh hoạt chi bộ có lúc còn sơ sài. Công tác phát triển \
đảng viên trong thanh niên chưa được quan tâm đúng mức.",
    sc_causes: "\
Một số chi ủy viên kiêm nhiệm nhiều việc ở thôn và các chi hội nên thời gian dành cho công tác \
đảng còn hạn chế; năng lực tham mưu, đề xuất giải pháp về phát triển kinh tế của một số đồng chí \
còn hạn chế. Chi ủy chưa có biện pháp đủ mạnh đối với đảng viên chấp hành chưa nghiêm việc giữ \
gìn vệ sinh môi trường.",
    sc_remedy_previous: "\
Hạn chế được nêu ở kỳ kiểm điểm trước về việc sinh hoạt chi bộ chưa đúng ngày, tỷ lệ đảng viên \
dự sinh hoạt thấp đã được khắc phục: chi bộ thống nhất sinh hoạt vào ngày 03 hằng tháng, thông \
báo trước qua nhóm Zalo của chi bộ, tỷ lệ dự sinh hoạt tăng từ 82% lên 91%. Hạn chế về công khai \
các khoản đóng góp đã được khắc phục bằng việc niêm yết hằng quý tại nhà văn hóa thôn.",
    sc_responsibility: "\
Tập thể chi ủy chịu trách nhiệm chung về những hạn chế trong lãnh đạo chuyển đổi sản xuất và vệ \
sinh môi trường. Đồng chí Bí thư chi bộ chịu trách nhiệm người đứng đầu về chất lượng sinh hoạt \
chi bộ và việc kiểm tra, đôn đốc; đồng chí Phó Bí thư chịu trách nhiệm về công tác dân vận và \
phong trào xây dựng khu dân cư văn hóa; các chi ủy viên chịu trách nhiệm về lĩnh vực, địa bàn \
được phân công.",
    sc_direction: "\
Chi ủy khóa mới xây dựng quy chế làm việc ngay sau đại hội, phân công cụ thể từng chi ủy viên phụ \
trách lĩnh vực và xóm, định kỳ hằng quý kiểm điểm kết quả. Chuẩn bị kỹ nội dung sinh hoạt chi \
bộ, tăng thời gian thảo luận; lập danh sách đoàn viên ưu tú để giao việc, bồi dưỡng; đưa tiêu chí \
giữ gìn vệ sinh môi trường vào đánh giá, xếp loại đảng viên cuối năm.",
    resolution_assessment: "\
Đại hội thống nhất với đánh giá kết quả thực hiện Nghị quyết Đại hội Chi bộ nhiệm kỳ 2022 - 2025 \
nêu trong Báo cáo chính trị: trong điều kiện còn nhiều khó khăn, chi bộ đã lãnh đạo hoàn thành và \
hoàn thành vượt mức 9/10 chỉ tiêu chủ yếu; kinh tế tiếp tục phát triển, đời sống nhân dân được \
nâng lên; an ninh, trật tự được giữ vững; công tác xây dựng Đảng có chuyển biến tích cực. Đại hội \
cũng thống nhất với những hạn chế, nguyên nhân và bài học kinh nghiệm mà báo cáo đã chỉ ra.",
    resolution_extra_tasks: "\
Giao chi ủy khóa mới trong quý IV năm 2025 xây dựng đề án vùng rau an toàn tập trung và kế hoạch \
xây dựng khu dân cư kiểu mẫu, trình chi bộ thông qua.",
    ..EMPTY
};
