// Word pools for the generated graph: real Vietnamese surnames, middle and given names, country
// names as Vietnamese media write them, ministries and IGOs, provinces, topics, cue verbs.
// Every literal here is NFC (a test checks the generated output).

enum Vocabulary {
    // MARK: Persons

    /// Surnames with rough population weights (Nguyễn is about 38%).
    static let surnames: [(String, Int)] = [
        ("Nguyễn", 380), ("Trần", 110), ("Lê", 95), ("Phạm", 70), ("Hoàng", 50), ("Huỳnh", 40),
        ("Phan", 45), ("Vũ", 39), ("Võ", 30), ("Đặng", 21), ("Bùi", 20), ("Đỗ", 14), ("Hồ", 13),
        ("Ngô", 13), ("Dương", 10), ("Lý", 5), ("Đào", 6), ("Đoàn", 6), ("Vương", 3), ("Trịnh", 5),
        ("Trương", 6), ("Lâm", 4), ("Mai", 4), ("Tô", 3), ("Hà", 4), ("Lương", 4), ("Tạ", 2),
        ("Cao", 4), ("Đinh", 5), ("Lưu", 3), ("Chu", 2), ("Quách", 2), ("Thái", 2), ("Kiều", 2),
        ("Nông", 2), ("Tăng", 2), ("Đồng", 2), ("Khúc", 1), ("Giáp", 1), ("Lục", 1),
    ]

    static let middles: [String] = [
        "Văn", "Thị", "Đức", "Minh", "Hữu", "Quang", "Thanh", "Ngọc", "Xuân", "Công", "Đình",
        "Hoàng", "Thành", "Quốc", "Anh", "Kim", "Bảo", "Gia", "Trọng", "Tuấn", "Thu", "Hồng",
        "Mạnh", "Việt", "Khánh", "Như", "Phương", "Trung", "Hải", "Duy", "Thế", "Tiến", "Đăng",
    ]

    static let givens: [String] = [
        "Anh", "Bình", "Chính", "Cường", "Dũng", "Đông", "Đức", "Dương", "Giang", "Hà", "Hải",
        "Hạnh", "Hiếu", "Hòa", "Hoàng", "Hùng", "Hương", "Huy", "Khải", "Khang", "Lan", "Linh",
        "Long", "Mai", "Minh", "Nam", "Nga", "Ngân", "Ngọc", "Nhân", "Phong", "Phúc", "Phương",
        "Quân", "Quang", "Sơn", "Tâm", "Thắng", "Thành", "Thảo", "Thịnh", "Thu", "Thủy", "Tiến",
        "Trang", "Trí", "Trung", "Tuấn", "Tùng", "Vân", "Việt", "Vinh", "Vượng", "Xuân", "Yến",
        "Lộc", "Khoa", "Hiển", "Định", "Diệp", "Dục", "Kiên", "Luân", "Nghĩa", "Nhung", "Oanh",
        "Quỳnh", "Sang", "Tài", "Đạt", "Điệp", "Duyên", "Hậu", "Khôi", "Lực", "Phát", "Toàn",
    ]

    /// Foreign names as Vietnamese media print them: (family-first?, family names, given names).
    static let foreignNames: [(familyFirst: Bool, families: [String], givens: [String])] = [
        (false, ["Smith", "Johnson", "Miller", "Dupont", "Martin", "Bernard", "Schmidt", "Müller",
                 "Weber", "Ivanov", "Petrov", "Rossi", "Garcia", "Silva", "Ducasse", "Duchamp",
                 "Anderson", "Wilson", "Taylor", "Brown"],
         ["John", "Emma", "Olivia", "Jean", "Marie", "Sergey", "Anna", "Peter", "Paul", "Laura",
          "Michael", "Sarah", "Hans", "Klaus", "Pierre", "Lucas", "Sophie", "David", "Maria", "Elena"]),
        (true, ["Tanaka", "Sato", "Suzuki", "Takahashi", "Watanabe", "Ito", "Yamamoto", "Nakamura",
                "Kobayashi", "Kato"],
         ["Hiroshi", "Kenji", "Yuko", "Akiko", "Taro", "Naoki", "Haruka", "Daisuke", "Emi", "Takumi"]),
        (true, ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon"],
         ["Min-ho", "Ji-woo", "Hyun-soo", "Seo-yeon", "Jae-won", "Eun-ji", "Dong-hyun", "Soo-ah"]),
        (true, ["Vương", "Trương", "Lưu", "Triệu", "Tôn", "Mã", "Hàn", "Đường"],
         ["Hiểu Minh", "Kiến Quốc", "Vĩ", "Lập Quân", "Hải Yến", "Tuấn Kiệt", "Chí Cường", "Lệ Hoa"]),
    ]

