/// The command line: dispatches to the subcommands and returns the exit status (0 no error-severity finding,
/// 1 at least one, 2 usage error or unreadable input). `languageServer` starts the server for `gouji lsp`.
package enum GoujiCommandLine {
  package static func run(_ arguments: [String], io: CommandIO, languageServer: LanguageServerLauncher) -> Int32 {
    guard let command = arguments.first else {
      io.out(Help.main)
      return 0
    }
    let rest = Array(arguments.dropFirst())
    switch command {
    case "--version": io.out("gouji \(Help.version)\n"); return 0
    case "--help", "-h", "help": io.out(Help.main); return 0
    case "dump": return DumpCommand.run(rest, io: io)
    case "check": return CheckCommand.run(rest, io: io)
    case "summary": return SummaryCommand.run(rest, io: io)
    case "rules": return RulesCommand.list(rest, io: io)
    case "explain": return RulesCommand.explain(rest, io: io)
    case "lsp": return LSPCommand.run(rest, io: io, launcher: languageServer)
    case "--stdio": return LSPCommand.run(arguments, io: io, launcher: languageServer)
    default:
      let message = UsageError(
        zh: "没有“\(command)”这个命令（见 gouji --help）", en: "unknown command '\(command)' (see 'gouji --help')")
      io.err("gouji: \(message.message(CheckCommand.environmentLanguage(io)))\n")
      return 2
    }
  }
}
