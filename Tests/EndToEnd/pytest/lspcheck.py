"""Does an answer of the server fit what the client declared?

Every check reads the raw JSON the server sent (not pygls' typed view of it) and the client's
recorded `ClientCapabilities` as JSON. A check returns `Finding`s: `hard` ones break a client or the
specification's "MUST"; `soft` ones are members a client did not declare support for but will
ignore (the LSP spec asks servers to leave them out; a client that does not know them drops them).
The tests fail on hard findings and print soft ones.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from lsptext import Document, units

# LSP 3.17: when a client gives no valueSet, only the kinds of the first protocol version are known.
DEFAULT_COMPLETION_ITEM_KINDS = set(range(1, 19))  # Text … Reference
DEFAULT_SYMBOL_KINDS = set(range(1, 19))  # File … Array


@dataclass(frozen=True)
class Finding:
    hard: bool
    where: str
    message: str

    def __str__(self) -> str:
        return f"{'HARD' if self.hard else 'soft'} {self.where}: {self.message}"


def get(capabilities: dict, path: str, default: Any = None) -> Any:
    value: Any = capabilities
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return default
        value = value[part]
    return value


class Checker:
    def __init__(self, capabilities: dict, encoding: str):
        self.capabilities = capabilities
        self.encoding = encoding
        self.findings: list[Finding] = []
        self.checked: list[str] = []

    def hard(self, where: str, condition: bool, message: str) -> None:
        if not condition:
            self.findings.append(Finding(True, where, message))

    def soft(self, where: str, condition: bool, message: str) -> None:
        if not condition:
            self.findings.append(Finding(False, where, message))

    def cap(self, path: str, default: Any = None) -> Any:
        return get(self.capabilities, "textDocument." + path, default)

    # MARK: Positions

    def position(self, where: str, document: Document, position: Any) -> None:
        if not (isinstance(position, dict) and isinstance(position.get("line"), int) and isinstance(position.get("character"), int)):
            self.hard(where, False, f"not a Position: {position!r}")
            return
        try:
            document.index(position, strict=True)
        except ValueError as error:
            self.hard(where, False, f"position {position} is not a place in the document ({self.encoding}): {error}")

    def range(self, where: str, document: Document, range_: Any) -> None:
        if not isinstance(range_, dict) or "start" not in range_ or "end" not in range_:
            self.hard(where, False, f"not a Range: {range_!r}")
            return
        self.position(where + ".start", document, range_["start"])
        self.position(where + ".end", document, range_["end"])
        start, end = range_["start"], range_["end"]
        self.hard(where, (start["line"], start["character"]) <= (end["line"], end["character"]), f"range ends before it starts: {range_}")

    # MARK: initialize

    def initialize_result(self, result: dict) -> None:
        self.checked.append("initialize")
        capabilities = result.get("capabilities", {})
        offered = get(self.capabilities, "general.positionEncodings")
        chosen = capabilities.get("positionEncoding")
        if offered:
            self.hard("initialize.positionEncoding", chosen in offered or (chosen is None and "utf-16" in offered),
                      f"{chosen!r} is not one the client offered ({offered})")
        else:
            self.hard("initialize.positionEncoding", chosen in (None, "utf-16"),
                      f"the client offered no encodings (so UTF-16 only), the server chose {chosen!r}")
        sync = capabilities.get("textDocumentSync")
        if isinstance(sync, dict):
            self.hard("initialize.textDocumentSync", sync.get("openClose") is True, "openClose should be true")
            self.hard("initialize.textDocumentSync", sync.get("change") in (1, 2), f"change {sync.get('change')!r}")
        else:
            self.hard("initialize.textDocumentSync", sync in (1, 2), f"textDocumentSync {sync!r}")
        if capabilities.get("diagnosticProvider") is not None:
            self.hard("initialize.diagnosticProvider", self.cap("diagnostic") is not None,
                      "pull diagnostics offered as the only way to a client that cannot pull (it must get pushed diagnostics)")
        legend = get(capabilities, "semanticTokensProvider.legend")
        if legend is not None:
            self.hard("initialize.semanticTokensProvider", isinstance(legend.get("tokenTypes"), list) and isinstance(legend.get("tokenModifiers"), list),
                      f"legend {legend!r}")

    # MARK: Diagnostics

    def diagnostics(self, where: str, document: Document, diagnostics: list, pushed: bool, params: dict | None = None) -> None:
        self.checked.append(where)
        support = self.cap("publishDiagnostics", {}) if pushed else self.cap("diagnostic", {})
        if pushed and params is not None and "version" in params:
            self.soft(where, bool(get(support, "versionSupport")),
                      "publishDiagnostics names a version; the client declared no versionSupport")
        # Pull diagnostics (3.17) share publishDiagnostics' related-information and tag declarations
        # for the diagnostics themselves; take the union of what the client declared.
        declared = self.cap("publishDiagnostics", {})
        if not pushed:
            declared = {**declared, **support}
        related = bool(declared.get("relatedInformation"))
        tags = set(get(declared, "tagSupport.valueSet", []) or [])
        code_description = bool(declared.get("codeDescriptionSupport"))
        data = bool(declared.get("dataSupport"))
        for i, d in enumerate(diagnostics):
            w = f"{where}[{i}] {d.get('code')}"
            self.range(w + ".range", document, d.get("range"))
            self.hard(w, d.get("severity") in (1, 2, 3, 4), f"severity {d.get('severity')!r}")
            self.hard(w, isinstance(d.get("message"), str) and d["message"] != "", "no message")
            self.hard(w, d.get("source") == "gouji", f"source {d.get('source')!r}, expected 'gouji'")
            self.hard(w, isinstance(d.get("code"), str) and d["code"].startswith("GJ"), f"code {d.get('code')!r}")
            if d.get("relatedInformation"):
                self.hard(w, related, "relatedInformation sent; the client declared relatedInformation: false")
                for j, info in enumerate(d["relatedInformation"]):
                    if info.get("location", {}).get("uri") == document.uri:
                        self.range(f"{w}.relatedInformation[{j}]", document, info["location"].get("range"))
            if d.get("tags"):
                self.soft(w, set(d["tags"]) <= tags, f"tags {d['tags']} outside the client's tagSupport {sorted(tags)}")
            if "codeDescription" in d:
                self.soft(w, code_description, "codeDescription sent; the client declared no codeDescriptionSupport")
                href = d["codeDescription"].get("href") if isinstance(d["codeDescription"], dict) else None
                self.hard(w, isinstance(href, str) and ":" in href, f"codeDescription.href {href!r} is not a URI")
            if "data" in d:
                self.soft(w, data, "data sent; the client declared no dataSupport (it may not send it back with code actions)")

    # MARK: Hover

    def hover(self, where: str, document: Document, hover: Any) -> None:
        self.checked.append(where)
        if hover is None:
            return
        formats = self.cap("hover.contentFormat") or ["plaintext"]
        contents = hover.get("contents")
        if isinstance(contents, dict) and "kind" in contents:
            self.hard(where, contents["kind"] in formats, f"MarkupContent of kind {contents['kind']!r}; the client takes {formats}")
        elif isinstance(contents, (str, list)) or (isinstance(contents, dict) and "language" in contents):
            self.soft(where, False, "MarkedString contents are deprecated; use MarkupContent")
        else:
            self.hard(where, False, f"contents {contents!r}")
        if "range" in hover:
            self.range(where + ".range", document, hover["range"])

    # MARK: Completion

    def completion(self, where: str, document: Document, result: Any, position: dict) -> None:
        self.checked.append(where)
        if result is None:
            return
        items = result.get("items") if isinstance(result, dict) else result
        self.hard(where, isinstance(items, list), f"not a completion result: {result!r}")
        item_support = self.cap("completion.completionItem", {}) or {}
        kinds = set(self.cap("completion.completionItemKind.valueSet") or DEFAULT_COMPLETION_ITEM_KINDS)
        documentation_formats = item_support.get("documentationFormat") or ["plaintext"]
        tags = set(get(item_support, "tagSupport.valueSet", []) or [])
        resolve = set(get(item_support, "resolveSupport.properties", []) or [])
        if isinstance(result, dict) and "itemDefaults" in result:
            allowed = set(self.cap("completion.completionList.itemDefaults") or [])
            for key in result["itemDefaults"]:
                self.hard(where, key in allowed, f"itemDefaults.{key}; the client declared {sorted(allowed)}")
            edit_range = result["itemDefaults"].get("editRange")
            if isinstance(edit_range, dict) and "insert" in edit_range:
                self.hard(where, bool(item_support.get("insertReplaceSupport")), "insert/replace editRange without insertReplaceSupport")
        for i, item in enumerate(items or []):
            w = f"{where}[{i}] {item.get('label')!r}"
            self.hard(w, isinstance(item.get("label"), str), "no label")
            if "kind" in item:
                self.hard(w, item["kind"] in kinds, f"kind {item['kind']} outside the client's {sorted(kinds)}")
            if item.get("insertTextFormat") == 2:
                self.hard(w, bool(item_support.get("snippetSupport")), "a snippet for a client without snippetSupport")
            edit = item.get("textEdit")
            if edit is not None:
                if "insert" in edit:
                    self.hard(w, bool(item_support.get("insertReplaceSupport")), "InsertReplaceEdit without insertReplaceSupport")
                    for part in ("insert", "replace"):
                        self.range(f"{w}.textEdit.{part}", document, edit[part])
                        self.hard(w, edit[part]["start"]["line"] == position["line"] == edit[part]["end"]["line"],
                                  f"textEdit.{part} is not on the line of the request")
                else:
                    self.range(w + ".textEdit.range", document, edit.get("range"))
                    r = edit.get("range", {})
                    # LSP: the edit must be on one line and contain the position of the request.
                    self.hard(w, r.get("start", {}).get("line") == position["line"] == r.get("end", {}).get("line"),
                              f"textEdit {r} is not a single-line range on the line of the request")
                    self.hard(w, (r["start"]["line"], r["start"]["character"]) <= (position["line"], position["character"])
                              <= (r["end"]["line"], r["end"]["character"]), f"textEdit {r} does not contain the request's position {position}")
            for j, extra in enumerate(item.get("additionalTextEdits") or []):
                self.range(f"{w}.additionalTextEdits[{j}]", document, extra.get("range"))
            documentation = item.get("documentation")
            if isinstance(documentation, dict):
                self.hard(w, documentation.get("kind") in documentation_formats,
                          f"documentation of kind {documentation.get('kind')!r}; the client takes {documentation_formats}")
            if item.get("tags"):
                self.hard(w, set(item["tags"]) <= tags, f"tags {item['tags']} outside the client's {sorted(tags)}")
            if "labelDetails" in item:
                self.hard(w, bool(item_support.get("labelDetailsSupport")), "labelDetails without labelDetailsSupport")
            if "commitCharacters" in item:
                self.hard(w, bool(item_support.get("commitCharactersSupport")), "commitCharacters without commitCharactersSupport")
            if "insertTextMode" in item:
                self.hard(w, item["insertTextMode"] in (get(item_support, "insertTextModeSupport.valueSet", []) or []),
                          "insertTextMode the client did not declare")
            if item.get("deprecated") is not None:
                self.soft(w, bool(item_support.get("deprecatedSupport")), "deprecated without deprecatedSupport")
            if item.get("preselect") is not None:
                self.soft(w, bool(item_support.get("preselectSupport")), "preselect without preselectSupport")
            if "data" in item and not resolve:
                self.soft(w, False, "data on an item of a client that never resolves items")

    # MARK: Code actions

    def code_actions(self, where: str, document: Document, actions: Any) -> None:
        self.checked.append(where)
        if actions is None:
            return
        self.hard(where, isinstance(actions, list), f"not a list: {actions!r}")
        literal = self.cap("codeAction.codeActionLiteralSupport") is not None
        resolve = set(self.cap("codeAction.resolveSupport.properties") or [])
        for i, action in enumerate(actions or []):
            w = f"{where}[{i}] {action.get('title')!r}"
            is_command = isinstance(action.get("command"), str)
            if not literal:
                self.hard(w, is_command, "a CodeAction literal for a client without codeActionLiteralSupport (Commands only)")
                continue
            if is_command:
                continue
            if "isPreferred" in action:
                self.soft(w, bool(self.cap("codeAction.isPreferredSupport")), "isPreferred without isPreferredSupport")
            if "disabled" in action:
                self.hard(w, bool(self.cap("codeAction.disabledSupport")), "disabled without disabledSupport")
            if "data" in action:
                self.soft(w, bool(self.cap("codeAction.dataSupport")), "data without dataSupport")
            if "edit" not in action and "command" not in action:
                self.hard(w, "edit" in resolve, "neither edit nor command, and the client cannot resolve the edit")
            if "edit" in action:
                self.workspace_edit(w + ".edit", document, action["edit"])

    def workspace_edit(self, where: str, document: Document, edit: dict) -> None:
        document_changes = bool(get(self.capabilities, "workspace.workspaceEdit.documentChanges"))
        annotations = get(self.capabilities, "workspace.workspaceEdit.changeAnnotationSupport") is not None
        if "documentChanges" in edit:
            self.hard(where, document_changes, "documentChanges for a client without workspaceEdit.documentChanges")
            for change in edit["documentChanges"]:
                if change.get("kind"):
                    self.hard(where, change["kind"] in (get(self.capabilities, "workspace.workspaceEdit.resourceOperations") or []),
                              f"resource operation {change['kind']} the client did not declare")
                    continue
                for e in change.get("edits", []):
                    if "annotationId" in e:
                        self.hard(where, annotations, "annotated edit without changeAnnotationSupport")
                    if change["textDocument"]["uri"] == document.uri:
                        self.range(where, document, e.get("range"))
        for uri, edits in (edit.get("changes") or {}).items():
            for e in edits:
                if uri == document.uri:
                    self.range(where, document, e.get("range"))
        if "changeAnnotations" in edit:
            self.hard(where, annotations, "changeAnnotations without changeAnnotationSupport")

    # MARK: Symbols, folding, semantic tokens, inlay hints

    def document_symbols(self, where: str, document: Document, symbols: Any) -> None:
        self.checked.append(where)
        if symbols is None:
            return
        hierarchical = bool(self.cap("documentSymbol.hierarchicalDocumentSymbolSupport"))
        kinds = set(self.cap("documentSymbol.symbolKind.valueSet") or DEFAULT_SYMBOL_KINDS)
        tags = set(self.cap("documentSymbol.tagSupport.valueSet") or [])

        def visit(symbol: dict, w: str) -> None:
            self.hard(w, symbol.get("kind") in kinds, f"kind {symbol.get('kind')} outside the client's {sorted(kinds)}")
            self.hard(w, isinstance(symbol.get("name"), str) and symbol["name"].strip() != "", "empty name")
            if symbol.get("tags"):
                self.hard(w, set(symbol["tags"]) <= tags, f"tags {symbol['tags']} the client did not declare")
            if "location" in symbol:  # SymbolInformation
                self.range(w + ".location.range", document, symbol["location"].get("range"))
                return
            self.hard(w, hierarchical, "DocumentSymbol for a client without hierarchicalDocumentSymbolSupport")
            self.range(w + ".range", document, symbol.get("range"))
            self.range(w + ".selectionRange", document, symbol.get("selectionRange"))
            r, s = symbol["range"], symbol["selectionRange"]
            key = lambda p: (p["line"], p["character"])  # noqa: E731
            self.hard(w, key(r["start"]) <= key(s["start"]) and key(s["end"]) <= key(r["end"]),
                      f"selectionRange {s} is not inside range {r}")
            for j, child in enumerate(symbol.get("children") or []):
                visit(child, f"{w}.children[{j}]")
                self.hard(w, key(r["start"]) <= key(child["range"]["start"]) and key(child["range"]["end"]) <= key(r["end"]),
                          f"child {child.get('name')!r} is not inside its parent")

        for i, symbol in enumerate(symbols):
            visit(symbol, f"{where}[{i}] {symbol.get('name')!r}")

    def folding_ranges(self, where: str, document: Document, ranges: Any) -> None:
        self.checked.append(where)
        if ranges is None:
            return
        line_only = bool(self.cap("foldingRange.lineFoldingOnly"))
        kinds = self.cap("foldingRange.foldingRangeKind.valueSet")
        limit = self.cap("foldingRange.rangeLimit")
        line_count = len(document.lines)
        if limit is not None:
            self.hard(where, len(ranges) <= limit, f"{len(ranges)} ranges, more than the client's rangeLimit {limit}")
        for i, r in enumerate(ranges):
            w = f"{where}[{i}]"
            self.hard(w, 0 <= r.get("startLine", -1) <= r.get("endLine", -1) < line_count, f"lines {r} outside the document")
            if line_only:
                self.hard(w, "startCharacter" not in r and "endCharacter" not in r, "characters for a lineFoldingOnly client")
            if "kind" in r and kinds is not None:
                self.hard(w, r["kind"] in kinds, f"kind {r['kind']!r} outside the client's {kinds}")
            if "collapsedText" in r:
                self.hard(w, bool(self.cap("foldingRange.foldingRange.collapsedText")), "collapsedText without support")

    def semantic_tokens(self, where: str, document: Document, tokens: Any, legend: dict) -> None:
        self.checked.append(where)
        if tokens is None:
            return
        support = self.cap("semanticTokens", {}) or {}
        self.hard(where, "relative" in (support.get("formats") or []), "tokens for a client without the relative format")
        data = tokens.get("data")
        self.hard(where, isinstance(data, list) and len(data) % 5 == 0, "data is not a list of 5-tuples")
        if not isinstance(data, list):
            return
        lines = document.lines
        line = start = 0
        previous_end = (-1, -1)
        type_count = len(legend.get("tokenTypes", []))
        modifier_mask = (1 << len(legend.get("tokenModifiers", []))) - 1
        for i in range(0, len(data) - 4, 5):
            delta_line, delta_start, length, token_type, modifiers = data[i : i + 5]
            w = f"{where} token {i // 5}"
            self.hard(w, delta_line >= 0 and delta_start >= 0 and length > 0, f"deltas/length {data[i:i + 5]}")
            line += delta_line
            start = start + delta_start if delta_line == 0 else delta_start
            self.hard(w, token_type < type_count, f"type index {token_type} outside the legend")
            self.hard(w, modifiers & ~modifier_mask == 0, f"modifier bits {modifiers:b} outside the legend")
            if line >= len(lines):
                self.hard(w, False, f"line {line} past the end")
                continue
            line_units = units(lines[line], self.encoding)
            if not support.get("multilineTokenSupport"):
                self.hard(w, start + length <= line_units, f"token {line}:{start}+{length} runs past its line ({line_units} units)")
            self.position(w, document, {"line": line, "character": start})
            self.position(w, document, {"line": line, "character": min(start + length, line_units)})
            if not support.get("overlappingTokenSupport"):
                self.hard(w, (line, start) >= previous_end, f"token {line}:{start} overlaps the previous one")
            previous_end = (line, start + length)

    def inlay_hints(self, where: str, document: Document, hints: Any) -> None:
        self.checked.append(where)
        if hints is None:
            return
        support = self.cap("inlayHint")
        self.hard(where, support is not None, "inlay hints for a client that declared none")
        for i, hint in enumerate(hints):
            w = f"{where}[{i}]"
            self.position(w + ".position", document, hint.get("position"))
            label = hint.get("label")
            self.hard(w, isinstance(label, str) or (isinstance(label, list) and all("value" in part for part in label)), f"label {label!r}")
            for edit in hint.get("textEdits") or []:
                self.range(w + ".textEdits", document, edit.get("range"))

    # MARK: Requests from the server

    def server_request(self, method: str, params: Any) -> None:
        where = f"server request {method}"
        dynamic = {
            "workspace/didChangeConfiguration": "workspace.didChangeConfiguration.dynamicRegistration",
            "workspace/didChangeWatchedFiles": "workspace.didChangeWatchedFiles.dynamicRegistration",
        }
        if method == "workspace/configuration":
            self.hard(where, bool(get(self.capabilities, "workspace.configuration")), "the client declared no workspace.configuration")
        elif method == "window/workDoneProgress/create":
            self.hard(where, bool(get(self.capabilities, "window.workDoneProgress")), "the client declared no window.workDoneProgress")
        elif method == "workspace/applyEdit":
            self.hard(where, bool(get(self.capabilities, "workspace.applyEdit")), "the client declared no workspace.applyEdit")
        elif method == "workspace/diagnostic/refresh":
            self.hard(where, bool(get(self.capabilities, "workspace.diagnostics.refreshSupport")), "no workspace.diagnostics.refreshSupport")
        elif method == "workspace/semanticTokens/refresh":
            self.hard(where, bool(get(self.capabilities, "workspace.semanticTokens.refreshSupport")), "no semanticTokens.refreshSupport")
        elif method == "workspace/inlayHint/refresh":
            self.hard(where, bool(get(self.capabilities, "workspace.inlayHint.refreshSupport")), "no inlayHint.refreshSupport")
        elif method == "window/showDocument":
            self.hard(where, bool(get(self.capabilities, "window.showDocument.support")), "no window.showDocument.support")
        elif method == "workspace/workspaceFolders":
            self.hard(where, bool(get(self.capabilities, "workspace.workspaceFolders")), "no workspace.workspaceFolders")
        elif method == "client/registerCapability":
            for registration in (params or {}).get("registrations", []):
                path = dynamic.get(registration.get("method"))
                if path is None:
                    path = "textDocument." + registration.get("method", "").split("/")[-1] + ".dynamicRegistration"
                self.hard(f"{where} {registration.get('method')}", bool(get(self.capabilities, path)),
                          f"{path} is not true")
        elif method == "window/showMessageRequest":
            pass
        else:
            self.soft(where, False, "a request this check does not know")

    def hard_findings(self) -> list[Finding]:
        return [f for f in self.findings if f.hard]

    def soft_findings(self) -> list[Finding]:
        return [f for f in self.findings if not f.hard]
