-- End-to-end test of `gouji lsp` with a real Neovim, headless.
--
--   Neovim 0.11+:  nvim --headless -u NONE -i NONE -l Tests/EndToEnd/nvim/e2e.lua
--   Neovim 0.7+:   nvim --headless -u NONE -i NONE -c 'luafile Tests/EndToEnd/nvim/e2e.lua'
--
-- Environment: GOUJI (the gouji executable, required), GOUJI_REPO (the repository root; default: found
-- from this file), GOUJI_E2E_TMP (a scratch folder; default: a new temporary one), GOUJI_E2E_TIMEOUT
-- (milliseconds to wait for each expectation; default 10000), GOUJI_E2E_CLIENT=legacy (on 0.11+: use
-- require('gouji').setup() with vim.lsp.start(), the 0.8–0.10 path, instead of lsp/gouji.lua).
--
-- On 0.11+ the client is the shipped configuration, editors/nvim/lsp/gouji.lua, enabled with
-- vim.lsp.enable(); on older versions it is require('gouji').setup() from editors/nvim/lua/gouji.
-- Filetypes come from editors/nvim/ftdetect/gouji.vim.
--
-- What "the server's text equals the buffer" means here: after every edit, the buffer is written to
-- a scratch file and checked with `gouji check --format json`; the diagnostics the server sent must be
-- exactly those (code, severity, start and end in the negotiated position encoding). The command line
-- and the server share one analysis (ARCHITECTURE.md), so any difference in text shows as a moved,
-- missing or extra diagnostic; every edit below is chosen so that it moves at least one diagnostic.
-- Edits include an astral ideograph (𠮷, U+20BB7: 4 UTF-8 bytes, 2 UTF-16 units, 1 UTF-32 unit), so a
-- server that counts in the wrong unit is caught.
--
-- Exit status 0 when every expectation holds; 1 with a message otherwise.

local uv = vim.loop
local api = vim.api
local started = uv.hrtime()