    static let personTitles: [String] = [
        "Thủ tướng", "Phó Thủ tướng", "Bộ trưởng", "Thứ trưởng", "Chủ tịch", "Phó Chủ tịch",
        "Đại sứ", "Tổng Giám đốc", "Giám đốc", "Bí thư Tỉnh ủy", "Chủ tịch UBND tỉnh",
        "Người phát ngôn", "Tổng thống", "Ngoại trưởng", "Đại biểu Quốc hội", "Giáo sư",
        "Tiến sĩ", "Trung tướng", "Tổng Thư ký", "Chủ tịch Quốc hội",
    ]

    // MARK: Countries (name, ISO 3166 alpha-2, aliases)

    static let countries: [(String, String, [String])] = [
        ("Việt Nam", "VN", ["Vietnam", "Việt"]), ("Nhật Bản", "JP", ["Nhật", "Japan"]),
        ("Trung Quốc", "CN", ["China"]), ("Hoa Kỳ", "US", ["Mỹ", "USA"]),
        ("Hàn Quốc", "KR", ["Hàn", "Korea"]), ("Pháp", "FR", ["France"]), ("Đức", "DE", ["Germany", "CHLB Đức"]),
        ("Nga", "RU", ["Liên bang Nga"]), ("Ấn Độ", "IN", ["India"]), ("Lào", "LA", ["Laos"]),
        ("Campuchia", "KH", ["Cambodia"]), ("Thái Lan", "TH", ["Thailand"]), ("Singapore", "SG", ["Xinh-ga-po"]),
        ("Malaysia", "MY", ["Ma-lai-xi-a"]), ("Indonesia", "ID", ["In-đô-nê-xi-a"]), ("Philippines", "PH", ["Phi-líp-pin"]),
        ("Myanmar", "MM", ["Mi-an-ma"]), ("Brunei", "BN", []), ("Đông Timor", "TL", ["Timor-Leste"]),
        ("Australia", "AU", ["Úc", "Ô-xtrây-li-a"]), ("New Zealand", "NZ", ["Niu Di-lân"]),
        ("Anh", "GB", ["Vương quốc Anh"]), ("Italy", "IT", ["Ý", "I-ta-li-a"]), ("Tây Ban Nha", "ES", ["Spain"]),
        ("Bồ Đào Nha", "PT", []), ("Hà Lan", "NL", []), ("Bỉ", "BE", []), ("Thụy Sĩ", "CH", []),
        ("Thụy Điển", "SE", []), ("Na Uy", "NO", []), ("Đan Mạch", "DK", []), ("Phần Lan", "FI", []),
        ("Áo", "AT", []), ("Ba Lan", "PL", []), ("Séc", "CZ", ["Cộng hòa Séc"]), ("Hungary", "HU", []),
        ("Ukraine", "UA", ["U-crai-na"]), ("Belarus", "BY", []), ("Cuba", "CU", []), ("Brazil", "BR", []),
        ("Argentina", "AR", []), ("Mexico", "MX", ["Mê-hi-cô"]), ("Chile", "CL", []), ("Canada", "CA", []),
        ("Ai Cập", "EG", []), ("Nam Phi", "ZA", []), ("Nigeria", "NG", []), ("Kenya", "KE", []),
        ("Israel", "IL", []), ("Iran", "IR", []), ("Iraq", "IQ", []), ("Thổ Nhĩ Kỳ", "TR", []),
        ("Ả Rập Xê Út", "SA", ["Saudi Arabia"]), ("Các Tiểu vương quốc Ả Rập Thống nhất", "AE", ["UAE"]),
        ("Qatar", "QA", []), ("Kuwait", "KW", []), ("Pakistan", "PK", []), ("Bangladesh", "BD", []),
        ("Sri Lanka", "LK", []), ("Nepal", "NP", []), ("Mông Cổ", "MN", []), ("Triều Tiên", "KP", ["CHDCND Triều Tiên"]),
        ("Kazakhstan", "KZ", []), ("Uzbekistan", "UZ", []), ("Hy Lạp", "GR", []), ("Romania", "RO", []),
        ("Bulgaria", "BG", []), ("Serbia", "RS", []), ("Ireland", "IE", ["Ai-len"]), ("Mozambique", "MZ", []),
        ("Angola", "AO", []), ("Algeria", "DZ", []), ("Maroc", "MA", []), ("Venezuela", "VE", []),
        ("Colombia", "CO", []), ("Peru", "PE", []), ("Slovakia", "SK", []), ("Đài Loan (Trung Quốc)", "TW", ["Đài Loan"]),
    ]

