import GoujiCLI
import GoujiServer
import JSONRPC

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension LanguageServerLauncher {
  /// The language server on standard input and output. From its start on, standard output is the protocol stream
  /// only: anything else printed goes to standard error.
  static let standardStreams = LanguageServerLauncher { verbose in
    if verbose { Log.level = .debug }
    let output = StandardStreams.takeOverStandardOutput()
    let server = LanguageServer(options: ServerOptions(version: Help.version))
    server.start(on: Connection(input: STDIN_FILENO, output: output))
    return server.waitForExit() ?? 1
  }
}
