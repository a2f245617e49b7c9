-- An endless tail call: no stack grows.
local function f() return f() end
return f()
