import GoujiAnalysis
import GoujiRules

/// The options of `gouji check`.
struct CheckOptions {
  enum OutputFormat: String { case text, json, sarif, csv }

  var paths: [String] = []
  var format: OutputFormat = .text
  var fix = false
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
    options.format = OutputFormat(rawValue: try parser.option("--format", allowed: ["text", "json", "sarif", "csv"]) ?? "text")!
    options.fix = parser.flag("--fix")
    let selected = try parser.optionValues("--select").flatMap(splitCodes)
    options.select = selected.isEmpty ? nil : selected
    options.ignore = try parser.optionValues("--ignore").flatMap(splitCodes)
    options.language = try parser.option("--lang", allowed: ["zh", "en"]).flatMap(Language.init(rawValue:))
    options.color = !parser.flag("--no-color")
    options.previous = try parser.option("--previous")
    options.configPath = try parser.option("--config")
    options.paths = try parser.positionals()
    guard !options.paths.isEmpty else { throw UsageError("check needs at least one PATH (a file, a directory, or -)") }
    return options
  }

  private static func splitCodes(_ value: String) -> [String] {
    value.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
  }
}
