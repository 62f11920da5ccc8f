// swift-tools-version:6.0
import PackageDescription

// The dependency graph is the architecture (see ARCHITECTURE.md); every target declares exactly the modules it imports
// (PackageGraphTests checks it):
//
//   GoujiText ← GoujiFormats ← GoujiSyntax ← GoujiRules ← GoujiAnalysis ← {GoujiServer, GoujiCLI}
//   GoujiText ← GoujiDocuments (.docx and .html to text, no IO) ← GoujiCLI
//   {GoujiText, GoujiFormats} ← GoujiStatutes (the regulation as data) ← {GoujiRules, GoujiAnalysis}
//   GoujiJSON (no dependencies) ← LanguageServerProtocol ← JSONRPC ← GoujiServer
//   GoujiRules, GoujiJSON ← GoujiConfiguration (.gouji.json and client settings) ← {GoujiServer, GoujiCLI}
//   {GoujiCLI, GoujiServer} ← gouji (the executable starts the server for `gouji lsp`)
//   GoujiFuzz (fuzz targets and their replayer) and GoujiBenchmarks sit beside the front ends
//
// No package dependencies: the toolchain only.

let swiftSettings: [SwiftSetting] = [
  .enableUpcomingFeature("ExistentialAny")
]

let package = Package(
  name: "gouji",
  platforms: [.macOS(.v14)],
  products: [
    .executable(name: "gouji", targets: ["gouji"])
  ],
  targets: [
    // MARK: Domain (no IO, no LSP, no JSON)
    .target(name: "GoujiText", swiftSettings: swiftSettings),
    .target(name: "GoujiFormats", dependencies: ["GoujiText"], swiftSettings: swiftSettings),
    .target(name: "GoujiStatutes", dependencies: ["GoujiText", "GoujiFormats"], swiftSettings: swiftSettings),
    .target(name: "GoujiDocuments", dependencies: ["GoujiText"], swiftSettings: swiftSettings),
    .target(name: "GoujiSyntax", dependencies: ["GoujiText", "GoujiFormats"], swiftSettings: swiftSettings),
    .target(
      name: "GoujiRules", dependencies: ["GoujiText", "GoujiFormats", "GoujiSyntax", "GoujiStatutes"],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "GoujiAnalysis",
      dependencies: ["GoujiText", "GoujiFormats", "GoujiSyntax", "GoujiRules", "GoujiStatutes"],
      swiftSettings: swiftSettings
    ),

    // MARK: Protocol (knows nothing of reports)
    .target(name: "GoujiJSON", swiftSettings: swiftSettings),
    .target(name: "LanguageServerProtocol", dependencies: ["GoujiJSON"], swiftSettings: swiftSettings),
    .target(
      name: "JSONRPC", dependencies: ["GoujiJSON", "GoujiText", "LanguageServerProtocol"], swiftSettings: swiftSettings),

    // MARK: Configuration (the settings both front ends read)
    .target(name: "GoujiConfiguration", dependencies: ["GoujiJSON", "GoujiRules"], swiftSettings: swiftSettings),

    // MARK: Front ends
    .target(
      name: "GoujiServer",
      dependencies: [
        "GoujiText", "GoujiSyntax", "GoujiRules", "GoujiAnalysis", "GoujiConfiguration", "GoujiJSON",
        "LanguageServerProtocol", "JSONRPC",
      ],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "GoujiCLI",
      dependencies: [
        "GoujiText", "GoujiSyntax", "GoujiRules", "GoujiAnalysis", "GoujiConfiguration",
        "GoujiDocuments",
      ],
      swiftSettings: swiftSettings
    ),
    .executableTarget(
      name: "gouji", dependencies: ["GoujiCLI", "GoujiServer", "JSONRPC"], swiftSettings: swiftSettings
    ),
    .executableTarget(
      name: "GoujiBenchmarks",
      dependencies: ["GoujiText", "GoujiAnalysis", "GoujiSyntax"],
      swiftSettings: swiftSettings
    ),

    // Fuzz targets: a replayer in the normal build; libFuzzer targets with
    // `swift build --product GoujiFuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING` (Scripts/fuzz.sh).
    .executableTarget(
      name: "GoujiFuzz",
      dependencies: [
        "GoujiText", "GoujiSyntax", "GoujiAnalysis", "GoujiTestSupport", "GoujiJSON", "JSONRPC",
        "LanguageServerProtocol",
      ],
      swiftSettings: swiftSettings
    ),

    // MARK: Tests
    .target(
      name: "GoujiTestSupport",
      dependencies: ["GoujiText", "GoujiFormats", "GoujiSyntax"],
      path: "Sources/GoujiTestSupport",
      swiftSettings: swiftSettings
    ),
    .testTarget(name: "GoujiTextTests", dependencies: ["GoujiText", "GoujiTestSupport"], swiftSettings: swiftSettings),
    .testTarget(
      name: "GoujiDocumentsTests",
      dependencies: ["GoujiDocuments", "GoujiText", "GoujiSyntax", "GoujiTestSupport"],
      exclude: ["Fixtures"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "GoujiStatutesTests", dependencies: ["GoujiStatutes", "GoujiFormats", "GoujiText", "GoujiTestSupport"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "GoujiSyntaxTests",
      dependencies: ["GoujiText", "GoujiFormats", "GoujiSyntax", "GoujiTestSupport"],
      exclude: ["Fixtures"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "GoujiRulesTests",
      dependencies: [
        "GoujiText", "GoujiFormats", "GoujiSyntax", "GoujiRules", "GoujiAnalysis", "GoujiStatutes", "GoujiTestSupport",
      ],
      exclude: ["Fixtures"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "GoujiAnalysisTests",
      dependencies: [
        "GoujiText", "GoujiFormats", "GoujiSyntax", "GoujiRules", "GoujiAnalysis", "GoujiStatutes", "GoujiTestSupport",
      ],
      swiftSettings: swiftSettings
    ),
    .testTarget(name: "GoujiJSONTests", dependencies: ["GoujiJSON"], swiftSettings: swiftSettings),
    .testTarget(
      name: "LanguageServerProtocolTests", dependencies: ["GoujiJSON", "LanguageServerProtocol"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "GoujiConfigurationTests", dependencies: ["GoujiConfiguration", "GoujiJSON", "GoujiRules"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "JSONRPCTests",
      dependencies: ["GoujiJSON", "GoujiText", "JSONRPC", "LanguageServerProtocol", "GoujiTestSupport"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "GoujiServerTests",
      dependencies: [
        "GoujiServer", "GoujiText", "GoujiSyntax", "GoujiRules", "GoujiAnalysis", "GoujiJSON", "LanguageServerProtocol",
        "JSONRPC", "GoujiTestSupport",
      ],
      swiftSettings: swiftSettings
    ),
    .testTarget(name: "RepositoryTests", dependencies: ["GoujiTestSupport"], swiftSettings: swiftSettings),
    .testTarget(
      name: "GoujiCLITests",
      dependencies: ["GoujiCLI", "GoujiAnalysis", "GoujiRules", "GoujiText", "GoujiTestSupport"],
      exclude: ["Golden", "Fixtures"],
      swiftSettings: swiftSettings
    ),
  ],
  swiftLanguageModes: [.v6]
)
