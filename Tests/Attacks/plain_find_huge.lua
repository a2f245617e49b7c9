-- A plain find of a long needle in a 64 MiB haystack, in a loop.
local h = string.rep("a", 2^26)
local n = string.rep("a", 2^16) .. "b"
for i = 1, 1e9 do h:find(n, 1, true) end
