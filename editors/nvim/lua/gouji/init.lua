-- gouji language server for every Neovim from 0.7 on.
--
--   require('gouji').setup({
--     cmd = { 'gouji', 'lsp' },                       -- or { '/path/to/gouji', 'lsp' }
--     settings = { rules = { GJ305 = 'off' }, language = 'en' },
--   })
--
-- On 0.11+ this is vim.lsp.config('gouji', ...) + vim.lsp.enable('gouji') (see lsp/gouji.lua).
-- On 0.8–0.10 it starts the server with vim.lsp.start() for every buffer of filetype "gouji"; on 0.7
-- with vim.lsp.start_client() and vim.lsp.buf_attach_client(), one client per root folder.
local M = {}

local root_markers = { '.gouji.json', '.git' }

--- The folder holding the nearest root marker above `path`, else the folder of `path`.
function M.root_dir(path)
  local dir = vim.fn.fnamemodify(path, ':p:h')
  for _, marker in ipairs(root_markers) do
    -- .git is a folder, or a file in a worktree.
    local hit = vim.fn.findfile(marker, dir .. ';')
    if hit == '' then
      hit = vim.fn.finddir(marker, dir .. ';')
    end
    if hit ~= '' then
      return (vim.fn.fnamemodify(hit, ':p'):gsub('/$', ''):gsub('/[^/]+$', ''))
    end
  end
  return dir
end

--- The client configuration shared by every version: `opts.settings` are the gouji settings
--- ({ rules = ..., select = ..., ignore = ..., language = ... }).
function M.config(opts)
  opts = opts or {}
  local settings = opts.settings or vim.empty_dict()
  local config = {
    name = 'gouji',
    cmd = opts.cmd or { 'gouji', 'lsp' },
    -- The server reads the same settings from initializationOptions (clients that never answer
    -- workspace/configuration) and from workspace/configuration, section "gouji".
    init_options = settings,
    settings = { gouji = settings },
    on_attach = function(client, bufnr)
      M.pull_diagnostics_on_attach(client, bufnr)
      if opts.on_attach then
        opts.on_attach(client, bufnr)
      end
    end,
    on_exit = opts.on_exit,
    capabilities = opts.capabilities,
    flags = opts.flags,
  }
  return config
end

--- Asks for the diagnostics of `bufnr` once when it attaches, for servers that use pull diagnostics:
--- Neovim 0.10 and 0.11 pull only after the first change of a buffer that attaches to a running server
--- (neovim/neovim#40391).
function M.pull_diagnostics_on_attach(client, bufnr)
  if not (client.server_capabilities or {}).diagnosticProvider then
    return
  end
  local params = { textDocument = vim.lsp.util.make_text_document_params(bufnr) }
  if vim.fn.has('nvim-0.11') == 1 then
    client:request('textDocument/diagnostic', params, nil, bufnr)
  else
    client.request('textDocument/diagnostic', params, nil, bufnr)
  end
end

function M.setup(opts)
  opts = opts or {}
  if vim.fn.has('nvim-0.11') == 1 and not opts.legacy then
    local config = M.config(opts)
    config.name = nil
    vim.lsp.config('gouji', config)
    vim.lsp.enable('gouji')
    return
  end
  local clients = {} -- root folder → client id (0.7)
  local group = vim.api.nvim_create_augroup('gouji_lsp', { clear = true })
  vim.api.nvim_create_autocmd('FileType', {
    group = group,
    pattern = 'gouji',
    callback = function(args)
      local bufnr = args.buf
      local path = vim.api.nvim_buf_get_name(bufnr)
      local config = M.config(opts)
      config.root_dir = M.root_dir(path ~= '' and path or vim.fn.getcwd() .. '/x')
      if vim.lsp.start and not opts.legacy_start_client then
        vim.lsp.start(config, { bufnr = bufnr })
        return
      end
      local id = clients[config.root_dir]
      if not id or not vim.lsp.get_client_by_id(id) then
        id = vim.lsp.start_client(config)
        clients[config.root_dir] = id
      end
      if id then
        vim.lsp.buf_attach_client(bufnr, id)
      end
    end,
  })
  -- Buffers that already have the filetype (setup() called late).
  for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
    if vim.api.nvim_buf_is_loaded(bufnr) and vim.bo[bufnr].filetype == 'gouji' then
      vim.api.nvim_exec_autocmds('FileType', { group = group, buffer = bufnr, modeline = false })
    end
  end
end

return M
