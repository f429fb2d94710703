-- Headless Neovim as a second, independent LSP client for Guardline.
--
--   GUARDLINE_OUT=<json> GUARDLINE_ROOT=<workspace> GUARDLINE_BIN=<repo>/bin/guardline.js \
--     nvim --headless --clean -c 'luafile scripts/e2e/nvim-diagnostics.lua' <file>
--
-- Starts `node bin/guardline.js lsp --stdio` with Neovim's built-in client (the 0.7 API:
-- vim.lsp.start_client + vim.lsp.buf_attach_client; vim.lsp.start arrived in 0.8), attaches it
-- to the file's buffer, waits for the server's publishDiagnostics for that buffer, then writes
-- what Neovim made of it (vim.diagnostic.get) to GUARDLINE_OUT as JSON and quits (exit code 0).
-- On failure it writes {"error": ...} and exits with code 1.
-- Optional env: GUARDLINE_NODE (node binary, default "node"), GUARDLINE_TIMEOUT_MS (15000).

local out_path = os.getenv('GUARDLINE_OUT')
local root = os.getenv('GUARDLINE_ROOT')
local bin = os.getenv('GUARDLINE_BIN')
local node = os.getenv('GUARDLINE_NODE') or 'node'
local timeout = tonumber(os.getenv('GUARDLINE_TIMEOUT_MS') or '15000')

local function write_json(value)
  local f = assert(io.open(out_path, 'w'))
  f:write(vim.fn.json_encode(value))
  f:close()
end

local function fail(message)
  io.stderr:write('nvim-diagnostics: ' .. message .. '\n')
  if out_path then write_json({ error = message }) end
  vim.cmd('cquit 1')
end

if not (out_path and root and bin) then fail('set GUARDLINE_OUT, GUARDLINE_ROOT and GUARDLINE_BIN') end

local bufnr = vim.api.nvim_get_current_buf()
local file = vim.api.nvim_buf_get_name(bufnr)
if file == '' then fail('open a file: nvim ... <file>') end

local published = nil
local server_exit = nil
local client_id = vim.lsp.start_client({
  name = 'guardline',
  cmd = { node, bin, 'lsp', '--stdio' },
  root_dir = root,
  workspace_folders = { { uri = vim.uri_from_fname(root), name = 'workspace' } },
  -- Neovim has no workspace trust: the user chose this folder, so its rule packs apply.
  init_options = { trusted = true },
  handlers = {
    ['textDocument/publishDiagnostics'] = function(err, result, ctx, config)
      vim.lsp.diagnostic.on_publish_diagnostics(err, result, ctx, config)
      if result and vim.uri_to_bufnr(result.uri) == bufnr then published = result end
    end,
  },
  on_exit = function(code, signal) server_exit = { code = code, signal = signal } end,
})
if not client_id then fail('vim.lsp.start_client did not start ' .. node .. ' ' .. bin) end
vim.lsp.buf_attach_client(bufnr, client_id)

local got = vim.wait(timeout, function() return published ~= nil or server_exit ~= nil end, 20)
if server_exit then fail('the language server exited early: ' .. vim.inspect(server_exit)) end
if not got then fail('no publishDiagnostics for ' .. file .. ' within ' .. timeout .. ' ms') end

local diagnostics = {}
for _, d in ipairs(vim.diagnostic.get(bufnr)) do
  local lsp = (d.user_data and d.user_data.lsp) or {}
  table.insert(diagnostics, {
    code = d.code or lsp.code,
    source = d.source,
    severity = d.severity,
    message = d.message,
    lnum = d.lnum,
    col = d.col,
    end_lnum = d.end_lnum,
    end_col = d.end_col,
    href = lsp.codeDescription and lsp.codeDescription.href or vim.NIL,
  })
end
write_json({
  file = file,
  nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) .. '.' .. tostring(vim.version().patch),
  published = #published.diagnostics,
  diagnostics = diagnostics,
})

vim.lsp.stop_client(client_id)
vim.wait(3000, function() return server_exit ~= nil end, 20)
vim.cmd('qall!')