local function out(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
end

local function elapsed()
  return string.format('%.1fs', (uv.hrtime() - started) / 1e9)
end

local Failure = {}

local function fail(message)
  error(setmetatable({ message = message }, Failure), 0)
end

local function check(condition, message)
  if not condition then
    fail(message)
  end
end

local function inspect(value)
  return vim.inspect(value, { newline = ' ', indent = '' })
end

-- MARK: Set-up

local is_011 = vim.fn.has('nvim-0.11') == 1
local version = vim.version and vim.version() or {}
local version_string = string.format('%s.%s.%s', version.major or '?', version.minor or '?', version.patch or '?')

local gouji = vim.env.GOUJI
local this_file = debug.getinfo(1, 'S').source:gsub('^@', '')
local repo = vim.env.GOUJI_REPO or vim.fn.fnamemodify(this_file, ':p:h:h:h:h')
local timeout = tonumber(vim.env.GOUJI_E2E_TIMEOUT or '') or 10000
local tmp = vim.env.GOUJI_E2E_TMP or vim.fn.tempname()

local function read_file(path)
  local f = assert(io.open(path, 'rb'))
  local data = f:read('*a')
  f:close()
  return data
end

local function write_file(path, data)
  local f = assert(io.open(path, 'wb'))
  f:write(data)
  f:close()
end

-- MARK: Positions in every encoding

--- Number of `encoding` units in the UTF-8 string `s` (from byte 1 to byte `bytes`, default all).
local function units(s, encoding, bytes)
  bytes = bytes or #s
  local count, i = 0, 1
  while i <= bytes do
    local b = s:byte(i)
    local length = b < 0x80 and 1 or b < 0xE0 and 2 or b < 0xF0 and 3 or 4
    if encoding == 'utf-8' then
      count = count + length
    elseif encoding == 'utf-16' then
      count = count + (length == 4 and 2 or 1)
    else
      count = count + 1
    end
    i = i + length
  end
  return count
end

--- Byte length of the first `n` characters (Unicode scalars) of `s`.
local function bytes_of_chars(s, n)
  local i, seen = 1, 0
  while seen < n and i <= #s do
    local b = s:byte(i)
    i = i + (b < 0x80 and 1 or b < 0xE0 and 2 or b < 0xF0 and 3 or 4)
    seen = seen + 1
  end
  return i - 1
end

-- MARK: The client

local state = {
  encoding = nil, -- the client's offset_encoding
  raw = {}, -- uri → LSP diagnostics as received (push or pull)
  received = 0, -- number of diagnostic answers/notifications seen
  errors = {}, -- window/showMessage and window/logMessage errors
  exit_code = nil,
  exit_signal = nil,
}

local function wrap_handler(method, record)
  local original = vim.lsp.handlers[method]
  vim.lsp.handlers[method] = function(err, result, ctx, config)
    record(err, result, ctx)
    if original then
      return original(err, result, ctx, config)
    end
  end
end

wrap_handler('textDocument/publishDiagnostics', function(_, result)
  if result then
    state.raw[result.uri] = result.diagnostics
    state.received = state.received + 1
  end
end)
wrap_handler('textDocument/diagnostic', function(err, result, ctx)
  if err == nil and result and result.kind == 'full' and ctx.params then
    state.raw[ctx.params.textDocument.uri] = result.items
    state.received = state.received + 1
  end
end)
wrap_handler('window/showMessage', function(_, result)
  if result and result.type == 1 then
    table.insert(state.errors, 'window/showMessage: ' .. result.message)
  end
end)
wrap_handler('window/logMessage', function(_, result)
  if result and result.type == 1 then
    table.insert(state.errors, 'window/logMessage: ' .. result.message)
  end
end)

local function on_exit(code, signal)
  state.exit_code = code
  state.exit_signal = signal
end

local function get_clients(bufnr)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = bufnr, name = 'gouji' })
  end
  local found = {}
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do
    if client.name == 'gouji' then
      table.insert(found, client)
    end
  end
  return found
end

local function wait_for(what, condition)
  local ok = vim.wait(timeout, condition, 20)
  if not ok then
    fail('timed out after ' .. timeout .. ' ms waiting for ' .. what)
  end
end

local function client_for(bufnr)
  local client
  wait_for('the gouji client to attach to buffer ' .. bufnr, function()
    client = get_clients(bufnr)[1]
    return client ~= nil and client.initialized == true
  end)
  return client
end

local function request(bufnr, method, params)
  local responses, message = vim.lsp.buf_request_sync(bufnr, method, params, timeout)
  check(responses ~= nil, method .. ': no answer (' .. tostring(message) .. ')')
  for _, response in pairs(responses) do
    check(response.err == nil, method .. ': error ' .. inspect(response.err))
    return response.result
  end
  fail(method .. ': no client answered')
end

-- MARK: Buffers and the command line's view of them

local function buffer_text(bufnr)
  local lines = api.nvim_buf_get_lines(bufnr, 0, -1, true)
  local text = table.concat(lines, '\n')
  if vim.bo[bufnr].eol then
    text = text .. '\n'
  end
  return text, lines
end

local severities = { error = 1, warning = 2, information = 3, hint = 4 }

local function key(d)
  local r = d.range
  return string.format(
    '%s severity %d at %d:%d-%d:%d',
    d.code,
    d.severity or 0,
    r.start.line,
    r.start.character,
    r['end'].line,
    r['end'].character
  )
end

local snapshot = 0

