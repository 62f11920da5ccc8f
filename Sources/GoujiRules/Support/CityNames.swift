/// The prefecture-level cities (地级市) of each province, by their names without `市`, for telling which province a
/// city's body is in and which other provinces' cities a text names. Autonomous prefectures, 地区 and 盟 are left out:
/// their names are rarely written in full and often also name a county or a people.
enum CityNames {
  static let byProvince: [(province: String, cities: [String])] = [
    ("河北省", ["石家庄", "唐山", "秦皇岛", "邯郸", "邢台", "保定", "张家口", "承德", "沧州", "廊坊", "衡水"]),
    ("山西省", ["太原", "大同", "阳泉", "长治", "晋城", "朔州", "晋中", "运城", "忻州", "临汾", "吕梁"]),
    ("内蒙古自治区", ["呼和浩特", "包头", "乌海", "赤峰", "通辽", "鄂尔多斯", "呼伦贝尔", "巴彦淖尔", "乌兰察布"]),
    ("辽宁省", ["沈阳", "大连", "鞍山", "抚顺", "本溪", "丹东", "锦州", "营口", "阜新", "辽阳", "盘锦", "铁岭", "朝阳", "葫芦岛"]),
    ("吉林省", ["长春", "吉林", "四平", "辽源", "通化", "白山", "松原", "白城"]),
    ("黑龙江省", ["哈尔滨", "齐齐哈尔", "鸡西", "鹤岗", "双鸭山", "大庆", "伊春", "佳木斯", "七台河", "牡丹江", "黑河", "绥化"]),
    ("江苏省", ["南京", "无锡", "徐州", "常州", "苏州", "南通", "连云港", "淮安", "盐城", "扬州", "镇江", "泰州", "宿迁"]),
    ("浙江省", ["杭州", "宁波", "温州", "嘉兴", "湖州", "绍兴", "金华", "衢州", "舟山", "台州", "丽水"]),
    (
      "安徽省",
      [
        "合肥", "芜湖", "蚌埠", "淮南", "马鞍山", "淮北", "铜陵", "安庆", "黄山", "滁州", "阜阳", "宿州", "六安", "亳州", "池州",
        "宣城",
      ]
    ),
    ("福建省", ["福州", "厦门", "莆田", "三明", "泉州", "漳州", "南平", "龙岩", "宁德"]),
    ("江西省", ["南昌", "景德镇", "萍乡", "九江", "新余", "鹰潭", "赣州", "吉安", "宜春", "抚州", "上饶"]),
    (
      "山东省",
      [
        "济南", "青岛", "淄博", "枣庄", "东营", "烟台", "潍坊", "济宁", "泰安", "威海", "日照", "临沂", "德州", "聊城", "滨州",
        "菏泽",
      ]
    ),
    (
      "河南省",
      [
        "郑州", "开封", "洛阳", "平顶山", "安阳", "鹤壁", "新乡", "焦作", "濮阳", "许昌", "漯河", "三门峡", "南阳", "商丘", "信阳",
        "周口", "驻马店",
      ]
    ),
    ("湖北省", ["武汉", "黄石", "十堰", "宜昌", "襄阳", "鄂州", "荆门", "孝感", "荆州", "黄冈", "咸宁", "随州"]),
    ("湖南省", ["长沙", "株洲", "湘潭", "衡阳", "邵阳", "岳阳", "常德", "张家界", "益阳", "郴州", "永州", "怀化", "娄底"]),
    (
      "广东省",
      [
        "广州", "韶关", "深圳", "珠海", "汕头", "佛山", "江门", "湛江", "茂名", "肇庆", "惠州", "梅州", "汕尾", "河源", "阳江",
        "清远", "东莞", "中山", "潮州", "揭阳", "云浮",
      ]
    ),
    (
      "广西壮族自治区",
      [
        "南宁", "柳州", "桂林", "梧州", "北海", "防城港", "钦州", "贵港", "玉林", "百色", "贺州", "河池", "来宾", "崇左",
      ]
    ),
    ("海南省", ["海口", "三亚", "三沙", "儋州"]),
    (
      "四川省",
      [
        "成都", "自贡", "攀枝花", "泸州", "德阳", "绵阳", "广元", "遂宁", "内江", "乐山", "南充", "眉山", "宜宾", "广安", "达州",
        "雅安", "巴中", "资阳",
      ]
    ),
    ("贵州省", ["贵阳", "六盘水", "遵义", "安顺", "毕节", "铜仁"]),
    ("云南省", ["昆明", "曲靖", "玉溪", "保山", "昭通", "丽江", "普洱", "临沧"]),
    ("西藏自治区", ["拉萨", "日喀则", "昌都", "林芝", "山南", "那曲"]),
    ("陕西省", ["西安", "铜川", "宝鸡", "咸阳", "渭南", "延安", "汉中", "榆林", "安康", "商洛"]),
    ("甘肃省", ["兰州", "嘉峪关", "金昌", "白银", "天水", "武威", "张掖", "平凉", "酒泉", "庆阳", "定西", "陇南"]),
    ("青海省", ["西宁", "海东"]),
    ("宁夏回族自治区", ["银川", "石嘴山", "吴忠", "固原", "中卫"]),
    ("新疆维吾尔自治区", ["乌鲁木齐", "克拉玛依", "吐鲁番", "哈密"]),
  ]