    /// Countries that are ASEAN members (for the `asean` property).
    static let aseanISO: Set<String> = ["VN", "LA", "KH", "TH", "SG", "MY", "ID", "PH", "MM", "BN"]

    // MARK: Organizations (name, aliases, is an intergovernmental organisation)

    static let organizations: [(String, [String], Bool)] = [
        ("Bộ Ngoại giao", ["BNG"], false), ("Chính phủ", [], false), ("Quốc hội", [], false),
        ("Bộ Quốc phòng", [], false), ("Bộ Công an", [], false), ("Bộ Tài chính", [], false),
        ("Bộ Công Thương", [], false), ("Bộ Kế hoạch và Đầu tư", ["Bộ KH&ĐT"], false),
        ("Bộ Giáo dục và Đào tạo", ["Bộ GD&ĐT"], false), ("Bộ Y tế", [], false),
        ("Bộ Giao thông vận tải", ["Bộ GTVT"], false), ("Bộ Nông nghiệp và Phát triển nông thôn", ["Bộ NN&PTNT"], false),
        ("Bộ Tài nguyên và Môi trường", [], false), ("Bộ Thông tin và Truyền thông", [], false),
        ("Bộ Khoa học và Công nghệ", [], false), ("Bộ Tư pháp", [], false), ("Bộ Nội vụ", [], false),
        ("Bộ Xây dựng", [], false), ("Ngân hàng Nhà nước Việt Nam", ["NHNN"], false),
        ("Đảng Cộng sản Việt Nam", ["ĐCSVN"], false), ("Tập đoàn Điện lực Việt Nam", ["EVN"], false),
        ("Tập đoàn Dầu khí Việt Nam", ["PVN", "Petrovietnam"], false),
        ("Tập đoàn Công nghiệp - Viễn thông Quân đội", ["Viettel"], false),
        ("Tổng công ty Hàng không Việt Nam", ["Vietnam Airlines"], false),
        ("ASEAN", ["Hiệp hội các quốc gia Đông Nam Á"], true), ("Liên hợp quốc", ["Liên hiệp quốc", "LHQ"], true),
        ("Tổ chức Y tế Thế giới", ["WHO"], true), ("Ngân hàng Thế giới", ["WB", "World Bank"], true),
        ("Quỹ Tiền tệ Quốc tế", ["IMF"], true), ("Liên minh châu Âu", ["EU"], true), ("APEC", [], true),
        ("Tổ chức Thương mại Thế giới", ["WTO"], true), ("NATO", [], true),
        ("Ngân hàng Phát triển châu Á", ["ADB"], true), ("UNESCO", [], true), ("UNICEF", [], true),
        ("Hội đồng Bảo an Liên hợp quốc", ["HĐBA"], true), ("Cơ quan Hợp tác Quốc tế Nhật Bản", ["JICA"], false),
        ("Bộ Ngoại giao Trung Quốc", [], false), ("Bộ Ngoại giao Hoa Kỳ", [], false), ("Nhà Trắng", [], false),
        ("Điện Kremlin", [], false), ("Ủy ban châu Âu", ["EC"], false), ("Lầu Năm Góc", [], false),
        ("Phòng Thương mại và Công nghiệp Việt Nam", ["VCCI"], false),
        ("Tổng Liên đoàn Lao động Việt Nam", [], false), ("Đại học Quốc gia Hà Nội", [], false),
        ("Tổ chức Xúc tiến Thương mại Nhật Bản", ["JETRO"], false),
        ("Quỹ Phát triển giáo dục Việt Nam", [], false), ("Viện Hàn lâm Khoa học xã hội Việt Nam", [], false),
    ]

