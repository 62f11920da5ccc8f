/// How the command line starts the language server. The server is a module of its own (`GoujiServer`) that the
/// command line does not depend on: the `gouji` executable passes the real launcher, tests a recording one.
package struct LanguageServerLauncher: Sendable {
  /// Serves on standard input and output until `exit` or the end of input and returns the exit status; `verbose`
  /// logs at debug level.
  package var serve: @Sendable (_ verbose: Bool) -> Int32

  package init(serve: @escaping @Sendable (_ verbose: Bool) -> Int32) {
    self.serve = serve
  }
}

/// `gouji lsp` (also `gouji --stdio`): the language server on standard input and output.
enum LSPCommand {
  static func run(_ arguments: [String], io: CommandIO, launcher: LanguageServerLauncher) -> Int32 {
    var verbose = false
    for argument in arguments {
      switch argument {
      case "-h", "--help":
        io.out(Help.lsp)
        return 0
      case "--stdio":
        continue  // Editor clients add it to say which transport they expect; standard streams are the only one.
      case "--verbose":
        verbose = true
      default:
        io.err("gouji lsp: unknown option '\(argument)' (see 'gouji lsp --help')\n")
        return 2
      }
    }
    return launcher.serve(verbose)
  }
}
