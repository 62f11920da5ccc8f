import GoujiRules

/// A wrong use of the command line: exit status 2 with a message in the language asked for.
struct UsageError: Error {
  var text: LocalizedText
  init(zh: String, en: String) { self.text = LocalizedText(zh: zh, en: en) }

  func message(_ language: Language) -> String { text.text(language) }
}

/// A small parser for `--flag`, `--option VALUE`, `--option=VALUE` and positional arguments. Options are consumed
/// as they are asked for; `positionals()` then rejects anything left that looks like an option.
struct ArgumentParser {
  private var remaining: [String]
  private let command: String

  init(_ arguments: [String], command: String) {
    self.remaining = arguments
    self.command = command
  }

  /// Whether `name` was given (and consumes it).
  mutating func flag(_ name: String) -> Bool {
    guard let index = optionIndex(name) else { return false }
    remaining.remove(at: index)
    return true
  }

  /// The value of `name`, if given; `allowed` limits the values.
  mutating func option(_ name: String, allowed: [String]? = nil) throws -> String? {
    guard let value = try optionValues(name).last else { return nil }
    if let allowed, !allowed.contains(value) {
      throw UsageError(
        zh: "\(name) 只能是 \(allowed.joined(separator: "、")) 之一，不能是“\(value)”",
        en: "\(name) must be one of \(allowed.joined(separator: ", ")), not '\(value)'"
      )
    }
    return value
  }

  /// Every value of a repeatable option, in order.
  mutating func optionValues(_ name: String) throws -> [String] {
    var values: [String] = []
    var index = 0
    while index < remaining.count {
      let argument = remaining[index]
      if argument == "--" { break }
      if argument == name {
        guard index + 1 < remaining.count else { throw UsageError(zh: "\(name) 需要一个值", en: "\(name) needs a value") }
        values.append(remaining[index + 1])
        remaining.removeSubrange(index...(index + 1))
      } else if argument.hasPrefix(name + "=") {
        values.append(String(argument.dropFirst(name.count + 1)))
        remaining.remove(at: index)
      } else {
        index += 1
      }
    }
    return values
  }

  /// What is left; an unknown option is a usage error (`-` alone means standard input; `--` ends options).
  mutating func positionals() throws -> [String] {
    var result: [String] = []
    var afterSeparator = false
    for argument in remaining {
      if !afterSeparator && argument == "--" {
        afterSeparator = true
      } else if !afterSeparator && argument.hasPrefix("-") && argument != "-" {
        throw UsageError(
          zh: "“\(command)”没有选项“\(argument)”（见 gouji \(command) --help）",
          en: "unknown option '\(argument)' for '\(command)' (see 'gouji \(command) --help')"
        )
      } else {
        result.append(argument)
      }
    }
    remaining = []
    return result
  }

  private func optionIndex(_ name: String) -> Int? {
    let end = remaining.firstIndex(of: "--") ?? remaining.count
    return remaining[..<end].firstIndex(of: name)
  }
}