    static let orgPrefixes: [String] = [
        "Tập đoàn", "Công ty Cổ phần", "Công ty TNHH", "Ngân hàng TMCP", "Tổng công ty", "Trường Đại học",
        "Viện", "Hiệp hội Doanh nghiệp", "Quỹ", "Học viện", "Trung tâm", "Hợp tác xã",
    ]
    static let provinceOrgPrefixes: [String] = [
        "Sở Y tế", "Sở Giáo dục và Đào tạo", "Sở Công Thương", "Sở Ngoại vụ", "Ủy ban nhân dân tỉnh",
        "Bệnh viện Đa khoa", "Công an tỉnh", "Cục Hải quan",
    ]

    /// Syllables for company, place and project names ("Hòa Phát", "Đức Long", "Tân Phú").
    static let brandSyllables: [String] = [
        "Hòa", "Phát", "Minh", "Phú", "Thành", "Công", "Đức", "Long", "Vạn", "Thịnh", "An", "Bình",
        "Tân", "Hưng", "Thái", "Sơn", "Việt", "Á", "Đông", "Nam", "Kim", "Hoàng", "Gia", "Bảo",
        "Tiến", "Trường", "Hải", "Đại", "Thắng", "Lợi", "Quang", "Hà", "Phúc", "Lộc", "Tài", "Vinh",
        "Hồng", "Sao", "Mai", "Ngọc", "Tín", "Nghĩa", "Hiệp", "Dục",
    ]

    // MARK: Groups

    static let groupNouns: [String] = [
        "doanh nghiệp", "nhà đầu tư", "thực tập sinh", "người lao động", "công nhân", "nông dân",
        "ngư dân", "sinh viên", "học sinh", "cử tri", "cộng đồng người Việt tại", "du học sinh",
        "kiều bào tại", "bác sĩ", "giáo viên", "cựu chiến binh", "thanh niên", "phụ nữ",
        "người tiêu dùng", "tiểu thương", "du khách", "chuyên gia", "nhà khoa học", "người biểu tình",
        "lực lượng cứu hộ",
    ]
    static let groupSectorNouns: [String] = ["doanh nghiệp", "nhà đầu tư", "người lao động", "công nhân", "chuyên gia"]
    static let sectors: [String] = [
        "dệt may", "thủy sản", "điện tử", "công nghệ", "logistics", "nông nghiệp", "du lịch",
        "bất động sản", "xây dựng", "y tế", "giáo dục", "năng lượng", "ô tô", "da giày", "gỗ",
        "cà phê", "lúa gạo",
    ]

    // MARK: Locations