  /// Every city's name without `市` and its province.
  static let provinceOfCity: [String: String] = Dictionary(
    byProvince.flatMap { entry in entry.cities.map { ($0, entry.province) } }, uniquingKeysWith: { first, _ in first }
  )

  /// The province of the city whose full name (`周口市`) the body's name starts with, if any.
  static func province(of agency: String) -> String? {
    guard let lead = agency.unicodeScalars.first else { return nil }
    // Only a name starting with the agency's first scalar can be its prefix (see `ProvinceNames.province(of:)`):
    // those few are looked up by that scalar, in the order of ``byProvince``, unless it may be a variant.
    let candidates = ProvinceNames.mayBeVariant(lead) ? fullNames : fullNamesByLead[lead] ?? []
    return candidates.first { agency.hasPrefix($0.name) }?.province
  }

  /// Every city's full name (`周口市`) and its province, in the order of ``byProvince``.
  private static let fullNames = byProvince.flatMap { entry in
    entry.cities.map { (name: $0 + "市", province: entry.province) }
  }

  /// ``fullNames`` by their first scalar, each list in the order of ``byProvince``, made once rather than per look-up.
  private static let fullNamesByLead = Dictionary(grouping: fullNames) { $0.name.unicodeScalars.first ?? " " }
}

extension CityNames {
  /// A city named in full (`杭州市`) in prose: its name without `市`, its province, and the range of the full name.
  struct Mention {
    var name: String
    var province: String
    var range: Range<Int>
  }

  /// The cities a range of prose names in full, found from each `市` by the longest name before it (`马鞍山市`, not
  /// `鞍山市`). A name that another name runs into (`南昌都市圈` is not `昌都市`) and `市场` are not mentions.
  static func mentions(in range: Range<Int>, of prose: ProseView) -> [Mention] {
    var result: [Mention] = []
    for index in range where prose[index] == "市" && !(index + 1 < range.upperBound && prose[index + 1] == "场") {
      let lengths = (2...4).reversed().filter { index - $0 >= range.lowerBound }
      guard let length = lengths.first(where: { provinceOfCity[prose.string((index - $0)..<index)] != nil }) else {
        continue
      }
      let start = index - length
      guard !isRunInto(start, length: length, range: range, prose: prose) else { continue }
      let name = prose.string(start..<index)
      result.append(Mention(name: name, province: provinceOfCity[name] ?? "", range: start..<(index + 1)))
    }
    return result
  }

  /// Whether a city name (or a province's name without its suffix) starts before `start` and ends inside the name.
  private static func isRunInto(_ start: Int, length: Int, range: Range<Int>, prose: ProseView) -> Bool {
    for end in (start + 1)..<(start + length) {
      for size in 2...4 where end - size < start && end - size >= range.lowerBound {
        if provinceOfCity[prose.string((end - size)..<end)] != nil { return true }
      }
    }
    return false
  }
}
