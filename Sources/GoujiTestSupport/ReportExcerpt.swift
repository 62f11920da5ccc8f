/// The text of a short report around the lines a test is about: its title, section 一 (`无。`) before them, sections
/// 五 and 六 (`无。`) and `closing` after them, joined and ended by `newline` (CRLF unless given). Tests of the reader
/// write sections 二 to 四 (or a part of them) as `body` in the shape a converter gives.
package enum ReportExcerpt {
  package static func text(
    _ body: [String], title: String, closing: [String] = [], newline: String = "\r\n"
  ) -> String {
    let lines =
      [title, "一、总体情况", "无。"] + body + ["五、存在的主要问题及改进情况", "无。", "六、其他需要报告的事项", "无。"] + closing
    return lines.joined(separator: newline) + newline
  }
}