    static let provinces: [String] = [
        "An Giang", "Bà Rịa - Vũng Tàu", "Bạc Liêu", "Bắc Giang", "Bắc Kạn", "Bắc Ninh", "Bến Tre",
        "Bình Dương", "Bình Định", "Bình Phước", "Bình Thuận", "Cà Mau", "Cao Bằng", "Cần Thơ",
        "Đà Nẵng", "Đắk Lắk", "Đắk Nông", "Điện Biên", "Đồng Nai", "Đồng Tháp", "Gia Lai", "Hà Giang",
        "Hà Nam", "Hà Nội", "Hà Tĩnh", "Hải Dương", "Hải Phòng", "Hậu Giang", "Hòa Bình", "Hưng Yên",
        "Khánh Hòa", "Kiên Giang", "Kon Tum", "Lai Châu", "Lạng Sơn", "Lào Cai", "Lâm Đồng",
        "Long An", "Nam Định", "Nghệ An", "Ninh Bình", "Ninh Thuận", "Phú Thọ", "Phú Yên",
        "Quảng Bình", "Quảng Nam", "Quảng Ngãi", "Quảng Ninh", "Quảng Trị", "Sóc Trăng", "Sơn La",
        "Tây Ninh", "Thái Bình", "Thái Nguyên", "Thanh Hóa", "Thừa Thiên Huế", "Tiền Giang",
        "TP Hồ Chí Minh", "Trà Vinh", "Tuyên Quang", "Vĩnh Long", "Vĩnh Phúc", "Yên Bái",
    ]
    static let places: [(String, [String])] = [
        ("Biển Đông", []), ("Quần đảo Hoàng Sa", ["Hoàng Sa"]), ("Quần đảo Trường Sa", ["Trường Sa"]),
        ("Vịnh Bắc Bộ", []), ("Vịnh Thái Lan", []), ("Sông Mê Kông", ["Mekong"]),
        ("Đồng bằng sông Cửu Long", ["ĐBSCL"]), ("Tây Nguyên", []), ("Eo biển Đài Loan", []),
        ("Bán đảo Triều Tiên", []), ("Biển Hoa Đông", []), ("Ấn Độ Dương - Thái Bình Dương", []),
        ("Tokyo", []), ("Bắc Kinh", []), ("Washington", []), ("Seoul", []), ("Paris", []),
        ("Berlin", []), ("Mát-xcơ-va", ["Moscow"]), ("New Delhi", []), ("Viêng Chăn", ["Vientiane"]),
        ("Phnôm Pênh", ["Phnom Penh"]), ("Băng Cốc", ["Bangkok"]), ("Gia-các-ta", ["Jakarta"]),
        ("Kuala Lumpur", []), ("Manila", []), ("New York", []), ("Geneva", []), ("Brussels", []),
        ("Canberra", []), ("Osaka", []), ("Thượng Hải", []),
    ]
    static let placeTypes: [String] = [
        "huyện", "thị xã", "phường", "xã", "khu công nghiệp", "cảng", "cửa khẩu", "khu kinh tế",
    ]

    // MARK: Topics

    static let topics: [String] = [
        "vaccine Covid-19", "chuyển đổi số", "hợp tác phát triển", "cơ sở hạ tầng", "giao thông",
        "môi trường", "chuyển giao công nghệ", "đầu tư", "chuỗi cung ứng", "thực tập sinh",
        "công nghiệp phụ trợ", "đổi mới sáng tạo", "năng lượng", "năng lượng tái tạo",
        "biến đổi khí hậu", "an ninh hàng hải", "tự do hàng hải", "giáo dục", "giáo dục đại học",
        "đào tạo nghề", "y tế", "an ninh lương thực", "xuất khẩu nông sản", "thương mại tự do",
        "ODA", "nhân quyền", "chống khủng bố", "gìn giữ hòa bình", "phòng chống dịch bệnh", "du lịch",
        "văn hóa", "giao lưu nhân dân", "quốc phòng", "an ninh mạng", "trí tuệ nhân tạo", "bán dẫn",
        "kinh tế số", "kinh tế xanh", "phát thải ròng bằng 0", "khắc phục hậu quả chiến tranh",
        "rà phá bom mìn", "cứu trợ thiên tai", "lũ lụt", "hạn hán", "xâm nhập mặn",
        "điện gió ngoài khơi", "đường sắt tốc độ cao", "cải cách thủ tục hành chính",
        "chống tham nhũng", "tín dụng", "lãi suất", "tỷ giá", "thị trường chứng khoán",
        "bất động sản", "lao động di cư", "quan hệ hai nước", "đối tác chiến lược toàn diện",
        "Bộ Quy tắc ứng xử ở Biển Đông", "UNCLOS 1982", "chống đánh bắt cá bất hợp pháp",
        "giáo dục nghề nghiệp",
    ]
    static let topicDomains: [String] = [
        "hợp tác", "đầu tư", "hỗ trợ", "phát triển", "an ninh", "chuyển giao", "đào tạo", "thương mại",
        "xuất khẩu", "nhập khẩu", "nghiên cứu", "quản lý", "cải cách", "tài trợ", "bảo vệ", "ứng dụng",
        "chính sách", "quy hoạch",
    ]
    static let topicQualifiers: [String] = [
        "năng lượng tái tạo", "hạ tầng giao thông", "y tế cơ sở", "nông nghiệp công nghệ cao",
        "giáo dục nghề nghiệp", "kinh tế số", "công nghiệp bán dẫn", "dữ liệu lớn", "điện hạt nhân",
        "khí hóa lỏng", "thủy sản", "lúa gạo", "cà phê", "dệt may", "logistics", "cảng biển",
        "hàng không", "đường sắt", "du lịch biển", "văn hóa", "thể thao", "khoa học cơ bản",
        "trí tuệ nhân tạo", "an ninh mạng", "phòng chống thiên tai", "biến đổi khí hậu",
        "tài nguyên nước", "rừng ngập mặn", "đô thị thông minh", "nhà ở xã hội", "dược phẩm",
        "vaccine", "thiết bị y tế", "giáo dục đại học", "giáo dục phổ thông", "chăm sóc người cao tuổi",
        "lao động kỹ năng", "khởi nghiệp", "tài chính xanh", "thanh toán số",
    ]

