// swift-tools-version:6.0
import PackageDescription

// The dependency graph is the architecture (see ARCHITECTURE.md):
//
//   GoujiText ← GoujiFormats ← GoujiSyntax ← GoujiRules ← GoujiAnalysis ← {GoujiServer, GoujiCLI} ← gouji
//   GoujiText ← GoujiDocuments (.docx and .html to text, no IO) ← GoujiCLI
//   GoujiStatutes (no dependencies) ← GoujiRules, GoujiAnalysis
//   LanguageServerProtocol (no dependencies) ← JSONRPC ← GoujiServer
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
    .target(name: "GoujiStatutes", swiftSettings: swiftSettings),
    .target(name: "GoujiDocuments", dependencies: ["GoujiText"], swiftSettings: swiftSettings),
    .target(name: "GoujiSyntax", dependencies: ["GoujiText", "GoujiFormats"], swiftSettings: swiftSettings),
    .target(
      name: "GoujiRules",
      dependencies: ["GoujiText", "GoujiFormats", "GoujiSyntax", "GoujiStatutes"],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "GoujiAnalysis",
      dependencies: ["GoujiText", "GoujiFormats", "GoujiSyntax", "GoujiRules", "GoujiStatutes"],
      swiftSettings: swiftSettings
    ),

    // MARK: Protocol (knows nothing of reports)
    .target(name: "LanguageServerProtocol", swiftSettings: swiftSettings),
    .target(name: "JSONRPC", dependencies: ["LanguageServerProtocol"], swiftSettings: swiftSettings),

    // MARK: Front ends
    .target(
      name: "GoujiServer",
      dependencies: [
        "GoujiText", "GoujiFormats", "GoujiSyntax", "GoujiRules", "GoujiAnalysis", "LanguageServerProtocol", "JSONRPC",
      ],
      swiftSettings: swiftSettings
    ),
    .target(
      name: "GoujiCLI",
      dependencies: [
        "GoujiText", "GoujiFormats", "GoujiSyntax", "GoujiRules", "GoujiAnalysis", "GoujiServer", "GoujiDocuments",
      ],
      swiftSettings: swiftSettings
    ),
    .executableTarget(name: "gouji", dependencies: ["GoujiCLI"], swiftSettings: swiftSettings),
    .executableTarget(
      name: "GoujiBenchmarks",
      dependencies: ["GoujiText", "GoujiAnalysis", "GoujiSyntax"],
      swiftSettings: swiftSettings
    ),

    // Fuzz targets: a replayer in the normal build; libFuzzer targets with
    // `swift build --product GoujiFuzz -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING` (Scripts/fuzz.sh).
    .executableTarget(
      name: "GoujiFuzz",
      dependencies: ["GoujiText", "GoujiSyntax", "GoujiAnalysis", "GoujiTestSupport", "JSONRPC", "LanguageServerProtocol"],
      swiftSettings: swiftSettings
    ),

    // MARK: Tests
    .target(
      name: "GoujiTestSupport",
      dependencies: ["GoujiText", "GoujiSyntax", "GoujiRules", "GoujiAnalysis"],
      path: "Sources/GoujiTestSupport",
      swiftSettings: swiftSettings
    ),
    .testTarget(name: "GoujiTextTests", dependencies: ["GoujiText"], swiftSettings: swiftSettings),
    .testTarget(
      name: "GoujiDocumentsTests",
      dependencies: ["GoujiDocuments", "GoujiText", "GoujiSyntax", "GoujiTestSupport"],
      exclude: ["Fixtures"],
      swiftSettings: swiftSettings
    ),
    .testTarget(name: "GoujiStatutesTests", dependencies: ["GoujiStatutes"], swiftSettings: swiftSettings),
    .testTarget(
      name: "GoujiSyntaxTests",
      dependencies: ["GoujiText", "GoujiFormats", "GoujiSyntax", "GoujiTestSupport"],
      exclude: ["Fixtures"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "GoujiRulesTests",
      dependencies: ["GoujiText", "GoujiFormats", "GoujiSyntax", "GoujiRules", "GoujiAnalysis", "GoujiTestSupport"],
      exclude: ["Fixtures"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "GoujiAnalysisTests",
      dependencies: ["GoujiText", "GoujiSyntax", "GoujiRules", "GoujiAnalysis", "GoujiTestSupport"],
      swiftSettings: swiftSettings
    ),
    .testTarget(name: "LanguageServerProtocolTests", dependencies: ["LanguageServerProtocol"], swiftSettings: swiftSettings),
    .testTarget(
      name: "JSONRPCTests", dependencies: ["JSONRPC", "LanguageServerProtocol", "GoujiTestSupport"],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "GoujiServerTests",
      dependencies: [
        "GoujiServer", "GoujiText", "GoujiSyntax", "GoujiRules", "GoujiAnalysis", "LanguageServerProtocol", "JSONRPC",
        "GoujiTestSupport",
      ],
      swiftSettings: swiftSettings
    ),
    .testTarget(
      name: "GoujiCLITests",
      dependencies: ["GoujiCLI", "GoujiTestSupport"],
      exclude: ["Golden"],
      swiftSettings: swiftSettings
    ),
  ],
  swiftLanguageModes: [.v6]
)
