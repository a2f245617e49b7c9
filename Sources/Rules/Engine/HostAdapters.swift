import LuaBridge

/// Host-side Lua that sits between bulk Swift code and the pack's entry points: it takes positional arguments,
/// builds the request table the contract describes with a table constructor, calls the pack, and returns only the
/// figures, positionally.
///
/// Positional values cost far less to push and read from Swift than keyed tables (no key is hashed on the Swift
/// side, nothing is looked up field by field). The adapters never raise for a malformed answer: they return `false`,
/// and the Swift side asks the pack again through the checked path, which reports the rule author's mistake at its
/// `return`. Kept under the root ``root``; loaded into every ``RuleEngine`` before its globals are frozen. Not part
/// of any pack, and not visible to one.
enum HostAdapters {
    static let root = "thanhtra.adapters"
    static let chunk = LuaChunk(name: "host/adapters.lua", text: source)

    static let source = """
        local rawget, rawlen, select, type, unpack = rawget, rawlen, select, type, table.unpack
        local M = {}

        -- The assess request, built once from the positional values ``LuaArgumentWriter/pushAssessRequest``
        -- pushes (the one encoder of the request; docs/rule-contract.md describes the table):
        -- nm, na, nv, violator, minor, record_on, decided_on, today, complex, explanation_requested,
        -- extension_days, signer, quiet, mitigating codes…, aggravating codes…,
        -- { code, committed_on, ended_on, detected_on, illegal_gain_vnd, vm, va, vm mitigating codes…,
        --   va aggravating codes… } × nv
        local function request(nm, na, nv, violator, minor, record_on, decided_on, today, complex, explanation,
                               extension, signer, quiet, ...)
          -- The values after the thirteen fixed ones are read with `select`, not packed into a table first: one table
          -- less per case in bulk work.
          local mitigating, aggravating, violations = {}, {}, {}
          for i = 1, nm do mitigating[i] = (select(i, ...)) end
          for i = 1, na do aggravating[i] = (select(nm + i, ...)) end
          local k = nm + na
          for i = 1, nv do
            local code, committed_on, ended_on, detected_on, gain, vm, va = select(k + 1, ...)
            local own_mitigating, own_aggravating   -- absent when the violation has none of its own
            if vm > 0 then
              own_mitigating = {}
              for j = 1, vm do own_mitigating[j] = (select(k + 7 + j, ...)) end
            end
            if va > 0 then
              own_aggravating = {}
              for j = 1, va do own_aggravating[j] = (select(k + 7 + vm + j, ...)) end
            end
            violations[i] = { code = code, committed_on = committed_on, ended_on = ended_on, detected_on = detected_on,
                              illegal_gain_vnd = gain, mitigating = own_mitigating, aggravating = own_aggravating }
            k = k + 7 + vm + va
          end
          return { violator = violator, minor = minor, record_on = record_on, decided_on = decided_on,
                   today = today, complex = complex, explanation_requested = explanation,
                   extension_days = extension, signer = signer, quiet = quiet, mitigating = mitigating,
                   aggravating = aggravating, violations = violations }
        end

        -- assess_request(fn, request values…) → whatever fn answers. A proper tail call: fn's `return` is the
        -- return site the host records, so a malformed answer is located in the pack, not here.
        function M.assess_request(fn, ...)
          return fn(request(...))
        end

        -- assess(fn, request values…)
        -- → total_fine_vnd, decision_due_on, #lines, #problems, each line's fine_vnd…, each problem's code…
        --   or false when the answer is not a table of that shape.
        function M.assess(fn, ...)
          local result = fn(request(...))
          if type(result) ~= "table" then return false end
          local lines, problems = rawget(result, "lines"), rawget(result, "problems")
          if lines == nil then lines = {} elseif type(lines) ~= "table" then return false end
          if problems == nil then problems = {} elseif type(problems) ~= "table" then return false end
          local nl, np = rawlen(lines), rawlen(problems)
          local total, due = rawget(result, "total_fine_vnd"), rawget(result, "decision_due_on")
          -- Most cases have one or two violations and no problem: their figures go back without a table.
          if np == 0 and nl <= 2 then
            if nl == 0 then return total, due, 0, 0 end
            local first = rawget(lines, 1)
            if type(first) ~= "table" then return false end
            if nl == 1 then return total, due, 1, 0, rawget(first, "fine_vnd") end
            local second = rawget(lines, 2)
            if type(second) ~= "table" then return false end
            return total, due, 2, 0, rawget(first, "fine_vnd"), rawget(second, "fine_vnd")
          end
          local out = { total, due, nl, np }
          for i = 1, nl do
            local line = rawget(lines, i)
            if type(line) ~= "table" then return false end
            out[4 + i] = rawget(line, "fine_vnd")
          end
          for i = 1, np do
            local problem = rawget(problems, i)
            if type(problem) ~= "table" then return false end
            out[4 + nl + i] = rawget(problem, "code")
          end
          return unpack(out, 1, 4 + nl + np)
        end

        -- The payment_due request, built once for both calls.
        local function payment_request(violator, decided_on, received_on, quiet)
          return { violator = violator, decided_on = decided_on, received_on = received_on, quiet = quiet }
        end

        -- payment_due_request(fn, violator, decided_on, received_on) → whatever fn answers (a proper tail call).
        function M.payment_due_request(fn, violator, decided_on, received_on)
          return fn(payment_request(violator, decided_on, received_on, nil))
        end

        -- payment_due(fn, violator, decided_on, received_on) → due_on, or false when the answer is not a table.
        function M.payment_due(fn, violator, decided_on, received_on)
          local result = fn(payment_request(violator, decided_on, received_on, true))
          if type(result) ~= "table" then return false end
          return rawget(result, "due_on")
        end

        return M
        """
}
