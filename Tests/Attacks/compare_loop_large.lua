-- Two equal 32 MiB strings compared again and again: no allocation, little VM work.
local a = string.rep("x", 2^25)
local b = string.rep("x", 2^25 - 1) .. "x"
local n = 0
for i = 1, 1e12 do if a == b then n = n + 1 end end
