/// The 34 provincial-level divisions of China by their full names, for telling which province a body's name places
/// it in and which other provinces its text names.
enum ProvinceNames {
  static let all = [
    "北京市", "天津市", "上海市", "重庆市", "河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省",
    "福建省", "江西省", "山东省", "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省",
    "甘肃省", "青海省", "台湾省", "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区",
    "香港特别行政区", "澳门特别行政区",
  ]

  /// The province whose full name the body's name starts with (`山东省科学技术厅`), if any.
  static func province(of agency: String) -> String? {
    all.first { agency.hasPrefix($0) }
  }
}
