import GoujiRules

extension SARIFReport {
  /// A result's `properties`: what the finding is about, as values (a balance finding's equation under `balance`,
  /// in the shape the language server's `Diagnostic.data` gives it); `nil` for a finding without data.
  static func properties(_ diagnostic: Diagnostic) -> JSONOutput? {
    guard let balance = diagnostic.data?.balance else { return nil }
    return .object([("balance", json(balance))])
  }

  private static func json(_ data: BalanceData) -> JSONOutput {
    .object([
      ("rule", .string(data.rule.id)),
      ("table", .int(data.rule.table.rawValue)),
      ("line", .string(data.line)),
      ("cell", json(data.cell)),
      ("expected", data.expected.map(JSONOutput.int) ?? .null),
      ("written", data.written.map(JSONOutput.int) ?? .null),
      ("totals", .array(data.totals.map(json))),
      ("parts", .array(data.parts.map(json))),
    ])
  }

  private static func json(_ term: CellRef) -> JSONOutput {
    let value = term.cell.isEmpty ? nil : term.cell.arithmeticValue
    var members: [(String, JSONOutput)] = [
      ("row", .string(term.row)), ("column", .string(term.column)), ("value", value.map(JSONOutput.int) ?? .null),
    ]
    if term.isDerived { members.append(("derived", .bool(true))) }
    return .object(members)
  }
}
