import Foundation
import GoujiRules

/// `gouji rules [--format json]` and `gouji explain CODE|NAME`.
enum RulesCommand {
  static func list(_ arguments: [String], io: CommandIO) -> Int32 {
    var parser = ArgumentParser(arguments, command: "rules")
    do {
      if parser.flag("--help") || parser.flag("-h") {
        io.out(Help.rules)
        return 0
      }
      let format = try parser.option("--format", allowed: ["text", "json"]) ?? "text"
      guard try parser.positionals().isEmpty else {
        throw UsageError(zh: "rules 不接受参数", en: "rules takes no arguments")
      }
      let rules = RuleRegistry.all.map { $0.metadata }
      if format == "json" {
        io.out(
          JSONOutput.array(
            rules.map { rule in
              .object([
                ("code", .string(rule.code)), ("name", .string(rule.name)),
                ("severity", .string(rule.severity.rawValue)),
                ("fixable", .bool(rule.fixAvailability != .never)), ("summary", .string(rule.documentation.summary.zh)),
                ("summaryEnglish", .string(rule.documentation.summary.en)),
                ("documentation", .string(rule.documentationURL)),
              ])
            }
          ).rendered() + "\n")
      } else {
        for rule in rules {
          let fixable = rule.fixAvailability == .never ? "  " : "🔧"
          io.out(
            "\(rule.code)  \(rule.name.padding(toLength: 26, withPad: " ", startingAt: 0)) \(rule.severity.rawValue.padding(toLength: 11, withPad: " ", startingAt: 0)) \(fixable) \(rule.documentation.summary.zh)\n"
          )
        }
      }
      return 0
    } catch let error as UsageError {
      io.err("gouji rules: \(error.message(CheckCommand.environmentLanguage(io)))\n")
      return 2
    } catch {
      io.err("gouji rules: \(error)\n")
      return 2
    }
  }

  static func explain(_ arguments: [String], io: CommandIO) -> Int32 {
    if arguments.contains("--help") || arguments.contains("-h") {
      io.out(Help.explain)
      return 0
    }
    guard arguments.count == 1 else {
      let message = UsageError(zh: "请给出一个规则代码或名称（见 gouji rules）", en: "give one rule code or name (see 'gouji rules')")
      io.err("gouji explain: \(message.message(CheckCommand.environmentLanguage(io)))\n")
      return 2
    }
    guard let rule = RuleRegistry.rule(arguments[0]) else {
      let message = UsageError(
        zh: "没有规则“\(arguments[0])”（见 gouji rules）", en: "no rule '\(arguments[0])' (see 'gouji rules')")
      io.err("gouji explain: \(message.message(CheckCommand.environmentLanguage(io)))\n")
      return 2
    }
    io.out(RuleDocumentationRenderer.page(rule.metadata))
    return 0
  }
}
