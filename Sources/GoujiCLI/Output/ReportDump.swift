import GoujiSyntax

/// `gouji dump --format json`: the ``ReportSummary`` in the JSON shape of the command-line contract.
package struct ReportDump {
  package let path: String
  package let summary: ReportSummary

  package init(path: String, report: Report) {
    self.path = path
    self.summary = ReportSummary(report)
  }

  package var json: JSONOutput {
    .object([
      ("path", .string(path)),
      ("reportYear", JSONOutput(summary.reportYear)),
      ("format", JSONOutput(summary.format)),
      ("expectedFormat", JSONOutput(summary.expectedFormat)),
      ("textForm", JSONOutput(summary.textForm)),
      ("title", JSONOutput(summary.title)),
      ("agency", JSONOutput(summary.agency)),
      (
        "sections",
        .array(
          summary.sections.map { section in
            .object([("number", .int(section.number)), ("title", .string(section.title)), ("line", .int(section.line))])
          })
      ),
      (
        "table2",
        summary.table2.map { rows in
          .array(
            rows.map {
              .object([
                ("subtable", JSONOutput($0.subtable)), ("row", .string($0.row)), ("values", values($0.values)),
                ("confidence", confidence($0.confidence)),
              ])
            })
        } ?? .null
      ),
      (
        "table3",
        summary.table3.map { rows in
          .array(
            rows.map {
              .object([
                ("row", .string($0.row)), ("values", values($0.values)), ("confidence", confidence($0.confidence)),
              ])
            })
        } ?? .null
      ),
      ("table4", summary.table4.map(values) ?? .null),
      ("table4Confidence", summary.table4Confidence.map(confidence) ?? .null),
    ])
  }

  /// `written`, `solved`, `inferred` or `unreadable` for each value.
  private func confidence(_ levels: [Confidence]) -> JSONOutput {
    .array(levels.map { .string($0.rawValue) })
  }

  private func values(_ values: [String?]) -> JSONOutput {
    .array(values.map { $0.map { .string($0) } ?? .null })
  }
}
