"""pytest-lsp sessions with `gouji lsp`, impersonating real clients by their recorded capabilities.

GOUJI names the gouji executable (required). GOUJI_E2E_TIMEOUT: seconds per expectation (default 10).
"""

from __future__ import annotations

import asyncio
import copy
import json
import os
import pathlib
import uuid
from concurrent.futures import Future
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import pytest
import pytest_asyncio
from lsprotocol import types
from pytest_lsp import LanguageClient, LanguageClientProtocol, client as pytest_lsp_client
from pytest_lsp.checks import check_result_against_client_capabilities

from lspcheck import Checker
from lsptext import Document, describe_difference, diagnostic_keys, expected_diagnostics

HERE = pathlib.Path(__file__).resolve().parent
REPO = HERE.parents[2]
TIMEOUT = float(os.environ.get("GOUJI_E2E_TIMEOUT") or 10)


def _bundled(name: str) -> pathlib.Path:
    return pathlib.Path(str(resources.files("pytest_lsp.clients") / name))


# name → recorded `initialize` params (clientInfo and capabilities). The Neovim and Emacs 28 files
# were recorded here from the installed clients with Tests/EndToEnd/tools/record_client.py; VS Code
# and Emacs 29 are pytest-lsp's own recordings (VS Code cannot run here).
CLIENTS = {
    "vscode-1.65.2": _bundled("visual_studio_code_v1.65.2.json"),
    "neovim-0.11.4": HERE / "clients" / "neovim_v0.11.4.json",
    "neovim-0.7.2": HERE / "clients" / "neovim_v0.7.2.json",
    "emacs-28.2-eglot-1.9": HERE / "clients" / "emacs_v28.2-eglot_v1.9.json",
    "emacs-29.1-eglot": _bundled("emacs_v29.1.json"),
}


def gouji_executable() -> str:
    path = os.environ.get("GOUJI")
    if not path:
        pytest.fail("set GOUJI to the gouji executable")
    return path


