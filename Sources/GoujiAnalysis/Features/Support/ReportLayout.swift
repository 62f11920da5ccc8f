import GoujiFormats
import GoujiSyntax
import GoujiText

/// A header of a table as the features use it: which table, its canonical label and where it is written.
struct LocatedHeader: Sendable, Hashable {
  var table: TableID
  /// The canonical label (for explanations).
  var label: String
  var range: TextRange
}

/// One of table 三's group labels (`三、本年度办理结果`, `（三）不予公开`) with its format spec.
struct LocatedGroup: Sendable, Hashable {
  var spec: GroupSpec
  var range: TextRange
  /// From the label to the end of its last row.
  var extent: TextRange
}

/// The headers and group labels the reader kept in the tables (``ReadTable/headers``, ``ReadTable/groupLabels``),
/// gathered for the features; group labels of a group the report's format does not have are left out.
struct ReportLayout: Sendable {
  var headers: [LocatedHeader] = []
  var groups: [LocatedGroup] = []

  init(_ report: Report) {
    guard !report.isPre2019 else { return }
    for table in report.readTables {
      headers += table.headers.map { LocatedHeader(table: table.id, label: $0.label, range: $0.range) }
    }
    guard let table = report.table3 else { return }
    let specs = report.effectiveFormat.table3.groups
    groups = table.groupLabels.compactMap { label in
      specs.first { $0.key == label.key }.map {
        LocatedGroup(spec: $0, range: label.range, extent: table.extent(of: label))
      }
    }
  }
}
