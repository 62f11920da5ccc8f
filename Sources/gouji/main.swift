import Foundation
import GoujiCLI

exit(GoujiCommandLine.run(Array(CommandLine.arguments.dropFirst()), io: .standard, languageServer: .standardStreams))
