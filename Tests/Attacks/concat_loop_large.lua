-- A 64 MiB string copied on every iteration.
local s = string.rep("x", 2^26)
for i = 1, 1e12 do local t = s .. "y" end
