extension JSONValue {
  /// Whether this is `null`.
  package var isNull: Bool {
    if case .null = self { return true }
    return false
  }

  package var boolValue: Bool? {
    if case .bool(let value) = self { return value }
    return nil
  }

  /// The integer, also for a floating-point number with an integral value that fits.
  package var intValue: Int? {
    switch self {
    case .int(let value): return value
    case .double(let value): return Int(exactly: value)
    default: return nil
    }
  }

  /// The number as a `Double`, whether it was written as an integer or not.
  package var doubleValue: Double? {
    switch self {
    case .int(let value): return Double(value)
    case .double(let value): return value
    default: return nil
    }
  }

  package var stringValue: String? {
    if case .string(let value) = self { return value }
    return nil
  }

  package var arrayValue: [JSONValue]? {
    if case .array(let value) = self { return value }
    return nil
  }

  package var objectValue: [String: JSONValue]? {
    if case .object(let value) = self { return value }
    return nil
  }

  /// The member named `key` of an object; `nil` for a missing member or a value that is not an object.
  package subscript(key: String) -> JSONValue? {
    objectValue?[key]
  }

  /// The element at `index` of an array; `nil` when out of bounds or not an array.
  package subscript(index: Int) -> JSONValue? {
    guard let array = arrayValue, array.indices.contains(index) else { return nil }
    return array[index]
  }

  /// The value reached by following object members, e.g. `value(at: "textDocument", "hover")`.
  package func value(at path: String...) -> JSONValue? {
    value(at: path)
  }

  /// The value reached by following object members in `path`.
  package func value(at path: [String]) -> JSONValue? {
    var current: JSONValue? = self
    for key in path {
      current = current?[key]
    }
    return current
  }
}
