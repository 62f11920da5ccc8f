import GoujiFormats
import GoujiSyntax

extension RuleContext {
  /// The reading problems of one kind, for the rules that report what the reader could not find or read.
  package func problems<T>(_ match: (ReadingProblem.Kind) -> T?) -> [(T, ReadingProblem)] {
    report.problems.compactMap { problem in match(problem.kind).map { ($0, problem) } }
  }

  /// The reading problems of one kind about a row (`match` gives its table and key), with the row's name for
  /// messages (``rowName(_:_:)``).
  package func rowProblems(
    _ match: (ReadingProblem.Kind) -> (TableID, String)?
  ) -> [(name: String, problem: ReadingProblem)] {
    problems(match).map { row, problem in (rowName(row.0, row.1), problem) }
  }
}

extension TableID {
  /// `表二`, `表三`, `表四` for messages.
  package var chineseName: String {
    switch self {
    case .table2: "二、主动公开政府信息情况表"
    case .table3: "三、收到和处理政府信息公开申请情况表"
    case .table4: "四、行政复议、行政诉讼情况表"
    }
  }

  package var englishName: String { "table \(rawValue)" }
}
