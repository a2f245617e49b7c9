-- A chain of wrapped coroutines without end.
local function f() return coroutine.wrap(f)() end
return f()
