/// A JSON value whose objects keep their keys in the order written, so the command line's output reads in the
/// order the contract documents. Only the command line and the server speak JSON; the analysis core does not.
package indirect enum JSONOutput: Equatable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case string(String)
  case array([JSONOutput])
  case object([(String, JSONOutput)])
  /// An array whose elements are made one by one as they are written (``LazyJSONArray``).
  case lazyArray(LazyJSONArray)

  package static func == (lhs: JSONOutput, rhs: JSONOutput) -> Bool { lhs.rendered() == rhs.rendered() }

  /// Two-space indented JSON with non-ASCII characters written as they are.
  package func rendered(indent: Int = 0) -> String {
    var output = ""
    write(into: &output, indent: indent, flush: nil)
    return output
  }

  /// The same text as ``rendered(indent:)``, handed to `write` in pieces: a lazy array's elements are made, written
  /// and dropped one by one, and what is gathered is handed on whenever it reaches ``chunkBytes``, so a fix of
  /// millions of edits is never held whole, neither as values nor as text.
  package func stream(indent: Int = 0, to write: (String) -> Void) {
    withoutActuallyEscaping(write) { write in
      var output = ""
      self.write(into: &output, indent: indent, flush: write)
      if !output.isEmpty { write(output) }
    }
  }

  /// The most bytes ``stream(indent:to:)`` gathers between a lazy array's elements before handing them on.
  package static let chunkBytes = 1 << 16

  private func write(into output: inout String, indent: Int, flush: ((String) -> Void)?) {
    switch self {
    case .null: output += "null"
    case .bool(let value): output += value ? "true" : "false"
    case .int(let value): output += String(value)
    case .string(let value): JSONOutput.writeString(value, into: &output)
    case .array(let values):
      guard !values.isEmpty else { return output += "[]" }
      if values.allSatisfy(\.isScalar) {
        output += "[" + values.map { $0.rendered() }.joined(separator: ", ") + "]"
        return
      }
      output += "[\n"
      for (index, value) in values.enumerated() {
        output += JSONOutput.spaces(indent + 2)
        value.write(into: &output, indent: indent + 2, flush: flush)
        output += index + 1 < values.count ? ",\n" : "\n"
      }
      output += JSONOutput.spaces(indent) + "]"
    case .lazyArray(let array):
      guard array.count > 0 else { return output += "[]" }
      output += "[\n"
      var written = 0
      array.forEach { element in
        output += JSONOutput.spaces(indent + 2)
        element.write(into: &output, indent: indent + 2, flush: flush)
        written += 1
        output += written < array.count ? ",\n" : "\n"
        if let flush, output.utf8.count >= JSONOutput.chunkBytes {
          flush(output)
          output = ""
        }
      }
      output += JSONOutput.spaces(indent) + "]"
    case .object(let members):
      guard !members.isEmpty else { return output += "{}" }
      output += "{\n"
      for (index, (key, value)) in members.enumerated() {
        output += JSONOutput.spaces(indent + 2)
        JSONOutput.writeString(key, into: &output)
        output += ": "
        value.write(into: &output, indent: indent + 2, flush: flush)
        output += index + 1 < members.count ? ",\n" : "\n"
      }
      output += JSONOutput.spaces(indent) + "}"
    }
  }

  private var isScalar: Bool {
    switch self {
    case .array, .object, .lazyArray: false
    default: true
    }
  }

  /// `count` spaces; the indentations JSON output uses are made once.
  private static func spaces(_ count: Int) -> String {
    count < indentations.count ? indentations[count] : String(repeating: " ", count: count)
  }

  private static let indentations = (0..<32).map { String(repeating: " ", count: $0) }

  /// Whether a UTF-8 byte may need escaping: a control character, `"`, `\`, or the lead byte of U+2028/U+2029.
  @inline(__always)
  private static func mayNeedEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0xE2
  }

  private static func writeString(_ value: String, into output: inout String) {
    output += "\""
    guard value.utf8.contains(where: mayNeedEscape) else {
      output += value
      output += "\""
      return
    }
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          output +=
            "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
            + String(scalar.value, radix: 16)
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }
}

/// An array whose elements are made one by one, in order, when it is written. Its elements are written one per line,
/// as an array of objects is: it is meant for objects (a fix's edits), never for scalars, which an array writes inline.
package struct LazyJSONArray: Sendable {
  package var count: Int
  /// Hands each element, made as it is asked for, to its argument, in order.
  package var forEach: @Sendable ((JSONOutput) -> Void) -> Void

  /// The JSON of each of `elements`, made by `element` when it is written. `elements` is walked in order, never
  /// indexed, so edits kept in pieces (GJ501's, by line) are written without being joined into one array.
  package init<Elements: Collection & Sendable>(
    _ elements: Elements, element: @escaping @Sendable (Elements.Element) -> JSONOutput
  ) {
    count = elements.count
    forEach = { body in
      for item in elements { body(element(item)) }
    }
  }
}

extension JSONOutput {
  package init(_ value: String?) { self = value.map { .string($0) } ?? .null }
  package init(_ value: Int?) { self = value.map { .int($0) } ?? .null }
}
