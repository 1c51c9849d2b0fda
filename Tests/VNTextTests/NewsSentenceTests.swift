import Testing
@testable import VNText

/// All rules together on whole sentences in the style of Vietnamese and English news reports.
@Suite("All rules on news sentences")
struct NewsSentenceTests {
    static let sentences: [StyleCase] = [
        StyleCase(
            "HÀ NỘI — Tổng Bí thư Tô Lâm đã tiếp Thủ tướng Lào Sonexay Siphandone.",
            "HÀ NỘI - Tổng Bí thư Tô Lâm đã tiếp Thủ tướng Lào Sonexay Siphandone."),
        StyleCase(
            "Quốc hội khóa XV đã thông qua Luật Đất đai (sửa đổi).",
            old: "Quốc hội khóa XV đã thông qua Luật Đất đai (sửa đổi).",
            new: "Quốc hội khoá XV đã thông qua Luật Đất đai (sửa đổi)."),
        StyleCase(
            "Tổng Bí thư Nguyễn Phú Trọng chủ trì Hội nghị Trung ương 8 khóa XIII.",
            old: "Tổng Bí thư Nguyễn Phú Trọng chủ trì Hội nghị Trung ương 8 khóa XIII.",
            new: "Tổng Bí thư Nguyễn Phú Trọng chủ trì Hội nghị Trung ương 8 khoá XIII."),
        StyleCase(
            "Thủ tướng Phạm Minh Chính thăm nhà máy thủy điện Hòa Bình.",
            old: "Thủ tướng Phạm Minh Chính thăm nhà máy thủy điện Hòa Bình.",
            new: "Thủ tướng Phạm Minh Chính thăm nhà máy thuỷ điện Hoà Bình."),
        StyleCase(
            "THANH HÓA — Sáng 30/01/2026, đoàn công tác của Bộ Chính trị làm việc với Tỉnh ủy Thanh Hóa.",
            old: "THANH HÓA - Sáng 30/01/2026, đoàn công tác của Bộ Chính trị làm việc với Tỉnh ủy Thanh Hóa.",
            new: "THANH HOÁ - Sáng 30/01/2026, đoàn công tác của Bộ Chính trị làm việc với Tỉnh uỷ Thanh Hoá."),
        StyleCase.unchanged(
            "Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Quốc hội Lào Saysomphone Phomvihane."),
        StyleCase(
            "Ông nói: “Việt Nam luôn coi trọng quan hệ hữu nghị truyền thống, đoàn kết đặc biệt với Lào”.",
            "Ông nói: \"Việt Nam luôn coi trọng quan hệ hữu nghị truyền thống, đoàn kết đặc biệt với Lào\"."),
        StyleCase(
            "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn cho biết giai đoạn 2021–2025 là giai đoạn quan trọng.",
            "Bộ trưởng Bộ Ngoại giao Bùi Thanh Sơn cho biết giai đoạn 2021-2025 là giai đoạn quan trọng."),
        StyleCase(
            "Ngày\u{00A0}20/3, Thủ tướng\u{00A0}Phạm Minh Chính tiếp Đại sứ Hoa Kỳ.",
            "Ngày 20/3, Thủ tướng Phạm Minh Chính tiếp Đại sứ Hoa Kỳ."),
        StyleCase(
            "Đại\u{200B} hội\u{200B} Đảng toàn quốc lần thứ XIV",
            "Đại hội Đảng toàn quốc lần thứ XIV"),
        StyleCase(
            "Tổng Bí thư Nguye\u{0302}\u{0303}n Phu\u{0301} Tro\u{0323}ng phát biểu bế mạc.",
            "Tổng Bí thư Nguyễn Phú Trọng phát biểu bế mạc."),
        StyleCase(
            "Đòan đại biểu Quốc hội tỉnh Khánh Hòa tiếp xúc cử tri.",
            old: "Đoàn đại biểu Quốc hội tỉnh Khánh Hòa tiếp xúc cử tri.",
            new: "Đoàn đại biểu Quốc hội tỉnh Khánh Hoà tiếp xúc cử tri."),
        StyleCase(
            "QUỐC HỘI KHÓA XV BẾ MẠC KỲ HỌP THỨ 8",
            old: "QUỐC HỘI KHÓA XV BẾ MẠC KỲ HỌP THỨ 8",
            new: "QUỐC HỘI KHOÁ XV BẾ MẠC KỲ HỌP THỨ 8"),
        StyleCase(
            "Đoàn đại biểu Thụy Điển và Thụy Sĩ thăm Văn phòng Trung ương Đảng.",
            old: "Đoàn đại biểu Thụy Điển và Thụy Sĩ thăm Văn phòng Trung ương Đảng.",
            new: "Đoàn đại biểu Thuỵ Điển và Thuỵ Sĩ thăm Văn phòng Trung ương Đảng."),
        StyleCase.unchanged(
            "Prime Minister Phạm Minh Chính met Thongsalith Mangnomek at a café in Hà Nội."),
        StyleCase(
            "\u{00D0}ại hội \u{00D0}ảng toàn quốc lần thứ XIV diễn ra tại Hà Nội.",
            "Đại hội Đảng toàn quốc lần thứ XIV diễn ra tại Hà Nội."),
        StyleCase(
            "HÀ NỘI —\nThủ tướng phát biểu.\r\nQuốc hội khóa XV",
            old: "HÀ NỘI -\nThủ tướng phát biểu.\r\nQuốc hội khóa XV",
            new: "HÀ NỘI -\nThủ tướng phát biểu.\r\nQuốc hội khoá XV"),
        StyleCase(
            "\u{FEFF}TP.HCM – Ủy ban nhân dân Thành phố đã phê duyệt kế hoạch ‘xanh hóa’ giao thông.",
            old: "TP.HCM - Ủy ban nhân dân Thành phố đã phê duyệt kế hoạch 'xanh hóa' giao thông.",
            new: "TP.HCM - Uỷ ban nhân dân Thành phố đã phê duyệt kế hoạch 'xanh hoá' giao thông."),
        StyleCase(
            "Phó Thủ tướng Trần Hồng Hà kiểm tra công trình thủy lợi ở Quảng Trị.",
            old: "Phó Thủ tướng Trần Hồng Hà kiểm tra công trình thủy lợi ở Quảng Trị.",
            new: "Phó Thủ tướng Trần Hồng Hà kiểm tra công trình thuỷ lợi ở Quảng Trị."),
        StyleCase.unchanged(
            "Bộ trưởng Quốc phòng Phan Văn Giang tiếp Đặc phái viên của Tổng thống Pu-tin."),
        StyleCase.unchanged("Thượng nghị sĩ Steven Daines thăm Việt Nam."),
        StyleCase(
            "Văn hóa là nền tảng tinh thần của xã hội.",
            old: "Văn hóa là nền tảng tinh thần của xã hội.",
            new: "Văn hoá là nền tảng tinh thần của xã hội."),
        StyleCase(
            "Sức khoẻ của nhân dân là trên hết.",
            old: "Sức khỏe của nhân dân là trên hết.",
            new: "Sức khoẻ của nhân dân là trên hết."),
        StyleCase(
            "HA\u{0300} NO\u{0323}\u{0302}I —\u{00A0}Chi\u{0301}nh phu\u{0309} họp phiên thường kỳ.",
            "HÀ NỘI - Chính phủ họp phiên thường kỳ."),
        StyleCase.unchanged("Tổng thống Hoa Kỳ Donald Trump và Chủ tịch Trung Quốc Tập Cận Bình"),
        StyleCase(
            "Hội nghị lần thứ 13 Ban Chấp hành Trung ương \u{00D0}ảng khóa XIII",
            old: "Hội nghị lần thứ 13 Ban Chấp hành Trung ương Đảng khóa XIII",
            new: "Hội nghị lần thứ 13 Ban Chấp hành Trung ương Đảng khoá XIII"),
        StyleCase.unchanged("Đinh Minh Hằng2 minutes ago"),
        StyleCase(
            "Ông Lâm nhấn mạnh: «Không để ai bị bỏ lại phía sau».",
            "Ông Lâm nhấn mạnh: \"Không để ai bị bỏ lại phía sau\"."),
        StyleCase(
            "Chương trình „Xóa đói giảm nghèo“",
            old: "Chương trình \"Xóa đói giảm nghèo\"",
            new: "Chương trình \"Xoá đói giảm nghèo\""),
        StyleCase(
            "Luật Thủy sản (sửa đổi) — được Quốc hội thông qua",
            old: "Luật Thủy sản (sửa đổi) - được Quốc hội thông qua",
            new: "Luật Thuỷ sản (sửa đổi) - được Quốc hội thông qua"),
        StyleCase.unchanged("Lễ kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9."),
        StyleCase.unchanged("Giá vàng hôm nay tăng 1.234,5 nghìn đồng/lượng."),
        StyleCase(
            "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Bùi Thị Minh Hoài",
            old: "Ủy viên Bộ Chính trị, Bí thư Thành ủy Hà Nội Bùi Thị Minh Hoài",
            new: "Uỷ viên Bộ Chính trị, Bí thư Thành uỷ Hà Nội Bùi Thị Minh Hoài"),
        StyleCase("Huỳnh Thúy Hằng", old: "Huỳnh Thúy Hằng", new: "Huỳnh Thuý Hằng"),
        StyleCase("Chính phủ ban hành nghị định về qủan lý", "Chính phủ ban hành nghị định về quản lý"),
        StyleCase("Ngòai ra, Bộ Tài chính cũng đề xuất", "Ngoài ra, Bộ Tài chính cũng đề xuất"),
        StyleCase(
            "Tàu ngầm Kilo được hạ thủy",
            old: "Tàu ngầm Kilo được hạ thủy",
            new: "Tàu ngầm Kilo được hạ thuỷ"),
        StyleCase(
            "Người dân Vịêt Nam đón Tết cổ truyền.",
            "Người dân Việt Nam đón Tết cổ truyền."),
        StyleCase(
            "Hà Nội: “Bảo đảm an ninh trật tự” — Thủ tướng yêu cầu.",
            "Hà Nội: \"Bảo đảm an ninh trật tự\" - Thủ tướng yêu cầu."),
        StyleCase(
            "NGUYỄN PHÚ TRỌNG – TỔNG BÍ THƯ ĐẢNG CỘNG SẢN VIỆT NAM",
            "NGUYỄN PHÚ TRỌNG - TỔNG BÍ THƯ ĐẢNG CỘNG SẢN VIỆT NAM"),
        StyleCase(
            "Chủ tịch nước Lương Cường chúc mừng Nhà vua Thụy Điển.",
            old: "Chủ tịch nước Lương Cường chúc mừng Nhà vua Thụy Điển.",
            new: "Chủ tịch nước Lương Cường chúc mừng Nhà vua Thuỵ Điển."),
        StyleCase(
            "Bộ Y tế khuyến cáo giữ gìn sức khỏe mùa mưa bão.",
            old: "Bộ Y tế khuyến cáo giữ gìn sức khỏe mùa mưa bão.",
            new: "Bộ Y tế khuyến cáo giữ gìn sức khoẻ mùa mưa bão."),
    ]

    @Test("news sentences are normalised by all rules at once", arguments: sentences)
    func sentence(_ c: StyleCase) { check(c) }
}
