-- Sorting ten million numbers without a comparison function runs in C.
local t = {}
for i = 1, 1e7 do t[i] = -i end
table.sort(t)
