import GoujiJSON
import GoujiRules

extension BalanceData {
  /// The equation as a diagnostic's `data` carries it under `balance`, for clients and tools that read it:
  /// `{"rule": <the format's rule id, R3-2 here>, "table": 3, "line": "new", "cell": {"row": "new", "column": "total", "value": 3},
  /// "expected": 13, "written": 3, "totals": […], "parts": […]}` (row and column keys of the format; a value is
  /// `null` for an empty cell or one that holds no whole number, `expected` is `null` when no count balances it; a
  /// part whose value gouji computed, not read, has `"derived": true`, ``CellRef/isDerived``).
  var json: JSONValue {
    [
      "rule": .string(rule.id),
      "table": .int(rule.table.rawValue),
      "line": .string(line),
      "cell": Self.json(cell),
      "expected": expected.map(JSONValue.int) ?? .null,
      "written": written.map(JSONValue.int) ?? .null,
      "totals": .array(totals.map(Self.json)),
      "parts": .array(parts.map(Self.json)),
    ]
  }

  private static func json(_ term: CellRef) -> JSONValue {
    let value = term.cell.isEmpty ? nil : term.cell.arithmeticValue
    var members: [String: JSONValue] = [
      "row": .string(term.row), "column": .string(term.column), "value": value.map(JSONValue.int) ?? .null,
    ]
    if term.isDerived { members["derived"] = .bool(true) }
    return .object(members)
  }
}
