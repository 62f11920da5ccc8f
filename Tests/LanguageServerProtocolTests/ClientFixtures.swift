/// Captured-style `initialize` params of real clients, trimmed of nothing that matters: unknown members must be
/// tolerated, so the fixtures keep the long tail of capabilities gouji does not read.
enum ClientFixtures {
  /// VS Code 1.9x through vscode-languageclient 9 (positions in UTF-16 only).
  static let vscodeInitialize = #"""
    {
      "processId": 48213,
      "clientInfo": {"name": "Visual Studio Code", "version": "1.96.2"},
      "locale": "zh-cn",
      "rootPath": "/Users/lin/contracts",
      "rootUri": "file:///Users/lin/contracts",
      "capabilities": {
        "workspace": {
          "applyEdit": true,
          "workspaceEdit": {
            "documentChanges": true,
            "resourceOperations": ["create", "rename", "delete"],
            "failureHandling": "textOnlyTransactional",
            "normalizesLineEndings": true,
            "changeAnnotationSupport": {"groupsOnLabel": true}
          },
          "configuration": true,
          "didChangeWatchedFiles": {"dynamicRegistration": true, "relativePatternSupport": true},
          "symbol": {
            "dynamicRegistration": true,
            "symbolKind": {"valueSet": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
              23, 24, 25, 26]},
            "tagSupport": {"valueSet": [1]},
            "resolveSupport": {"properties": ["location.range"]}
          },
          "codeLens": {"refreshSupport": true},
          "executeCommand": {"dynamicRegistration": true},
          "didChangeConfiguration": {"dynamicRegistration": true},
          "workspaceFolders": true,
          "foldingRange": {"refreshSupport": true},
          "semanticTokens": {"refreshSupport": true},
          "fileOperations": {
            "dynamicRegistration": true, "didCreate": true, "didRename": true, "didDelete": true,
            "willCreate": true, "willRename": true, "willDelete": true
          },
          "inlineValue": {"refreshSupport": true},
          "inlayHint": {"refreshSupport": true},
          "diagnostics": {"refreshSupport": true}
        },
        "textDocument": {
          "publishDiagnostics": {
            "relatedInformation": true,
            "versionSupport": false,
            "tagSupport": {"valueSet": [1, 2]},
            "codeDescriptionSupport": true,
            "dataSupport": true
          },
          "synchronization": {"dynamicRegistration": true, "willSave": true, "willSaveWaitUntil": true,
            "didSave": true},
          "completion": {
            "dynamicRegistration": true,
            "contextSupport": true,
            "completionItem": {
              "snippetSupport": true,
              "commitCharactersSupport": true,
              "documentationFormat": ["markdown", "plaintext"],
              "deprecatedSupport": true,
              "preselectSupport": true,
              "tagSupport": {"valueSet": [1]},
              "insertReplaceSupport": true,
              "resolveSupport": {"properties": ["documentation", "detail", "additionalTextEdits"]},
              "insertTextModeSupport": {"valueSet": [1, 2]},
              "labelDetailsSupport": true
            },
            "insertTextMode": 2,
            "completionItemKind": {"valueSet": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
              21, 22, 23, 24, 25]},
            "completionList": {"itemDefaults": ["commitCharacters", "editRange", "insertTextFormat", "insertTextMode",
              "data"]}
          },
          "hover": {"dynamicRegistration": true, "contentFormat": ["markdown", "plaintext"]},
          "signatureHelp": {
            "dynamicRegistration": true,
            "signatureInformation": {
              "documentationFormat": ["markdown", "plaintext"],
              "parameterInformation": {"labelOffsetSupport": true},
              "activeParameterSupport": true
            },
            "contextSupport": true
          },
          "definition": {"dynamicRegistration": true, "linkSupport": true},
          "references": {"dynamicRegistration": true},
          "documentHighlight": {"dynamicRegistration": true},
          "documentSymbol": {
            "dynamicRegistration": true,
            "symbolKind": {"valueSet": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
              23, 24, 25, 26]},
            "hierarchicalDocumentSymbolSupport": true,
            "tagSupport": {"valueSet": [1]},
            "labelSupport": true
          },
          "codeAction": {
            "dynamicRegistration": true,
            "isPreferredSupport": true,
            "disabledSupport": true,
            "dataSupport": true,
            "resolveSupport": {"properties": ["edit"]},
            "codeActionLiteralSupport": {
              "codeActionKind": {
                "valueSet": ["", "quickfix", "refactor", "refactor.extract", "refactor.inline", "refactor.rewrite",
                  "source", "source.organizeImports"]
              }
            },
            "honorsChangeAnnotations": true
          },
          "codeLens": {"dynamicRegistration": true},
          "formatting": {"dynamicRegistration": true},
          "rangeFormatting": {"dynamicRegistration": true, "rangesSupport": true},
          "onTypeFormatting": {"dynamicRegistration": true},
          "rename": {"dynamicRegistration": true, "prepareSupport": true, "prepareSupportDefaultBehavior": 1,
            "honorsChangeAnnotations": true},
          "documentLink": {"dynamicRegistration": true, "tooltipSupport": true},
          "typeDefinition": {"dynamicRegistration": true, "linkSupport": true},
          "implementation": {"dynamicRegistration": true, "linkSupport": true},
          "colorProvider": {"dynamicRegistration": true},
          "foldingRange": {
            "dynamicRegistration": true,
            "rangeLimit": 5000,
            "lineFoldingOnly": true,
            "foldingRangeKind": {"valueSet": ["comment", "imports", "region"]},
            "foldingRange": {"collapsedText": false}
          },
          "declaration": {"dynamicRegistration": true, "linkSupport": true},
          "selectionRange": {"dynamicRegistration": true},
          "callHierarchy": {"dynamicRegistration": true},
          "semanticTokens": {
            "dynamicRegistration": true,
            "tokenTypes": ["namespace", "type", "class", "enum", "interface", "struct", "typeParameter", "parameter",
              "variable", "property", "enumMember", "event", "function", "method", "macro", "keyword", "modifier",
              "comment", "string", "number", "regexp", "operator", "decorator"],
            "tokenModifiers": ["declaration", "definition", "readonly", "static", "deprecated", "abstract", "async",
              "modification", "documentation", "defaultLibrary"],
            "formats": ["relative"],
            "requests": {"range": true, "full": {"delta": true}},
            "multilineTokenSupport": false,
            "overlappingTokenSupport": false,
            "serverCancelSupport": true,
            "augmentsSyntaxTokens": true
          },
          "linkedEditingRange": {"dynamicRegistration": true},
          "typeHierarchy": {"dynamicRegistration": true},
          "inlineValue": {"dynamicRegistration": true},
          "inlayHint": {
            "dynamicRegistration": true,
            "resolveSupport": {"properties": ["tooltip", "textEdits", "label.tooltip", "label.location",
              "label.command"]}
          },
          "diagnostic": {"dynamicRegistration": true, "relatedDocumentSupport": false}
        },
        "window": {
          "showMessage": {"messageActionItem": {"additionalPropertiesSupport": true}},
          "showDocument": {"support": true},
          "workDoneProgress": true
        },
        "general": {
          "staleRequestSupport": {
            "cancel": true,
            "retryOnContentModified": ["textDocument/semanticTokens/full", "textDocument/semanticTokens/range",
              "textDocument/semanticTokens/full/delta"]
          },
          "regularExpressions": {"engine": "ECMAScript", "version": "ES2020"},
          "markdown": {"parser": "marked", "version": "1.1.0"},
          "positionEncodings": ["utf-16"]
        },
        "notebookDocument": {"synchronization": {"dynamicRegistration": true, "executionSummarySupport": true}}
      },
      "initializationOptions": {"profile": "strict", "ruleOverrides": {"GJ001": "off"}},
      "trace": "off",
      "workspaceFolders": [{"uri": "file:///Users/lin/contracts", "name": "contracts"}]
    }
    """#

  /// Neovim 0.10's built-in client (positions in any encoding, UTF-8 preferred).
  static let neovimInitialize = #"""
    {
      "processId": 91234,
      "clientInfo": {"name": "Neovim", "version": "0.10.2"},
      "rootPath": "/home/lin/contracts",
      "rootUri": "file:///home/lin/contracts",
      "initializationOptions": null,
      "trace": "off",
      "workDoneToken": "1",
      "workspaceFolders": [{"uri": "file:///home/lin/contracts", "name": "/home/lin/contracts"}],
      "capabilities": {
        "general": {"positionEncodings": ["utf-8", "utf-16", "utf-32"]},
        "textDocument": {
          "callHierarchy": {"dynamicRegistration": false},
          "codeAction": {
            "codeActionLiteralSupport": {
              "codeActionKind": {
                "valueSet": ["", "quickfix", "refactor", "refactor.extract", "refactor.inline", "refactor.rewrite",
                  "source", "source.organizeImports"]
              }
            },
            "dataSupport": true,
            "dynamicRegistration": true,
            "isPreferredSupport": true,
            "resolveSupport": {"properties": ["edit"]}
          },
          "completion": {
            "completionItem": {
              "commitCharactersSupport": false,
              "deprecatedSupport": false,
              "documentationFormat": ["markdown", "plaintext"],
              "preselectSupport": false,
              "snippetSupport": false
            },
            "completionItemKind": {"valueSet": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20,
              21, 22, 23, 24, 25]},
            "completionList": {"itemDefaults": ["editRange", "insertTextFormat", "insertTextMode", "data"]},
            "contextSupport": false,
            "dynamicRegistration": false
          },
          "declaration": {"linkSupport": true},
          "definition": {"dynamicRegistration": true, "linkSupport": true},
          "diagnostic": {"dynamicRegistration": false},
          "documentHighlight": {"dynamicRegistration": false},
          "documentSymbol": {
            "dynamicRegistration": false,
            "hierarchicalDocumentSymbolSupport": true,
            "symbolKind": {"valueSet": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
              23, 24, 25, 26]}
          },
          "formatting": {"dynamicRegistration": true},
          "hover": {"contentFormat": ["markdown", "plaintext"], "dynamicRegistration": true},
          "implementation": {"linkSupport": true},
          "inlayHint": {
            "dynamicRegistration": true,
            "resolveSupport": {"properties": ["textEdits", "tooltip", "location", "command"]}
          },
          "publishDiagnostics": {
            "dataSupport": true,
            "relatedInformation": true,
            "tagSupport": {"valueSet": [1, 2]}
          },
          "rangeFormatting": {"dynamicRegistration": true},
          "references": {"dynamicRegistration": false},
          "rename": {"dynamicRegistration": true, "prepareSupport": true},
          "semanticTokens": {
            "augmentsSyntaxTokens": true,
            "dynamicRegistration": false,
            "formats": ["relative"],
            "multilineTokenSupport": false,
            "overlappingTokenSupport": true,
            "requests": {"full": {"delta": true}, "range": false},
            "serverCancelSupport": false,
            "tokenModifiers": ["declaration", "definition", "readonly", "static", "deprecated", "abstract", "async",
              "modification", "documentation", "defaultLibrary"],
            "tokenTypes": ["namespace", "type", "class", "enum", "interface", "struct", "typeParameter", "parameter",
              "variable", "property", "enumMember", "event", "function", "method", "macro", "keyword", "modifier",
              "comment", "string", "number", "regexp", "operator", "decorator"]
          },
          "signatureHelp": {
            "dynamicRegistration": false,
            "signatureInformation": {
              "activeParameterSupport": true,
              "documentationFormat": ["markdown", "plaintext"],
              "parameterInformation": {"labelOffsetSupport": true}
            }
          },
          "synchronization": {"didSave": true, "dynamicRegistration": false, "willSave": true,
            "willSaveWaitUntil": true},
          "typeDefinition": {"linkSupport": true}
        },
        "window": {
          "showDocument": {"support": true},
          "showMessage": {"messageActionItem": {"additionalPropertiesSupport": false}},
          "workDoneProgress": true
        },
        "workspace": {
          "applyEdit": true,
          "configuration": true,
          "didChangeConfiguration": {"dynamicRegistration": false},
          "didChangeWatchedFiles": {"dynamicRegistration": false, "relativePatternSupport": true},
          "inlayHint": {"refreshSupport": true},
          "semanticTokens": {"refreshSupport": true},
          "symbol": {
            "dynamicRegistration": false,
            "symbolKind": {"valueSet": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22,
              23, 24, 25, 26]}
          },
          "workspaceEdit": {"resourceOperations": ["rename", "create", "delete"]},
          "workspaceFolders": true
        }
      }
    }
    """#
}
