import GoujiJSON

/// `initialize`'s result as JSON built by hand, so that the first answer of a server is written without
/// `JSONEncoder` (see ``JSONValue/writtenJSON()``). Equal to the `Codable` encoding (`InitializeResultTests`).
extension InitializeResult {
  package var json: JSONValue {
    .members(["capabilities": capabilities.json, "serverInfo": serverInfo.map(\.json)])
  }
}

extension ClientInfo {
  var json: JSONValue {
    .members(["name": .string(name), "version": version.map(JSONValue.string)])
  }
}

extension ServerCapabilities {
  var json: JSONValue {
    .members([
      "positionEncoding": positionEncoding.map { .string($0.rawValue) },
      "textDocumentSync": textDocumentSync.map(\.json),
      "hoverProvider": hoverProvider.map(JSONValue.bool),
      "completionProvider": completionProvider.map { options in
        .members([
          "triggerCharacters": options.triggerCharacters.map { .array($0.map(JSONValue.string)) },
          "resolveProvider": options.resolveProvider.map(JSONValue.bool),
        ])
      },
      "codeActionProvider": codeActionProvider.map { options in
        .members([
          "codeActionKinds": options.codeActionKinds.map { .array($0.map { .string($0.rawValue) }) },
          "resolveProvider": options.resolveProvider.map(JSONValue.bool),
        ])
      },
      "documentSymbolProvider": documentSymbolProvider.map(JSONValue.bool),
      "foldingRangeProvider": foldingRangeProvider.map(JSONValue.bool),
      "semanticTokensProvider": semanticTokensProvider.map(\.json),
      "inlayHintProvider": inlayHintProvider.map(JSONValue.bool),
      "diagnosticProvider": diagnosticProvider.map { options in
        .members([
          "identifier": options.identifier.map(JSONValue.string),
          "interFileDependencies": .bool(options.interFileDependencies),
          "workspaceDiagnostics": .bool(options.workspaceDiagnostics),
        ])
      },
      "executeCommandProvider": executeCommandProvider.map { options in
        .members(["commands": .array(options.commands.map(JSONValue.string))])
      },
      "workspace": workspace.map { workspace in
        .members([
          "workspaceFolders": workspace.workspaceFolders.map { folders in
            .members([
              "supported": folders.supported.map(JSONValue.bool),
              "changeNotifications": folders.changeNotifications.map(JSONValue.bool),
            ])
          }
        ])
      },
    ])
  }
}

extension TextDocumentSyncOptions {
  var json: JSONValue {
    .members([
      "openClose": openClose.map(JSONValue.bool),
      "change": change.map { .int($0.rawValue) },
      "save": save.map { .members(["includeText": $0.includeText.map(JSONValue.bool)]) },
    ])
  }
}

extension SemanticTokensOptions {
  var json: JSONValue {
    .members([
      "legend": .members([
        "tokenTypes": .array(legend.tokenTypes.map(JSONValue.string)),
        "tokenModifiers": .array(legend.tokenModifiers.map(JSONValue.string)),
      ]),
      "full": full.map(JSONValue.bool),
      "range": range.map(JSONValue.bool),
    ])
  }
}

extension JSONValue {
  /// An object of the members that are present (`nil` ones are left out, as `Codable` leaves out absent optionals).
  static func members(_ members: KeyValuePairs<String, JSONValue?>) -> JSONValue {
    var object: [String: JSONValue] = [:]
    for (key, value) in members {
      object[key] = value
    }
    return .object(object)
  }
}
