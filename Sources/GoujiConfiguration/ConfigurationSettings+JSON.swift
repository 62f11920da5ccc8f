import Foundation
import GoujiJSON

extension ConfigurationSettings {
  /// The section clients keep gouji's settings under (`"gouji": {...}` in VS Code's settings.json).
  package static let section = "gouji"

  /// Settings from JSON a client sent, in the shape of the configuration file:
  /// `{"rules": {"GJ305": "off"}, "select": [...], "ignore": [...], "language": "en"}`, possibly wrapped as
  /// `{"gouji": {...}}`.
  ///
  /// `nil` for `null` or anything that is not an object. What cannot be used (an unknown member, a value of the
  /// wrong type) is left out and described in `problems`, never fatal.
  package static func parsing(_ json: JSONValue?) -> (settings: ConfigurationSettings, problems: [String])? {
    guard var object = json?.objectValue else { return nil }
    if let wrapped = object[section]?.objectValue { object = wrapped }
    var settings = ConfigurationSettings()
    var problems: [String] = []
    for (key, value) in object.sorted(by: { $0.key < $1.key }) where !value.isNull {
      switch key {
      case "rules": settings.rules = rules(value, problems: &problems)
      case "select": settings.select = strings(value, key: key, problems: &problems)
      case "ignore": settings.ignore = strings(value, key: key, problems: &problems) ?? []
      case "language":
        if let language = value.stringValue {
          settings.language = language
        } else {
          problems.append("\"language\" must be a string (\"zh\" or \"en\")")
        }
      case "townshipDeadline":
        if let deadline = value.stringValue {
          settings.townshipDeadline = deadline
        } else {
          problems.append("\"townshipDeadline\" must be a string (MM-DD, e.g. \"03-31\")")
        }
      default: problems.append("unknown setting \"\(key)\"")
      }
    }
    return (settings, problems)
  }

  private static func rules(_ value: JSONValue, problems: inout [String]) -> [String: String] {
    guard let object = value.objectValue else {
      problems.append("\"rules\" must map rule codes or names to severities")
      return [:]
    }
    var rules: [String: String] = [:]
    for (rule, severity) in object.sorted(by: { $0.key < $1.key }) {
      if let severity = severity.stringValue {
        rules[rule] = severity
      } else if severity.boolValue == false {
        rules[rule] = "off"
      } else {
        problems.append("the severity of \(rule) must be a string (error, warning, information, hint, off)")
      }
    }
    return rules
  }

  /// An array of strings, or a comma-separated string (`"GJ3,GJ5"`, as on the command line).
  private static func strings(_ value: JSONValue, key: String, problems: inout [String]) -> [String]? {
    if let string = value.stringValue {
      return string.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
    guard let array = value.arrayValue, array.allSatisfy({ $0.stringValue != nil }) else {
      problems.append("\"\(key)\" must be a list of rule codes, names or prefixes")
      return nil
    }
    return array.compactMap(\.stringValue)
  }
}
