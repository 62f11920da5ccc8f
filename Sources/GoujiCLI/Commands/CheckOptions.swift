import GoujiAnalysis
import GoujiRules

/// The options of `gouji check`.
struct CheckOptions {
  enum OutputFormat: String {
    case text, json, sarif, csv

    /// Whether the output lists each fix's edits (JSON and SARIF do; text names the fix, CSV leaves it out).
    var writesEdits: Bool { self == .json || self == .sarif }
  }

  var paths: [String] = []
  var format: OutputFormat = .text
  var fix = false
  /// With `--fix`: also apply fixes that may change a figure the writer meant.
  var unsafeFixes = false
  var select: [String]?
  var ignore: [String] = []
  var language: Language?
  var color = true
  var previous: String?
  var configPath: String?

  static func parse(_ arguments: [String]) throws -> CheckOptions? {
    var parser = ArgumentParser(arguments, command: "check")
    if parser.flag("--help") || parser.flag("-h") { return nil }
    var options = CheckOptions()
    options.format = OutputFormat(
      rawValue: try parser.option("--format", allowed: ["text", "json", "sarif", "csv"]) ?? "text")!
    options.fix = parser.flag("--fix")
    options.unsafeFixes = parser.flag("--unsafe-fixes")
    if options.unsafeFixes { options.fix = true }
    let selected = try parser.optionValues("--select").flatMap(splitCodes)
    options.select = selected.isEmpty ? nil : selected
    options.ignore = try parser.optionValues("--ignore").flatMap(splitCodes)
    options.language = try parser.option("--lang", allowed: ["zh", "en"]).flatMap(Language.init(rawValue:))
    options.color = !parser.flag("--no-color")
    options.previous = try parser.option("--previous")
    options.configPath = try parser.option("--config")
    options.paths = try parser.positionals()
    guard !options.paths.isEmpty else {
      throw UsageError(zh: "check 至少需要一个路径（文件、目录或 -）", en: "check needs at least one PATH (a file, a directory, or -)")
    }
    return options
  }

  /// The language `--lang` asks for, read before the options are parsed so that a usage error is in it too.
  static func requestedLanguage(_ arguments: [String]) -> Language? {
    for (index, argument) in arguments.enumerated() {
      if argument == "--" { break }
      if argument.hasPrefix("--lang=") { return Language(rawValue: String(argument.dropFirst(7))) }
      if argument == "--lang", index + 1 < arguments.count { return Language(rawValue: arguments[index + 1]) }
    }
    return nil
  }

  private static func splitCodes(_ value: String) -> [String] {
    value.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
  }
}
