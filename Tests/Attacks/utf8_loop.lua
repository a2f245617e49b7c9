-- utf8.len over 48 MiB, again and again.
local s = string.rep("\xe1\xbb\x87", 2^24)
for i = 1, 1e12 do utf8.len(s) end
