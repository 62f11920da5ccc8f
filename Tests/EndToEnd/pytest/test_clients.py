"""`gouji lsp` as five real clients see it, each impersonated by its recorded capabilities.

Every answer goes through lspcheck.Checker (does it fit what this client declared?) and pytest-lsp's
own checks; diagnostics are compared with `gouji check` of the same text, in the client's encoding.
"""

from __future__ import annotations

import pytest

from lsptext import gouji_fix, units

EXAMPLE = "000_212ac920282683c5.txt"
KANGXI = "003_5e13778fbfad6663.txt"
REPORT_NAME = "2020年周村区科技局政府信息公开工作年度报告.txt"


def hover_text(hover) -> str:
    if not hover:
        return ""
    contents = hover["contents"]
    if isinstance(contents, str):
        return contents
    if isinstance(contents, dict):
        return contents.get("value", "")
    return "\n".join(c if isinstance(c, str) else c.get("value", "") for c in contents)


async def test_diagnostics_where_the_client_expects_them(session):
    await session.initialize()
    document = await session.open(EXAMPLE, REPORT_NAME)
    diagnostics = await session.expect_diagnostics(document, "open 000")
    gj310 = [d for d in diagnostics if d["code"] == "GJ310" and d["range"]["start"]["line"] == 120]
    assert len(gj310) == 1, f"one GJ310 on line 121 expected, got {gj310}"
    assert gj310[0]["range"] == {"start": {"line": 120, "character": 1}, "end": {"line": 120, "character": 2}}
    assert gj310[0]["severity"] == 1
    session.say("ok  GJ310 error at 120:1-120:2")
    kangxi = await session.open(KANGXI)
    await session.expect_diagnostics(kangxi, "open 003 (Kangxi radicals)")


async def test_edits_with_cjk_text_keep_the_server_in_step(session):
    await session.initialize()
    document = await session.open(EXAMPLE, REPORT_NAME)
    await session.expect_diagnostics(document, "open")
    # An astral ideograph (𠮷: 4 UTF-8 bytes, 2 UTF-16 units) and CJK text at the start of line 9.
    start = {"line": 8, "character": 0}
    await session.change(document, {"start": start, "end": start}, "𠮷补充：")
    await session.expect_diagnostics(document, "insert 𠮷补充： at 8:0")
    # Two new lines above the tables: everything below moves down.
    start = {"line": 4, "character": 0}
    await session.change(document, {"start": start, "end": start}, "（新增段落）本段为测试插入的中文𠮷文字。\n\n")
    await session.expect_diagnostics(document, "insert two lines")
    # Replace across a line break, starting after the astral character.
    await session.change(document, {"start": document.position_of("𠮷补充", inside=1),
                                    "end": document.position_of("三是政府信息管理情况", inside=2)}, "（合并𠮷）")
    await session.expect_diagnostics(document, "replace across a line break")
    # Delete the inserted paragraph again.
    await session.change(document, document.range_of("（新增段落）本段为测试插入的中文𠮷文字。\n\n"), "")
    await session.expect_diagnostics(document, "delete two lines")
    # Typing, one character per change, at the end of line 9.
    for character in "补充说明𠮷。":
        end = {"line": 8, "character": units(document.lines[8], document.encoding)}
        await session.change(document, {"start": end, "end": end}, character)
    await session.expect_diagnostics(document, "type 补充说明𠮷。 one character at a time")
    # Change a number: the wrong 总计 of row 一 becomes 0.
    await session.change(document, {"start": document.position_of("\n\t3\n", inside=2),
                                    "end": document.position_of("\n\t3\n", inside=3)}, "0")
    await session.expect_diagnostics(document, "retype the 总计 of row 一 as 0")
    # The whole text at once.
    await session.change(document, None, document.text.replace("一、总体情况", "一、总体情况𠮷"))
    await session.expect_diagnostics(document, "replace the whole text")