    // MARK: Articles

    static let outlets: [(String, String)] = [
        ("VnExpress", "vnexpress.net"), ("Tuổi Trẻ", "tuoitre.vn"), ("Thanh Niên", "thanhnien.vn"),
        ("VietnamPlus", "vietnamplus.vn"), ("Báo Quốc tế", "baoquocte.vn"), ("Nhân Dân", "nhandan.vn"),
        ("Dân trí", "dantri.com.vn"), ("VTV", "vtv.vn"), ("Báo Chính phủ", "baochinhphu.vn"),
        ("Tiền Phong", "tienphong.vn"), ("Lao Động", "laodong.vn"), ("Vietnam News", "vietnamnews.vn"),
    ]

    /// Phrases appended to evidence spans shorter than 40 characters.
    static let paddings: [String] = [
        "trong thời gian tới", "tại cuộc hội đàm", "nhân chuyến thăm chính thức",
        "trong khuôn khổ hợp tác song phương", "theo thông cáo báo chí", "tại buổi họp báo thường kỳ",
        "trong cuộc gặp sáng nay", "tại hội nghị cấp cao", "theo nguồn tin chính thức",
    ]
}

/// How the generator writes one act type: CAMEO codes, cue phrases, rule name, modality mix.
struct ActStyle {
    let cameos: [String]
    let cues: [String]
    let rule: String
    let weight: Int
    /// Weights of asserted, background, future, intent, desire, request, agreed, inferred.
    let modalities: [Int]

    static let modalityNames = ["asserted", "background", "future", "intent", "desire", "request", "agreed", "inferred"]
    static let ordinary = [70, 8, 6, 4, 3, 3, 3, 3]

