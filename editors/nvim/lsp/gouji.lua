-- gouji language server for Neovim 0.11+ (`:help lsp-config`).
--
-- Put this folder (editors/nvim) on 'runtimepath', then in init.lua:
--
--   vim.lsp.enable('gouji')
--
-- and optionally override anything here first:
--
--   vim.lsp.config('gouji', {
--     cmd = { '/path/to/gouji', 'lsp' },
--     settings = { gouji = { rules = { GJ305 = 'off', ['cell-empty'] = 'hint' }, language = 'en' } },
--   })
--
-- Report files get the filetype "gouji" from ftdetect/gouji.vim (by name and by content).
---@type vim.lsp.Config
return {
  cmd = { 'gouji', 'lsp' },
  filetypes = { 'gouji' },
  -- A folder with a .gouji.json (the command line's configuration file) or a git repository is the
  -- workspace; a report anywhere else gets a server of its own folder.
  root_markers = { '.gouji.json', '.git' },
  -- Answered to the server's workspace/configuration request for the section "gouji":
  -- { rules = { [code or name] = 'error'|'warning'|'information'|'hint'|'off' },
  --   select = { ... }, ignore = { ... }, language = 'zh'|'en' }
  settings = { gouji = vim.empty_dict() },
  -- Neovim 0.11 pulls diagnostics (textDocument/diagnostic) only after the first change of a buffer
  -- that attaches to an already running server (neovim/neovim#40391, fixed by #40433 for 0.12): ask
  -- once on attach, so a report shows its diagnostics as soon as it is opened. Keep this call if you
  -- set an on_attach of your own.
  on_attach = function(client, bufnr)
    if client:supports_method('textDocument/diagnostic') then
      client:request('textDocument/diagnostic', {
        textDocument = vim.lsp.util.make_text_document_params(bufnr),
      }, nil, bufnr)
    end
  end,
}
