import GoujiAnalysis
import GoujiText

/// Glued digits at their worst: the solver's work must stay near-linear in the input and bounded, whatever the text.
/// Each case is a small report whose table 三 has one row written as `run`; the time is a full analysis.
enum GluedRowBenchmarks {
  /// A report with sections 一 to 三 whose table 三 has `row` as its first row and six ordinary rows after it.
  static func report(firstRow: String) -> String {
    let zeros = "\t0\t0\t0\t0\t0\t0\t0"
    return [
      "某县科学技术局2022年政府信息公开工作年度报告", "一、总体情况", "本年度依法公开。", "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况", "一、本年新收政府信息公开申请数量" + firstRow,
      "二、上年结转政府信息公开申请数量" + zeros, "（一）予以公开" + zeros, "（七）总计" + zeros,
      "四、结转下年度继续办理" + zeros, "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "无。",
      "六、其他需要报告的事项", "无。",
    ].joined(separator: "\n")
  }

  /// `count` digits cycling through 1…9 (no zero, so that every cut is a valid count: the most splits there are).
  static func digits(_ count: Int) -> String {
    String((0..<count).map { Character(String($0 % 9 + 1)) })
  }

  static func run() {
    let cases: [(String, String)] = [
      ("row of 49 digits (7 × 7, the widest splittable)", digits(49)),
      ("row of 30 digits, spaces between some", digits(10) + " " + digits(10) + " " + digits(10)),
      ("row of 200 digits", digits(200)),
      ("row of 10,000 digits", digits(10_000)),
      ("label + 5 MB of digits", digits(5_000_000)),
      ("10,000 space-separated 1-digit tokens", Array(repeating: "1", count: 10_000).joined(separator: " ")),
    ]
    print("\nglued rows (full analysis of a small report whose first table-三 row is the run)")
    for (name, run) in cases {
      let text = SourceText(report(firstRow: run))
      let time = median(budget: 2, maxRuns: run.utf8.count > 1_000_000 ? 5 : 200) { _ = Analyzer.analyze(text) }
      print("  \(name.padding(toLength: 50, withPad: " ", startingAt: 0)) \(text.count) bytes  \(Int(time)) µs")
    }
  }
}
