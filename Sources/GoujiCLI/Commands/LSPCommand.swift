import GoujiServer
import JSONRPC

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `gouji lsp` (also `gouji --stdio`): the language server on standard input and output.
enum LSPCommand {
  static func run(_ arguments: [String], io: CommandIO) -> Int32 {
    for argument in arguments {
      switch argument {
      case "-h", "--help":
        io.out(Help.lsp)
        return 0
      case "--stdio":
        continue  // Editor clients add it to say which transport they expect; standard streams are the only one.
      case "--verbose":
        Log.level = .debug
      default:
        io.err("gouji lsp: unknown option '\(argument)' (see 'gouji lsp --help')\n")
        return 2
      }
    }
    return serve()
  }

  /// Serves until `exit` or the end of standard input. From here on, standard output is the protocol stream only:
  /// anything else printed goes to standard error.
  private static func serve() -> Int32 {
    let output = StandardStreams.takeOverStandardOutput()
    let server = LanguageServer(options: ServerOptions(version: Help.version))
    server.start(on: Connection(input: STDIN_FILENO, output: output))
    return server.waitForExit() ?? 1
  }
}
