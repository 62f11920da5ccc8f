import Testing

/// `Package.swift` states the architecture (ARCHITECTURE.md, "Code map"): every target declares exactly the package
/// modules it imports, and the layers point one way.
@Suite struct PackageGraphTests {
  /// Modules of the toolchain, which are never declared.
  static let toolchainModules: Set<String> = ["Foundation", "Dispatch", "Glibc", "Musl", "Darwin", "Testing", "XCTest"]

  @Test func everyTargetDeclaresExactlyTheModulesItImports() throws {
    let manifest = try PackageManifest.load()
    let packageModules = Set(manifest.targets.filter { !$0.isTest }.map(\.name))
    #expect(manifest.targets.count > 20, "the manifest was not read")
    for target in manifest.targets {
      #expect(try !SourceImports.swiftFiles(in: target.folder).isEmpty, "no Swift files in \(target.folder)")
      let imported = try SourceImports.modules(in: target.folder)
      let unknown = imported.subtracting(packageModules).subtracting(Self.toolchainModules)
      #expect(unknown.isEmpty, "\(target.name) imports \(unknown.sorted()), neither targets nor toolchain")
      let undeclared = imported.intersection(packageModules).subtracting(target.dependencies).subtracting([target.name])
      #expect(undeclared.isEmpty, "\(target.name) imports \(undeclared.sorted()) without declaring them")
      let unused = target.dependencies.subtracting(imported)
      #expect(unused.isEmpty, "\(target.name) declares \(unused.sorted()) but never imports them")
    }
  }

  /// The domain knows nothing of the protocol, JSON, the configuration file or the front ends.
  @Test func theDomainDependsOnNoProtocolAndNoFrontEnd() throws {
    let manifest = try PackageManifest.load()
    let outer: Set = [
      "GoujiJSON", "LanguageServerProtocol", "JSONRPC", "GoujiConfiguration", "GoujiServer", "GoujiCLI",
    ]
    let domain = [
      "GoujiText", "GoujiFormats", "GoujiStatutes", "GoujiDocuments", "GoujiSyntax", "GoujiRules", "GoujiAnalysis",
    ]
    for name in domain {
      let target = try #require(manifest.target(name))
      #expect(target.dependencies.isDisjoint(with: outer), "\(name) depends on \(target.dependencies.sorted())")
    }
    for (name, allowed) in [
      ("GoujiJSON", Set<String>()), ("GoujiText", []), ("GoujiStatutes", ["GoujiText", "GoujiFormats"]),
    ] {
      let target = try #require(manifest.target(name))
      #expect(target.dependencies.isSubset(of: allowed), "\(name) depends on \(target.dependencies.sorted())")
    }
  }

  /// The two front ends meet only in the executable: the command line does not depend on the server.
  @Test func theCommandLineDoesNotDependOnTheServer() throws {
    let manifest = try PackageManifest.load()
    let cli = try #require(manifest.target("GoujiCLI"))
    #expect(cli.dependencies.isDisjoint(with: ["GoujiServer", "JSONRPC", "LanguageServerProtocol"]))
    #expect(try #require(manifest.target("GoujiServer")).dependencies.contains("GoujiCLI") == false)
  }

  /// The front ends read reports through the façade (`Analyzer.read`, `Analyzer.reread`), never from the reader.
  @Test func theFrontEndsReadReportsOnlyThroughTheFacade() throws {
    for folder in ["Sources/GoujiCLI", "Sources/GoujiServer", "Sources/gouji"] {
      for file in try SourceImports.swiftFiles(in: folder) {
        let code = file.text.split(separator: "\n").filter { !$0.trimmingPrefix(while: \.isWhitespace).hasPrefix("//") }
        #expect(!code.contains { $0.contains("ReportReader.") }, "\(file.path) calls ReportReader directly")
      }
    }
  }
}
