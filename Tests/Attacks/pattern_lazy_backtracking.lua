-- Sixty lazy items over 20 000 characters: Lua's own matcher backtracks for hours.
return string.find(string.rep("a", 20000), string.rep(".-", 60) .. "b")
