/// Report texts built from the examples for particular situations.
enum SampleTexts {
  /// Example 000 with CRLF line ends and astral characters (𠀀, U+20000: two UTF-16 units, four UTF-8 bytes)
  /// before diagnostics on their lines.
  static var crlfWithAstral: String {
    Examples.text(Examples.wrongTotal)
      .replacingOccurrences(of: "二是依申请公开情况", with: "二是𠀀依申请公开情况")
      .replacingOccurrences(of: "2020年我局未收到", with: "2020年𠀀我局未收到")
      .replacingOccurrences(of: "\n", with: "\r\n")
  }

  /// Last year's report of the body of example 002, whose 四、结转下年度继续办理 (2 for 自然人) differs from
  /// ``thisYear``'s 二、上年结转 (0).
  static var lastYear: String {
    Examples.text("002_cf9a8ca2a320709f.txt")
      .replacingOccurrences(of: "四、结转下年度继续办理\n\t0\n", with: "四、结转下年度继续办理\n\t2\n")
  }

  /// Example 002 moved to 2022.
  static var thisYear: String {
    Examples.text("002_cf9a8ca2a320709f.txt").replacingOccurrences(of: "2021年", with: "2022年")
  }
}
