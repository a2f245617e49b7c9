-- A precompiled chunk.
local f, e = load("\27Lua" .. string.rep("\0", 40))
if not f then error(e) end