async def test_features_fit_the_client(session):
    await session.initialize()
    document = await session.open(EXAMPLE, REPORT_NAME)
    await session.expect_diagnostics(document, "open")
    uri = {"uri": document.uri}
    capabilities = session.server_capabilities

    # Hover a citation of the regulation.
    citation = document.position_of("第二十条第（五）项", inside=3)
    hover = await session.request("textDocument/hover", {"textDocument": uri, "position": citation})
    session.checker.hover("hover citation", document, hover)
    assert "办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果" in hover_text(hover), \
        f"hover on 第二十条第（五）项 should quote the item, got {hover!r}"
    session.say("ok  hover on 第二十条第（五）项 quotes the regulation")

    # Hover the wrong total: the diagnostic is explained.
    hover = await session.request("textDocument/hover", {"textDocument": uri, "position": {"line": 120, "character": 1}})
    session.checker.hover("hover GJ310 cell", document, hover)
    assert "GJ310" in hover_text(hover), f"hover on the GJ310 cell should name the rule, got {hover!r}"

    # Complete a row label typed halfway.
    label = document.range_of("一、本年新收政府信息公开申请数量")
    cut = {"start": document.position_of("一、本年新收政府信息公开申请数量", inside=6), "end": label["end"]}
    await session.change(document, cut, "")
    position = cut["start"]
    completion = await session.request("textDocument/completion", {
        "textDocument": uri, "position": position, "context": {"triggerKind": 1}})
    session.checker.completion("completion", document, completion, position)
    items = completion["items"] if isinstance(completion, dict) else (completion or [])
    chosen = [i for i in items if "本年新收政府信息公开申请数量" in i["label"]]
    assert chosen, f"no completion item for the row label among {[i['label'] for i in items][:20]}"
    edit = chosen[0].get("textEdit")
    if edit is None and isinstance(completion, dict) and "editRange" in (completion.get("itemDefaults") or {}):
        edit = {"range": completion["itemDefaults"]["editRange"], "newText": chosen[0].get("textEditText", chosen[0]["label"])}
    assert edit is not None, f"the row label completion has no explicit edit range: {chosen[0]}"
    replace = edit.get("range") or edit.get("replace")
    line_before = document.lines[position["line"]]
    await session.change(document, replace, edit["newText"])
    assert document.lines[position["line"]].endswith("一、本年新收政府信息公开申请数量"), \
        f"completing {line_before!r} gave {document.lines[position['line']]!r}"
    session.say(f"ok  completion {replace} → {edit['newText']}")
    await session.expect_diagnostics(document, "after completion")

    # The quick fix for the wrong total, and fix-all.
    diagnostics = await session.current_diagnostics(document)
    gj310 = next(d for d in diagnostics if d["code"] == "GJ310" and d["range"]["start"]["line"] == 120)
    actions = await session.request("textDocument/codeAction", {
        "textDocument": uri, "range": gj310["range"], "context": {"diagnostics": [gj310], "only": ["quickfix"]}})
    session.checker.code_actions("codeAction quickfix", document, actions)
    fixes = [a for a in actions or [] if "改为0" in a.get("title", "")]
    assert fixes, f"no 改为0 quick fix among {[a.get('title') for a in actions or []]}"
    fix = fixes[0]
    if "edit" not in fix and "command" not in fix:
        fix = await session.request("codeAction/resolve", fix)
    assert "edit" in fix, f"the quick fix carries no edit: {fix}"
    edits = (fix["edit"].get("changes") or {}).get(document.uri) or [
        e for change in fix["edit"].get("documentChanges", []) for e in change.get("edits", [])]
    for e in sorted(edits, key=lambda e: (e["range"]["start"]["line"], e["range"]["start"]["character"]), reverse=True):
        await session.change(document, e["range"], e["newText"])
    assert document.lines[120] == "\t0", f"after the quick fix line 121 is {document.lines[120]!r}"
    await session.expect_diagnostics(document, "after the quick fix")

    actions = await session.request("textDocument/codeAction", {
        "textDocument": uri, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 0, "character": 0}},
        "context": {"diagnostics": [], "only": ["source.fixAll.gouji"]}})
    session.checker.code_actions("codeAction fixAll", document, actions)
    assert actions and len(actions) == 1, f"one source.fixAll.gouji action expected, got {actions}"
    fix_all = actions[0]
    if "edit" not in fix_all:
        fix_all = await session.request("codeAction/resolve", fix_all)
    expected_text = gouji_fix(session.gouji, document.text)
    edits = (fix_all["edit"].get("changes") or {}).get(document.uri) or [
        e for change in fix_all["edit"].get("documentChanges", []) for e in change.get("edits", [])]
    document.apply(edits)
    assert document.text == expected_text, "fix-all does not give what `gouji check --fix` gives"
    session.notify("textDocument/didChange", {"textDocument": {"uri": document.uri, "version": document.version + 1},
                                              "contentChanges": [{"text": document.text}]})
    document.version += 1
    await session.expect_diagnostics(document, "after fix-all")

    # Outline, folding, semantic tokens, inlay hints: valid for this client.
    if capabilities.get("documentSymbolProvider"):
        symbols = await session.request("textDocument/documentSymbol", {"textDocument": uri})
        session.checker.document_symbols("documentSymbol", document, symbols)
        names = []

        def collect(items):
            for item in items or []:
                names.append(item["name"])
                collect(item.get("children"))
        collect(symbols)
        assert any("总体情况" in name for name in names), f"the outline has no 总体情况 section: {names[:10]}"
    if capabilities.get("foldingRangeProvider") and session.checker.cap("foldingRange") is not None:
        ranges = await session.request("textDocument/foldingRange", {"textDocument": uri})
        session.checker.folding_ranges("foldingRange", document, ranges)
    legend = (capabilities.get("semanticTokensProvider") or {}).get("legend")
    if legend and session.checker.cap("semanticTokens.requests.full"):
        tokens = await session.request("textDocument/semanticTokens/full", {"textDocument": uri})
        session.checker.semantic_tokens("semanticTokens/full", document, tokens, legend)
    if capabilities.get("inlayHintProvider") and session.checker.cap("inlayHint") is not None:
        end = {"line": len(document.lines) - 1, "character": 0}
        hints = await session.request("textDocument/inlayHint", {
            "textDocument": uri, "range": {"start": {"line": 0, "character": 0}, "end": end}})
        session.checker.inlay_hints("inlayHint", document, hints)
    session.say("ok  checked " + ", ".join(dict.fromkeys(session.checker.checked)))