    /// One entry per GenSchema.acts, in the same order.
    static let table: [ActStyle] = [
        ActStyle(cameos: ["010", "012", "013", "014", "016", "018"],
                 cues: ["tuyên bố về", "bày tỏ lạc quan về", "bày tỏ quan ngại về", "nhấn mạnh vai trò của", "chia buồn với"],
                 rule: "gen.state", weight: 40, modalities: ordinary),
        ActStyle(cameos: ["020", "021", "0211", "023", "0231", "024", "0242", "026", "027"],
                 cues: ["đề nghị", "kêu gọi", "đề xuất với", "mong muốn", "kiến nghị"],
                 rule: "gen.propose", weight: 90, modalities: [25, 2, 2, 2, 20, 47, 1, 1]),
        ActStyle(cameos: ["030", "031", "0311", "032", "033", "0331", "036", "039"],
                 cues: ["cam kết hỗ trợ", "sẵn sàng hợp tác với", "khẳng định sẽ tiếp tục hỗ trợ", "nhận lời mời thăm"],
                 rule: "gen.pledge", weight: 80, modalities: [18, 1, 35, 44, 1, 0, 0, 1]),
        ActStyle(cameos: ["019"], cues: ["nhất trí với", "thống nhất với", "đồng quan điểm với"],
                 rule: "gen.agree", weight: 45, modalities: [38, 2, 0, 0, 0, 0, 58, 2]),
        ActStyle(cameos: ["040", "044", "045", "046"], cues: ["hội đàm với", "trao đổi với", "gặp", "hội kiến"],
                 rule: "gen.consult", weight: 110, modalities: ordinary),
        ActStyle(cameos: ["041"], cues: ["điện đàm với", "điện đàm trực tuyến với"],
                 rule: "gen.phone", weight: 25, modalities: ordinary),
        ActStyle(cameos: ["042"], cues: ["thăm chính thức", "thăm", "có chuyến công du tới"],
                 rule: "gen.visit", weight: 55, modalities: ordinary),
        ActStyle(cameos: ["043"], cues: ["tiếp", "đón", "chủ trì lễ đón"],
                 rule: "gen.host", weight: 35, modalities: ordinary),
        ActStyle(cameos: ["051"], cues: ["đánh giá cao", "hoan nghênh", "cảm ơn", "ghi nhận đóng góp của"],
                 rule: "gen.praise", weight: 85, modalities: ordinary),
        ActStyle(cameos: ["050", "054", "055", "056", "060", "062", "063", "064"],
                 cues: ["hợp tác với", "phối hợp với", "tăng cường hợp tác với"],
                 rule: "gen.cooperate", weight: 120, modalities: ordinary),
        ActStyle(cameos: ["057"], cues: ["ký kết thỏa thuận với", "ký biên bản ghi nhớ với"],
                 rule: "gen.sign", weight: 30, modalities: ordinary),
        ActStyle(cameos: ["061"], cues: ["đầu tư vào", "rót vốn vào", "mở rộng thương mại với"],
                 rule: "gen.invest", weight: 40, modalities: ordinary),
        ActStyle(cameos: ["070", "071", "072", "073", "074", "075", "022", "052", "053"],
                 cues: ["hỗ trợ", "ủng hộ", "viện trợ cho", "giúp đỡ"],
                 rule: "gen.support", weight: 100, modalities: ordinary),
        ActStyle(cameos: ["080", "081", "083", "084", "085", "086", "087"],
                 cues: ["nới lỏng biện pháp với", "trả tự do cho", "nhượng bộ"],
                 rule: "gen.yield", weight: 8, modalities: ordinary),
        ActStyle(cameos: ["090", "091", "092", "093", "094"], cues: ["điều tra", "thanh tra", "xác minh"],
                 rule: "gen.investigate", weight: 12, modalities: ordinary),
        ActStyle(cameos: ["100", "101", "102", "103", "104", "105", "106", "108"],
                 cues: ["yêu cầu", "yêu cầu chấm dứt hoạt động của", "đòi"],
                 rule: "gen.demand", weight: 20, modalities: ordinary),
        ActStyle(cameos: ["110", "111", "112", "113", "114", "115", "116"],
                 cues: ["chỉ trích", "lên án", "cáo buộc", "bày tỏ quan ngại về hành động của"],
                 rule: "gen.criticize", weight: 18, modalities: ordinary),
        ActStyle(cameos: ["120", "121", "122", "123", "124", "125", "126", "128", "129"],
                 cues: ["bác bỏ", "từ chối", "phản đối"],
                 rule: "gen.reject", weight: 15, modalities: ordinary),
        ActStyle(cameos: ["130", "131", "132", "133", "134", "137", "138", "139"], cues: ["đe dọa", "cảnh báo"],
                 rule: "gen.threaten", weight: 6, modalities: ordinary),
        ActStyle(cameos: ["140", "141", "142", "143", "144", "145"], cues: ["biểu tình phản đối", "đình công chống"],
                 rule: "gen.protest", weight: 5, modalities: ordinary),
        ActStyle(cameos: ["150", "151", "152", "153", "154", "170", "171", "172", "173", "174", "175"],
                 cues: ["bắt giữ", "thu giữ tàu của", "huy động lực lượng chống"],
                 rule: "gen.coerce", weight: 3, modalities: ordinary),
        ActStyle(cameos: ["160", "161", "162", "163", "164", "166"],
                 cues: ["trục xuất nhà ngoại giao của", "cắt viện trợ cho", "trừng phạt"],
                 rule: "gen.reduce", weight: 3, modalities: ordinary),
        ActStyle(cameos: ["180", "181", "182", "183", "186", "190", "193", "194", "195", "200"],
                 cues: ["tấn công", "pháo kích", "đụng độ với"],
                 rule: "gen.attack", weight: 2, modalities: ordinary),
    ]
}
