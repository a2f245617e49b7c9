-- A reader that returns 16 MiB of spaces forever.
local s = string.rep(" ", 2^24)
return load(function() return s end)