async def test_settings_reach_the_server(session):
    settings = {"rules": {"GJ310": "off", "row-total-empty": "hint"}, "language": "en"}
    declares_configuration = bool(session.capabilities["capabilities"].get("workspace", {}).get("configuration"))
    if declares_configuration:
        # The client answers workspace/configuration for the section "gouji".
        await session.initialize(configuration=settings)
        how = "workspace/configuration"
    else:
        await session.initialize(initialization_options=settings)
        how = "initializationOptions"
    document = await session.open(EXAMPLE, REPORT_NAME)
    await session.expect_diagnostics(document, f"settings by {how}", "--config", _config_file(settings), messages=True)
    # What Neovim 0.7 sends after initialize, and what editors send when settings change.
    # (Every rule the first settings named is named again: the server may layer these over the
    # initializationOptions.)
    changed = {"rules": {"GJ310": "warning", "row-total-empty": "warning"}, "language": "zh"}
    if declares_configuration:
        session.client.set_configuration(changed, section="gouji")
        session.notify("workspace/didChangeConfiguration", {"settings": None})
    else:
        session.notify("workspace/didChangeConfiguration", {"settings": {"gouji": changed}})
    await session.expect_diagnostics(document, "settings changed", "--config", _config_file(changed), messages=True)


_config_files: dict[str, str] = {}


def _config_file(settings: dict) -> str:
    """A configuration file for `gouji check --config` with the same settings."""
    import json
    import tempfile

    key = json.dumps(settings, sort_keys=True)
    if key not in _config_files:
        with tempfile.NamedTemporaryFile("w", suffix=".gouji.json", delete=False, encoding="utf-8") as f:
            json.dump(settings, f, ensure_ascii=False)
            _config_files[key] = f.name
    return _config_files[key]
