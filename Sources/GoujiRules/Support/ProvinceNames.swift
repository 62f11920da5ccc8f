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
  ///
  /// Only a name starting with the agency's first scalar can be its prefix, unless that scalar
  /// ``mayBeVariant(_:)``: a scalar test spares `hasPrefix` (which compares characters, a thousand instructions
  /// each, and GJ505 asks once per block of lines) for all but those names.
  static func province(of agency: String) -> String? {
    guard let lead = agency.unicodeScalars.first else { return nil }
    let anyLead = mayBeVariant(lead)
    return zip(all, leads).first { name, nameLead in (anyLead || nameLead == lead) && agency.hasPrefix(name) }?.0
  }

  /// The first scalar of each of ``all``.
  private static let leads = all.map { $0.unicodeScalars.first ?? " " }

  /// Whether `lead` is a CJK compatibility ideograph, canonically equal to a unified one, so a name starting with
  /// another scalar may still be a prefix of a text starting with it.
  static func mayBeVariant(_ lead: Unicode.Scalar) -> Bool {
    (0xF900...0xFAFF).contains(lead.value) || (0x2F800...0x2FA1F).contains(lead.value)
  }
}
