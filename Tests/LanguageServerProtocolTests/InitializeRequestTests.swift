import Foundation
import GoujiJSON
import LanguageServerProtocol
import Testing

@Suite struct InitializeRequestTests {
  @Test func vscodeInitializeDecodesWithEveryCapabilityGoujiReads() throws {
    let request = try decode(InitializeRequest.self, ClientFixtures.vscodeInitialize)
    #expect(InitializeRequest.method == "initialize")
    #expect(request.processId == 48213)
    #expect(request.clientInfo == ClientInfo(name: "Visual Studio Code", version: "1.96.2"))
    #expect(request.locale == "zh-cn")
    #expect(request.rootUri == "file:///Users/lin/contracts")
    #expect(request.workspaceFolders == [WorkspaceFolder(uri: "file:///Users/lin/contracts", name: "contracts")])
    #expect(request.trace == .off)
    #expect(request.initializationOptions == ["profile": "strict", "ruleOverrides": ["GJ001": "off"]])

    let capabilities = request.capabilities
    #expect(capabilities.positionEncodings == [.utf16])
    #expect(capabilities.publishDiagnosticsRelatedInformation)
    #expect(!capabilities.publishDiagnosticsVersionSupport)
    #expect(capabilities.supportsPullDiagnostics)
    #expect(capabilities.hoverContentFormat == [.markdown, .plaintext])
    #expect(capabilities.completionSnippetSupport)
    #expect(capabilities.codeActionLiteralSupport)
    #expect(capabilities.codeActionKinds.contains(.quickFix))
    #expect(capabilities.codeActionResolveProperties == ["edit"])
    #expect(capabilities.workspaceConfiguration)
    #expect(capabilities.workspaceFolders)
    #expect(capabilities.didChangeConfigurationDynamicRegistration)
    #expect(capabilities.didChangeWatchedFilesDynamicRegistration)
    #expect(capabilities.workDoneProgress)

    let tokens = try #require(capabilities.semanticTokens)
    #expect(tokens.tokenTypes.count == 23)
    #expect(tokens.tokenModifiers.contains("declaration"))
    #expect(tokens.formats == ["relative"])
    #expect(tokens.full && tokens.range)
    #expect(!tokens.multilineTokenSupport && !tokens.overlappingTokenSupport)
  }

  @Test func neovimInitializeDecodesWithEveryCapabilityGoujiReads() throws {
    let request = try decode(InitializeRequest.self, ClientFixtures.neovimInitialize)
    #expect(request.processId == 91234)
    #expect(request.clientInfo?.name == "Neovim")
    #expect(request.locale == nil)
    #expect(request.initializationOptions == nil)

    let capabilities = request.capabilities
    #expect(capabilities.positionEncodings == [.utf8, .utf16, .utf32])
    #expect(capabilities.publishDiagnosticsRelatedInformation)
    #expect(!capabilities.publishDiagnosticsVersionSupport)
    #expect(capabilities.supportsPullDiagnostics)
    #expect(!capabilities.completionSnippetSupport)
    #expect(capabilities.codeActionLiteralSupport)
    #expect(!capabilities.didChangeConfigurationDynamicRegistration)
    #expect(capabilities.workDoneProgress)

    let tokens = try #require(capabilities.semanticTokens)
    #expect(tokens.full && !tokens.range)
    #expect(tokens.overlappingTokenSupport)
  }

  @Test(arguments: [ClientFixtures.vscodeInitialize, ClientFixtures.neovimInitialize])
  func rawCapabilitiesAreKeptVerbatim(json: String) throws {
    let request = try decode(InitializeRequest.self, json)
    let original = try JSONValue(parsing: Data(json.utf8))
    #expect(request.capabilities.raw == original["capabilities"])
    let reencoded = try JSONValue(encoding: request)
    #expect(reencoded["capabilities"] == original["capabilities"])
  }

  @Test func minimalInitializeWritesRequiredNulls() throws {
    try expectMessage(
      InitializeRequest(capabilities: ClientCapabilities([:])),
      method: "initialize",
      params: #"{"processId":null,"rootUri":null,"capabilities":{}}"#
    )
  }

  @Test func capabilitiesOfUnexpectedShapesReadAsUnsupported() throws {
    let capabilities = ClientCapabilities([
      "general": ["positionEncodings": "utf-8"],
      "textDocument": ["hover": true, "diagnostic": nil, "semanticTokens": false, "completion": [1, 2]],
      "workspace": ["configuration": "yes"],
    ])
    #expect(capabilities.positionEncodings.isEmpty)
    #expect(capabilities.hoverContentFormat.isEmpty)
    #expect(!capabilities.supportsPullDiagnostics)
    #expect(capabilities.semanticTokens == nil)
    #expect(!capabilities.completionSnippetSupport)
    #expect(!capabilities.workspaceConfiguration)
  }

  @Test func nonObjectCapabilitiesStillDecode() throws {
    let request = try decode(InitializeRequest.self, #"{"processId":1,"capabilities":[]}"#)
    #expect(request.capabilities.positionEncodings.isEmpty)
    #expect(!request.capabilities.workspaceFolders)
  }
}