--- The diagnostics `gouji check` gives for the buffer's current text, as LSP ranges in `encoding`.
local function expected_diagnostics(bufnr)
  local text, lines = buffer_text(bufnr)
  snapshot = snapshot + 1
  local path = string.format('%s/snapshots/%03d.txt', tmp, snapshot)
  write_file(path, text)
  local output = vim.fn.system({ gouji, 'check', '--format', 'json', '--lang', 'zh', path })
  local status = vim.v.shell_error
  check(status == 0 or status == 1, 'gouji check ' .. path .. ' exited ' .. status .. ': ' .. output)
  local decoded = vim.fn.json_decode(output)
  local function position(line, column)
    local text_line = lines[line] or ''
    return { line = line - 1, character = units(text_line, state.encoding, bytes_of_chars(text_line, column - 1)) }
  end
  local keys = {}
  for _, d in ipairs(decoded.files[1].diagnostics) do
    table.insert(
      keys,
      key({
        code = d.code,
        severity = severities[d.severity],
        range = { start = position(d.line, d.column), ['end'] = position(d.endLine, d.endColumn) },
      })
    )
  end
  table.sort(keys)
  return keys, decoded.files[1].diagnostics
end

local function received_keys(bufnr)
  local keys = {}
  for _, d in ipairs(state.raw[vim.uri_from_bufnr(bufnr)] or {}) do
    table.insert(keys, key(d))
  end
  table.sort(keys)
  return keys
end

local function same(a, b)
  if #a ~= #b then
    return false
  end
  for i = 1, #a do
    if a[i] ~= b[i] then
      return false
    end
  end
  return true
end

