-- string.pack of a 32 MiB string, again and again.
local s = string.rep("x", 2^25)
for i = 1, 1e12 do string.pack(">s4", s) end
