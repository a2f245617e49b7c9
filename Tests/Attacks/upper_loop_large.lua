-- string.upper of 32 MiB in a loop.
local s = string.rep("a", 2^25)
for i = 1, 1e12 do s:upper() end
