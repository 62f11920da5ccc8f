/// A JSON value whose objects keep their keys in the order written, so the command line's output reads in the
/// order the contract documents. Only the command line and the server speak JSON; the analysis core does not.
package indirect enum JSONOutput: Equatable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case string(String)
  case array([JSONOutput])
  case object([(String, JSONOutput)])

  package static func == (lhs: JSONOutput, rhs: JSONOutput) -> Bool { lhs.rendered() == rhs.rendered() }

  /// Two-space indented JSON with non-ASCII characters written as they are.
  package func rendered(indent: Int = 0) -> String {
    var output = ""
    write(into: &output, indent: indent)
    return output
  }

  private func write(into output: inout String, indent: Int) {
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
        output += String(repeating: " ", count: indent + 2)
        value.write(into: &output, indent: indent + 2)
        output += index + 1 < values.count ? ",\n" : "\n"
      }
      output += String(repeating: " ", count: indent) + "]"
    case .object(let members):
      guard !members.isEmpty else { return output += "{}" }
      output += "{\n"
      for (index, (key, value)) in members.enumerated() {
        output += String(repeating: " ", count: indent + 2)
        JSONOutput.writeString(key, into: &output)
        output += ": "
        value.write(into: &output, indent: indent + 2)
        output += index + 1 < members.count ? ",\n" : "\n"
      }
      output += String(repeating: " ", count: indent) + "}"
    }
  }

  private var isScalar: Bool {
    switch self {
    case .array, .object: false
    default: true
    }
  }

  private static func writeString(_ value: String, into output: inout String) {
    output += "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": output += "\\\""
      case "\\": output += "\\\\"
      case "\n": output += "\\n"
      case "\r": output += "\\r"
      case "\t": output += "\\t"
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          output += "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
            + String(scalar.value, radix: 16)
        } else {
          output.unicodeScalars.append(scalar)
        }
      }
    }
    output += "\""
  }
}

extension JSONOutput {
  package init(_ value: String?) { self = value.map { .string($0) } ?? .null }
  package init(_ value: Int?) { self = value.map { .int($0) } ?? .null }
}