class RecordingProtocol(LanguageClientProtocol):
    """pytest-lsp's protocol, keeping every message from the server as raw JSON as well."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.raw_results: dict[Any, dict] = {}
        self.raw_notifications: list[dict] = []
        self.raw_requests: list[dict] = []

    def structure_message(self, data: dict[str, Any]):
        # pygls calls this as json.loads' object_hook, for every object in a message: keep messages only.
        if "jsonrpc" not in data:
            return super().structure_message(data)
        if "method" in data and "id" in data:
            self.raw_requests.append(copy.deepcopy(data))
        elif "method" in data:
            self.raw_notifications.append(copy.deepcopy(data))
        elif "id" in data:
            self.raw_results[data["id"]] = copy.deepcopy(data)
        return super().structure_message(data)


def make_client() -> LanguageClient:
    client = LanguageClient(protocol_cls=RecordingProtocol, converter_factory=pytest_lsp_client.default_converter)
    pytest_lsp_client.register_lsp_features(client)

    # Registrations succeed, as in the editors (whether the client declared dynamic registration for
    # them is checked by Session.finish).
    @client.feature(types.CLIENT_REGISTER_CAPABILITY)
    def register_capability(_client: LanguageClient, _params: types.RegistrationParams):
        return None

    @client.feature(types.CLIENT_UNREGISTER_CAPABILITY)
    def unregister_capability(_client: LanguageClient, _params: types.UnregistrationParams):
        return None

    return client


@dataclass
class Session:
    name: str
    client: LanguageClient
    capabilities: dict
    gouji: str
    result: dict = field(default_factory=dict)
    encoding: str = "utf-16"
    checker: Checker | None = None
    documents: dict[str, Document] = field(default_factory=dict)
    log: list[str] = field(default_factory=list)
    _last: tuple = ("", [], None)

    @property
    def protocol(self) -> RecordingProtocol:
        return self.client.protocol  # type: ignore[return-value]

    @property
    def server_capabilities(self) -> dict:
        return self.result.get("capabilities", {})

    @property
    def pulls(self) -> bool:
        return self.server_capabilities.get("diagnosticProvider") is not None

    def say(self, line: str) -> None:
        self.log.append(line)
        print(f"[{self.name}] {line}")

    async def request(self, method: str, params: Any) -> Any:
        """Send a request as raw JSON; return the raw result (pygls still checks its shape)."""
        msg_id = str(uuid.uuid4())
        future: Future = Future()
        self.protocol._request_futures[msg_id] = future
        self.protocol._result_types[msg_id] = self.protocol.get_result_type(method)
        self.protocol._send_data({"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params})
        try:
            typed = await asyncio.wait_for(asyncio.wrap_future(future), TIMEOUT)
        except asyncio.TimeoutError:
            pytest.fail(f"{method}: no answer within {TIMEOUT}s")
        except Exception as error:  # an error response, or an answer pygls cannot read as the method's result
            pytest.fail(f"{method}: {error!r} (raw: {self.protocol.raw_results.get(msg_id)})")
        # pytest-lsp's own checks of results against the client's capabilities (warnings → errors, see pytest.ini).
        check_result_against_client_capabilities(self.client.capabilities, method, typed)
        return self.protocol.raw_results[msg_id].get("result")

    def notify(self, method: str, params: Any) -> None:
        self.protocol._send_data({"jsonrpc": "2.0", "method": method, "params": params})

    async def initialize(self, initialization_options: Any = None, configuration: Any = None) -> None:
        """`initialize` with exactly the recorded capabilities, then `initialized`."""
        if configuration is not None:
            self.client.set_configuration(configuration, section="gouji")
        self.client.capabilities = self.protocol._converter.structure(self.capabilities["capabilities"], types.ClientCapabilities)
        params = {
            "processId": os.getpid(),
            "clientInfo": self.capabilities.get("clientInfo") or {"name": self.name},
            "rootUri": None,
            "capabilities": self.capabilities["capabilities"],
        }
        if initialization_options is not None:
            params["initializationOptions"] = initialization_options
        self.result = await self.request("initialize", params)
        self.notify("initialized", {})
        self.encoding = self.server_capabilities.get("positionEncoding") or "utf-16"
        self.checker = Checker(self.capabilities["capabilities"], self.encoding)
        self.checker.initialize_result(self.result)
        self.say(f"initialized: encoding {self.encoding}, diagnostics {'pulled' if self.pulls else 'pushed'}")

    async def open(self, example: str, name: str | None = None) -> Document:
        text = (REPO / "Examples" / example).read_text(encoding="utf-8")
        uri = (pathlib.Path("/tmp/gouji-e2e") / (name or example)).as_uri()
        document = Document(uri, text, self.encoding, version=1)
        self.documents[uri] = document
        self.notify("textDocument/didOpen",
                    {"textDocument": {"uri": uri, "languageId": "gouji", "version": 1, "text": text}})
        return document

    async def change(self, document: Document, range_: dict | None, text: str) -> None:
        """Edit the document and tell the server: incrementally when it asked for it, else the whole text."""
        sync = self.server_capabilities.get("textDocumentSync")
        kind = sync.get("change") if isinstance(sync, dict) else sync
        if range_ is None:
            document.text = text
            document.version += 1
            change: dict = {"text": text}
        else:
            event = document.change(range_, text)
            change = event if kind == 2 else {"text": document.text}
        self.notify("textDocument/didChange", {
            "textDocument": {"uri": document.uri, "version": document.version},
            "contentChanges": [change],
        })

    def _published(self, uri: str) -> list[dict]:
        return [n["params"] for n in self.protocol.raw_notifications
                if n["method"] == "textDocument/publishDiagnostics" and n["params"]["uri"] == uri]

    async def current_diagnostics(self, document: Document) -> list[dict]:
        """The server's diagnostics for the document now: pulled, or the latest pushed."""
        if self.pulls:
            report = await self.request("textDocument/diagnostic", {"textDocument": {"uri": document.uri}})
            assert report["kind"] == "full", f"expected a full report, got {report}"
            self._last = ("textDocument/diagnostic", report["items"], None)
            return report["items"]
        published = self._published(document.uri)
        if not published:
            return []
        self._last = ("publishDiagnostics", published[-1]["diagnostics"], published[-1])
        return published[-1]["diagnostics"]

    def check_last_diagnostics(self, document: Document) -> None:
        """Check the diagnostics last read, once they are known to be about the document's current text."""
        where, diagnostics, params = self._last
        self.checker.diagnostics(where, document, diagnostics, pushed=params is not None, params=params)

    async def expect_diagnostics(self, document: Document, what: str, *cli_arguments: str, messages: bool = False) -> list[dict]:
        """Wait until the server's diagnostics are exactly those `gouji check` gives for the text."""
        expected = expected_diagnostics(self.gouji, document, *cli_arguments, messages=messages)
        deadline = asyncio.get_running_loop().time() + TIMEOUT
        actual: list = []
        while True:
            diagnostics = await self.current_diagnostics(document)
            actual = diagnostic_keys(diagnostics, messages=messages)
            if actual == expected:
                self.check_last_diagnostics(document)
                self.say(f"ok  {what}: {len(expected)} diagnostics equal `gouji check`")
                return diagnostics
            if asyncio.get_running_loop().time() > deadline:
                pytest.fail(f"{what}: the server's diagnostics differ from `gouji check` of the text:\n"
                            + describe_difference(expected, actual))
            await asyncio.sleep(0.05)

    async def shutdown(self) -> int | None:
        await self.request("shutdown", None)
        self.notify("exit", None)
        server = self.client._server
        if server is None:
            return None
        try:
            return await asyncio.wait_for(server.wait(), TIMEOUT)
        except asyncio.TimeoutError:
            pytest.fail("the server did not exit after shutdown and exit")

    def finish(self) -> None:
        """Check the requests the server sent, print soft findings, fail on hard ones."""
        assert self.checker is not None
        for request in self.protocol.raw_requests:
            self.checker.server_request(request["method"], request.get("params"))
        errors = [m for m in self.client.messages if m.type == types.MessageType.Error]
        for line in summarize(self.checker.soft_findings()):
            print(f"[{self.name}] {line}")
        problems = summarize(self.checker.hard_findings()) + [f"window/showMessage error: {m.message}" for m in errors]
        assert not problems, f"{self.name}: answers that do not fit what the client declared:\n  " + "\n  ".join(problems)


def summarize(findings) -> list[str]:
    """One line per kind of finding (where without its index, and message), with a count."""
    import re

    counts: dict[str, int] = {}
    for finding in findings:
        where = re.sub(r"\[\d+\]( GJ\d+)?", "[]", finding.where)
        key = f"{'HARD' if finding.hard else 'soft'} {where}: {finding.message}"
        counts[key] = counts.get(key, 0) + 1
    return [f"{key}" + (f" (×{n})" if n > 1 else "") for key, n in counts.items()]


@pytest.fixture(params=list(CLIENTS), ids=list(CLIENTS))
def client_name(request) -> str:
    return request.param


@pytest_asyncio.fixture
async def session(client_name: str):
    gouji = gouji_executable()
    recorded = json.loads(CLIENTS[client_name].read_text(encoding="utf-8"))
    client = make_client()
    await client.start_io(gouji, "lsp")
    session = Session(name=client_name, client=client, capabilities=recorded, gouji=gouji)
    try:
        yield session
        if client._server is not None and client._server.returncode is None:
            status = await session.shutdown()
            assert status == 0, f"the server exited with status {status}"
            session.say("ok  shutdown: the server exited with status 0")
        session.finish()
    finally:
        await client.stop()