local function diff(expected, actual)
  local lines, in_expected, in_actual = {}, {}, {}
  for _, k in ipairs(expected) do
    in_expected[k] = true
  end
  for _, k in ipairs(actual) do
    in_actual[k] = true
  end
  for _, k in ipairs(expected) do
    if not in_actual[k] then
      table.insert(lines, '  missing: ' .. k)
    end
  end
  for _, k in ipairs(actual) do
    if not in_expected[k] then
      table.insert(lines, '  unexpected: ' .. k)
    end
  end
  local shown = { unpack(lines, 1, 20) }
  if #lines > 20 then
    table.insert(shown, string.format('  … and %d more', #lines - 20))
  end
  return string.format('expected %d, received %d\n', #expected, #actual) .. table.concat(shown, '\n')
end

--- Waits until the server's diagnostics for `bufnr` are exactly what `gouji check` says of the buffer.
local function expect_diagnostics_follow(bufnr, what)
  local expected = expected_diagnostics(bufnr)
  local actual
  local ok = vim.wait(timeout, function()
    actual = received_keys(bufnr)
    return same(expected, actual)
  end, 20)
  if not ok then
    fail(
      string.format(
        '%s: after %d ms the server\'s diagnostics differ from `gouji check` of the buffer (snapshot %s/snapshots/%03d.txt):\n%s',
        what,
        timeout,
        tmp,
        snapshot,
        diff(expected, actual)
      )
    )
  end
  out(string.format('ok  %s: %d diagnostics equal `gouji check` of the buffer (%s)', what, #expected, elapsed()))
  return expected
end

local function find_raw(bufnr, code, line)
  for _, d in ipairs(state.raw[vim.uri_from_bufnr(bufnr)] or {}) do
    if d.code == code and d.range.start.line == line then
      return d
    end
  end
end

local function find_line(lines, pattern, from)
  for i = from or 1, #lines do
    if lines[i]:find(pattern, 1, true) then
      return i
    end
  end
  fail('no line contains ' .. pattern)
end

local function hover_text(result)
  local contents = result and result.contents
  if contents == nil or contents == vim.NIL then
    return ''
  end
  if type(contents) == 'string' then
    return contents
  end
  if contents.value then
    return contents.value
  end
  local parts = {}
  for _, part in ipairs(contents) do
    table.insert(parts, type(part) == 'string' and part or part.value)
  end
  return table.concat(parts, '\n')
end

local function apply_action(bufnr, client, action)
  if action.edit == nil and action.command == nil and action.data ~= nil then
    action = request(bufnr, 'codeAction/resolve', action)
  end
  if action.edit then
    vim.lsp.util.apply_workspace_edit(action.edit, state.encoding)
  end
  local command = action.command
  if type(command) == 'string' then -- a Command, not a CodeAction
    command = action
  end
  if command and command.command then
    request(bufnr, 'workspace/executeCommand', { command = command.command, arguments = command.arguments })
  end
end

-- MARK: The test

local function run()
  check(gouji and gouji ~= '', 'set GOUJI to the gouji executable')
  check(vim.fn.executable(gouji) == 1, 'GOUJI=' .. gouji .. ' is not executable')
  out(string.format('Neovim %s, gouji %s, repository %s', version_string, gouji, repo))
  vim.fn.mkdir(tmp .. '/reports', 'p')
  vim.fn.mkdir(tmp .. '/snapshots', 'p')

  -- Report files: Example 000 under a name that names a report, Example 003 under its hash name
  -- (detected by content), and a text file that is no report.
  local report = tmp .. '/reports/2020年周村区科技局政府信息公开工作年度报告.txt'
  local by_content = tmp .. '/reports/003_5e13778fbfad6663.txt'
  local other = tmp .. '/reports/notes.txt'
  write_file(report, read_file(repo .. '/Examples/000_212ac920282683c5.txt'))
  write_file(by_content, read_file(repo .. '/Examples/003_5e13778fbfad6663.txt'))
  write_file(other, '会议记录\n下周讨论年度计划。\n')

  vim.o.hidden = true -- keep reports loaded (and attached) when switching buffers on 0.7
  vim.opt.runtimepath:prepend(repo .. '/editors/nvim')
  vim.cmd('filetype on')
  vim.o.showmode = false
  vim.o.report = 10000
  local legacy = vim.env.GOUJI_E2E_CLIENT == 'legacy'
  if is_011 and not legacy then
    -- The shipped lsp/gouji.lua, as a user enables it; only the path of the executable differs.
    vim.lsp.config('gouji', { cmd = { gouji, 'lsp' }, on_exit = on_exit })
    vim.lsp.enable('gouji')
    out('client: vim.lsp.enable("gouji") with editors/nvim/lsp/gouji.lua')
  else
    require('gouji').setup({ cmd = { gouji, 'lsp' }, on_exit = on_exit, legacy = legacy })
    out('client: require("gouji").setup() with vim.lsp.' .. (vim.lsp.start and 'start' or 'start_client'))
  end

  -- Filetype detection, attaching, negotiation.
  vim.cmd('edit ' .. vim.fn.fnameescape(other))
  check(vim.bo.filetype ~= 'gouji', 'notes.txt should not be a report, got filetype ' .. vim.bo.filetype)
  vim.cmd('edit ' .. vim.fn.fnameescape(report))
  check(vim.bo.filetype == 'gouji', 'report by name got filetype "' .. vim.bo.filetype .. '", expected gouji')
  local buf = api.nvim_get_current_buf()
  local client = client_for(buf)
  state.encoding = client.offset_encoding
  local server_encoding = client.server_capabilities and client.server_capabilities.positionEncoding
  out(string.format('ok  attached: client %d, position encoding %s (server said %s)', client.id, state.encoding, tostring(server_encoding)))
  if is_011 then
    check(state.encoding == 'utf-8', 'Neovim 0.11 offers utf-8 first; the server chose ' .. tostring(state.encoding))
  else
    check(state.encoding == 'utf-16', 'Neovim 0.7 offers no encodings, so utf-16; got ' .. tostring(state.encoding))
  end
  -- A second report in a split (Neovim 0.11 pulls diagnostics only for visible buffers).
  vim.cmd('split ' .. vim.fn.fnameescape(by_content))
  check(vim.bo.filetype == 'gouji', '003 (by content) got filetype "' .. vim.bo.filetype .. '", expected gouji')
  local content_buf = api.nvim_get_current_buf()
  check(client_for(content_buf).id == client.id, 'the two reports should share one server')
  vim.cmd('wincmd p')
  check(api.nvim_get_current_buf() == buf, 'could not go back to the report window')
  check(#get_clients(vim.fn.bufnr(other)) == 0, 'notes.txt should have no gouji client')
  out('ok  filetype gouji by name and by content (003, Kangxi radicals), not for notes.txt; one server for both')

  -- 1. Diagnostics at the right places.
  local _, lines = buffer_text(buf)
  local total_line = 121 -- "\t3": the 总计 of row 一, whose parts are all 0
  check(lines[total_line] == '\t3', 'Example 000 line 121 should be "\\t3", is ' .. inspect(lines[total_line]))
  wait_for('diagnostics for the report', function()
    return find_raw(buf, 'GJ310', total_line - 1) ~= nil
  end)
  local gj310 = find_raw(buf, 'GJ310', total_line - 1)
  check(
    gj310.range.start.character == 1 and gj310.range['end'].line == 120 and gj310.range['end'].character == 2,
    'GJ310 should cover 120:1-120:2, got ' .. inspect(gj310.range)
  )
  check(gj310.severity == 1, 'GJ310 should be an error, got severity ' .. tostring(gj310.severity))
  check(gj310.source == 'gouji', 'diagnostic source should be "gouji", got ' .. tostring(gj310.source))
  local vim_diagnostics = vim.diagnostic.get(buf, { lnum = 120 })
  local seen = false
  for _, d in ipairs(vim_diagnostics) do
    if d.code == 'GJ310' or (d.user_data and d.user_data.lsp and d.user_data.lsp.code == 'GJ310') then
      check(d.col == 1 and d.end_col == 2, 'vim.diagnostic GJ310 should be at byte column 1-2, got ' .. d.col .. '-' .. d.end_col)
      seen = true
    end
  end
  check(seen, 'vim.diagnostic.get() has no GJ310 on line 121')
  out('ok  GJ310 error at 120:1-120:2 ("\\t3"), source gouji, also in vim.diagnostic')
  -- GJ401 sits after CJK text: its column depends on the encoding.
  local prose_line = 9
  local gj401 = find_raw(buf, 'GJ401', prose_line - 1)
  check(gj401 ~= nil, 'no GJ401 on line 9')
  local prose = lines[prose_line]
  local start_byte = prose:find('未收到政府信息公开申请', 1, true) - 1
  local expected_start = units(prose, state.encoding, start_byte)
  check(
    gj401.range.start.character == expected_start,
    string.format('GJ401 should start at %s character %d, got %d', state.encoding, expected_start, gj401.range.start.character)
  )
  out(string.format('ok  GJ401 on line 9 starts at %s character %d (byte %d, after CJK text)', state.encoding, expected_start, start_byte))
  expect_diagnostics_follow(buf, 'open')
  expect_diagnostics_follow(content_buf, 'open 003 (by content)')

  -- 2. Hover a citation.
  local citation_line = find_line(lines, '第二十条第（五）项')
  local citation_text = lines[citation_line]
  local citation_start = citation_text:find('第二十条', 1, true) - 1
  local inside = citation_start + #'第二十'
  local hover = request(buf, 'textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = citation_line - 1, character = units(citation_text, state.encoding, inside) },
  })
  local text = hover_text(hover)
  check(
    text:find('办理行政许可和其他对外管理服务事项的依据、条件、程序以及办理结果', 1, true),
    'hover on 第二十条第（五）项 should quote the item, got: ' .. inspect(text)
  )
  if hover.range then
    local r = hover.range
    local expected_end = units(citation_text, state.encoding, citation_start + #'第二十条第（五）项')
    check(
      r.start.line == citation_line - 1
        and r.start.character == units(citation_text, state.encoding, citation_start)
        and r['end'].character == expected_end,
      'hover range should be the citation, got ' .. inspect(r)
    )
  end
  out(string.format('ok  hover on line %d 第二十条第（五）项 quotes the regulation%s', citation_line, hover.range and ', range exact' or ''))
  local _, lines003 = buffer_text(content_buf)
  local kangxi_line = find_line(lines003, '第⼆⼗条第（⼀）项')
  local kangxi = lines003[kangxi_line]
  local hover003 = request(content_buf, 'textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(content_buf) },
    position = { line = kangxi_line - 1, character = units(kangxi, state.encoding, kangxi:find('⼗', 1, true) + 2) },
  })
  check(
    hover_text(hover003):find('行政法规、规章和规范性文件', 1, true),
    'hover on 第⼆⼗条第（⼀）项 (Kangxi radicals) should quote item (一), got: ' .. inspect(hover_text(hover003))
  )
  out(string.format('ok  hover on 003 line %d 第⼆⼗条第（⼀）项 (Kangxi radicals) quotes item (一)', kangxi_line))

  -- 3. Complete a row label: cut the label of row 一 back to "一、本年新收" and complete it.
  local label_line = find_line(lines, '一、本年新收政府信息公开申请数量')
  local full_label_line = lines[label_line]
  local prefix = full_label_line:sub(1, full_label_line:find('本年新收', 1, true) - 1 + #'本年新收')
  api.nvim_buf_set_lines(buf, label_line - 1, label_line, true, { prefix })
  expect_diagnostics_follow(buf, 'label cut to ' .. prefix:gsub('\t', '\\t'))
  local cursor = { line = label_line - 1, character = units(prefix, state.encoding) }
  local completion = request(buf, 'textDocument/completion', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = cursor,
    context = { triggerKind = 1 },
  })
  check(completion ~= nil, 'no completion result')
  local items = completion.items or completion
  local chosen, edit
  for _, item in ipairs(items) do
    if item.label:find('本年新收政府信息公开申请数量', 1, true) then
      chosen = item
      if item.textEdit then
        edit = item.textEdit
      elseif completion.itemDefaults and completion.itemDefaults.editRange then
        edit = { range = completion.itemDefaults.editRange, newText = item.textEditText or item.label }
      end
      break
    end
  end
  check(chosen ~= nil, 'no completion item for 一、本年新收政府信息公开申请数量 among ' .. #items .. ' items')
  check(edit ~= nil, 'the row-label completion has no explicit text edit range: ' .. inspect(chosen))
  local item_support = vim.lsp.protocol.make_client_capabilities().textDocument.completion.completionItem
  check(
    chosen.insertTextFormat ~= 2 or item_support.snippetSupport,
    'a snippet sent to a client without snippetSupport: ' .. inspect(chosen)
  )
  if edit.insert then -- InsertReplaceEdit: the client did not declare it (neither 0.7 nor 0.11 does)
    fail('InsertReplaceEdit sent to a client without insertReplaceSupport: ' .. inspect(edit))
  end
  check(edit.range.start.line == cursor.line and edit.range['end'].line == cursor.line, 'completion edit on another line: ' .. inspect(edit.range))
  check(edit.range['end'].character == cursor.character, 'completion edit should end at the cursor ' .. cursor.character .. ': ' .. inspect(edit.range))
  vim.lsp.util.apply_text_edits({ edit }, buf, state.encoding)
  local completed = api.nvim_buf_get_lines(buf, label_line - 1, label_line, true)[1]
  check(completed == full_label_line, 'after completion the line is ' .. inspect(completed) .. ', expected ' .. inspect(full_label_line))
  out(string.format('ok  completion replaced %d:%d-%d:%d with %s', edit.range.start.line, edit.range.start.character, edit.range['end'].line, edit.range['end'].character, edit.newText))
  expect_diagnostics_follow(buf, 'label completed')

  -- 3b. On an empty line of table 三 the row that belongs there comes first: a line opened above
  -- （二）部分公开 (after （一）予以公开) is offered （二） first. The line is removed again afterwards.
  local _, table_lines = buffer_text(buf)
  local partial_line = find_line(table_lines, '（二）部分公开')
  api.nvim_buf_set_lines(buf, partial_line - 1, partial_line - 1, true, { '' })
  expect_diagnostics_follow(buf, 'empty line opened in table 三')
  local on_empty = request(buf, 'textDocument/completion', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = partial_line - 1, character = 0 },
    context = { triggerKind = 1 },
  })
  local offered = (on_empty and (on_empty.items or on_empty)) or {}
  table.sort(offered, function(a, b) return (a.sortText or a.label) < (b.sortText or b.label) end)
  local expected_row = '（二）部分公开（区分处理的，只计这一情形，不计其他情形）'
  check(#offered > 0 and offered[1].label == expected_row,
    'completion on the empty line should offer ' .. expected_row .. ' first, got ' .. inspect(vim.tbl_map(function(i) return i.label end, { offered[1], offered[2], offered[3] })))
  out('ok  completion on an empty line of table 三 offers the row that belongs there first: ' .. offered[1].label)
  api.nvim_buf_set_lines(buf, partial_line - 1, partial_line, true, {})
  expect_diagnostics_follow(buf, 'empty line removed')

  -- 3c. Hovering a table 四 header gives the corrected meaning: 其他结果 is procedural.
  local _, all_lines = buffer_text(buf)
  local table4_start = find_line(all_lines, '四、政府信息公开行政复议')
  local header_line
  for i = table4_start, #all_lines do
    if all_lines[i] == '\t其他' then
      header_line = i
      break
    end
  end
  check(header_line ~= nil, 'no 其他 header line in table 四')
  local header_hover = request(buf, 'textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = header_line - 1, character = units(all_lines[header_line], state.encoding, 1) },
  })
  local header_text = hover_text(header_hover)
  check(header_text:find('程序性驳回', 1, true) and header_text:find('应计入结果维持', 1, true),
    'hover on table 四 其他结果 should say it is procedural, got: ' .. inspect(header_text))
  out(string.format('ok  hover on table 四 line %d 其他结果 names 程序性驳回 and sends 驳回请求 to 结果维持', header_line))

  -- 4. Edit with CJK text: diagnostics follow. Every edit moves the diagnostics of line 9 or those below.
  api.nvim_buf_set_text(buf, prose_line - 1, 0, prose_line - 1, 0, { '𠮷补充：' })
  expect_diagnostics_follow(buf, 'insert 𠮷补充： at the start of line 9')
  local moved = find_raw(buf, 'GJ401', prose_line - 1)
  local astral_shift = ({ ['utf-8'] = 4 + 9, ['utf-16'] = 2 + 3, ['utf-32'] = 1 + 3 })[state.encoding]
  check(
    moved and moved.range.start.character == expected_start + astral_shift,
    string.format('GJ401 should move right by %d %s units, got %s', astral_shift, state.encoding, inspect(moved and moved.range))
  )
  out(string.format('ok  GJ401 moved right by exactly %d %s units', astral_shift, state.encoding))
  api.nvim_buf_set_lines(buf, 4, 4, true, { '（新增段落）本段为测试插入的中文𠮷文字。', '' })
  expect_diagnostics_follow(buf, 'insert two lines above the tables')
  check(find_raw(buf, 'GJ310', total_line + 1) ~= nil, 'GJ310 should now be on line ' .. (total_line + 2))
  -- A change that spans lines and CJK characters: join line 9's end with line 10's start.
  local l9 = api.nvim_buf_get_lines(buf, prose_line + 1, prose_line + 2, true)[1]
  local cut = bytes_of_chars(l9, 6)
  api.nvim_buf_set_text(buf, prose_line + 1, cut, prose_line + 2, bytes_of_chars(api.nvim_buf_get_lines(buf, prose_line + 2, prose_line + 3, true)[1], 2), { '（合并𠮷）' })
  expect_diagnostics_follow(buf, 'replace across a line break')
  -- Typing in insert mode, one character at a time.
  api.nvim_win_set_cursor(0, { 5, 0 })
  api.nvim_feedkeys(api.nvim_replace_termcodes('O打字测试𠮷一二三<Esc>', true, false, true), 'xt', false)
  expect_diagnostics_follow(buf, 'type a CJK line in insert mode')
  vim.cmd('silent normal! u')
  expect_diagnostics_follow(buf, 'undo the typing')
  vim.cmd('silent undo 0')
  check(buffer_text(buf) == read_file(report), 'undo to the start should give the original text')
  expect_diagnostics_follow(buf, 'undo everything')

  -- 5. The quick fix for the wrong total.
  gj310 = find_raw(buf, 'GJ310', total_line - 1)
  check(gj310 ~= nil, 'GJ310 on line 121 should be back after undo')
  local actions = request(buf, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = gj310.range,
    context = { diagnostics = { gj310 }, only = { 'quickfix' } },
  })
  check(type(actions) == 'table' and #actions > 0, 'no code action for GJ310: ' .. inspect(actions))
  local fix
  for _, action in ipairs(actions) do
    if action.title:find('改为0', 1, true) then
      fix = action
    end
  end
  check(fix ~= nil, 'no "改为0" quick fix among ' .. inspect(vim.tbl_map(function(a) return a.title end, actions)))
  check(fix.kind == nil or fix.kind == 'quickfix' or fix.kind:find('^quickfix%.'), 'quick fix kind is ' .. tostring(fix.kind))
  apply_action(buf, client, fix)
  wait_for('the quick fix to change line 121', function()
    return api.nvim_buf_get_lines(buf, total_line - 1, total_line, true)[1] == '\t0'
  end)
  out('ok  quick fix "' .. fix.title .. '" made line 121 "\\t0"')
  expect_diagnostics_follow(buf, 'after the quick fix')
  check(find_raw(buf, 'GJ310', total_line - 1) == nil, 'GJ310 on line 121 should be gone after the fix')

  -- 6. Fix all: the same safe fixes as `gouji check --fix`.
  local fix_all = request(buf, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    range = { start = { line = 0, character = 0 }, ['end'] = { line = 0, character = 0 } },
    context = { diagnostics = {}, only = { 'source.fixAll.gouji' } },
  })
  check(type(fix_all) == 'table' and #fix_all == 1, 'expected one source.fixAll.gouji action, got ' .. inspect(fix_all))
  local cli_fixed_path = tmp .. '/snapshots/fixed.txt'
  write_file(cli_fixed_path, (buffer_text(buf)))
  vim.fn.system({ gouji, 'check', '--fix', cli_fixed_path })
  local cli_fixed = read_file(cli_fixed_path)
  apply_action(buf, client, fix_all[1])
  wait_for('fix all to give the same text as `gouji check --fix`', function()
    return buffer_text(buf) == cli_fixed
  end)
  out('ok  source.fixAll.gouji gives the text `gouji check --fix` gives')
  expect_diagnostics_follow(buf, 'after fix all')

  -- 7. Shut down: the server exits by itself with status 0.
  check(#state.errors == 0, 'the server reported errors:\n' .. table.concat(state.errors, '\n'))
  vim.lsp.stop_client(client.id)
  wait_for('the server to exit after shutdown/exit', function()
    return state.exit_code ~= nil
  end)
  check(state.exit_code == 0 and (state.exit_signal or 0) == 0, string.format('the server exited with status %s, signal %s', tostring(state.exit_code), tostring(state.exit_signal)))
  out('ok  shutdown: the server exited with status 0')
end

local ok, err = xpcall(run, function(e)
  if getmetatable(e) == Failure then
    return e.message
  end
  return debug.traceback(tostring(e), 2)
end)
if ok then
  out(string.format('PASS Neovim %s end-to-end (%s)', version_string, elapsed()))
  vim.cmd('qall!')
else
  io.stderr:write(string.format('FAIL Neovim %s end-to-end (%s): %s\n', version_string, elapsed(), err))
  io.stderr:flush()
  vim.cmd('cquit! 1')
end
